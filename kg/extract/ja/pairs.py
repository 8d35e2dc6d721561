"""From case frames to relations: who does it to whom, and the extractor's name and confidence for each rule.

For a symmetric relation (会談, 協力, 協議) the partner (と) is the other side; with none, every pair of a
coordinated subject takes part (AとBは会談した, 日米韓は連携した), and 両国 pairs with itself. Otherwise each
subject relates to each object or に-target; an argument that names no actor stands for whoever owns it
(中国の行動を非難した -> 中国; 日本政府が発表した制裁 -> 日本政府; アルメニア憲法の前文の改正 -> アルメニア).
Arguments stay within their sentence; a subject may come from earlier in its line, never across a line break.
"""
from __future__ import annotations

from collections.abc import Iterator

from kg.extract import doc_text, make_relation
from kg.extract.ja import frames, modality
from kg.extract.ja.actors import counted_sides, read_actor
from kg.extract.ja.cues import prefixed, relation_of, symmetric
from kg.extract.ja import memory
from kg.extract.ja.memory import act_antecedent
from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.extract.ja.places import place_of
from kg.lang import ja as lex
from kg.types import Mention, Relation

NAME = "kg.ja.predicate.v1"
_CONFIDENCE = {"claim": 0.7, "topic-object": 0.7, "causative": 0.7, "refusal": 0.7, "topic": 0.7, "verbal": 0.85, "passive": 0.8, "light-verb": 0.8, "receiving": 0.75, "nominal": 0.7,
               "relative-clause": 0.75, "target-clause": 0.75, "title": 0.9,
               "destination": 0.8, "ongoing": 0.8, "threat": 0.7, "retracted": 0.7, "purchase": 0.7}


def pair_up(frame, predicate, pred, sent, rule, *, carriers) -> Iterator[Relation]:
    subjects = actors_of(frame.subjects)
    if predicate in symmetric():
        others = actors_of(frame.partners) or actors_of(frame.objects) or actors_of(frame.targets)
        sides = counted_sides(frame.subjects[0]) if len(frame.subjects) == 1 and not others \
            and not isinstance(frame.subjects[0], Mention) else None
        if sides:
            # イランと英国、フランス、ドイツの欧州3カ国は協議した: the partner with each of the group, not the
            # group's members with each other
            subjects, others = sides
        group = within(subjects or others, sent)
        # (but not the partners listed with と or との when the subject is left unread: チャドやトーゴとの協議に入った
        # is talks with each, not between them)
        if not subjects and actors_of(frame.partners):
            group = []
        if not (subjects and others) and (len(group) > 1 or plural(group)):
            # AとBは会談した, 日米韓は連携した, 両国は協力した: every pair within the group
            yield from _group(group, predicate, pred, sent, rule, carriers)
            return
    elif pred.lemma_ in lex.DIRECT_TARGET_CUES:
        # (イスラエル北部に向けて発射した: a region of a country named before it, else only an actor named as such)
        others = actors_of(frame.objects) or actors_of(frame.targets) or [
            m for t in frame.objects + frame.targets if not isinstance(t, Mention) and t.lemma_ in lex.REGION_NOUNS
            for m in owners_of(t)]
    else:
        others = actors_of(frame.objects) or actors_of(frame.targets) or (
            actors_of(frame.objects + frame.targets, possessor=True) if predicate not in lex.DIRECT_ONLY else [])
        if not others and predicate == "visits":
            # チリ北部アリカを訪れた: a place the gazetteer does not know, written after its country, is in it
            # (キプロスの北部を訪れ, シリア北部を訪問した: a region of a country is in it)
            others = [m for t in frame.objects + frame.targets if not isinstance(t, Mention)
                      and ("地名" in t.tag_ or t.lemma_ in lex.REGION_NOUNS) for m in owners_of(t) if m.kind == "country"]
    if pred.lemma_ in lex.PROTECTING_VERBS:
        others = [o for o in others if not same_side([o], subjects)]  # (米国民を守る, said by the U.S.: its own)
    # the parser may run a headline into the body; arguments stay within the line-bounded sentence
    subjects, others = within(subjects, sent, line=True), within(others, sent)
    if not subjects and others and predicate == "attacks" and not modality.is_negated(pred, carriers):
        # (施設が無人機攻撃を受けた: an attack with no doer, which a later denial of involvement may answer)
        memory.HIT.setdefault(pred.doc, {}).setdefault(pred.idx, [o for o in others if o.kind == "country"])
    if not subjects or not others:
        return  # (no pair: the modality need not be read)
    negated = modality.is_negated(pred, carriers)
    hedged = modality.is_hedged(pred, carriers)
    for s in subjects:
        for o in others:
            if (s.text, s.start) != (o.text, o.start):
                yield new_relation(s, predicate, o, pred, sent, rule, negated=negated, hedged=hedged)


