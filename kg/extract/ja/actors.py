"""Who a Japanese noun phrase names, in its context: the entry point ``read_actor``.

``phrases`` reads a phrase by its words alone; this module adds what the phrase's surroundings say: its
の-owner (中国外務省の趙立堅報道官, タイの政府), counted groups (日本、米国、豪州、フィリピンの4か国; a bare 4か国
later), both sides (ギリシャとトルコの双方), the holders of an office named earlier (両国の外相), groups the
article defines (``groups``), 自国 (the topic's own country), a government placed by its sentence
(インドネシア国内でも…政府), and a role with no country that is Japan's own (林外相, 官房長官).

``offices`` reads actors too: it calls back into this module through the module, as it is imported while this
one loads.
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, sentence_of
from kg.extract.ja.groups import aliased_body, named_group, state_company
from kg.extract.ja.names import all_kanji, all_katakana
from kg.extract.ja.offices import last_holders, office_holders
from kg.extract.ja.phrases import domestic, glued_before, hung_tail, phrase_tokens, read_phrase, suffixed
from kg.extract.ja.units import merge_title, span_mention, split_titles, unit_of
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import gazetteer, people


def read_actor(head) -> list[Mention]:
    """The actors named by the phrase headed by ``head``, with an の-affiliation when the text gives one.
    Read once per token (mentions and every rule ask again); Mentions are immutable, so the list is copied.

    中国外務省の趙立堅報道官: the person 趙立堅 acts for 中国外務省 (an nmod marked の).
    """
    memo = _READ.get(head.doc)
    if memo is None:
        memo = _READ[head.doc] = {}
    if head.i not in memo:
        # (a rule that reads other actors of the sentence may come back to this one, as a bare ministry's country
        # read from a topic whose own country is read from what the sentence aims at: while being read, it is none)
        memo[head.i] = ()
        memo[head.i] = tuple(_read_actor(head))
    return list(memo[head.i])


def _word_mentioned(tokens) -> bool:
    """Is the phrase a country's name written alone inside 「」 (「台湾」を外す)? A quotation of one name is the
    name as a word; a country is never quoted to be named (an organisation may be: 武装組織「ハマス」)."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "「" or doc[last + 1].text != "」":
        return False
    place = gazetteer().lookup("".join(t.text for t in tokens))
    return place is not None and place.kind == "country"


_READ: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: its actors}
_COUNTED: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {number: the last group of that many countries}


