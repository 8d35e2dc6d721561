"""Claims, retorts and refusals: the ``claim`` and ``refusal`` rules.

A retort (反発, 反論) accuses whom its と-clause names; a plain claim (主張, 指摘) does only when the clause
names a wrongdoing (フィリピンの巡視船が「領海に不法に侵入した」と主張した -> accuses フィリピン). Not complying
rejects the one who asked (韓国側の要求には応じなかった, 日本の抗議を受け入れなかった), stated as a positive
``rejects``; refusing what someone asked for (パキスタン側が求めた協力を拒んだ) rejects them, and they asked.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract.ja import frames, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.cues import relation_of
from kg.extract.ja.memory import asked_of
from kg.extract.ja.pairs import actors_of, new_relation, owners_of, pair_up, same_side, within
from kg.extract.ja.subjects import (
    attempt_subjects,
    chain_subjects,
    clause_subjects,
    craft_owner,
    headline_clause_start,
    headline_opening,
    headline_speaker,
    in_headline,
    in_quote,
    inherit_subjects,
    line_start,
    pointed_back,
    reacted_to,
)
from kg.lang import ja as lex
from kg.types import Relation


def refusal(verb, sent) -> Iterator[Relation]:
    """韓国側の要求には応じなかった, 日本の抗議を受け入れなかった: not complying is rejecting the one who
    asked (the owner of the request), stated as a positive ``rejects``."""
    frame = frames.verbal_frame(verb)
    # (a thing as the topic is what is refused: ロシア側の抗議は受け入れられない)
    topics = [s for s in frame.subjects if not read_actor(s)]
    things = frame.objects + frame.targets + topics + [c for c in verb.children if frames.marker(c) in ("には", "にも")]
    # (the owner of a request, or of whatever else was offered: エジプトの提案を受け入れなかった)
    condemned = lex.REFUSED_WHEN_NEGATED[verb.lemma_] == "criticizes"  # (any thing's owner: 中国の対応は容認できない)
    owners = [m for t in things if condemned or relation_of(t) is not None or lex.OFFER_NOUNS & {t.lemma_}
              for m in owners_of(t)]
    subjects = [s for s in frame.subjects if s not in topics] or inherit_subjects(verb, "")[0] or _stance_holder(verb)
    # (not talks or a visit one will not agree to: 首脳会談には応じられない is no meeting, not a rejection of an asker)
    responding = verb.lemma_ in lex.RESPONDING_VERBS and any(frames.marker(t) in ("に", "には", "にも") for t in things) \
        and not any(relation_of(t) in lex.SCHEDULED_EVENTS for t in things)
    if not owners and responding:
        # インド側が求めている期限の延長には応じない: what one answers is asked by whoever the relative clause says asks it
        # (GiNZA may hang the clause on the の-phrase of what is asked: インド側が求めている / 期限の / 延長)
        asked = [k for t in things for k in (t, *[c for c in t.children if frames.marker(c) == "の" and c.i < t.i])]
        owners = [m for t in asked for c in t.children if c.dep_ == "acl" and relation_of(c) in lex.ASKING
                  for s in frames.verbal_frame(c).subjects for m in read_actor(s)]
    if not owners and (responding or any(t.lemma_ in lex.UNDOING_NOUNS | lex.ASKED_OF_OFFENDERS | lex.REQUEST_WORDS
                                         for t in things)):
        # (漁船の返還には応じない: whatever one does not agree to (応じる) was asked of one)
        # 通行料の即時撤廃を要求した。…撤廃には応じない考えを示した: what was asked of the refusing side, named by
        # no one here, is the last request aimed at it; its asker is rejected
        owners = asked_of(verb, actors_of([s for s in subjects if s not in things]))
    if not owners and not things and verb.lemma_ in lex.RESPONDING_VERBS:
        # 国連はマリに解放を要請しているが、マリ側は応じていない: not complying, with nothing named, answers the request
        # of the clause it is set against, else the last request aimed at the refusing side
        owners = [t for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and relation_of(c) in lex.ASKING
                  and any(m.dep_ == "mark" and m.text in lex.CONTRASTIVE_MARKS for m in c.children)
                  and not any(relation_of(o) in lex.SCHEDULED_EVENTS for o in frames.verbal_frame(c).objects)
                  for t in frames.verbal_frame(c).subjects if read_actor(t)] \
            or asked_of(verb, actors_of([s for s in subjects if s not in things]))
    frame = frames.Frame(subjects=[s for s in subjects if s not in things], objects=owners)
    for rel in pair_up(frame, lex.REFUSED_WHEN_NEGATED[verb.lemma_], verb, sent, "refusal", carriers=()):
        yield replace(rel, negated=False)
    if verb.lemma_ in lex.RESPONDING_VERBS and any(t.lemma_ in lex.POINTING_WORDS for t in things):
        yield from _talks_refused(verb, sent, frame.subjects)


def _talks_refused(verb, sent, responders) -> Iterator[Relation]:
    """ウクライナ政府はハンガリーに協議を申し入れた。同国はこれに応じず: talks (or a meeting, a visit) proposed to
    someone who does not agree to them (これに応じない) do not take place between them."""
    from kg.extract.ja.memory import hit_before, told_before

    told = told_before(verb, lex.SCHEDULED_EVENTS - {"hosts"})
    if told is None:
        return
    here = dict(start=verb.idx, end=verb.idx + len(verb.text))
    for responder in within(actors_of(responders), sent):
        # (同国はこれに応じず: an anaphor is read in linking)
        if not same_side([responder], [told.subject]) and (same_side([responder], [told.object])
                                                             or responder.kind == "anaphor"):
            yield new_relation(replace(responder, **here), told.predicate, replace(told.subject, **here), verb, sent,
                               "refusal", negated=True)


def refused_request(verb, sent) -> Iterator[Relation]:
    """パキスタン側が求めた協力を、暫定政権は拒んだ: refusing what someone asked for rejects them, and they asked the
    refuser (the request is told in a relative clause on what is refused)."""
    frame = frames.verbal_frame(verb)
    refusers = actors_of(frame.subjects) or actors_of(inherit_subjects(verb, "")[0])
    negated, hedged = modality.is_negated(verb), modality.is_hedged(verb)
    for thing in frame.objects + frame.targets:
        for clause in (c for c in thing.children if c.dep_ == "acl" and relation_of(c) in ("requests", "demands")):
            clause_frame = frames.verbal_frame(clause)
            if actors_of(clause_frame.targets):
                continue  # (日本に求めた…: the one asked is named, and need not be the refuser)
            askers = actors_of(clause_frame.subjects)
            for refuser in within(refusers, sent, line=True):
                for asker in within(askers, sent):
                    if (refuser.text, refuser.start) != (asker.text, asker.start):
                        yield new_relation(refuser, "rejects", asker, verb, sent, "refusal", negated=negated, hedged=hedged)
                        yield new_relation(asker, relation_of(clause), refuser, clause, sent, "relative-clause")


def refused_entry(verb, sent) -> Iterator[Relation]:
    """スリランカは中国の調査船の寄港を許可しないと発表した, …の入港を拒否した, 中国調査船の寄港認めず: refusing
    another side's ship, aircraft or people entry (寄港, 入港, 入国) rejects that side."""
    refusing = verb.lemma_ in lex.REFUSING_VERBS
    if not refusing and not (verb.lemma_ in lex.PERMITTING_VERBS and modality.is_negated(verb)):
        return
    frame = frames.verbal_frame(verb)
    entries = [t for t in (*frame.objects, *verb.children) if t.lemma_ in lex.ENTRY_NOUNS and t.i < verb.i
               and (t in frame.objects or t.dep_ in ("obl", "obj") and not frames.marker(t))]
    entrants = [m for e in dict.fromkeys(entries) for m in _entrants(e)]
    if not entrants:
        return
    refusers = actors_of(frame.subjects) or actors_of(inherit_subjects(verb, "")[0])
    negated = refusing and modality.is_negated(verb)
    hedged = modality.is_hedged(verb)
    for refuser in within(refusers, sent, line=True):
        for entrant in within(entrants, sent):
            if not same_side([refuser], [entrant]):
                yield new_relation(refuser, "rejects", entrant, verb, sent, "refusal", negated=negated, hedged=hedged)


