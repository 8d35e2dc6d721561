"""Relations of a Japanese event noun: the ``nominal``, ``light-verb``, ``receiving`` and ``destination`` rules.

An event noun takes its arguments inside its phrase (中国のロシア支援, ロシアによるウクライナ侵攻, 対ロ制裁) or
from the verb that carries it: a light verb adds little meaning (警告を発する, 抗議を申し入れる, 支援を表明する),
so its subject and target are the event's, also through a stance or phase noun (セルビア支持の姿勢を鮮明にした,
首脳会談の実現に意欲を示した); a verb of receiving turns the event round (抗議を受けた: the から-argument protests
the subject); a verb of exchange goes both ways (砲撃を交わした). Listing someone as a measure's target
(制裁対象に指定した) takes the measure against them; 訪問先の北京で visits the place named.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import sentence_of, side_of
from kg.extract.ja import frames, modality
from kg.extract.ja.actors import read_actor
from kg.extract.ja.cues import (
    arms_sellers,
    border_with,
    by_phone,
    organisation_side,
    prefixed,
    proposed_to,
    relation_of,
    troops,
    visited,
)
from kg.extract.ja.memory import aimed_before, done_likewise, likewise, met
from kg.extract.ja.pairs import actors_of, both_ways, owners_of, pair_up, plural, same_side, within
from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.extract.ja.subjects import (
    headline_clause_start,
    headline_opening,
    in_headline,
    in_quote,
    inherit_subjects,
    line_start,
    shared_headline_subject,
)
from kg.extract.ja.targets import attacked_places, conditioned, met_partners, threat, warned_of
from kg.lang import ja as lex
from kg.types import Mention, Relation

_CARRYING_OBJECTS = lex.LIGHT_VERBS | lex.NEGATING_HEADS | lex.LIGHT_VERBS_NI | lex.RELATION_BUILDING | lex.DELIBERATING_VERBS


def _organisation(item) -> bool:
    found = [item] if isinstance(item, Mention) else read_actor(item)
    return bool(found) and all(organisation_side(m) for m in found)


def _thankers(noun) -> list:
    """Who thanks for ``noun`` (…の支援に感謝した, 謝意を表明した, 感謝の意を示した): the subject of the thanking verb."""
    verb = noun.head
    if frames.marker(noun) not in ("に", "には", "にも") or verb.i == noun.i:
        return []
    thanks = verb.lemma_ in lex.THANKING_WORDS or any(
        c.dep_ == "obj" and (c.lemma_ in lex.THANKING_WORDS or any(g.lemma_ in lex.THANKING_WORDS for g in c.children))
        for c in verb.children)
    if not thanks:
        return []
    # (ハコビャン氏は「フランスの支援に深く感謝する」と述べた: support thanked for by an official went to the country
    # they act for, not to them in person)
    return [_side_of_official(t) for t in frames.verbal_frame(verb).subjects or inherit_subjects(verb, "")[0]
            if read_actor(t)]


def _side_of_official(tok):
    """The country a person or unnamed official written as ``tok`` acts for (through their body), placed where they
    are written; else ``tok`` itself."""
    found = read_actor(tok)
    if len(found) != 1 or found[0].kind not in ("person", "role"):
        return tok
    side = found[0].affiliation
    while side is not None and side.kind == "government" and side.affiliation is not None:
        side = side.affiliation
    return replace(side, start=found[0].start, end=found[0].end, affiliation=None) \
        if side is not None and side.kind == "country" else tok


def noun_relations(noun, predicate, sent) -> Iterator[Relation]:
    if predicate in lex.NOT_BY_CALL and by_phone(noun):
        return  # (電話会談で…求めた, 電話協議で: a call is no meeting and no negotiation)
    governor = noun.head if noun.head.i != noun.i else None
    if governor is not None and governor.lemma_ in lex.MANNER_VERBS and governor.dep_ == "advcl" \
            and governor.head.i != governor.i and not any(frames.marker(c) in ("が", "は") for c in governor.children):
        governor = governor.head  # (協力を引き続き重視する: the adverb GiNZA read as a verb stands aside)
    if governor is not None and (noun.dep_ == "obj" and governor.lemma_ in lex.RECEIVING_VERBS
                                 or frames.marker(noun) == "に" and governor.lemma_ in lex.EXPOSED_VERBS) \
            and not _aimed_elsewhere(noun, predicate):
        yield from _receiving(noun, governor, predicate, sent)
        return
    if noun.lemma_ in lex.DOER_NOUNS:
        yield from _doer_noun(noun, governor, predicate, sent)
        return
    if predicate in lex.TALKS and governor is not None and governor.pos_ == "VERB" \
            and frames.marker(noun) in ("で", "では") and relation_of(governor) is None \
            and not (governor.dep_ == "acl" and governor.head.lemma_ in lex.NOMINALISERS):
        # (not a verb of what was agreed, …を強化することで一致した, that GiNZA hung the talks on: the talks are the
        # agreement's setting, told as the agreement is)
        # パキスタンとアフガニスタンは、イスタンブールでの協議で詳細を詰める予定だ: talks through which the sides of a
        # clause do something, with no other side named, are held between those sides
        inner = frames.nominal_frame(noun)
        if not actors_of(inner.subjects + inner.partners + inner.objects):
            # (…詰める予定だ: GiNZA may hang the subject on the plan noun the verb modifies)
            subjects = frames.verbal_frame(governor).subjects or inherit_subjects(governor, "")[0] or (
                frames.verbal_frame(governor.head).subjects if governor.dep_ == "acl"
                and governor.head.lemma_ in lex.PLAN_NOUNS else [])
            sides = within(actors_of(subjects), sent, line=True)
            if len(sides) > 1 or plural(sides):
                yield from both_ways(sides, predicate, noun, sent, "light-verb", carriers=(governor,))
                return
    if noun.lemma_ in lex.RESTRICTED_FLOWS and governor is not None and relation_of(governor) == "sanctions":
        return  # (ガス供給を停止した: a supply stopped is the sanction the restriction tells, no support withdrawn)
    if noun.text in lex.COUNTERMEASURES and noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].text in ("も", "を") \
            and noun.doc[noun.i + 2].lemma_ in lex.COUNTERMEASURE_STANCES:
        return  # (報復も辞さない構えを示唆した: being ready to retaliate threatens, read by countermeasure(); no attack)
    quoted = about_quoted_plan(noun)
    if quoted is not None:
        # EU産品への報復関税について「現時点では検討していない」と述べた: an event the speaker talks about (について),
        # whose quoted words are a plan or a consideration with nothing of their own, is what is planned or considered
        inner = frames.nominal_frame(noun)
        subjects = _actor_subjects(inner.subjects) or frames.verbal_frame(governor).subjects \
            or inherit_subjects(governor, "")[0]
        frame = frames.Frame(subjects=subjects, objects=inner.objects, targets=inner.targets, partners=inner.partners)
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=(quoted,))
        return
    if predicate == "requests" and frames.marker(noun) == "で" and governor is not None \
            and governor.lemma_ in lex.CONVENING_VERBS:
        # 会合は米国、英国、フランスの要請で開かれた: a meeting held at someone's request was asked of whoever holds it
        yield from _convened_at_request(noun, governor, sent)
        return
    inner = frames.nominal_frame(noun)
    if noun.i and noun.doc[noun.i - 1].text + noun.text in lex.SUMMIT_WORDS and (
            any(_organisation(t) for t in inner.subjects + inner.objects + inner.partners)
            or any(organisation_side(m) for m in read_phrase(phrase_tokens(noun)[:-1]))):
        # NATO首脳会議に参加した, PIFの首脳会議で…求めた: an organisation's summit is where its members meet, the
        # organisation no side met; who met whom there it does not say
        return
    sellers = arms_sellers(noun) if predicate == "supports" and noun.lemma_ in lex.PROCUREMENT_WORDS else []
    if sellers:
        # (アルメニアはフランスやインドからの兵器調達を増やしている: the sellers back the buyer, whose the buying is)
        buyers = [t for t in inner.subjects if read_actor(t) and t not in sellers] or (
            frames.verbal_frame(governor).subjects or inherit_subjects(governor, "")[0] if governor is not None else [])
        yield from pair_up(frames.Frame(subjects=sellers, objects=buyers), predicate, noun, sent, "purchase",
                           carriers=(governor,) if governor is not None else ())
        return
    if noun.lemma_ in lex.SOLIDARITY_NOUNS and not actors_of(inner.objects + inner.targets):
        inner.objects, inner.partners = inner.objects + inner.partners, []  # (チェコとの連帯: with whom is whom it backs)
    if predicate in lex.HOSTILE_ACTS and not actors_of(inner.objects + inner.targets, possessor=True):
        inner.objects = inner.objects + _aimed_by_clause(noun)
    yield from _held_for_others(noun, predicate, inner, governor, sent)
    across = border_with(noun) if predicate == "sanctions" and noun.lemma_ in lex.CLOSING_VERBS else []
    if across:
        # (ルワンダとの国境の閉鎖: against whoever is on the other side; the border is no party)
        inner.objects, inner.subjects = across, [t for t in inner.subjects if t.lemma_ not in lex.BORDER_NOUNS]
    elif noun.lemma_ in lex.DISPATCH_VERBS:
        inner.objects = [o for o in inner.objects if not troops(o)]  # (ロシアへの兵士派遣: the troops are what is sent)
    else:
        inner.objects = visited(noun) or prefixed(noun) or inner.objects
    if noun.lemma_ in lex.SUING_WORDS:  # (ICJへの提訴: the court, not the accused)
        inner.targets = []
        inner.objects = [o for o in inner.objects if not isinstance(o, Mention) and frames.marker(o) not in ("への", "へ", "に")]
        suing = True
    else:
        suing = False
    places = [o for o in inner.objects if not isinstance(o, Mention) and o.lemma_ in lex.REGION_NOUNS and not read_actor(o)]
    if places and not actors_of(inner.subjects):
        # イスラエルによるシリア南部への空爆: GiNZA may hang the event's による-agent on the region it is aimed at
        inner.subjects = [c for o in places for c in o.children if c.i < o.i
                          and frames.marker(c) in lex.AGENT_OF_EVENT_MARKERS and read_actor(c)] or inner.subjects
    # (シリア南部への空爆: a region of a country stands for the country written into it)
    inner.objects = [next((c for c in o.children if c.dep_ == "compound" and c.i == o.i - 1
                           and any(m.kind == "country" for m in read_actor(c))), o) if o in places else o
                     for o in inner.objects]
    if predicate == "attacks" and noun.lemma_ in lex.MUTUAL_FIGHTS and not inner.objects and not inner.targets \
            and len(actors_of(inner.subjects)) == 2:
        # アルメニアとアゼルバイジャンの戦争: a war of two sides is each side's attack on the other
        first, second = inner.subjects[:2]
        for doer, done in ((first, second), (second, first)):
            yield from pair_up(frames.Frame(subjects=[doer], objects=[done]), predicate, noun, sent, "nominal",
                               carriers=())
        return
    if predicate == "supports" and not inner.objects and actors_of(inner.subjects):
        # 日本の支援に謝意を表明した: support someone thanks for was given to them
        inner.objects = _thankers(noun)
    if noun.lemma_ in lex.COMMENT_NOUNS:
        # 米国の対応についての論評を控えた: what a comment is about is whom it would have criticised
        inner.objects += [c for c in noun.children if frames.marker(c) in lex.ABOUT_NOMINAL_MARKERS
                          and c not in inner.objects]
        if noun.head.i != noun.i and noun.head.lemma_ in lex.REFRAINING_VERBS:
            # (チャドの決定について論評を控えた: the について-phrase hung on the verb)
            inner.objects += [c for c in noun.head.children if c.i < noun.i and frames.marker(c) in lex.ABOUT_MARKERS
                              and c not in inner.objects]
    # (行った要請: the tokenizer may read 行っ as 行く, "go", which no event is done with)
    carrier = next((c for c in noun.children if c.dep_ == "acl" and c.i < noun.i and (
        c.lemma_ in lex.LIGHT_VERBS or c.lemma_ == "行く" and c.text.startswith("行"))), None)
    if carrier is not None and not actors_of(inner.subjects):
        # 中国が豪州産の石炭に科していた制裁措置: a light verb's relative clause gives the event its arguments
        clause = frames.verbal_frame(carrier)
        inner.subjects = clause.subjects
        inner.objects = inner.objects or clause.targets
        # (ロシアがウクライナと進めている協議: whom the clause does it with is the event's partner)
        inner.partners = inner.partners or clause.partners
    things = [t for t in inner.subjects if not read_actor(t)]
    if things and predicate == "sanctions":
        # 日本産水産物の輸入停止措置: the の-phrase of a trade restriction is the goods, and their owner the target
        inner.subjects = [t for t in inner.subjects if t not in things]
        # (中国に対する半導体の輸出規制, 中国向け半導体の輸出: the destination written on the goods)
        bound = [c for t in things for c in t.children if frames.marker(c) in lex.NOMINAL_OBJECT_MARKERS]
        # (ミャンマーとの国境貿易の一時停止: whom trade is with, hung on the restriction, is whom it is aimed at)
        traders = [p for p in inner.partners if read_actor(p)] if any(t.lemma_ in lex.TRADE_NOUNS for t in things) else []
        inner.objects = inner.objects or bound or traders or things
        inner.partners = [p for p in inner.partners if p not in traders]
    if predicate == "hosts" and noun.lemma_ in lex.INVITATION_NOUNS and governor is not None and governor.pos_ == "VERB" \
            and frames.marker(noun) == "を" and not actors_of(inner.objects):
        # 日本政府は台湾の招待を見送った: with someone else doing it, the の-phrase of an invitation is whom it invites
        owners = [t for t in inner.subjects if frames.marker(t) == "の" and read_actor(t)]
        doers = frames.verbal_frame(governor).subjects or inherit_subjects(governor, "")[0]
        if owners and actors_of(doers) and not same_side(actors_of(owners), actors_of(doers)):
            inner.objects, inner.subjects = owners, [t for t in inner.subjects if t not in owners]
    holder = governor if noun.dep_ == "compound" and governor is not None and governor.text in ("中", "後", "前") else noun
    if not inner.subjects and holder.dep_ == "nmod" and frames.marker(holder) == "の" and visited(noun):
        inner.subjects = [holder.head]  # 訪米中のラザロ氏: the visitor is the noun the visit modifies
    if governor is not None and governor.lemma_ in lex.EXCHANGE_NOUNS and frames.marker(noun) == "の":
        yield from _exchange(noun, predicate, governor, sent)
        return
    if governor is not None and noun.dep_ == "obj" and (governor.lemma_ in lex.RECIPROCAL_VERBS or (
            governor.lemma_ in lex.WAGING_VERBS and _with_compound(noun) in lex.MUTUAL_COMBAT)):
        # (両国は武力衝突を起こした: a fight mutual by its meaning is fought by each against the other)
        yield from _reciprocal(noun, predicate, governor, sent)
        return
    # (not when the event names both its parties: AとBとの会談の実現に…: whoever holds the stance is no party)
    # (輸入停止などの対抗措置を検討している: a measure named by an example of it is that event, as a phase is)
    phase = governor if governor is not None and (
        frames.marker(noun) == "の" and governor.lemma_ in lex.PHASE_NOUNS | lex.PROSPECT_NOUNS
        or frames.marker(noun) in ("の", "などの") and governor.lemma_ in lex.MEASURE_NOUNS and predicate == "sanctions"
        # (コロンビアとの対話による解決を目指す: the means of a resolution is carried as the resolution is)
        or frames.marker(noun) in lex.MEANS_MARKERS and governor.lemma_ in lex.RESOLUTION_NOUNS) \
        and governor.head.i != governor.i and relation_of(governor) is None and len(actors_of(inner.partners)) < 2 \
        else None
    if phase is None and governor is not None and governor.lemma_ in lex.INCLUDING_VERBS and governor.dep_ == "acl" \
            and frames.marker(noun) == "を" and predicate == "sanctions" \
            and (relation_of(governor.head) == "sanctions" or governor.head.lemma_ in lex.MEASURE_NOUNS) \
            and governor.head.head.i != governor.head.i:
        # パナマ産品の輸入規制を含む対抗措置を検討している: an event a measure is said to include is carried as the
        # measure is
        phase = governor.head
    verb = phase.head if phase is not None else None
    if verb is not None and verb.pos_ == "ADJ" and verb.dep_ == "acl" and verb.head.lemma_ in lex.STANCE_NOUNS:
        # (実現に強い意欲を示した: the adjective of the stance noun, then its verb; an adjective that turns the stance
        # against the event (否定的, 慎重) carries nothing)
        verb = verb.head.head if verb.lemma_ in lex.EAGER_ADJECTIVES else None
    if phase is not None and verb is not None and _carried(phase, verb) and phase.lemma_ in lex.NEGATING_HEADS \
            and (verb.lemma_ in lex.NEGATING_HEADS or modality.is_negated(verb)):
        return  # (支援の停止を否定した, 撤回した, 検討していない: a stop undone says nothing sure of the event)
    if governor is not None and governor.lemma_ in lex.PART_NOUNS and frames.marker(noun) == "の" \
            and governor.head.i != governor.i and governor.head.pos_ == "VERB":
        # EUはウクライナ支援の一環として関税を撤廃した: what is done as part of an event is done by whoever does it, so
        # the event is theirs too, as told as that (done, planned, denied)
        act = governor.head
        subjects = _actor_subjects(inner.subjects) or _actor_subjects(frames.verbal_frame(act).subjects) \
            or inherit_subjects(act, "")[0]
        frame = frames.Frame(subjects=subjects, objects=inner.objects, targets=inner.targets, partners=inner.partners)
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=(act,))
        return
    if phase is not None and verb is not None and _carried(phase, verb):
        # 首脳会談の実現に意欲を示した, 首脳会談の早期開催を模索する: an event through the phase noun a verb carries
        outer = frames.verbal_frame(verb)
        subjects = _actor_subjects(inner.subjects) or _actor_subjects(outer.subjects) \
            or inherit_subjects(verb, "")[0] or inner.subjects
        frame = frames.Frame(subjects=subjects, objects=inner.objects, partners=inner.partners,
                             targets=[t for t in outer.targets if t not in subjects])
        stance = _stance_object(verb) if frames.marker(phase) in ("に", "にも", "には") else None
        carriers = (stance, verb) if stance is not None else (phase, verb)
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=carriers)
        return
    if governor is not None and _carried(noun, governor):
        outer = frames.verbal_frame(governor)
        agents = [t for t in outer.sources + outer.agents if read_actor(t)] if frames.is_passive(governor) else []
        if agents and not actors_of(inner.subjects):
            # 米国から制裁を科された, 中国から制裁を科されるなか: a light verb in the passive is done by its から- or
            # によって-agent to its subject
            patients = [s for s in outer.subjects if s.i != noun.i and read_actor(s)] or inherit_subjects(governor, "")[0]
            frame = frames.Frame(subjects=agents, objects=patients)
            yield from pair_up(frame, predicate, noun, sent, "passive", carriers=(governor,))
            return
        # (批判は避けた: the topicalised event is no subject of the verb that carries it)
        outer.subjects = [s for s in outer.subjects if s.i != noun.i]
        if governor.lemma_ in lex.JOINING_VERBS and _actor_subjects(inner.subjects):
            # イスラエルによる攻撃には加わっていない: an event with a doer of its own is the doer's, joined or not;
            # the one who joins in (or does not) does it too (or does not)
            yield from pair_up(inner, predicate, noun, sent, "nominal", carriers=())
            joiners = _actor_subjects(outer.subjects) or inherit_subjects(governor, "")[0]
            yield from pair_up(frames.Frame(subjects=joiners, objects=inner.objects, targets=inner.targets),
                               predicate, noun, sent, "light-verb", carriers=(governor,))
            return
        # (今回の協議ではエジプトと歩調を合わせた: a では-phrase that names no actor is where, not who)
        # (追加の軍事支援を発表した: an の-phrase that names no actor is no subject either)
        subjects = _actor_subjects(inner.subjects) or _actor_subjects(outer.subjects) \
            or inherit_subjects(governor, "")[0] or inner.subjects or outer.subjects
        # (双方に攻撃をやめるよう求めた: the addressee the parser hung on the clause is its subject, not its target)
        # (エジプトと歩調を合わせた: a noun takes its partner with との, so a bare と-phrase the parser hung on the
        # carried event is the verb's partner)
        bare = [m for c in noun.children if c.i < noun.i and frames.marker(c) == "と" and c.pos_ in ("NOUN", "PROPN")
                for m in frames.coordinated(c)] or [
            # (パキスタンとの全天候型の協力: an との-phrase the parser hung on a word of the event's phrase)
            t for t in noun.subtree if t.i < noun.i and frames.marker(t) == "との" and read_actor(t)]
        targets = [t for t in outer.targets if t not in subjects]
        if not targets and not inner.objects:
            # 日本の防衛費増額に強い不満を表明した: GiNZA may hang the に-phrase on the adjective of the event
            targets = [t for t in noun.subtree if t.i < noun.i and t.head.pos_ == "ADJ"
                       and frames.marker(t) in ("に", "に対し", "に対して")]
        if predicate in lex.HOSTILE_ACTS and not actors_of(inner.objects + targets):
            # ロシアが停戦に応じなければ追加制裁を科す: a hostile act on a condition is aimed at whom it names
            targets = conditioned(governor, [], subjects) or targets
        if predicate == "sanctions" and not actors_of(inner.objects + targets, possessor=True):
            targets = warned_of(governor) or targets  # (マリに要求し、応じなければ制裁を科すと警告した)
        if not actors_of(inner.objects + targets, possessor=True) and done_likewise(noun, governor):
            targets = likewise(noun, predicate) or targets  # (英国も同様の制裁を科した)
        if predicate in ("warns", "threatens") and not actors_of(inner.objects + targets):
            # イランが攻撃を続ければ「代償は計り知れない」と警告を発した: a warning put with a light verb warns whom
            # its condition names, as the verb 警告する does
            targets = conditioned(governor, outer.clauses, subjects) or targets
        if predicate == "attacks" and not actors_of(inner.objects + targets, possessor=True):
            targets = targets + attacked_places(governor)  # (シリア南部で空爆を繰り返した)
        if predicate in lex.ADDRESSED_IN_MEETINGS and not targets and not outer.clauses \
                and not actors_of(inner.objects, possessor=True):
            targets = met(noun, actors_of(subjects))  # (王毅外相と会談した。…抗議を申し入れた)
        if predicate in lex.GIVEN_IN_MEETINGS and not actors_of(targets, possessor=True) and not outer.clauses \
                and not actors_of(inner.objects, possessor=True):
            targets = met_partners(governor, predicate, subjects)  # (…と会談し、巡視艇の供与を表明した)
        if predicate == "sanctions" and in_headline(noun) and not actors_of(inner.objects + targets, possessor=True):
            # イラン、イスラエルにミサイル攻撃　米国は非難、追加制裁を発表: a sanction in a later clause of a headline,
            # aimed at no one it names, is aimed at whom the headline opens on
            subjects = shared_headline_subject(governor) or subjects
            targets = [t for t in headline_opening(noun) if headline_clause_start(noun) > line_start(noun)
                       and not same_side(actors_of([t]), actors_of(subjects))]
        partners = inner.partners or outer.partners or bare
        if not partners and not actors_of(inner.objects + targets):
            partners = met_partners(governor, predicate, subjects)  # (…と会談し、協力を確認した)
        # 首脳会談には当面応じない考えを示した: the parser hangs the に-event on 示す; 応じない is what carries it
        stance = _stance_object(governor) if frames.marker(noun) in ("に", "にも", "には") else None
        carriers = _stance_carrier(noun, governor) or ((stance, governor) if stance is not None else (governor,))
        if not partners and not actors_of(inner.objects + targets) and predicate in lex.MEETING_CHAINED \
                and carriers[0].lemma_ in lex.RESPONDING_VERBS:
            # インドネシアの抗議を受け入れなかった。…協議には応じる用意がある: talks one agrees to with no one named
            # are with whom the side has just been at odds
            partners = aimed_before(noun, actors_of(subjects))
        if (suing or predicate == "sanctions") and not actors_of(inner.objects + targets, possessor=True):
            # ニカラグアを非難した。…ICJへの再提訴も検討している: a lawsuit naming no one is against whom the speaker's
            # side has just been aimed at (so is a sanction: ロシアを非難し、…追加制裁を検討する考えを示した)
            targets = [t for t in aimed_before(noun, actors_of(subjects), only=lex.OPPOSING_ACTS, here=True)
                       if not same_side([t], actors_of(subjects))]
        frame = frames.Frame(subjects=subjects, objects=inner.objects, targets=targets, partners=partners)
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=carriers)
        yield from threat(noun, predicate, subjects, carriers, sent)
        return
    if predicate == "hosts" and governor is not None and frames.marker(noun) == "で" and governor.pos_ == "VERB":
        # 大統領の招きでアブダビを訪れた: whoever comes at someone's invitation is their guest
        guests = frames.verbal_frame(governor).subjects or inherit_subjects(governor, "")[0]
        frame = frames.Frame(subjects=inner.subjects, objects=guests)
        yield from pair_up(frame, predicate, noun, sent, "nominal", carriers=(governor,))
        return
    if governor is not None and frames.marker(noun) == "で" and governor.pos_ == "VERB" and governor.dep_ != "acl" \
            and not actors_of(inner.subjects):
        # 対ロシア制裁で凍結している資産: an event as the means of a verb is done by the verb's subject
        outer = frames.verbal_frame(governor)
        doers = outer.subjects or inherit_subjects(governor, "")[0]
        # (ミサイル攻撃で電力網を破壊した: and to what the verb is done to, when the event names no one)
        frame = frames.Frame(subjects=doers, objects=inner.objects or outer.objects + outer.targets,
                             partners=inner.partners)
        yield from pair_up(frame, predicate, noun, sent, "nominal", carriers=())
        return
    listing = _listing_verb(noun)
    if listing is not None:
        # 中国企業を輸出規制の対象リストに加えた, ロシアの銀行を制裁対象に指定した: whoever lists someone as a
        # measure's target takes the measure against them
        outer = frames.verbal_frame(listing)
        frame = frames.Frame(subjects=outer.subjects or inherit_subjects(listing, "")[0], objects=outer.objects)
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=(listing,))
        return
    through = _through(noun, governor)
    if through is not None:
        # セルビア支持の姿勢を鮮明にした, 人道支援の拡大を表明した: the verb's subject holds the stance
        verb = through.head
        outer = frames.verbal_frame(verb)
        subjects = inner.subjects or outer.subjects or inherit_subjects(verb, "")[0]
        # (日本の教科書検定結果に遺憾の意を表明した: the verb's に-phrase is whom it is aimed at)
        frame = frames.Frame(subjects=subjects, objects=inner.objects, partners=inner.partners,
                             targets=[t for t in outer.targets if t not in subjects])
        yield from pair_up(frame, predicate, noun, sent, "light-verb", carriers=(through, verb))
        return
    turning = frames.outside_quotation(noun, governor) if governor is not None else None
    if turning is not None and predicate in lex.AIMED_AT_RECEIVER and turning.lemma_ in lex.REFUSING_VERBS | lex.RETORT_VERBS \
            and actors_of(inner.subjects) and not actors_of(inner.objects + inner.targets):
        # EUの批判を一蹴した, 日本の抗議に反論した: a criticism (a protest, a demand) turned away was aimed at whoever
        # turns it away
        receivers = frames.verbal_frame(turning).subjects or inherit_subjects(turning, "")[0]
        inner.objects = [side for r in receivers if r not in inner.subjects for m in actors_of([r])
                         if (side := side_of(m, turning, "ja")) is not None]
        # (what is turned away was made, whatever the one turning it away does not do: 要求について「検討しない」)
        yield from (replace(r, negated=False) for r in pair_up(inner, predicate, noun, sent, "nominal", carriers=()))
        return
    yield from pair_up(inner, predicate, noun, sent, "nominal", carriers=())


def _held_for_others(noun, predicate, inner, governor, sent) -> Iterator[Relation]:
    """ロシアとウクライナの首脳会談をイスタンブールで開催する用意がある(エルドアン): who holds (開催, 開く) talks of two
    other sides hosts them."""
    # (両国の首脳会談をタンザニアで開く用意がある: the two sides of the text are two)
    if predicate not in ("meetsWith", "negotiatesWith") or governor is None or noun.dep_ != "obj" \
            or governor.lemma_ not in lex.HOLDING_VERBS or len(actors_of(inner.subjects)) < 2 \
            and not plural(actors_of(inner.subjects)):
        return
    holders = _actor_subjects(frames.verbal_frame(governor).subjects) or inherit_subjects(governor, "")[0]
    if holders and not same_side(actors_of(holders), actors_of(inner.subjects)):
        yield from pair_up(frames.Frame(subjects=holders, objects=_actor_subjects(inner.subjects)), "hosts", noun,
                           sent, "light-verb", carriers=(governor,))


def _doer_noun(noun, governor, predicate, sent) -> Iterator[Relation]:
    """米国はイスラエルの後ろ盾だ, ロシアはシリアの後ろ盾となってきた: a noun that names the doer of the event (the
    backer) says its subject does it to the noun's の-owner."""
    doers = [c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i]
    if not doers and governor is not None and frames.marker(noun) in ("と", "に") and governor.lemma_ in ("なる", "する"):
        doers = frames.verbal_frame(governor).subjects or inherit_subjects(governor, "")[0]
    if not doers and noun.dep_ == "acl" and any(c.dep_ == "cop" for c in noun.children) and read_actor(noun.head):
        doers = [noun.head]  # (イスラエルの後ろ盾である米国: the noun the description is made a predicate of)
    owners = [c for c in noun.children if c.dep_ == "nmod" and frames.marker(c) == "の" and c.i < noun.i]
    frame = frames.Frame(subjects=doers, objects=owners)
    yield from pair_up(frame, predicate, noun, sent, "nominal", carriers=(governor,) if governor is not None else ())