def _read_actor(head) -> list[Mention]:
    if head.i + 1 < len(head.doc) and _name_part(head) and head.dep_ != "ROOT":
        # フランスが招待したアンドリー[nmod] / ・ / シビハ外相: a clause the parser hung on the first part of a name is
        # about the person the whole name names
        return [m for m in read_actor(_rest_of_name(head)) if m.kind == "person"]
    if head.i + 1 < len(head.doc) and (head.dep_ == "ROOT" and glued_before(head, head.doc[head.i + 1])
                                        or suffixed(head, head.doc[head.i + 1])):
        return []  # the start of a phrase the parser cut off (アンドリー / ・シビハ外相): read with the rest
    tokens = phrase_tokens(head)
    if _word_mentioned(tokens):
        return []  # (「台湾」の名を冠した代表機関, 名称から「台湾」を外す: a country's name quoted alone is a word)
    tail = hung_tail(head)
    if tail is not None:
        tokens = tokens + [tail]  # (中国 / 海 / 警 / 局[dep]: the last character of the name, hung below it)
    group = named_group(head, tokens) or state_company(head, tokens) or aliased_body(head, tokens)
    if group:
        return group
    bracketed = _bracketed_name(head)
    if bracketed and not read_phrase(tokens):
        return bracketed  # 主要7カ国（G7）の外相: a description the gazetteer does not know, named in brackets after it
    listed = _listed_pair(head, tokens)
    if listed:
        return listed
    either = _either_side(head, tokens)
    if either is not None:
        return [either]
    start = tokens[0].i if tokens else head.i
    if start >= 2 and head.doc[start - 1].text in lex.POSTED_IN and unit_of(head) == "role":
        # ムハンマド・アール・ジャービル / 駐 / イエメン大使: GiNZA cuts an envoy's name off at 駐; the title is that
        # person's, and the place after 駐 is where they serve, not whom they act for
        named = [m for m in read_actor(head.doc[start - 2]) if m.kind == "person"] or _bare_name(head.doc[start - 2])
        if named:
            return [replace(named[0], end=head.idx + len(head.text), affiliation=None)]
    if head.text in lex.REFLEXIVE_COUNTRY:
        # 自国のエネルギー施設: the country of the sentence's topic (who is speaking of their own country)
        topic = next((t for t in sentence_of(head) if t.i < head.i and _topic_marked(t) and read_actor(t)), None)
        if topic is None:
            return []
        return [span_mention(tokens, 0, len(tokens) - 1, "anaphor", read_actor(topic)[0])]
    if head.text in lex.COUNTED_COUNTRIES and len(tokens) >= 2 and tokens[-2].pos_ == "NUM" \
            and all(m.kind == "role" for m in read_phrase(tokens)):  # (3カ国 alone reads as a bare role)
        # 日本、米国、豪州、フィリピンの4か国: the countries listed; 日米豪比4か国: those named in it; a bare
        # 4か国 later: the last group of that many countries the article named (never a guess among the last
        # countries mentioned)
        from kg.extract.ja.frames import coordinated

        number = _number(tokens[-2].text)
        listed = _of_phrase(head)
        members = [m for t in coordinated(listed) for m in read_actor(t)] if listed is not None else []
        if listed is not None and 1 < len(members) < (number or 0):
            members = _listed_further(coordinated(listed)[0], number - len(members)) + members
        named = [m for m in read_phrase(tokens[:-2]) if m.kind == "country"] if len(tokens) > 2 else []
        found = members if len(members) > 1 else named
        if not found and (number or 0) > 1:
            # ポーランドなど3カ国: one named "and others", the others a group of that many more the article named
            # together before (ハンガリーとスロバキアも同様に…延長した), never a guess among countries named apart
            from kg.extract.ja.frames import marker

            etc = [m for c in head.children if marker(c) == "など" and c.i < head.i for t in coordinated(c)
                   for m in read_actor(t) if m.kind == "country"]
            if len(etc) == 1:
                # (the others placed where the count is written: the relation is this sentence's)
                others = [replace(m, start=tokens[0].idx, end=head.idx + len(head.text))
                          for m in _group_named_before(tokens[0], number - 1, etc[0])]
                found = etc + others if others else []
        groups = _COUNTED.setdefault(head.doc, {})
        if found:
            groups[number] = found
            return found
        # (the members, placed where the group is written: the relation is this sentence's)
        start, end = tokens[0].idx, head.idx + len(head.text)
        return [replace(m, start=start, end=end) for m in groups.get(number, [])]
    counted = _counted_people(head, _number(tokens[0].text) or 0) if len(tokens) == 2 and tokens[0].pos_ == "NUM" \
        and head.text in lex.COUNTED_PEOPLE and _of_phrase(head) is None else []
    if counted:
        # 3氏が会談した: the last that many people named in the paragraph or the one before (日米韓の3首脳: the
        # countries listed, read below)
        return counted
    if (len(tokens) == 1 and head.text in lex.COUNTRY_HEADS
            or lex.ANAPHORS.get("".join(t.text for t in tokens)) == "regime"
            # (ニカラグアのオルテガ政権: a leader's name the tagger missed, before the government they lead)
            or len(tokens) == 2 and head.text in lex.GOVERNMENT_HEADS and all_katakana(tokens[0].text)):
        # (ミャンマーの軍事政権: a government of a kind with its country written as the の-owner is that country)
        owner = _of_owner(head) or _leading_owner(head)
        if owner is not None and owner.kind in ("country", "organization"):
            return _side_owners(head, owner)  # タイの政府, 中国の当局: the country, never the default Japan
    led = next((head.text[:-len(g)] for g in lex.GOVERNMENT_HEADS if head.text.endswith(g)), "") \
        if len(tokens) == 1 else ""
    if len(led) >= 2 and all_katakana(led):
        # トランプ政権 (one token in the tokenizer's dictionary): the government a leader heads is the leader's
        # country, read through the people gazetteer (no person is named, so none is a topic for 同氏 later)
        known = people().lookup(led)
        place = gazetteer().get(known.acts_for) if known is not None and known.acts_for else None
        if place is not None and place.kind == "country":
            return [Mention(text=place.pref_ja, start=head.idx, end=head.idx + len(head.text), kind="country")]
    if len(tokens) == 1 and head.lemma_ in lex.ISSUER_NOUNS and _subject_marker(head):
        # 声明は…と指摘した: a statement as the subject speaks for whoever issued it, its の-owner or the
        # actor the text was about (resolved when linking)
        owner = _of_owner(head)
        return [owner] if owner is not None else [span_mention(tokens, 0, 0, "anaphor")]
    if len(tokens) == 1 and head.text in lex.JUNTA_WORDS and _of_owner(head) is None:
        # 中国、軍政に救出要請 (マリ軍政 elsewhere in the article): a bare junta is the one junta the article names
        juntas = {m.text: m for t in head.doc if t.text in lex.JUNTA_WORDS and t.i != head.i
                  for m in read_phrase(phrase_tokens(t)) if m.kind == "country"}
        if len(juntas) == 1:
            return [replace(next(iter(juntas.values())), start=head.idx, end=head.idx + len(head.text))]
    if len(tokens) == 1 and head.text in lex.BARE_FORCES and _of_owner(head) is None:
        # アラカン軍は…、国軍が住民を巻き込む攻撃を続けていると非難した (ミャンマー国軍 before): a bare national army is
        # the one army of that name the article names with its country
        named = {(m.text, m.affiliation.text if m.affiliation else ""): m for t in head.doc
                 if t.text == head.text and t.i != head.i for m in read_phrase(phrase_tokens(t))
                 if m.kind == "government" and m.affiliation is not None and m.text != head.text}
        if len(named) == 1:
            return [replace(next(iter(named.values())), start=head.idx, end=head.idx + len(head.text))]
    if len(tokens) == 1 and head.text in ("政府", "当局") and _of_owner(head) is None:
        home = _home_of_sentence(head)
        if home is not None:
            return [home]  # インドネシア国内でも、…政府の対応を批判している: that country's government
    if len(tokens) == 1 and head.text in lex.BOTH_SIDES:
        sides = _sides(head)
        if len(sides) > 1:
            return sides
    mentions = read_phrase(tokens)
    founded = _state_body_at_head(tokens) if tokens and not mentions else None
    if founded is not None:
        # 朝鮮人民軍総参謀部: a state body the tagger splits into words it does not read as a body, and one of its parts
        country = Mention(text=lex.STATE_BODIES[founded], start=tokens[0].idx, end=tokens[0].idx, kind="country")
        return [span_mention(tokens, 0, len(tokens) - 1, "government", country)]
    if len(mentions) == 1 and mentions[0].kind == "government" and mentions[0].affiliation is None \
            and mentions[0].text in lex.STATE_BODIES and _of_owner(head) is None:
        # 国防総省は…と発表した, 人民解放軍は…: a state body whose name does not say whose it is
        country = Mention(text=lex.STATE_BODIES[mentions[0].text], start=mentions[0].start, end=mentions[0].start,
                          kind="country")
        return [replace(mentions[0], affiliation=country)]
    if len(mentions) == 1 and mentions[0].kind == "government" and _domestic_default(mentions[0], head.doc):
        owner = _of_owner(head)
        if owner is not None and owner.kind == "country" and _place(owner.text) != _place("日本"):
            # インドの外務省: a ministry with its country written as the の-owner is that country's, not Japan's
            return [replace(mentions[0], text=owner.text + mentions[0].text, affiliation=owner)]
        speaker = _topic_country_before(head) if not lex.MENTIONS_JAPAN.search(doc_text(head.doc)) else None
        if speaker is not None and owner is None:
            # アイルランドの外相は、ロシア大使を外務省に呼んで抗議した: in an article that never mentions Japan, a bare
            # ministry is that of the country whose official or body the sentence is about
            return [replace(mentions[0], text=speaker.text + mentions[0].text, affiliation=speaker)]
    if len(mentions) == 1 and mentions[0].kind == "government" and mentions[0].affiliation is None \
            and mentions[0].text not in lex.VENUE_BODIES:
        owner = _of_owner(head)
        if owner is not None and owner.kind == "country":
            return [replace(mentions[0], affiliation=owner)]  # イランの革命防衛隊: a body of the country written before it
    if len(mentions) == 1 and mentions[0].kind in ("person", "role") and mentions[0].affiliation is None:
        owner = _of_owner(head)
        listed = _of_phrase(head)
        several = read_actor(listed) if owner is None and listed is not None else []
        if mentions[0].kind == "role" and len(several) > 1:
            # 日本、米国、豪州、フィリピンの4か国の防衛相: the holders of that office the article named for each
            # country (小泉防衛相, ヘグセス国防長官, ...), else an unnamed official of each country listed
            return office_holders(head, tokens, several) or [replace(mentions[0], affiliation=o) for o in several]
        if owner is not None and owner.kind in ("country", "organization") and _stands_for_owner(tokens):
            return _side_owners(head, owner)  # エジプトの仲介団, 中国の当局: the side itself
        if owner is None and mentions[0].kind == "person":
            owner = _apposed_owner(tokens)  # (EUの漁業政策責任者、イオアニス・パパドプロス氏)
        if owner is None and (head.lemma_ in lex.DOMESTIC_ROLES or _japanese_portfolio(tokens, mentions[0])) \
                and not _foreign(head.doc, mentions[0]) and not _known_abroad(mentions[0]):
            owner = domestic(head)
        if owner is None and mentions[0].kind == "person" and (
                head.lemma_ in lex.NATIONAL_OFFICES or head.lemma_ in lex.DOMESTIC_ROLES and _foreign(head.doc, mentions[0])) \
                and tokens[0].i == sentence_of(head).start and people().lookup(mentions[0].text) is None \
                and not _named_before(head.doc, mentions[0]):
            # パナマ政府は…と発表した。ホセ・ラウル・ムリノ大統領は…: a national office with no country opening a
            # sentence is of the country the sentence before was about (its only country topic), unless the sentence
            # itself names that country (イスラエルは…空爆した。…議長はイスラエルに報復すると警告した)
            owner = _previous_topic_country(head)
            if owner is not None and _aimed_at_in_sentence(head, owner):
                owner = None
        if owner is None and mentions[0].kind == "person" and (
                head.lemma_ in lex.DOMESTIC_ROLES or head.lemma_ in lex.NATIONAL_OFFICES or head.lemma_ == "皇太子") \
                and _foreign(head.doc, mentions[0]) and people().lookup(mentions[0].text) is None:
            # ソロモン諸島を訪問してマネレ首相と会談し: a foreign-named minister with no country, met in a country the
            # sentence has someone visit just before, is that country's
            owner = _visited_before(head)
        if owner is not None and owner.kind == "government" and (
                head.lemma_ in lex.UNIT_NOUNS or head.text.endswith(lex.DELEGATIONS) and mentions[0].kind == "role"):
            # タイ軍の兵士が発砲した: the soldiers of a named body are that body (チェコ議会上院の代表団: its delegation)
            return [owner]
        if owner is not None and mentions[0].kind == "role" and owner.kind == "anaphor" \
                and owner.text in lex.BOTH_SIDES:
            # 両国の外相は会談した: the last two holders of that office the article named, of two countries
            pair = last_holders(head, tokens, 2)
            if pair:
                return pair
        if owner is not None and mentions[0].kind == "role":
            # 英国とフランスの国連大使: an unnamed official of each coordinated country
            return [replace(mentions[0], affiliation=o) for o in _side_owners(head, owner)]
        if owner is not None:
            return [replace(mentions[0], affiliation=owner)]
        if mentions[0].kind == "role":
            return []
    return mentions


