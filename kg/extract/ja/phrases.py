"""Reading a Japanese noun phrase as actors, by its words alone.

A noun phrase is the head noun and the nouns written before it with no particle between them
(ジェイク・サリバン米国顧問, 中国外務省, 日米韓, 対ロ). GiNZA splits names across several tokens
(趙 / 立 / 堅) and tags titles and countries inside the same phrase, so the phrase is read as units
(``units``): name, place (gazetteer), role, body, country head, and the last unit decides what the phrase is:

- name (+ place) + role or honorific -> a person (affiliated with the place): 楊潔篪中国外交上級顧問
- place + body -> a government body of that country: 中国外務省, ロシア軍
- place + role, no name -> an unnamed official of that country: 中国高官, 米当局者
- place (+ 政府/側/決議) -> the country or organisation itself (metonymy): 中国政府, 国連決議
- abbreviations in compounds split into one place each: 日米韓, 日中外相
- a body with no country before it is Japan's own: 外務省, 水産庁, 政府
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, sentence_start
from kg.extract.ja.names import all_kanji, all_katakana, bare_name, name_run
from kg.extract.ja.places import headline_abbreviation, is_abbreviation, place_of, places_at
from kg.extract.ja.units import pieces_of, span_mention, unit_of
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import Place, gazetteer

_PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM"})


def phrase_tokens(head) -> list:
    """The head and the contiguous tokens before it that belong to its phrase (no particle between).
    Worked out once per token (reading an actor asks several times)."""
    memo = _PHRASES.get(head.doc)
    if memo is None:
        memo = _PHRASES[head.doc] = {}
    if head.i not in memo:
        memo[head.i] = tuple(tok.i for tok in _phrase_tokens(head))
    return [head.doc[i] for i in memo[head.i]]


_PHRASES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: the indices of its phrase's tokens}


def _phrase_tokens(head) -> list:
    tokens = [head]
    glued = set()  # (and what hangs on a glued token belongs to the phrase too: 中国 / 海 / 警 / 局)
    i = head.i - 1
    start = sentence_start(head)
    while i >= 0:
        tok = head.doc[i]
        if glued_before(tok, tokens[0]):
            tokens.insert(0, tok)  # whatever the parse says (茂木 / 敏充外相 split at a sentence start)
            glued.add(tok.i)
            i -= 1
            continue
        part = (tok.pos_ in _PHRASE_POS or tok.text in lex.NAME_JOINERS or tok.tag_.startswith(("接頭辞", "接尾辞"))
                or all_katakana(tok.text)  # アブドル tagged as an adverb inside a name
                or tok.tag_.startswith("名詞-固有名詞")  # 中国人民解放軍 parsed as an adjective
                # (米ロ[ADJ] / 首脳会談: a run of country abbreviations the tagger read as an adjective)
                or tok.pos_ == "ADJ" and tok.tag_.startswith("名詞") and len(tok.text) > 1
                and all(gazetteer().abbreviation(ch) for ch in tok.text)
                # (特別[ADJ] / 代表: the first word of a title the tagger read as an adjective)
                or tok.pos_ == "ADJ" and tok.text + tokens[0].text in lex.ROLE_NOUNS and tokens[0].i == head.i)
        # (何 / 亜東報道官: a one-kanji pronoun glued to a short kanji name before a title is the family name)
        part = part or (tok.pos_ == "PRON" and len(tok.text) == 1 and all_kanji(tok.text) and unit_of(head) == "role"
                        and len(tokens[0].text) <= 2 and all_kanji(tokens[0].text) and tok.idx + 1 == tokens[0].idx)
        # (朝ロ軍事協力めぐり / 安保理: a verb form the tagger made a noun, めぐり, ends what comes before it; the words
        # before it are what the phrase is about, not part of its name)
        part = part and not (tok.tag_.startswith("動詞") and tok.pos_ == "NOUN")
        if i < start or not part or not tok.text.strip() or not any(a.i == head.i or a.i in glued for a in tok.ancestors):
            break
        tokens.insert(0, tok)
        i -= 1
    return tokens


def glued_before(tok, first) -> bool:
    """Proper nouns glued to the phrase, whatever the parse says: a family name right before a given name
    (the tagger's 人名-姓 then 人名-名: 茂木 / 敏充外相), a proper name right before a noun (中国人民解放軍 /
    東部戦区, parsed as two sentences)."""
    if tok.idx + len(tok.text) != first.idx:
        return False
    # a katakana name joined by ・ is one name (アンドリー / ・ / シビハ外相, parsed as two sentences)
    joined = (tok.text in lex.NAME_JOINERS and all_katakana(first.text)) or (
        first.text in lex.NAME_JOINERS and all_katakana(tok.text))
    # a one-character country written onto a body the parser split off (米 / 国務省の報道官)
    abbreviated = tok.pos_ in ("NOUN", "PROPN") and first.pos_ in ("NOUN", "PROPN") and len(tok.text) <= 3 \
        and unit_of(first) in ("other", "body") and is_abbreviation(tok)
    # (a full name tagged as one token, whatever its part of speech, right before a title: フリードリヒ・メルツ / 首相)
    # (or before 氏, whatever part of speech the parser gave it: チン / 氏 with チン a conjunction)
    # (and before a title the tokenizer split: グテレス / 事務 / 総長)
    split_title = first.i + 1 < len(first.doc) and first.text + first.doc[first.i + 1].text in lex.ROLE_NOUNS
    titled = "人名" in tok.tag_ and all_katakana(tok.text.replace("・", "")) and (
        unit_of(first) in ("role", "honorific") or split_title)
    # (or the last part of a katakana name joined by ・, whatever it is tagged: モハンマド・カラミ / 司令官)
    doc = tok.doc
    titled = titled or (all_katakana(tok.text) and unit_of(first) == "role" and tok.i >= 2
                        and doc[tok.i - 1].text in lex.NAME_JOINERS and all_katakana(doc[tok.i - 2].text))
    # (or a one-word katakana name the parser took for an adverb and hung on the verb: マネレ / 首相と会談し)
    titled = titled or (all_katakana(tok.text) and len(tok.text) >= 2 and tok.pos_ not in ("NOUN", "PROPN", "PUNCT", "SYM")
                        and unit_of(first) == "role" and tok.text not in lex.PORTFOLIO_WORDS)
    # (a country's name the parser took for an adverb and hung on the verb, or cut off as a sentence of its own, right
    # before its government or a body of it: 南スーダン[ADV] / 政府に…要求した, 南スーダン[ROOT] / 外務省は)
    # (or hung on the verb as a bare dependent: コートジボワール[dep] / 政府は…反発した)
    governed = tok.tag_ == "名詞-固有名詞-地名-国" and (tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("ROOT", "dep")) \
        and unit_of(first) in ("countryhead", "body")
    # (a name right before the posting of the envoy it names, hung by the parser on the verb: 中川俊彦 / 駐ロシア日本大使)
    posted = "人名" in tok.tag_ and first.text in lex.POSTED_IN and first.tag_.startswith("接頭辞")
    return joined or abbreviated or titled or governed or posted or suffixed(tok, first) or (tok.tag_.endswith("人名-姓") and first.tag_.endswith("人名-名")) or (
        tok.tag_ == "名詞-固有名詞-一般" and first.tag_.startswith("名詞-普通名詞") and tok.dep_ == "ROOT")


def hung_tail(tok):
    """The last character of a body's name, cut off and hung below the rest (中国 / 海 / 警 / 局[dep]), if ``tok``
    has one."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt if nxt is not None and nxt.head.i == tok.i and nxt.dep_ in ("dep", "compound") \
        and nxt.text in lex.BODY_SUFFIXES and not tok.whitespace_ else None


