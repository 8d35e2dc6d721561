"""Whom a predicate is aimed at when its own case frame names no one.

Japanese leaves the addressee to the context as readily as the subject: a warning or protest chained after a
clause of the same speaker goes to that clause's object (日本を批判し、「対抗措置をとる」と警告した); whom a
て-clause summons or receives is told what follows (大使を呼んで抗議した, 外相を迎えて会談した); talks chained
after a meeting are with the same side (…と会談し、…について協議する); a warning goes to whom the threatened
act is aimed at (両国に厳しい措置をとると警告した) or whom its condition names (米韓が演習を続ければ…と威嚇した).
The ``threat`` rule: a hostile act announced on a condition that names someone threatens them
(デンマークが協力しなければ関税を引き上げる).
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract.ja import frames, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.cues import relation_of
from kg.extract.ja.memory import met, same_actor
from kg.extract.ja.pairs import actors_of, new_relation, owners_of, plural, same_side, within
from kg.extract.ja.subjects import addressees, clause_subjects, conditional
from kg.lang import ja as lex
from kg.types import Mention, Relation


def threat(act, predicate, subjects, carriers, sent) -> Iterator[Relation]:
    """デンマークが協力しなければ関税を引き上げる, イランが攻撃を続ければ報復する: a hostile act announced on a
    condition that names someone threatens them (CAMEO 13), whomever the act itself is aimed at. The threat is
    made whether or not the condition comes true, so the condition does not hedge it."""
    verb = carriers[-1] if carriers else act
    if predicate not in lex.HOSTILE_ACTS or predicate == "threatens":
        return
    threatened = actors_of(conditioned(verb, [], subjects))
    if not threatened:
        return
    negated, hedged = modality.is_negated(act, carriers), modality.is_hedged(act, carriers, conditions=False)
    for s in within(actors_of(subjects), sent, line=True):
        for o in within(threatened, sent):
            if not same_actor(s, o):
                yield new_relation(s, "threatens", o, act, sent, "threat", negated=negated, hedged=hedged)


def conditioned(pred, clauses, speakers) -> list:
    """米韓が演習を続ければ「強力な対応をとる」と威嚇した: a warning whose condition names an actor warns it."""
    # (not a condition its actor suffers: 日本が攻撃されれば, 日本が攻撃を受ければ)
    # (EUは、ロシアが応じなければ制裁を科すと表明した, 応じない限り制裁を科す方針を示した: GiNZA may hang the
    # condition on the verb that says the act or its stance)
    # (ロシアが応じない限り制裁を科す: a noun of condition holds its clause)
    marked = [c for k in (pred, *clauses, *modality.saying_verb(pred)) for c in k.children if c.i < pred.i]
    marked = [c for c in marked if c.dep_ == "advcl" and any(frames.conditional_mark(m) for m in c.children)] + [
        v for c in marked if modality.condition_noun(c) for v in c.children if v.dep_ == "acl" and v.pos_ == "VERB"]
    conditions = [c for c in marked if not frames.is_passive(c) and c.lemma_ not in lex.RECEIVING_VERBS]
    own = {s.i for s in speakers if not isinstance(s, Mention)}
    return [s for c in conditions for s in frames.verbal_frame(c).subjects if s.i not in own and read_actor(s)]


def warned_of(pred) -> list:
    """マリに解放を要求し、応じなければ制裁を科すと警告した, 中国に対し、…制裁を科すと警告した: a hostile act that a
    warning threatens (the verb of the warning's と-clause) names no one, so it is aimed at whom the warning is
    addressed to: the warning's に-targets, else those of the clause chained before it."""
    clause = pred
    while clause.dep_ not in ("ccomp", "advcl") or frames.marker(clause) != "と":
        if clause.head.i == clause.i or clause.dep_ not in ("obj", "aux", "compound") and clause.pos_ != "VERB":
            return []
        clause = clause.head
    warning = clause.head
    if warning.i == clause.i or relation_of(warning) not in ("warns", "threatens"):
        return []
    found = [t for t in frames.verbal_frame(warning).targets if read_actor(t)]
    for chained in (c for c in warning.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i < clause.i
                    and not any(frames.conditional_mark(m) for m in c.children)):
        found = found or [t for t in frames.verbal_frame(chained).targets if read_actor(t)]
    return found


def attacked_places(verb) -> list:
    """イスラエル軍はシリア南部で空爆を繰り返した: where an attack aimed at no one named falls is whose the place is
    (the place itself when it is a country, else the country written into its name)."""
    found = []
    for c in verb.children:
        if frames.marker(c) in ("で", "では", "でも") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN"):
            found += [m for m in read_actor(c) if m.kind == "country"] or [
                m for m in owners_of(c) if m.kind == "country"]
    return found


def aimed_at(verb) -> list:
    """The actors a threatened act is aimed at: its に-targets, wherever in its phrases the parser hung them
    (インドに厳しい措置をとる: インド under 厳しい), but not inside a condition of it."""
    found = [t for t in frames.verbal_frame(verb).targets if read_actor(t)]
    if found:
        return found
    conditions = {t.i for c in verb.children if conditional(c) for t in c.subtree}
    aimed = [t for t in verb.subtree if t.i < verb.i and t.i not in conditions
             and frames.marker(t) in ("に", "に対し", "に対して", "への")]
    # (メキシコ製品に関税を課す: a thing the act is aimed at stands for whose it is)
    return [t for t in aimed if read_actor(t)] or [m for t in aimed if relation_of(t) is None for m in owners_of(t)]


def adjacent_clause(pred) -> list:
    """The verb of 〜と written right before the predicate (措置をとると警告した), if any."""
    before = pred.doc[pred.i - 1] if pred.i else None
    if before is not None and before.text == "と" and before.head.pos_ == "VERB" and before.head.i < pred.i:
        return [before.head]
    return []


def chained_objects(pred, verbs=None) -> list:
    """The actor objects and targets of the clause chained right before ``pred`` (〜を批判し、〜と警告した),
    when that clause shares the speaker (and, with ``verbs``, is one of them)."""
    asks_to_stop = _asks_to_stop(pred)
    for clause, frame in _same_speaker_clauses(pred):
        if verbs is not None and clause.lemma_ not in verbs:
            continue
        found = [t for t in frame.objects + frame.targets if read_actor(t)]
        # (ロシアに対し関与を認めるよう要求したうえで、「…」と警告した: whom the clause asks, where the parser hung
        # the addressee on what is asked for)
        found = found or [t for t in addressees(clause) if read_actor(t)]
        # (王毅外相と電話で協議し、…を要請した: whom the speaker was talking with is asked)
        found = found or [t for t in frame.partners if read_actor(t)]
        # (ルーマニア政府が宣伝を広げていると非難し、証拠の提示を求めた: whom the chained charge is about)
        if relation_of(clause) in lex.CLAUSE_TARGETED:
            found = found or [t for c in frame.clauses for t in clause_subjects(c)
                              if frames.marker(t) in lex.CLAUSE_SUBJECT_MARKERS and read_actor(t)]
        # (チリの措置を「排外主義的だ」と非難し、自国民の人権を尊重するよう求めた: whose act the chained criticism is
        # of is asked; not a measure against them asked of others, ロシアの攻撃を非難し、追加制裁を求めた, nor what is
        # asked with an owner of another side, イランの核開発を非難し、安保理の緊急会合を要請した)
        asked = [o for o in pred.children if frames.marker(o) == "を"]
        if relation_of(clause) in lex.OPPOSING_ACTS and not found \
                and not any(relation_of(t) in lex.HOSTILE_ACTS for o in asked for t in o.subtree):
            criticized = [g for t in frame.objects if not read_actor(t) for g in t.children
                          if frames.marker(g) == "の" and g.i < t.i and read_actor(g)]
            owners = [g for o in asked for g in o.children if frames.marker(g) == "の" and read_actor(g)]
            if criticized and not (owners and not same_side(actors_of(owners), actors_of(criticized))):
                found = criticized
        if asks_to_stop:
            found = found or _addressed_otherwise(clause, frame)
        if found:
            return found
    return []


def sent_to(pred) -> list:
    """国連安全保障理事会に緊急会合の開催を求める書簡を送った: a request (or protest) told in a relative clause on
    a letter or statement is addressed to whom the letter is sent or handed (or the statement issued to: 両国に自制を
    求める声明を発表した)."""
    paper = pred.head
    if pred.dep_ != "acl" or paper.i == pred.i or paper.lemma_ not in lex.ISSUER_NOUNS \
            or frames.marker(paper) != "を" \
            or paper.head.lemma_ not in lex.NOTE_VERBS | lex.SUBMITTING_VERBS | lex.ISSUING_VERBS:
        return []
    return [c for c in paper.head.children if frames.marker(c) in ("に", "に対し", "に対して", "へ") and read_actor(c)]


def _asks_to_stop(pred) -> bool:
    """Does the request ask for something only the offender can do (中止, 撤収, 撤回, 謝罪), with no addressee
    written (…を非難し、各国に協力を呼びかけた) and nothing of someone else's (安保理の緊急会合, 追加制裁)?"""
    if any(frames.marker(t) in ("に", "に対し", "に対して", "へ") for t in pred.children):
        return False
    asked = [c for c in pred.children if frames.marker(c) == "を" and c.i < pred.i]
    return bool(asked) and all(a.lemma_ in lex.ASKED_OF_OFFENDERS and not any(
        frames.marker(c) == "の" and read_actor(c) for c in a.children) for a in asked)


def _addressed_otherwise(clause, frame) -> list:
    """Whom a chained clause is aimed at when it names no one as object or target: the が-subject its quotation
    opens on (中国が「…」と非難し、作業の中止を要求した), whose its object is (ロシアの行動を批判し、撤収を求めた)
    or whom it summoned (大使を呼んで抗議し、退去を求めた)."""
    # (wherever the parser hung it: on the chained verb, or inside the quoted clause)
    about = [s for s in (*frame.subjects, *clause.subtree) if frames.marker(s) == "が" and s.i < clause.i
             and frames.opens_quotation_before(s, clause) and read_actor(s)]
    return about or actors_of(frame.objects, possessor=True) or actors_of(summoned(clause))


def met_partners(pred, predicate, subjects) -> list:
    """The other side of an event that names none, by one actor who has just met someone: whom a meeting chained
    before it was with (…と会談し、協力を確認した), or for an agreement to cooperate, whom the actor met last in
    the paragraph or the one before (…と会談した。プーチン氏は…協力を深めることで一致した)."""
    doers = actors_of(subjects)
    if predicate not in lex.MEETING_CHAINED | lex.GIVEN_IN_MEETINGS or plural(doers) or len(doers) > 1:
        return []
    if any(not isinstance(s, Mention) and frames.marker(s) not in ("は", "も") for s in subjects):
        return []  # (a subject of its own, not the topic who met: 中国が…担う協定に署名した)
    if any(frames.marker(t) == "との" and read_actor(t) for t in pred.subtree if t.i < pred.i):
        return []  # (韓国との協力を深めることで一致した: the partner is written)
    return _met_before(pred) or (met(pred, doers) if predicate == "cooperatesWith" and doers else [])


def _met_before(pred) -> list:
    """The partners of a meeting or talks chained right before ``pred`` by the same speaker (…と会談し、…協議する),
    or before the agreement ``pred`` is the content of (…と電話で協議し、実務者協議を開くことで合意した: the talks
    agreed on are between the two who talked)."""
    for verb in (pred, *_agreement_over(pred)):
        for clause, frame in _same_speaker_clauses(verb):
            if relation_of(clause) in ("meetsWith", "negotiatesWith"):
                return [t for t in frame.partners if read_actor(t)]
    return []


def _agreement_over(pred) -> list:
    """The verb of agreeing (合意, 一致) a clause is the content of, a few heads up (協議を開く / こと / で合意した)."""
    node = pred
    for _ in range(3):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ in lex.AGREEMENT_VERBS:
            return [node]
    return []


def _same_speaker_clauses(pred):
    """(clause, frame) of the verb clauses chained before ``pred``, nearest first, whose own subject is at most the
    chain's は-topic (which GiNZA hangs on the first clause)."""
    earlier = sorted((c for c in pred.children if c.dep_ == "advcl" and c.i < pred.i), key=lambda c: -c.i)
    if pred.dep_ == "advcl" and pred.head.i > pred.i:
        # (…と会談し、…を確認したうえで、…を表明した: GiNZA hangs every clause of the chain on its last verb, so the
        # clauses before this one are its elder siblings)
        earlier += sorted((c for c in pred.head.children if c.dep_ == "advcl" and c.i < pred.i), key=lambda c: -c.i)
    earlier += sorted(frames.clauses_hung_in_quotation(pred), key=lambda c: -c.i)
    for c in earlier:
        if c.pos_ == "VERB":
            frame = frames.verbal_frame(c)
            # (the が-subject a quotation opens on is what the clause is about, not its speaker)
            if all(frames.marker(s) in ("は", "も") or frames.opens_quotation_before(s, c) for s in frame.subjects):
                yield c, frame


def called(pred) -> list:
    """ルラ大統領はペニャ大統領に電話し、…と伝えたうえで、交渉の再開を呼びかけた: what a caller asks in the sentence
    of the call, of no one named, is asked of whom they called (wherever the parser hung the call)."""
    sent = pred.sent
    calls = [t for t in sent if t.i < pred.i and t.lemma_ in lex.CALL_VERBS and t.pos_ == "VERB"]
    for call in reversed(calls):
        # (not past a clause of another speaker: 英首相に電話した。…大統領は…を求めた is two sentences anyway)
        if any(frames.marker(t) in ("は", "が") and read_actor(t) and t.head.i != call.i
               for t in sent if call.i < t.i < pred.i and not frames.opens_quotation_before(t, pred)):
            return []
        found = [t for t in frames.verbal_frame(call).targets if read_actor(t)]
        if found:
            return found
    return []


def received(pred) -> list:
    return [o for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.RECEIVING_HOSTS and c.i < pred.i
            for o in frames.verbal_frame(c).objects]


def summoned(pred) -> list:
    """トルコ大使を呼んで抗議した: whom a て-clause before the predicate summons is told what follows."""
    found = [o for c in pred.children if c.dep_ == "advcl" and c.lemma_ in lex.SUMMON_VERBS and c.i < pred.i
             for o in frames.verbal_frame(c).objects]
    if found:
        return found
    # (中国大使を呼び、攻撃は「…行為だ」として抗議し: GiNZA may hang the summoning clause on a word of the next
    # clause; it is still the one chained before the predicate, with no other speaker between)
    sent = pred.sent
    for call in reversed([t for t in sent if t.i < pred.i and t.lemma_ in lex.SUMMON_VERBS and t.pos_ == "VERB"
                          and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in ("、", "て", "で")]):
        if any(frames.marker(t) in ("は", "が") and read_actor(t) for t in sent if call.i < t.i < pred.i):
            return []
        return frames.verbal_frame(call).objects
    return []