def _bare_name(tok) -> list[Mention]:
    """ロシアのニコライ・コルチュノフ / 駐 / ノルウェー大使: a name in katakana with no title of its own, cut off from
    the envoy's title at 駐, is that envoy's, acting for the の-phrase before it."""
    tokens = [t for t in phrase_tokens(tok) if t.i <= tok.i]
    text = "".join(t.text for t in tokens)
    if len(tokens) < 3 or "・" not in text or not all_katakana(text.replace("・", "")):
        return []
    owner = _of_owner(tok)
    return [span_mention(tokens, 0, len(tokens) - 1, "person", owner if owner is not None and owner.kind == "country" else None)]


def _group_named_before(first, count: int, member: Mention) -> list[Mention]:
    """The last group of ``count`` countries written together (coordinated) before ``first``, without ``member``;
    nothing when the last such group has another size."""
    from kg.extract.ja.frames import coordinated, marker

    for tok in reversed(first.doc[:first.i]):
        actors = read_actor(tok) if tok.pos_ == "PROPN" else []
        if not actors or any(m.kind != "country" for m in actors):
            continue
        listed = coordinated(tok)
        if len(listed) < 2:
            continue
        countries = [m for t in listed for m in read_actor(t) if m.kind == "country"]
        if len(countries) != count or any(_place(m.text) == _place(member.text) for m in countries) \
                or not any(marker(t) in ("も", "でも") for t in listed):
            return []  # (only a group said to do the same as another, "too": ハンガリーとスロバキアも同様に延長した)
        return countries
    return []