def within(mentions, sent, *, line: bool = False) -> list[Mention]:
    """The mentions inside the sentence; with ``line``, also earlier in its line (a subject carried over from
    the sentence before, ただ、…は避けた), never across a line break."""
    start = sent.start_char
    if line:
        start = doc_text(sent.doc).rfind("\n", 0, start) + 1
    return [m for m in mentions if start <= m.start < sent.end_char]


def plural(mentions) -> bool:
    return len(mentions) == 1 and mentions[0].kind == "anaphor" and mentions[0].text.startswith(("両", "双方"))


def both_ways(sides, predicate, pred, sent, rule, *, carriers) -> Iterator[Relation]:
    """Each side does it to each other one (交戦した, 砲撃を交わした, 非難の応酬): 両国 alone is paired both ways in
    linking."""
    negated, hedged = modality.is_negated(pred, carriers), modality.is_hedged(pred, carriers)
    if plural(sides):
        yield new_relation(sides[0], predicate, sides[0], pred, sent, rule, negated=negated, hedged=hedged)
    for a in sides:
        for b in sides:
            if (a.text, a.start) != (b.text, b.start):
                yield new_relation(a, predicate, b, pred, sent, rule, negated=negated, hedged=hedged)


def _group(members, predicate, pred, sent, rule, carriers) -> Iterator[Relation]:
    negated, hedged = modality.is_negated(pred, carriers), modality.is_hedged(pred, carriers)
    if plural(members):
        members = members * 2  # linking resolves 両国 to both countries and pairs them
    for k, a in enumerate(members):
        for b in members[k + 1:]:
            yield new_relation(a, predicate, b, pred, sent, rule, negated=negated, hedged=hedged)


def actors_of(items, *, possessor: bool = False) -> list[Mention]:
    """Argument tokens read as actors; mentions already read (from a compound) pass through.

    With ``possessor``, an argument that is not an actor stands for the actor it belongs to:
    中国の行動を非難した, 米国の関与を批判した, 日本の抗議を退けた -> 中国, 米国, 日本.
    """
    found = []
    for item in items:
        if isinstance(item, Mention):
            found.append(item)
            continue
        actors = read_actor(item)
        if not actors and possessor:
            actors = owners_of(item)
        found.extend(actors)
    return found


