"""Reported speech: a relation inside what someone says is attributed to the speaker.

The clause under a verb of saying (said that ..., told reporters ...) is the speaker's claim: the relation
records who said it, and "we" is the speaker's side. A possessive "its" in that clause is the speaker's when
the clause's own subject is someone else (the coast guard said Chinese ships fired water cannon at its vessel), and
not the speaker's own country (Serov said Russia would protect its shipping).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.en.actors import actors_of
from kg.extract.en.names import place_key
from kg.extract.en.persons import person_country
from kg.lang import en as lex
from kg.types import Mention, Relation


def attribute(rel: Relation, pred) -> Relation:
    """Inside a quotation the speaker is the source; "we" is the speaker's side."""
    node = pred
    while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return rel
    speakers = actors_of([c for c in node.head.children if c.dep_ == "nsubj"])
    if not speakers or rel.predicate == "affiliatedWith":
        return rel
    speaker = speakers[0]
    if rel.subject.text.lower() in lex.FIRST_PERSON:
        rel = replace(rel, subject=replace(speaker, start=rel.subject.start, end=rel.subject.end))
    return replace(rel, attributed_to=speaker)


def speaker_of(tok) -> list[Mention]:
    """The coast guard said Chinese ships fired water cannon at its vessel: "its" in what someone says is the
    speaker's, when the clause's own subject is someone else."""
    node = tok
    while node.head.i != node.i and node.dep_ not in ("ccomp", "parataxis"):
        node = node.head
    if node.dep_ not in ("ccomp", "parataxis") or node.head.lemma_.lower() not in lex.SPEECH_VERBS:
        return []
    own = {place_key(m) for s in node.children if s.dep_ == "nsubj" for m in actors_of([s])}
    speakers = actors_of([c for c in node.head.children if c.dep_ == "nsubj"])
    # (Kremlin spokesman Anatoly Serov said Russia would protect its shipping: a subject that is the speaker's own
    # country owns it, and the speaker is no one else)
    return [m for m in speakers if place_key(m) not in own
            and not any(place_key(c) in own for c in (person_country(m, tok.doc),) if c is not None)]