def _listed_further(first, missing: int) -> list[Mention]:
    """マリ、ニジェール、ブルキナファソの3か国: countries listed with commas before the first member GiNZA hung on the
    count, which it hung elsewhere (as many as the count still lacks)."""
    found, i = [], min(t.i for t in first.subtree)
    while missing > 0 and i >= 2 and first.doc[i - 1].text == "、":
        before = [m for m in read_actor(first.doc[i - 2]) if m.kind == "country"]
        if len(before) != 1:
            break
        found.insert(0, before[0])
        missing, i = missing - 1, i - 2
    return found


def _either_side(head, tokens) -> Mention | None:
    """どちらか一方を非難することは避けた, どちらの立場も支持しない: either of the two sides, named nowhere in the phrase,
    stands for both sides the article sets against each other (resolved when linking, as 双方 is)."""
    doc = head.doc
    if head.text == "一方" and head.i >= 2 and doc[head.i - 1].text == "か" and doc[head.i - 2].text in lex.EITHER_WORDS:
        first = doc[head.i - 2]
    elif head.text == "どちら" and len(tokens) == 1 and head.pos_ == "PRON" and _of_phrase(head) is None \
            and head.i + 1 < len(doc) and doc[head.i + 1].text in ("の", "を", "に"):
        # (not どちらも after a topic: "each of them", whoever the topic is; nor いずれ, as often any of several:
        # 3か国はいずれも…, 紛争のいずれの当事者にも)
        first = head
    else:
        return None
    return Mention(text=lex.EITHER_SIDES, start=first.idx, end=head.idx + len(head.text), kind="anaphor")


