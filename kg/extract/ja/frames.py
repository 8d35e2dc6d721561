"""Case frames: which noun fills which role of a Japanese predicate, read from its particles.

Japanese marks roles with postpositions: が/は subject, を object, に/に対し/へ target, と partner,
から source, によって agent. Nominal events carry them inside the noun phrase: 中国の(subject)
ロシア(object, compound)支援, ロシアへの(object)支援, ロシアによる(agent)侵攻, 対ロ(object)制裁.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.lang import ja as lex


def marker(tok) -> str:
    """The particles after a noun joined with their fixed parts: に+対し -> 'に対し', へ+の -> 'への'."""
    parts = []
    for child in tok.children:
        if child.dep_ == "case" and child.i > tok.i:
            parts.append((child.i, child.text + "".join(f.text for f in child.children if f.dep_ == "fixed")))
    return "".join(text for _, text in sorted(parts))


@dataclass(slots=True)
class Frame:
    subjects: list = field(default_factory=list)
    objects: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    partners: list = field(default_factory=list)
    agents: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    clauses: list = field(default_factory=list)  # と-marked complement clauses (〜と非難した)


def coordinated(tok) -> list:
    """The noun and the nouns coordinated with it: 米国や西側同盟国, AとBは -> [A, B]."""
    members = [tok]
    for child in tok.children:
        if child.dep_ in ("nmod", "conj") and (marker(child) in lex.COORDINATION_MARKERS or child.dep_ == "conj"):
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                members = coordinated(child) + members
    return members


def verbal_frame(pred) -> Frame:
    """The arguments a verbal predicate takes directly (no inheritance)."""
    frame = Frame()
    for child in pred.children:
        m = marker(child)
        if child.pos_ in ("VERB", "ADJ", "AUX") or child.dep_ in ("ccomp", "advcl", "acl"):
            if m.startswith("と") and child.dep_ in ("ccomp", "advcl", "obl"):
                frame.clauses.append(child)
            continue
        slot = _slot(m)
        if slot is not None:
            getattr(frame, slot).extend(coordinated(child))
    return frame


def _slot(m: str) -> str | None:
    if m in lex.SUBJECT_MARKERS:
        return "subjects"
    if m in lex.OBJECT_MARKERS:
        return "objects"
    if m in lex.AGENT_MARKERS:
        return "agents"
    if m in lex.TARGET_MARKERS:
        return "targets"
    if m in lex.PARTNER_MARKERS:
        return "partners"
    if m in lex.SOURCE_MARKERS:
        return "sources"
    return None


def nominal_frame(noun) -> Frame:
    """Arguments inside the phrase of an event noun: の/による subject, compound/への object, との partner."""
    frame = Frame()
    for child in noun.children:
        m = marker(child)
        if m in lex.NOMINAL_SUBJECT_MARKERS:
            frame.subjects.extend(coordinated(child))
        elif m in lex.NOMINAL_OBJECT_MARKERS:
            frame.objects.extend(coordinated(child))
        elif m in lex.NOMINAL_PARTNER_MARKERS:
            frame.partners.extend(coordinated(child))
    return frame


def is_passive(pred) -> bool:
    """攻撃された (する+れる), 非難された: the nsubj is the patient, the に/によって argument the agent."""
    return any(c.dep_ == "aux" and c.lemma_ in lex.PASSIVE_AUX for c in pred.children)


def is_causative(pred) -> bool:
    """攻撃させた (する + させる), 支援させる: the causer is the subject, the に-argument the causee."""
    return any(c.dep_ == "aux" and c.lemma_ in lex.CAUSATIVE_AUX for c in pred.children)