def _aimed_by_clause(noun) -> list:
    """ハマスの戦闘員を標的とした空爆, エネルギー施設を狙った攻撃: what a relative clause on an attack says it aims at
    (the thing; whose it is, is read when pairing)."""
    return [g for c in noun.children if c.dep_ == "acl" and c.i < noun.i and (
        c.lemma_ in lex.TARGETING_VERBS or c.lemma_ == "する" and any(
            t.lemma_ in lex.TARGET_WORDS and frames.marker(t) in ("と", "に") for t in c.children))
        for g in c.children if g.dep_ == "obj"]


def _with_compound(noun) -> str:
    """The noun with the word compounded right before it (武力 / 衝突 -> 武力衝突)."""
    before = noun.doc[noun.i - 1] if noun.i else None
    if before is not None and before.dep_ == "compound" and before.head.i == noun.i:
        return before.text + noun.text
    return noun.text


def _exchange(noun, predicate, exchange, sent) -> Iterator[Relation]:
    """ロシアとウクライナ、港湾攻撃めぐり非難の応酬; 両国は非難の応酬を続けている: an exchange of an event goes both
    ways between the sides written with it (or the subjects of the verb it is the object of); charges over a
    hostile act accuse."""
    sides = [m for t in (noun, exchange) for c in t.children if c.dep_ == "nmod" and c.i < noun.i and read_actor(c)
             for m in frames.coordinated(c)]
    verb = exchange.head if exchange.head.i != exchange.i else None
    if not sides:
        # (ロシアとウクライナが非難の応酬: a headline's exchange noun takes the subject a verb would)
        sides = [m for c in exchange.children if c.dep_ == "nsubj" and frames.marker(c) in ("が", "は", "も")
                 and read_actor(c) for m in frames.coordinated(c)]
    if not sides and verb is not None:
        sides = frames.verbal_frame(verb).subjects or inherit_subjects(verb, "")[0]
    sides = within(actors_of(sides), sent, line=True)
    if predicate == "criticizes" and any(
            relation_of(t) in lex.HOSTILE_ACTS and (t.head.i == noun.i or t.head.lemma_ in lex.COVERING_VERBS)
            for t in sentence_of(noun) if t.i < noun.i):
        predicate = "accuses"
    carriers = (exchange, verb) if verb is not None else (exchange,)
    yield from both_ways(sides, predicate, noun, sent, "nominal", carriers=carriers)