def _listed_pair(head, tokens) -> list[Mention]:
    """ムタリカ、サミア両氏: the names listed before 両氏 (両首脳, 両外相) are the people it refers to."""
    if head.text not in lex.PAIR_WORDS or len(tokens) < 2:
        return []
    names = [[c] for c in head.children if c.dep_ == "nmod" and c.i < tokens[0].i and c.i + 1 < len(head.doc)
             and head.doc[c.i + 1].text == "、" and c.pos_ in ("NOUN", "PROPN") and (all_katakana(c.text) or all_kanji(c.text))]
    names.append(tokens[:-1])
    if len(names) < 2:
        return []
    return [span_mention(name, 0, len(name) - 1, "person") for name in names]


def _state_body_at_head(tokens) -> str | None:
    """The state body a phrase's words open with, when the rest is a part of it (朝鮮人民軍 / 総参謀部), not a
    member of it (革命防衛隊員)."""
    named = "".join(t.text for t in tokens)
    return next((body for body in lex.STATE_BODIES if len(body) > 3 and named.startswith(body) and (
        named == body or named.endswith(lex.PART_ENDINGS))), None)


def _domestic_default(mention: Mention, doc) -> bool:
    """A body read as Japan's own (or the home country's of an article that never mentions Japan) because no
    country is written onto it (外務省; not 日本大使館)."""
    owner = mention.affiliation
    # (or another article's home country: エルサルバドル政府は…。…ニカラグアの外務省は)
    return owner is not None and owner.kind == "country" and doc_text(doc)[owner.start:owner.end] != owner.text