def denied_charge(verb, sent) -> Iterator[Relation]:
    """ロシア国防省は、住宅や病院を攻撃したとのウクライナ側の非難を否定した: a charge whose words are given (…したとの)
    and whose owner is named, denied by the side it is aimed at, is the owner's accusation of the denier; the act
    charged, with no doer of its own, is the denier's, said not to have happened (aimed at the accuser when it names
    no one else)."""
    frame = frames.verbal_frame(verb)
    # (a spokesperson denies for the state or body they speak for: the charge was aimed at it, not at them)
    deniers = [m.affiliation if m.kind == "person" and m.affiliation is not None else m
               for m in actors_of(frame.subjects) or actors_of(inherit_subjects(verb, "")[0])]
    hedged = modality.is_hedged(verb)
    for charge in frame.objects:
        if charge.lemma_ not in lex.CHARGE_NOUNS:
            continue
        # (the words GiNZA may hang on the owner: 病院を攻撃したとの / ウクライナの / 非難)
        words = [c for c in charge.subtree if c.i < charge.i and frames.marker(c) in ("との", "という")
                 and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
        accusers = [m for c in charge.children if c.i < charge.i and frames.marker(c) == "の" and c not in words
                    for m in read_actor(c)]
        if not words or not accusers:
            continue
        for denier in within(deniers, sent, line=True):
            for accuser in within(accusers, sent):
                if same_side([denier], [accuser]):
                    continue
                yield new_relation(accuser, "accuses", denier, charge, sent, "claim", hedged=hedged)
                act = words[0]
                inner = frames.verbal_frame(act)
                if relation_of(act) in lex.HOSTILE_ACTS and not actors_of(inner.subjects) \
                        and not actors_of(inner.objects + inner.targets) and verb.lemma_ in lex.DENYING_VERBS:
                    yield new_relation(denier, relation_of(act), accuser, act, sent, "retracted", negated=True)


def _entrants(entry) -> list:
    """Whose ship, aircraft or people would enter: the entry's の-owner, or the state its craft is written with
    (中国の調査船の寄港, 中国調査船の寄港)."""
    found = []
    # (中国の調査船が申請していたハンバントタ港への寄港: or the subject of a relative clause on it)
    owners = [c for c in entry.children if frames.marker(c) == "の" and c.i < entry.i] + [
        s for c in entry.children if c.dep_ == "acl" and c.i < entry.i for s in frames.verbal_frame(c).subjects]
    for owner in owners:
        # (中国の海洋調査船「海洋探索8号」: the state written with の anywhere in the craft's phrase)
        found += read_actor(owner) or [m for g in owner.subtree if frames.marker(g) == "の" and g.i < owner.i
                                       for m in read_actor(g)][:1]
        craft = craft_owner(owner)
        if not found and craft is not None:
            found.append(craft)
    return found


def _stance_holder(verb) -> list:
    """〜は受け入れられないとの立場を示した: whose stance (立場, 考え, 方針) a clause states is who holds it."""
    noun = verb.head
    if noun.i == verb.i or noun.lemma_ not in lex.STANCE_NOUNS:
        return []
    return [c for c in noun.head.children if c.dep_ == "nsubj" and read_actor(c)] if noun.head.i != noun.i else []


def claim(verb, sent) -> Iterator[Relation]:
    """「G7が中国の内政に干渉している」と反発した: a retort accuses whom its と-clause names; a plain claim
    (主張, 指摘) only when the clause names a wrongdoing (不法に侵入した, 合意に違反して).

    Whatever the parser attaches where, the は-topic (or a dislocated or inherited subject) is the speaker and
    the が-subject is the one the clause is about: 報道官は、G7が「…」と反発した; イラン側は米国が…と主張した.
    """
    frame = frames.verbal_frame(verb)
    if verb.lemma_ in lex.RETORT_VERBS:
        # 中国側の批判は当たらないと反論した: a retort that something voiced is wrong rejects whoever voiced it; so
        # does a retort to it (カザフ側の主張には「根拠がない」と反論した, 日本の主張に反論した)
        rebuttal = verb.lemma_ in lex.REBUTTING_VERBS
        # (and a rebuttal about it: カンボジアの批判について「臆測だ」と反論した)
        voiced = [t for c in frame.clauses for t in c.children if t.lemma_ in lex.VOICED_NOUNS and (
            frames.marker(t) in ("は", "が", "も") or rebuttal and frames.marker(t) in _RETORTED_TO | lex.ABOUT_MARKERS)] + [
            t for t in _before_retort(verb) if t.lemma_ in lex.VOICED_NOUNS and rebuttal
            and frames.marker(t) in _RETORTED_TO | lex.ABOUT_MARKERS]
        owners = [o for t in voiced for o in owners_of(t)]
        if owners:
            speakers = [s for s in frame.subjects if read_actor(s)] or inherit_subjects(verb, "")[0]
            yield from pair_up(frames.Frame(subjects=speakers, objects=owners), "rejects", verb, sent, "claim",
                               carriers=())
            return
    if verb.lemma_ in lex.REBUTTING_VERBS and not any(read_actor(t) for c in frame.clauses for t in c.subtree) \
            and not actors_of(frame.objects + frame.targets, possessor=True):
        # コロンビア大統領、ペルーが島を「併合」と非難　ペルーは反論: a bare rebuttal later in a headline is aimed at
        # whom the headline opens on; in a story, at whom the sentence before was about (…と非難した。ペルーは反論した),
        # or the clause set against it (…と主張しているが、タジク側は反論している); so is a rebuttal whose words name no
        # one (周氏は「調査は合法的なものだ」と反論した)
        speakers = [s for s in frame.subjects if read_actor(s)] or inherit_subjects(verb, "")[0]
        aimed = (_charger_before(verb) or headline_opening(verb) if headline_clause_start(verb) > line_start(verb)
                 else []) if in_headline(verb) else pointed_back(verb)
        aimed = [t for t in aimed if not same_side(actors_of([t]), actors_of(speakers))]
        if speakers and aimed:
            yield from pair_up(frames.Frame(subjects=speakers, objects=aimed), "rejects", verb, sent, "claim",
                               carriers=())
        return
    if not frame.clauses:
        return
    # (a retort's clause may have its subject buried by the parser: 「フランスこそ…政策を続けている」と反発した)
    deep = verb.lemma_ in lex.RETORT_VERBS
    named = frame.subjects + [s for clause in frame.clauses for s in clause_subjects(clause, deep=deep)]
    if not any(frames.marker(s) in _SINGLED_OUT for s in named):
        # 大統領は、ロシアが資金を流し、選挙に介入しようとしていると主張した: the parser hangs the topic on the
        # clause's verb and its が-subject on a verb chained before it; that one is what the clause is about
        named += [s for clause in frame.clauses for s in chain_subjects(clause) + attempt_subjects(clause)
                  if s not in named]
    # the wrongdoing is what the clause says was done, not a description of who did it
    # (ウクライナ侵略を続けるロシアの防衛産業が部品に依存していると指摘した: no accusation)
    described = {t.i for s in named for t in s.subtree}
    # (先に発砲したのはキルギス側だと主張した: the focus of a cleft clause is who did what its の-clause says)
    focused = [c for c in frame.clauses if _cleft_focus(c)]
    described |= {t.i for f in focused for t in (f, *f.children) if t.dep_ != "csubj"}
    clause_words = {w for clause in frame.clauses for t in clause.subtree if t.i not in described
                    for w in (t.lemma_, t.text)}
    if verb.lemma_ in lex.CLAIM_VERBS and not clause_words & lex.WRONGDOING and not _breach(frame, described) \
            and not _hostile_act(frame, described):
        return
    # (「アフガン側は…意図的に川の流れを変えている」と主張した: a topic inside the quotation is what the quoted words
    # are about, the speaker being outside it)
    # (an actor only, and not what it should do: 「日本は干渉すべきではない」 tells no act)
    obliged = any(t.lemma_ in lex.OBLIGATION_WORDS for c in frame.clauses for t in c.subtree)
    quoted = [s for s in named if frames.marker(s) in ("は", "も") and in_quote(s) and not in_quote(verb)
              and read_actor(s) and not obliged]
    speakers = [s for s in named if frames.marker(s) not in _SINGLED_OUT and s not in quoted] + [
        c for c in verb.children if c.dep_ == "dislocated"]
    speakers = speakers[:1] or inherit_subjects(verb, "")[0]
    # what the clause is about: an actor, or the owner of a thing (フィリピンの巡視船), never of an event
    # (エネルギー分野の制裁が「打撃を与える」と反発: no one is accused)
    accused = [s for s in named if (frames.marker(s) in _SINGLED_OUT or s in quoted) and s not in speakers
               and (read_actor(s) or relation_of(s) is None)] + focused
    # (ロシア国防省は、ロシア軍が施設を攻撃したと主張した: a side claiming its own act accuses no one)
    accused = [a for a in accused if not same_side(actors_of([a], possessor=True), actors_of(speakers))]
    if not accused or not speakers:
        return
    if verb.lemma_ in lex.ANNOUNCING_VERBS and not any(
            t.i not in described and t.dep_ in ("obj", "obl", "nmod") and same_side(
                actors_of([t], possessor=True), actors_of(speakers))
            for clause in frame.clauses for t in clause.subtree):
        # (an announcement tells what another side did: it charges them only when it was done to the announcer's side,
        # タジク側がキルギス南部の村を攻撃したと発表した; not 北朝鮮がミサイルを発射したと発表した)
        return
    yield from pair_up(frames.Frame(subjects=speakers, objects=accused), "accuses", verb, sent, "claim", carriers=())


def _cleft_focus(tok) -> bool:
    """Is ``tok`` the focus of a cleft clause, an actor (先に発砲したのは / キルギス側だ)?"""
    return any(c.dep_ == "cop" for c in tok.children) and any(
        c.dep_ == "csubj" and c.i < tok.i and any(m.dep_ == "mark" and m.text == "の" for m in c.children)
        for c in tok.children) and bool(read_actor(tok))


def _charger_before(verb) -> list:
    """安保理が会合　韓国「明白な決議違反」と非難　ロシアは反論: who voiced the last charge in the headline before the
    rebuttal's clause (a criticism or an accusation, by its speaker or subject), other than the rebutting side."""
    speakers = [s for s in frames.verbal_frame(verb).subjects if read_actor(s)]
    for tok in reversed(verb.doc[line_start(verb):headline_clause_start(verb)]):
        if relation_of(tok) in ("criticizes", "accuses"):
            found = headline_speaker(tok) or [s for s in frames.verbal_frame(tok).subjects if read_actor(s)]
            found = [t for t in found if not same_side(actors_of([t]), actors_of(speakers))]
            if found:
                return found
    return []


def _before_retort(verb) -> list:
    """What is written before a retort on it, or on the verb it is chained to, which GiNZA may give what a
    phrase set off with は is about (…の主張には「…」と反論し、…を求めた)."""
    found = list(verb.children)
    if verb.dep_ == "advcl" and verb.head.i != verb.i:
        found += [t for t in verb.head.children if t.i < verb.i]
    return found


def _breach(frame, described) -> bool:
    """カンボジアが協定の手続きを守っていないと主張した: a rule or promise not kept is a wrongdoing too; so is pressure
    put on someone."""
    # (and pressure put on someone, not pressure suffered: チャドに圧力をかけている, not 圧力を受けている)
    return any(t.i not in described and (t.lemma_ in lex.COMPLIANCE_VERBS and modality.is_negated(t)
                                         or (t.lemma_, t.head.lemma_) in lex.WRONGDOING_PHRASES)
               for clause in frame.clauses for t in clause.subtree)


def _hostile_act(frame, described) -> bool:
    """艦艇が巡視船に体当たりしたと主張した, 哨戒機が上空を飛行して威嚇したと主張した: a hostile act told in the
    clause is a wrongdoing alleged; so is backing an armed group (アルジェリアが分離独立派「アザワド解放戦線」を支援
    していると主張した)."""
    return any(t.i not in described and t.pos_ == "VERB" and not modality.is_negated(t) and (
        relation_of(t) in lex.HOSTILE_ACTS or relation_of(t) == "supports" and _backs_group(t))
        for clause in frame.clauses for t in clause.subtree)


def _backs_group(verb) -> bool:
    """Is what the verb supports a non-state armed group?"""
    backed = frames.verbal_frame(verb)
    return any(m.kind == "group" for t in backed.objects + backed.targets for m in read_actor(t))


_RETORTED_TO = frozenset({"に", "には", "に対し", "に対して", "に対しては"})
_SINGLED_OUT = ("が", "こそ", "こそが")  # the subject a clause is about, never its speaker (フランスこそ…)


def _aimed(noun) -> list:
    """Whom an event noun names as its object or target."""
    frame = frames.nominal_frame(noun)
    return actors_of(frame.objects + frame.targets)


def calling_off(noun):
    """The verb that calls off the event ``noun`` names, or its plan (訪問を取りやめた, 訪問計画を撤回した, 訪問計画を
    白紙に戻した), if any."""
    head = noun.head
    if head.i != noun.i and noun.dep_ == "compound" and head.lemma_ in lex.PLAN_NOUNS:
        head = head.head  # (訪問 / 計画を撤回した: the plan of the event)
    if head.i == noun.i:
        return None
    if head.lemma_ in lex.CALLING_OFF or head.lemma_ in lex.RETURNING_VERBS and any(
            c.lemma_ in lex.BLANK_WORDS and frames.marker(c) == "に" for c in head.children):
        return head  # (白紙に戻した: set back to a blank page)
    return None


def retraction(verb, sent) -> Iterator[Relation]:
    """「ロシアが防空システムを供与した」との報道が相次いでいる。…ザハロワ報道官は「事実ではない」と否定した: a denial
    by the side an act told earlier was about, of the report (or of nothing named), says the act did not happen; so
    does calling off an event announced before with nothing of its own (…訪問を発表していた。…訪問を取りやめると
    明らかにした). The ``retracted`` rule: the earlier statement stands as told, and the act is also stated negated."""
    from kg.extract.ja.memory import hit_before, told_before

    if verb.lemma_ in lex.DENYING_VERBS:
        frame = frames.verbal_frame(verb)
        # (ロシアは関与否定: in a headline the denied thing may be compounded onto the denying noun)
        things = frame.objects + [c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1
                                  and c.lemma_ in lex.INVOLVEMENT_NOUNS]
        involvement = any(t.lemma_ in lex.INVOLVEMENT_NOUNS for t in things)
        acts = [t for o in things for t in o.subtree if relation_of(t) in lex.RETRACTABLE]
        # (攻撃への関与を否定した: an attack named with no target is answered as a bare denial of involvement is)
        unaimed = involvement and acts and all(relation_of(t) == "attacks" and not _aimed(t) for t in acts)
        if (any(t.lemma_ not in lex.REPORT_NOUNS for t in things) or acts) and not unaimed:
            return  # (侵攻を否定した, 供与したとの報道を否定した: the act is written here, and negated here)
        sides = actors_of(frame.subjects or inherit_subjects(verb, "")[0])
        if sides and all(m.kind == "anaphor" and m.text in lex.ISSUER_ANAPHORS for m in sides):
            # (トルコ外務省は声明を出した。声明は…報道を否定した: a statement speaks for whoever issued it)
            sides = actors_of(reacted_to(verb)) or sides
        # (ロシア国防省は関与を否定した: a denial of involvement answers a charge told anywhere in the paragraph or
        # the one before, not only in the sentence right before)
        told = told_before(verb, lex.RETRACTABLE, sides, far=involvement) if sides else None
        if told is None and involvement and sides:
            # (南スーダンの石油施設が無人機攻撃を受けた。…RSFは攻撃への関与を否定した: with no doer charged, the
            # attack told last with no doer did not come from the denying side)
            # (ロシアの関与を否定した: whose involvement is denied, when written)
            doers = [m for t in things if t.lemma_ in lex.INVOLVEMENT_NOUNS for m in owners_of(t)] or sides
            victims = hit_before(verb)
            for doer in doers:
                for victim in victims:
                    if not same_side([victim], [doer]):
                        yield new_relation(doer, "attacks", victim, verb, sent, "retracted", negated=True)
            return
    else:
        # (an announced event only, not a measure undone: 支持を撤回するよう求めた; nor a calling off only asked for or
        # planned)
        off = calling_off(verb)
        if relation_of(verb) not in lex.SCHEDULED_EVENTS or off is None \
                or any(read_actor(t) for t in verb.subtree if t.i != verb.i) \
                or modality.is_hedged(off) or modality.is_negated(off):
            return
        told = told_before(verb, {relation_of(verb)})
    if told is None:
        return
    here = dict(start=verb.idx, end=verb.idx + len(verb.text))
    yield new_relation(replace(told.subject, **here), told.predicate, replace(told.object, **here), verb, sent,
                       "retracted", negated=True)