def _reciprocal(noun, predicate, verb, sent) -> Iterator[Relation]:
    """インド陸軍とパキスタン軍が砲撃を交わした: an exchange goes both ways between the coordinated subjects."""
    sides = within(actors_of(frames.verbal_frame(verb).subjects), sent)
    yield from both_ways(sides, predicate, noun, sent, "light-verb", carriers=(verb,))


def _stance_carrier(noun, governor) -> tuple:
    """(the verb, the stance noun, the governor) when a に-marked event sits on a verb whose object is a stance
    noun modified by a verb that takes the event with に after it (会談には応じない考えを示した)."""
    if frames.marker(noun) not in ("に", "には", "にも"):
        return ()
    for obj in governor.children:
        if _held_stance(obj, governor):
            for verb in obj.children:
                if verb.dep_ in ("acl", "compound") and verb.lemma_ in lex.LIGHT_VERBS_NI and verb.i > noun.i:
                    return (verb, obj, governor)
    return ()


def _held_stance(noun, governor) -> bool:
    """Is ``noun`` a stance the governor states: its object (考えを示した) or the subject of ある (用意がある)?"""
    return noun.lemma_ in lex.STANCE_NOUNS and (
        noun.dep_ == "obj" or noun.dep_ == "nsubj" and governor.lemma_ in lex.EXISTENCE_VERBS)