def _place(text: str):
    found = gazetteer().lookup(text)
    return found.key if found is not None else None


def _counted_people(head, number: int) -> list[Mention]:
    """The last ``number`` people named before ``head`` in its paragraph or the one before, each once (瀬口良夫長官
    ... 瀬口氏 is one), placed where the count is written."""
    # (memory reads what the text said before; it asks this module who a phrase names, so it is imported here)
    from kg.extract.ja.memory import paragraph_window, same_actor

    window = paragraph_window(head.doc, head.idx)
    found: list[Mention] = []
    for tok in head.doc[:head.i]:
        if tok.idx <= window or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for m in read_actor(tok):
            if m.kind != "person":
                continue
            same = next((k for k, f in enumerate(found) if same_actor(m, f)), None)
            if same is None:
                found.append(m)
            elif len(m.text) > len(found[same].text):
                found[same] = m  # (ロニー, then ロニー・ギル・ガバン as the phrase goes on: the whole name)
    if number < 2 or len(found) < number:
        return []
    return [replace(m, start=head.idx, end=head.idx + len(head.text)) for m in found[-number:]]


def counted_sides(head) -> tuple[list[Mention], list[Mention]] | None:
    """イランと英国、フランス、ドイツの欧州3カ国: a counted group listed after a と-partner is one side and the
    partner the other (more members listed than counted: the first ones are the partner); None otherwise."""
    if head.text not in lex.COUNTED_COUNTRIES:
        return None
    tokens = phrase_tokens(head)
    if len(tokens) < 2 or tokens[-2].pos_ != "NUM":
        return None
    number = _number(tokens[-2].text)
    members = read_actor(head)
    if not number or len(members) <= number:
        return None
    return members[:-number], members[-number:]


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return lex.KANJI_NUMBERS.get(text)


def _topic_marked(tok) -> bool:
    from kg.extract.ja.frames import marker

    return marker(tok) in ("は", "も")


def _subject_marker(tok) -> bool:
    from kg.extract.ja.frames import marker

    return marker(tok) in ("は", "が", "も", "では")


def _sides(head) -> list[Mention]:
    """ギリシャとトルコの双方: the coordinated actors of the の-phrase of a "both sides" noun."""
    from kg.extract.ja.frames import coordinated, marker

    for child in head.children:
        if child.dep_ == "nmod" and marker(child) == "の":
            return [m for member in coordinated(child) for m in read_actor(member)]
    return []


def _stands_for_owner(tokens) -> bool:
    return merge_title(split_titles(tokens))[-1].text in lex.COUNTRY_HEADS