def suffixed(tok, first) -> bool:
    """A body's last character the parser hung beside the rest (中国海警 / 局の船2隻: both on the counter)."""
    # (or on the last character itself: 中国海警[nmod] / 局の船)
    return first.text in lex.BODY_SUFFIXES and first.tag_.startswith(("名詞", "接尾辞")) \
        and tok.tag_.startswith(("接尾辞-名詞的", "名詞-普通名詞", "名詞-固有名詞")) \
        and (tok.head.i != first.i and first.head.i == tok.head.i or tok.head.i == first.i and tok.dep_ == "nmod") \
        and tok.idx + len(tok.text) == first.idx


def _dotted_places(tokens: list) -> list[Mention] | None:
    """The places a phrase lists with ・ (EU・米, 日・米・韓), each a gazetteer name or a one-character abbreviation;
    None unless every part is one (a person's name is written with ・ too: ジェイク・サリバン)."""
    if not any(t.text in ("・", "･") for t in tokens):
        return None
    parts, part = [], []
    for t in tokens:
        if t.text in ("・", "･"):
            parts.append(part)
            part = []
        else:
            part.append(t)
    parts.append(part)
    found = []
    for part in parts:
        text = "".join(t.text for t in part)
        place = place_of(text) if part else None
        if place is None:
            return None
        found.append(Mention(text=text, start=part[0].idx, end=part[-1].idx + len(part[-1].text),
                             kind="country" if place.kind == "country" else "organization"))
    return found