def _through(noun, governor):
    """The stance or phase noun between an event and the verb that carries it (Xの姿勢を示した), if any."""
    if governor is None or noun.dep_ not in ("nmod", "advmod") or frames.marker(noun) != "の" \
            or governor.head.i == governor.i:  # (遺憾 / の / 意: tagged an adverb now and then)
        return None
    if governor.dep_ != "obj" and frames.marker(governor) not in ("を", "も"):
        return None
    if governor.lemma_ in lex.STANCE_NOUNS and governor.head.pos_ in ("VERB", "ADJ") \
            and governor.head.lemma_ not in lex.STANCE_DROPPING:
        return governor
    if governor.lemma_ in lex.PHASE_NOUNS and governor.head.lemma_ in lex.LIGHT_VERBS and not (
            governor.head.lemma_ in lex.PROPOSED_BY and proposed_to(governor.head)):
        return governor
    return None


def _carried(noun, governor) -> bool:
    """Is the event noun the object of a light verb (警告を発する) or a verb that negates it (批判を避ける)?"""
    if frames.marker(noun) in ("は", "も", "が") and governor.lemma_ in lex.STEADFAST_VERBS and any(
            c.dep_ == "aux" and c.lemma_ in lex.NEGATION_AUX for c in governor.children):
        return True  # (モザンビークとの連帯は変わらない: an event said to stay as it is holds; see AFFIRMING_NEGATIONS)
    if governor.lemma_ in lex.REFUSING_VERBS and noun.lemma_ in lex.REQUEST_WORDS \
            and not any(frames.marker(c) == "の" for c in noun.children):
        return False  # (要求を拒否した: a request refused, no one's named, is whoever asked's, not the refuser's own)
    if frames.marker(noun) == "として" and relation_of(noun) is not None and relation_of(governor) == relation_of(noun):
        return True  # (リビアへの追加支援として2千万ユーロを拠出する: what the act is given as is the act, its target)
    if noun.dep_ == "obj" or frames.marker(noun) in ("を", "は", "も", "には"):  # 批判は避けた: a topicalised object
        # (関税を引き上げる: raising a levy imposes it)
        if governor.lemma_ in lex.PROPOSED_BY and proposed_to(governor):
            return False  # (両国に交渉の再開を提案した: what it proposes is theirs to do, asked of them; see cues)
        if governor.lemma_ in _CARRYING_OBJECTS or noun.lemma_ in lex.LEVIES and governor.lemma_ in lex.RAISING_VERBS:
            return True
        if frames.marker(noun) in ("は", "も") and governor.lemma_ == "する" and governor.pos_ == "VERB":
            return True  # (キューバ側に抗議はしていない: the event noun of する set apart with は or も)
        if frames.marker(noun) in ("は", "も", "には") and governor.lemma_ in lex.HAPPENING_VERBS \
                and not _reached_other(noun, governor) \
                or frames.marker(noun) in ("は", "も") and modality.shelved(governor):
            return True  # (首脳会談は実現しなかった, 開催に至らなかった: whether it took place is its predicate's)
        if frames.marker(noun) != "には":
            return False
    if noun.dep_ == "obl" and frames.marker(noun) in ("に", "にも", "には") and (
            _stance_object(governor) is not None or _stance_carrier(noun, governor)):
        return True  # 首脳会談に意欲を示した, 協議には応じる用意がある: an event the verb's stance is about
    return noun.dep_ == "obl" and frames.marker(noun) in ("に", "にも", "には") and governor.lemma_ in lex.LIGHT_VERBS_NI