def _bracketed_name(head) -> list[Mention]:
    """The one country or organisation a phrase names in brackets right after it (主要7カ国（G7）, 東南アジア諸国連合
    （ASEAN）), if any."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text not in ("（", "("):
        return []
    closing = next((t.i for t in doc[head.i + 2:min(head.i + 8, len(doc))] if t.text in ("）", ")")), None)
    found = read_phrase(list(doc[head.i + 2:closing])) if closing is not None and closing > head.i + 2 else []
    return found if len(found) == 1 and found[0].kind in ("country", "organization") else []


def _of_owner(head) -> Mention | None:
    child = _of_phrase(head)
    found = read_actor(child) if child is not None else []
    return found[0] if len(found) == 1 else None


def _leading_owner(head) -> Mention | None:
    """スーダンの国軍主導の政府: a government described by who leads it is its country's (the の-owner of the
    description)."""
    from kg.extract.ja.frames import marker

    for child in head.children:
        if child.dep_ == "nmod" and marker(child) == "の" and child.lemma_ in lex.LEADING_NOUNS:
            return _of_owner(child)
    return None


def _of_phrase(head):
    """The token of the の-phrase before the phrase of ``head``, whichever word of the phrase the parser hangs
    it on (ウクライナの / アンドリー・シビハ外相 cut apart); of two, the nearer (マニラの中国大使館の次席公使, both
    hung on 公使: the envoy is the embassy's, Manila is where the embassy is)."""
    from kg.extract.ja.frames import marker

    tokens = phrase_tokens(head)
    for tok in (head, *tokens[:-1]):
        for child in sorted(tok.children, key=lambda c: -c.i):
            if child.dep_ == "nmod" and marker(child) == "の" and child.i < tokens[0].i and read_actor(child):
                return child
    # オスロのロシア大使館に勤務する外交官: the body a relative clause says someone works at owns them as an の-phrase does
    for clause in (c for c in head.children if c.dep_ == "acl" and c.lemma_ in lex.WORKING_VERBS and c.i < head.i):
        place = next((c for c in clause.children if c.dep_ in ("obl", "nmod") and marker(c) in ("に", "で")
                      and read_actor(c)), None)
        if place is not None:
            return place
    # アルジェリアの / アブデルマジド・テブン大統領: the parser may hang the phrase on the の-phrase instead (the
    # place made the root); the の-phrase right before it is still its owner
    first = tokens[0]
    if first.i >= 2 and first.doc[first.i - 1].text == "の" and first.head.i == first.i - 2 \
            and marker(first.doc[first.i - 2]) == "の" and read_actor(first.doc[first.i - 2]):
        return first.doc[first.i - 2]
    return None


def _side_owners(head, owner: Mention) -> list[Mention]:
    """The owner of a delegation or side and the actors coordinated with it: ロシアとウクライナの代表団."""
    from kg.extract.ja.frames import coordinated

    child = _of_phrase(head)
    members = [m for t in coordinated(child) for m in read_actor(t)] if child is not None else []
    return members if len(members) > 1 and all(m.kind in ("country", "organization") for m in members) else [owner]


def _aimed_at_in_sentence(head, country: Mention) -> bool:
    """Does the sentence of ``head`` aim something at the country (as an object or target, outside quotations)?"""
    from kg.extract.ja.frames import marker
    from kg.extract.ja.subjects import in_quote  # (subjects reads actors)

    return any(m.text == country.text for t in sentence_of(head) if t.i > head.i
               and marker(t) in lex.OBJECT_MARKERS | lex.TARGET_MARKERS and not in_quote(t) for m in read_actor(t))


def _topic_country_before(head) -> Mention | None:
    """The one country that the topic or subject written before ``head`` in its sentence is, or acts for."""
    return _one_country(t for t in sentence_of(head) if t.i < head.i and (_topic_marked(t) or _subject_marker(t)))


def _previous_topic_country(head) -> Mention | None:
    sent = sentence_of(head)
    if sent.start == 0:
        return None
    # (or the country of a body or person topic the sentence writes it with: PNG外務省は…, スペインのサンチェス首相は…)
    return _one_country(t for t in sentence_of(head.doc[sent.start - 1]) if _topic_marked(t))


def _one_country(tokens) -> Mention | None:
    """The one country the actors of ``tokens`` outside quotations are, or act for (None for none or several)."""
    from kg.extract.ja.subjects import in_quote  # (subjects reads actors)

    found = {c.text: c for t in tokens if not in_quote(t) for m in read_actor(t)
             for c in ([m] if m.kind == "country" else [m.affiliation] if m.affiliation is not None
                       and m.affiliation.kind == "country" else [])}
    return next(iter(found.values())) if len(found) == 1 else None


def _named_before(doc, mention: Mention) -> bool:
    """A foreign name already written earlier in the article (ファム・ヴァン・ロン首相と会談した。ロン首相は…): the
    person is the one introduced there, whose country the introduction says, not one guessed from this sentence."""
    return _foreign(doc, mention) and len(mention.text) >= 2 and mention.text in doc_text(doc)[:mention.start]


def _visited_before(head) -> Mention | None:
    """The one country a visit earlier in the sentence takes as its object (…を訪問して, …を訪れ, and the visit in
    progress of ベトナムを訪問中の首相は…ロン首相と会談した)."""
    from kg.extract.ja.cues import relation_of, visited  # (cues reads actors)

    found = {}
    for t in sentence_of(head):
        if t.i >= head.i:
            break
        if relation_of(t) != "visits":
            continue
        if t.pos_ == "VERB":
            places = [m for c in t.children if c.dep_ == "obj" and c.i < t.i for m in read_phrase(phrase_tokens(c))]
        elif t.i + 1 < head.i and t.doc[t.i + 1].lemma_ in lex.ONGOING_SUFFIXES:
            particle = t.doc[t.i - 1] if t.i else None
            places = visited(t) or (read_phrase(phrase_tokens(t.doc[t.i - 2]))
                                    if particle is not None and particle.text == "を" and t.i >= 2 else [])
        else:
            continue
        found.update((m.text, m) for m in places if m.kind == "country")
    return next(iter(found.values())) if len(found) == 1 else None


def _foreign(doc, mention: Mention) -> bool:
    """Foreign names are written in katakana (シャバズ・シャリフ首相) or given a katakana reading in
    parentheses (趙顕（チョ・ヒョン）外相): such a 首相 or 外相 is not Japan's."""
    if any("\u30a0" <= ch <= "\u30ff" for ch in mention.text):
        return True
    return any(pos == mention.end for pos, _ in doc.user_data.get("kg.removed", ()))


def _home_of_sentence(head) -> Mention | None:
    """The country a sentence places itself in before ``head`` (インドネシア国内でも, 韓国では)."""
    for tok in sentence_of(head):
        if tok.i >= head.i:
            break
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and (nxt.text == "国内" or nxt.text == "で" and tok.doc[min(tok.i + 2, len(tok.doc) - 1)].text == "は"):
            found = [m for m in read_phrase([tok]) if m.kind == "country"]
            if len(found) == 1:
                return replace(found[0], start=head.idx, end=head.idx + len(head.text))
    return None


def _name_part(head) -> bool:
    """アンドリー[nmod] / ・ / シビハ外相: a katakana word written onto ・ and another katakana word is the first part
    of a name, whatever the parser hung it on (not a country: ロシア・ウクライナ戦争)."""
    joiner = head.doc[head.i + 1]
    return joiner.text in lex.NAME_JOINERS and glued_before(head, joiner) and head.i + 2 < len(head.doc) \
        and all_katakana(head.doc[head.i + 2].text) \
        and not any(m.kind in ("country", "organization", "government") for m in read_phrase([head]))


def _apposed_owner(tokens) -> Mention | None:
    """中国外務省の報道官、毛寧氏: a name set after a title and a comma (apposition) is that title's holder, of
    whoever the title is written with (its の-owner, or the body or country written onto it)."""
    doc = tokens[0].doc
    first = tokens[0].i
    if first < 2 or doc[first - 1].text != "、":
        return None
    role = doc[first - 2]
    if not (role.lemma_ in lex.ROLE_NOUNS or role.text.endswith(lex.ROLE_SUFFIXES)) or role.head.i == first:
        return None
    for m in read_actor(role):
        if m.kind == "role" and m.affiliation is not None and m.affiliation.kind in ("country", "organization", "government"):
            return m.affiliation
    owner = _of_owner(role)
    return owner if owner is not None and owner.kind in ("country", "organization", "government") else None


def _rest_of_name(head):
    """The token that heads the phrase of a name whose first part is ``head`` (アンドリー / ・ / シビハ / 外相 -> 外相)."""
    doc, j = head.doc, head.i + 2
    while j + 2 < len(doc) and doc[j + 1].text in lex.NAME_JOINERS and all_katakana(doc[j + 2].text):
        j += 2
    return doc[j + 1] if j + 1 < len(doc) and doc[j + 1].lemma_ in lex.ROLE_NOUNS | lex.HONORIFICS else doc[j]


def _japanese_portfolio(tokens: list, mention: Mention) -> bool:
    """赤沢亮正経済産業相, 国土交通大臣: the title after a name is a minister of one of Japan's portfolios
    (担当相 included: 経済安全保障担当相), which unqualified is Japan's, as 外相 is."""
    title = "".join(t.text for t in tokens if t.idx >= mention.end)
    for suffix in ("担当相", "担当大臣", "大臣", "相"):
        if title.endswith(suffix) and len(title) > len(suffix):
            return title[:-len(suffix)] in lex.JAPAN_PORTFOLIOS
    return False


def _known_abroad(mention: Mention) -> bool:
    """李強首相: a person of ontologies/people.ttl who acts for another country than Japan."""
    person = people().lookup(mention.text) if mention.kind == "person" else None
    return person is not None and person.acts_for is not None and person.acts_for != "country/JP"