def read_phrase(tokens: list) -> list[Mention]:
    """The actors a noun phrase names (usually one; several for 日米韓). Empty when it names none."""
    doc = tokens[0].doc if tokens and hasattr(tokens[0], "doc") else None
    if len(tokens) > 1 and lex.PEOPLE_COUNT.fullmatch(tokens[-1].text) and unit_of(tokens[-2]) == "role":
        tokens = tokens[:-1]  # マリ大使館の外交官2人: the officials, however many
    elif len(tokens) > 2 and lex.PEOPLE_COUNT.fullmatch(tokens[-2].text + tokens[-1].text) and unit_of(tokens[-3]) == "role":
        tokens = tokens[:-2]  # 外交官 / 3 / 人: the count cut in two
    listed = _dotted_places(tokens) if doc is not None and len(tokens) >= 3 else None
    if listed:
        return listed  # EU・米が自制要求, 日・米・韓: places listed with ・ are each an actor
    if len(tokens) == 1 and doc is not None and headline_abbreviation(tokens[0]):
        # 印は反発, 露が攻撃: in a headline, a clause opens on a lone one-character abbreviation as its subject
        return [Mention(text=tokens[0].text, start=tokens[0].idx, end=tokens[0].idx + 1, kind="country")]
    tokens = pieces_of(tokens)
    text = "".join(t.text for t in tokens)
    if text in lex.ANAPHORS or text in lex.FIRST_PERSON:
        return [span_mention(tokens, 0, len(tokens) - 1, "anaphor")]
    units = [unit_of(t) for t in tokens]
    for k in range(1, len(tokens) - 1):
        if units[k] == "honorific" and tokens[k].text in lex.NAME_HONORIFICS and "人名" in tokens[k - 1].tag_ \
                and units[k + 1] == "role":
            # 林 / 佩 / 君 / 報道官: 君 between a name and a title is the name's last character (an honorific is
            # written after a title or instead of one, never before it)
            units[k] = "other"
    places: list[tuple[Place, int, int]] = []
    i = 0
    while i < len(tokens):
        if units[i] == "other":
            found, nxt = places_at(tokens, i, doc)
            # 国連大使, EU代表部大使: an envoy to an organisation is posted there and acts for their country
            posted = found and found[0][0].kind != "country" and nxt < len(tokens) \
                and tokens[nxt].text in lex.ENVOY_TITLES
            if found and (i > 0 and tokens[i - 1].text in lex.POSTED_IN or posted):
                # 駐パキスタン大使: where an envoy is posted, not whom they act for (中国の姜再冬駐パキスタン大使)
                for k in range(i, nxt):
                    units[k] = "posting"
                i = nxt
                continue
            if found and i > 0 and tokens[i - 1].text in lex.STANCE_PREFIXES:
                # 親イラン民兵組織ヒズボラ: the country a group is for is a word of its description, no actor of the phrase
                for k in range(i - 1, nxt):
                    units[k] = "stance"
                i = nxt
                continue
            if found and nxt < len(tokens) and tokens[nxt].text.startswith(lex.PORTFOLIO_MARK):
                # イエメン担当特使: a place a portfolio is about, not whom its holder acts for
                for k in range(i, nxt):
                    units[k] = "portfolio"
                i = nxt
                continue
            if found:
                places.extend(found)
                for _, a, b, _m in found:
                    for k in range(a, b + 1):
                        units[k] = "place"
                i = nxt
                continue
        i += 1
    return _interpret(tokens, units, places, doc)