def _reached_other(noun, governor) -> bool:
    """協議は合意に至らなかった: what was not reached is the agreement, not the talks (but 会談は実現に至らなかった)."""
    return any(c.i != noun.i and frames.marker(c) in ("に", "には") and c.lemma_ not in lex.PHASE_NOUNS
               for c in governor.children)


def _stance_object(governor):
    """The stance noun a verb states with no clause of its own (意欲を示した, 意向を表明した), if any."""
    return next((c for c in governor.children if _held_stance(c, governor)
                 and not any(k.dep_ == "acl" and k.pos_ != "ADJ" or k.dep_ == "compound" and k.pos_ == "VERB"
                             for k in c.children)), None)


def about_quoted_plan(noun):
    """The quoted verb of planning or consideration (「検討していない」) that a saying verb puts beside the event noun
    it talks about (…について, …については), when that verb has no object of its own; else None."""
    governor = noun.head
    if governor.i == noun.i or frames.marker(noun) not in lex.ABOUT_MARKERS:
        return None
    if _actor_subjects(frames.nominal_frame(noun).subjects):
        return None  # (中国の要求について「検討しない」と退けた: someone else's act is what is turned away, not planned)
    if governor.lemma_ in lex.INTENDING_HEADS and in_quote(governor) and not in_quote(noun) \
            and not any(k.dep_ in ("obj", "nsubj") for k in governor.children):
        return governor  # (GiNZA may hang the について-phrase on the quoted verb itself)
    return next((c for c in governor.children if c.dep_ in ("ccomp", "advcl") and c.i > noun.i
                 and c.lemma_ in lex.INTENDING_HEADS and in_quote(c)
                 and not any(k.dep_ in ("obj", "nsubj") for k in c.children)), None)