def owners_of(noun, depth: int = 0) -> list[Mention]:
    """Who a thing belongs to: its の-possessor (中国の行動) or the subject of a relative clause on it
    (日本政府が発表した制裁). Not for a compound around another event (米国による制裁回避: the US
    owns the sanctions, not their evasion)."""
    # (a compound after the noun is the phrase's real head: 米国の軍事的 / 圧力, the US's pressure)
    # (but a measure named by the event it is: 米国の関税措置 is the US's tariffs)
    if any(c.dep_ == "compound" and c.i < noun.i and relation_of(c) is not None for c in noun.children) \
            and noun.lemma_ not in lex.PHASE_NOUNS | lex.MEASURE_NOUNS | lex.ORDER_NOUNS | lex.ANNOUNCEMENT_NOUNS \
            and not _shortfall(noun):  # (日韓の連携強化: a phase of an
        # event is its parties'; イランの協力不足: a shortfall in an event is the party's that falls short; 日本の支援表明:
        # an announcement of an event is its announcer's)
        return []
    pointed = act_antecedent(noun) if not depth else []
    if pointed:
        return pointed
    # カンボジアが求めるASEAN監視団の派遣: what someone asks for is theirs, whoever would carry it out
    askers = [m for c in noun.children if c.dep_ == "acl" and relation_of(c) in lex.ASKING
              for t in frames.verbal_frame(c).subjects for m in read_actor(t)]
    if askers:
        return askers
    # (リトアニアの「民主主義の価値を守る勇気ある決定」: the の-phrase before a quotation is the quoted phrase's, not
    # its first word's)
    possessors = [member for c in noun.children if c.dep_ in ("nmod", "obl") and frames.marker(c) in lex.NOMINAL_SUBJECT_MARKERS
                  and not frames.before_quotation_of(c, noun) for member in frames.coordinated(c)]
    quoted_owner = frames.possessor_before_quotation(noun)
    if quoted_owner is not None:
        possessors += frames.coordinated(quoted_owner)
    # イスラエルのガザでの軍事作戦: GiNZA hangs the owner on the place the event is in; a place says where, never whose
    possessors += [g for c in noun.children if c.dep_ in ("nmod", "obl") and frames.marker(c) in lex.PLACE_OF_EVENT_MARKERS
                   for g in c.children if g.i < c.i and frames.marker(g) in lex.NOMINAL_SUBJECT_MARKERS and read_actor(g)]
    # (同国の欧米への接近: and on whom it is aimed at; the の-phrase is the whole phrase's)
    possessors += [g for c in noun.children if c.dep_ == "nmod" and frames.marker(c) in ("への", "に対する")
                   for g in c.children if g.i < c.i and frames.marker(g) == "の" and read_actor(g)] \
        if not possessors else []
    if not possessors and relation_of(noun) is not None:
        possessors = frames.nominal_frame(noun).subjects  # (米国の台湾への武器売却: the subject hung on the target)
    flow = noun.lemma_ in lex.RESTRICTED_FLOWS or noun.lemma_ in lex.PROCEDURE_NOUNS and any(
        c.dep_ == "compound" and c.lemma_ in lex.RESTRICTED_FLOWS for c in noun.children)  # (通関手続き)
    if flow and not any(read_actor(p) for p in possessors):
        # (リトアニアからの / 輸入品の / 通関: a の-phrase of goods owns nothing)
        # バングラデシュからの輸入, ロシアへの輸出: trade is the country's it comes from or goes to (unless it has an
        # owner of its own: インドのロシアからの原油輸入 is India's)
        possessors = possessors + [member for c in noun.children if c.dep_ in ("nmod", "obl")
                                   and frames.marker(c) in lex.TRADE_SIDES for member in frames.coordinated(c)]
    owners = [m for member in possessors for m in read_actor(member)]
    if not owners and (flow or noun.lemma_ in lex.RESTRICTION_WORDS and any(
            c.dep_ == "compound" and c.lemma_ in lex.RESTRICTED_FLOWS for c in noun.children)):
        # キルギスからの貨物トラックの通行, 日本の国会議員ら30人の入国: the country of what passes or enters
        # (ポーランド産の野菜の輸入: or where the goods were made, the place compounded with 産 or 製)
        owners = [m for c in noun.children if c.dep_ == "nmod" and frames.marker(c) == "の" and c.i < noun.i
                  for g in c.children if g.i < c.i and (frames.marker(g) in lex.TRADE_SIDES | {"の"}
                                                        or g.dep_ == "compound" and g.lemma_ in lex.ORIGIN_SUFFIXES)
                  for member in (frames.coordinated(g) if g.lemma_ not in lex.ORIGIN_SUFFIXES else
                                 [k for k in g.children if k.dep_ == "compound" and k.i < g.i]
                                 + [k for k in c.children if k.dep_ == "compound" and k.i == g.i - 1])
                  for m in read_actor(member)
                  if m.kind == "country" or m.kind == "anaphor" and lex.ANAPHORS.get(m.text) == "country"]
    if not owners and not depth and (noun.lemma_ in lex.OFFER_NOUNS or noun.lemma_ in lex.PHASE_NOUNS):
        # 日本の対話の呼びかけ, ウクライナのEU加盟交渉の開始: a call for an event, or a phase of it, is whose the event is
        owners = [m for member in possessors if relation_of(member) is not None
                  for g in member.children if g.i < member.i and frames.marker(g) in lex.NOMINAL_SUBJECT_MARKERS
                  for m in read_actor(g)]
    # the members a set is made of: ロシアの海運会社や北朝鮮の貿易会社など計8団体 -> each member's owner
    # (セメントや鉄鋼製品、食用油など約40品目: listed with commas too)
    members = [c for c in noun.children if c.dep_ == "nmod" and (
        frames.marker(c) in ("と", "や", "など")
        or not frames.marker(c) and c.doc[c.i + 1].text == "、" and not read_actor(c))  # (not イラン、パキスタン領内の)
               and relation_of(c) is None] if depth < 3 else []
    owners += [m for member in members for m in (read_actor(member) or owners_of(member, depth + 1))]
    if owners:
        return owners
    if depth < 3 and relation_of(noun) is None:
        # down a chain of things: アルメニア憲法の前文の改正 -> 前文 -> 憲法 -> アルメニア
        owners = [m for member in possessors if relation_of(member) is None for m in owners_of(member, depth + 1)]
        if owners:
            return owners
        # a place written into the thing's name: アルメニア憲法, 中国製品
        name = phrase_tokens(noun)[:-1]
        while name and name[-1].text in lex.ORIGIN_SUFFIXES:
            name = name[:-1]  # 日本産水産物, 中国製ドローン
        # (the place is the name's first words: 中国企業140社; or the thing is a place of a country itself: オデーサ州)
        # (but a country written before 国境 names the other side of a border, not whose the place is: 北部の
        # ボリビア国境地帯に部隊を派遣した is done at home; a thing near it may be of either side: カンボジア国境付近の
        # 軍事拠点を爆撃した)
        # (nor a country a group is for or against: 親イラン武装組織, 反政府勢力 are no country's)
        owners = [] if not depth and any(t.lemma_ == "国境" for t in phrase_tokens(noun)) \
            or name and name[0].text in lex.STANCE_PREFIXES else (
            _leading_countries(name) or _leading_countries(phrase_tokens(noun)))
        if not owners and name and name[0].lemma_ in lex.REGION_NOUNS and name[0].i:
            # タイ東部シーサケート県: a region of the country written right before it, which the parser may have
            # cut off the phrase
            owners = _leading_countries([noun.doc[name[0].i - 1]])
        if owners:
            return owners
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    # (ケニアから輸入するセメント: goods a clause imports are of the country they come from, not the importer's)
    owners = [m for c in clauses if c.lemma_ in lex.IMPORTING_VERBS for g in c.children
              if frames.marker(g) in ("から", "からの") for m in read_actor(g)] \
        or [m for c in clauses for t in frames.verbal_frame(c).subjects for m in read_actor(t)]
    if not owners and not depth and relation_of(noun) in symmetric():
        owners = prefixed(noun)  # 米韓合同演習を非難した: the parties written into a joint event's name
    if owners or depth:
        return owners
    # イスラエルによる人道支援物資の搬入制限: による marks the agent of the event the phrase ends on, wherever the
    # parser hung it inside the phrase
    return [m for t in noun.subtree if t.i < noun.i and frames.marker(t) in lex.AGENT_OF_EVENT_MARKERS
            for m in read_actor(t)]