def _interpret(tokens: list, units: list[str], places: list, doc) -> list[Mention]:
    head = units[-1]
    place_mentions = [m for _, _, _, m in places]
    name = name_run(tokens, units)
    if name is not None and head == "countryhead" and name[1] == len(tokens) - 2:
        # バイデン政権: the government a person leads acts for that person's country, not as the person
        leader = span_mention(tokens, name[0], name[1], "person")
        return [span_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role", leader,
                         text="".join(t.text for t in tokens[name[0]:]))]
    if name is not None and (head in ("role", "honorific", "other") or name[1] == len(tokens) - 1):
        if head == "other" and (name[1] != len(tokens) - 1 or not bare_name(tokens[name[0]:name[1] + 1])):
            return []
        affiliation = place_mentions[-1] if place_mentions and places[-1][1] > name[1] else None
        if affiliation is not None and affiliation.kind == "organization" \
                and tokens[-1].text.endswith(tuple(lex.ENVOY_TITLES)) and units[-1] == "role":
            # (米国のマーク・ハリソン国連次席大使: an envoy to an organisation is posted there and acts for the country
            # written before the name)
            affiliation = None
        return [span_mention(tokens, name[0], name[1], "person", affiliation)]
    if not place_mentions:
        if len(tokens) == 1 and tokens[0].text in lex.DOMESTIC_BODIES and tokens[0].text == "政府":
            return [domestic(tokens[0], doc)]
        if _domestic_body(tokens):
            return [span_mention(tokens, 0, len(tokens) - 1, "government", domestic(tokens[0], doc))]
        if head in ("role", "countryhead"):
            return [span_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role")]
        if head == "body" and tokens[-1].lemma_ in lex.BODY_NOUNS and len(tokens) == 1:
            return [span_mention(tokens, 0, 0, "government")]
        return []
    if head == "place" or head in ("countryhead", "issuer"):
        if head in ("countryhead", "issuer") and any(u in ("other", "role", "body") for u in units):
            return []
        if units[0] == "prefix":
            return []
        return place_mentions
    if head == "body":
        start = places[0][1]
        # 在中国日本大使館, 在日中国大使館: where a mission is posted is part of its name
        while start > 0 and (units[start - 1] == "posting" or tokens[start - 1].text in lex.POSTED_IN
                             or tokens[start - 1].text in lex.POSTED_IN_JAPAN
                             # (在ルーマニア・ロシア大使館: the place it is posted in set off with ・)
                             or tokens[start - 1].text == "・" and start >= 3 and tokens[start - 3].text in lex.POSTED_IN):
            start -= 1
        return [span_mention(tokens, start, len(tokens) - 1, "government", p) for p in place_mentions[:1]]
    if head == "role":
        return [replace(span_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role", p), text=p.text + tokens[-1].text)
                for p in place_mentions]
    return []


def _domestic_body(tokens: list) -> bool:
    """外務省, 水産庁, 経済産業省 with no country before them: in Japanese news, Japan's own (財務省 is left
    alone: the U.S. Treasury is written so too). 関係省庁 and 各省庁 (the ministries concerned, each ministry) name no
    body."""
    text = "".join(t.text for t in tokens)
    return (text in lex.DOMESTIC_BODIES and text != "政府" or text.endswith(lex.DOMESTIC_BODY_ENDINGS)) \
        and len(text) >= 3 and text not in lex.FOREIGN_BODIES and not text.startswith(("同", "両", "各", "関係")) \
        and all(t.pos_ in ("NOUN", "PROPN") for t in tokens)


def domestic(tok, doc=None) -> Mention:
    # 政府は, 林外相, 官房長官: in Japanese news an unqualified government or cabinet title is Japan's own.
    home = home_country(doc if doc is not None else tok.doc, tok.idx)
    return Mention(text=home, start=tok.idx, end=tok.idx + len(tok.text), kind="country")


def home_country(doc, idx: int) -> str:
    """Whose an unqualified 政府, 外務省 or 首相 is: Japan's in Japanese news, unless the article never mentions
    Japan and has named another country's government before (【ウィーン共同】チェコ政府は…発表した。政府は… -> チェコ,
    the first named)."""
    if doc is None:
        return "日本"
    first = _HOMES.get(doc, False)
    if first is False:
        first = _HOMES[doc] = _first_foreign_government(doc)
    return first[1] if first is not None and first[0] < idx else "日本"


def _first_foreign_government(doc) -> tuple[int, str] | None:
    """(offset, country) of the first country the article names a government of (X政府), when it never mentions
    Japan: the government the article opens on, not another it reports on later. Worked out once per document."""
    if lex.MENTIONS_JAPAN.search(doc_text(doc)):
        return None
    for gov in doc:
        if gov.i > 0 and gov.text in lex.GOVERNMENT_HEADS:
            found = [m for m in read_phrase([doc[gov.i - 1]]) if m.kind == "country"]
            if len(found) == 1:
                return gov.idx, found[0].text
    return None


_HOMES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> (offset, country) of its first foreign government, or None