def _aimed_elsewhere(noun, predicate) -> bool:
    """ロシアによるウクライナ侵攻を受け、…: an event that names both its doer and whom it is aimed at (in the
    compound or a への-phrase) is an event the subject follows, not one done to the subject; it reads as any
    event noun does."""
    inner = frames.nominal_frame(noun)
    return bool(actors_of(inner.subjects) and actors_of(prefixed(noun) or inner.objects + inner.targets))


def _receiving(noun, verb, predicate, sent) -> Iterator[Relation]:
    """XはYから抗議を受けた -> Y protests X. A launch is received by no one: 北朝鮮のミサイル発射を受けて (following
    it) says nothing of whom it hit."""
    if noun.lemma_ in lex.DIRECT_TARGET_CUES or noun.text.endswith(tuple(lex.DIRECT_TARGET_CUES)):
        return
    if noun.lemma_ in lex.RESTRICTION_WORDS and not any(
            frames.marker(c) in ("から", *lex.AGENT_OF_EVENT_MARKERS) for c in (*noun.children, *verb.children)):
        return  # (ガス輸送の停止を受け、供給を増やした: a stop that names no one who made it is what was followed)
    outer = frames.verbal_frame(verb)
    inner = frames.nominal_frame(noun)
    # (ベトナムはフィリピンから供与を受けることが決まった: the topic GiNZA hangs on the verb above)
    # (漁船2隻が…警備艇から銃撃を受けて拿捕された: a て-clause shares the が-subject of the clause it runs into,
    # before any topic above them)
    recipients = outer.subjects or _chained_subject(verb) or inherit_subjects(verb, "")[0] or [
        t for t in sentence_of(verb) if t.i < verb.i and frames.marker(t) == "は" and t.dep_ == "dislocated"
        and read_actor(t)]
    # (日本から強い非難を浴びた: GiNZA may hang the から-phrase on the adjective of the event)
    # (中古の巡視船2隻の供与: an の-phrase that names no actor is what is given, not the giver)
    givers = _actor_subjects(inner.subjects) or outer.sources or outer.targets or outer.agents or [
        t for t in noun.subtree if t.i < noun.i and frames.marker(t) in lex.SOURCE_MARKERS] or _summoners(verb) \
        or inner.subjects
    if predicate in lex.HOSTILE_ACTS and not actors_of(givers):
        # (ロシア軍の無人機による攻撃, 中国海警局の船から放水を受けた: a weapon or craft acts for whoever it belongs to;
        # not where it was made, イラン製の無人機, nor whom a group sides with, 親ロシア派の武装勢力)
        givers = [m for g in givers if not any(t.text in lex.NOT_OWNERS or t.text.startswith("親") for t in g.subtree)
                  for m in owners_of(g)]
    frame = frames.Frame(subjects=givers, objects=recipients)
    yield from pair_up(frame, predicate, noun, sent, "receiving", carriers=(verb,))