def _leading_countries(tokens) -> list[Mention]:
    for k in range(len(tokens), 0, -1):
        found = [m for m in read_phrase(tokens[:k]) if m.kind in ("country", "organization")]  # (NATO演習)
        if found:
            return found
    return []


def new_relation(subject, predicate, obj, pred, sent, rule, *, negated=False, hedged=False) -> Relation:
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]  # (what sent.text gives, without joining its tokens)
    return make_relation(subject, predicate, obj, pred, text, extractor=NAME, rule=rule,
                         confidence=_CONFIDENCE[rule], negated=negated, hedged=hedged)


def same_side(these: list[Mention], those: list[Mention]) -> bool:
    """Do the mentions act for the same country (by the places their names and titles carry)?"""
    def countries(mentions):
        from kg.vocab import people

        found = set()
        for m in mentions:
            while m is not None:
                place = place_of(m.text)
                person = people().lookup(m.text) if m.kind == "person" else None
                found |= {place.key} if place is not None else {person.acts_for} if person and person.acts_for else set()
                m = m.affiliation
        return found
    return bool(countries(these) & countries(those))


def _shortfall(noun) -> bool:
    """イランの協力不足, 中国の合意違反: a shortfall whose の-owner falls short; not when someone else is named as its
    doer (中国企業による国連の制裁違反: the UN's sanctions) or the event flows to the owner (ウクライナの防空支援不足:
    Ukraine lacks the support it receives)."""
    if noun.lemma_ not in lex.SHORTFALL_NOUNS:
        return False
    if any(frames.marker(c) in lex.AGENT_MARKERS for c in noun.children):
        return False
    return not any(c.dep_ == "compound" and relation_of(c) == "supports" for c in noun.children)