def _summoners(verb) -> list:
    """大使は外務省に呼ばれ、抗議を受けた: whoever summoned the recipient, in a passive clause chained before the
    receiving verb, is whom the protest (or demand) came from."""
    return [t for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.lemma_ in lex.SUMMON_VERBS
            and frames.is_passive(c) for t in frames.verbal_frame(c).targets + frames.verbal_frame(c).agents
            if read_actor(t)]


def _chained_subject(verb) -> list:
    """The が-subject of the clause a て-clause (〜を受けて) runs into, written before the て-clause."""
    if verb.dep_ != "advcl" or verb.head.i <= verb.i or not any(c.text == "て" for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubj" and frames.marker(c) == "が" and c.i < verb.i]


def _listing_verb(noun):
    """The verb that lists someone as the target of the measure ``noun`` names (…の対象に加えた), if any."""
    node = noun
    while node.head.i != node.i and node.dep_ in ("compound", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    if node is noun or not any(t.lemma_ in lex.TARGET_NOUNS for t in (node, *node.children)):
        return None
    verb = node.head
    return verb if verb.pos_ == "VERB" and verb.lemma_ in lex.LISTING_VERBS and frames.marker(node) == "に" else None


def _actor_subjects(subjects) -> list:
    """The subjects, when one of them names an actor (else none)."""
    return subjects if any(read_actor(s) for s in subjects) else []


def destination(noun, sent) -> Iterator[Relation]:
    """訪問先の北京で会談した: the place named as where one's visit has taken one is visited by whoever acts there
    (the subject of the verb the place phrase hangs on, or the one it inherits)."""
    place, verb = noun.head, noun.head.head
    if place.i == noun.i or place.pos_ not in ("NOUN", "PROPN") or verb.i == place.i:
        return
    # (米国務長官の訪問先の韓国: the visitor is whose the destination is, when that is written)
    owner = [c for c in noun.children if c.dep_ == "nmod" and frames.marker(c) == "の" and read_actor(c)]
    frame = frames.Frame(subjects=owner or frames.verbal_frame(verb).subjects or inherit_subjects(verb, "")[0],
                         objects=[place])
    yield from pair_up(frame, "visits", noun, sent, "destination", carriers=())


def ongoing(noun, sent) -> Iterator[Relation] | None:
    """パリを訪問中のアルメニア国防相, 来日中のインド首相: an event written onto 中 ("in the middle of") and hung with
    の on a person or body is done by them, now; whom it is aimed at is written with を before it (the parser may hang
    that on the event, on 中 or on the person). None when ``noun`` is not so written."""
    during = noun.head
    if not (during.i == noun.i + 1 and during.lemma_ in lex.ONGOING_SUFFIXES and during.tag_.startswith("接尾辞")
            and frames.marker(during) == "の" and during.head.i > during.i):
        return None
    holder = during.head
    while frames.marker(holder) == "の" and holder.head.i > holder.i and read_actor(holder) and all(
            m.kind in ("country", "government", "organization") for m in read_actor(holder)):
        holder = holder.head  # (来日中のソロモン諸島の首相, 訪問中の米上院の議員: whose the person is)
    doers = [t for t in frames.coordinated(holder) if any(m.kind != "country" for m in read_actor(t))]
    if not doers:
        if relation_of(noun) == "visits" and during.head.head.i != during.head.i \
                and any(m.kind == "country" for m in read_actor(during.head)):
            # (首相は訪問中の北京で会談した: the place is where the visit has taken whoever acts there)
            return destination(during, sent)
        return None
    # (パリを訪問中の: the を-phrase right before the event, wherever the parser hung it)
    particle = noun.doc[noun.i - 1] if noun.i else None
    objects = visited(noun) or ([t for t in frames.coordinated(particle.head) if read_actor(t)]
                                if particle is not None and particle.text == "を" and particle.dep_ == "case" else [])
    frame = frames.Frame(subjects=doers, objects=objects)
    return pair_up(frame, relation_of(noun), noun, sent, "ongoing", carriers=())


def _convened_at_request(noun, verb, sent) -> Iterator[Relation]:
    """The askers of a meeting held at their request (…の要請で開かれた) ask whoever holds it: the meeting's own
    の-owner (安保理の会合), the verb's subject when it is an actor, else who held a meeting of that name in the
    sentence before (安保理は緊急会合を開いた。会合は…の要請で開かれた)."""
    askers = [t for t in frames.nominal_frame(noun).subjects if read_actor(t)]
    subjects = frames.verbal_frame(verb).subjects
    meeting = subjects[0] if subjects else None
    holders = [t for t in subjects if read_actor(t)] or (
        [o for o in owners_of(meeting) if o.kind in ("organization", "country")] if meeting is not None else [])
    if not holders and meeting is not None and sent.start:
        before = sentence_of(noun.doc[sent.start - 1])
        # (placed where the meeting is written: the relation is this sentence's)
        holders = [replace(m, start=meeting.idx, end=meeting.idx + len(meeting.text))
                   for t in before if t.lemma_ in lex.CONVENING_VERBS and any(
                       o.lemma_ == meeting.lemma_ for o in frames.verbal_frame(t).objects)
                   for s in frames.verbal_frame(t).subjects for m in read_actor(s)]
    yield from pair_up(frames.Frame(subjects=askers, objects=holders), "requests", noun, sent, "nominal",
                       carriers=(verb,))
