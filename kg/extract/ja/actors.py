"""Reading Japanese noun phrases as actors.

A noun phrase is the head noun and the nouns written before it with no particle between them
(ジェイク・サリバン米国顧問, 中国外務省, 日米韓, 対ロ). GiNZA splits names across several tokens
(趙 / 立 / 堅) and tags titles and countries inside the same phrase, so the phrase is read as units:
name, place (gazetteer), role, body, country head, and the last unit decides what the phrase is:

- name (+ place) + role or honorific -> a person (affiliated with the place): 楊潔篪中国外交上級顧問
- place + body -> a government body of that country: 中国外務省, ロシア軍
- place + role, no name -> an unnamed official of that country: 中国高官, 米当局者
- place (+ 政府/側/決議) -> the country or organisation itself (metonymy): 中国政府, 国連決議
- abbreviations in compounds split into one place each: 日米韓, 日中外相
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from weakref import WeakKeyDictionary

from kg.extract import sentence_of
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import Place, gazetteer, people

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
    start = sentence_of(head).start
    while i >= 0:
        tok = head.doc[i]
        if _glued_before(tok, tokens[0]):
            tokens.insert(0, tok)  # whatever the parse says (茂木 / 敏充外相 split at a sentence start)
            glued.add(tok.i)
            i -= 1
            continue
        part = (tok.pos_ in _PHRASE_POS or tok.text in lex.NAME_JOINERS or tok.tag_.startswith(("接頭辞", "接尾辞"))
                or _all_katakana(tok.text)  # アブドル tagged as an adverb inside a name
                or tok.tag_.startswith("名詞-固有名詞"))  # 中国人民解放軍 parsed as an adjective
        # (何 / 亜東報道官: a one-kanji pronoun glued to a short kanji name before a title is the family name)
        part = part or (tok.pos_ == "PRON" and len(tok.text) == 1 and _kanji(tok.text) and _unit(head) == "role"
                        and len(tokens[0].text) <= 2 and _kanji(tokens[0].text) and tok.idx + 1 == tokens[0].idx)
        if i < start or not part or not tok.text.strip() or not any(a.i == head.i or a.i in glued for a in tok.ancestors):
            break
        tokens.insert(0, tok)
        i -= 1
    return tokens


def _glued_before(tok, first) -> bool:
    """Proper nouns glued to the phrase, whatever the parse says: a family name right before a given name
    (the tagger's 人名-姓 then 人名-名: 茂木 / 敏充外相), a proper name right before a noun (中国人民解放軍 /
    東部戦区, parsed as two sentences)."""
    if tok.idx + len(tok.text) != first.idx:
        return False
    # a katakana name joined by ・ is one name (アンドリー / ・ / シビハ外相, parsed as two sentences)
    joined = (tok.text in lex.NAME_JOINERS and _all_katakana(first.text)) or (
        first.text in lex.NAME_JOINERS and _all_katakana(tok.text))
    # a one-character country written onto a body the parser split off (米 / 国務省の報道官)
    abbreviated = tok.pos_ in ("NOUN", "PROPN") and first.pos_ in ("NOUN", "PROPN") and len(tok.text) <= 3 \
        and _unit(first) in ("other", "body") and _is_abbreviation(tok)
    # (a full name tagged as one token, whatever its part of speech, right before a title: フリードリヒ・メルツ / 首相)
    titled = "人名" in tok.tag_ and _all_katakana(tok.text.replace("・", "")) and _unit(first) == "role"
    return joined or abbreviated or titled or _suffixed(tok, first) or (tok.tag_.endswith("人名-姓") and first.tag_.endswith("人名-名")) or (
        tok.tag_ == "名詞-固有名詞-一般" and first.tag_.startswith("名詞-普通名詞") and tok.dep_ == "ROOT")


def _suffixed(tok, first) -> bool:
    """A body's last character the parser hung beside the rest (中国海警 / 局の船2隻: both on the counter)."""
    return first.text in lex.BODY_SUFFIXES and first.tag_.startswith(("名詞", "接尾辞")) \
        and tok.tag_.startswith(("接尾辞-名詞的", "名詞-普通名詞", "名詞-固有名詞")) and tok.head.i != first.i \
        and first.head.i == tok.head.i and tok.idx + len(tok.text) == first.idx


def is_name_token(tok) -> bool:
    return "人名" in tok.tag_ or tok.ent_type_ == "Person"


def _unit(tok) -> str:
    lemma = tok.lemma_
    if lemma in lex.HONORIFICS:
        return "honorific"
    if lemma in lex.ROLE_NOUNS or tok.text in lex.ROLE_NOUNS or _role_word(tok.text):
        return "role"
    if lemma in lex.BODY_NOUNS or tok.text in lex.BODY_NOUNS or tok.text in lex.BODY_SUFFIXES:
        return "body"
    if lemma in lex.COUNTRY_HEADS:
        return "countryhead"
    if tok.text in lex.PHRASE_DETERMINERS or tok.pos_ == "NUM" or tok.text.isdigit():
        return "det"  # 日豪両政府, 日米韓3か国
    if lemma in lex.ISSUER_NOUNS:
        return "issuer"
    if lemma in lex.OBJECT_PREFIXES and tok.tag_.startswith("接頭辞") or tok.text in lex.OBJECT_PREFIXES:
        return "prefix"
    return "other"


def _role_word(text: str) -> bool:
    return len(text) >= 2 and text.endswith(lex.ROLE_SUFFIXES) and text not in lex.NOT_ROLES and not text.isascii()


def _places(tokens: list, i: int) -> tuple[list[tuple[Place, int, int, Mention]], int]:
    """Places starting at token i: the longest gazetteer name, or a run of one-character abbreviations.

    Returns ([(place, first token, last token, mention)], next index); an empty list when none starts here.
    """
    gaz = gazetteer()
    longest = _longest_name()
    text = ""
    spans = []
    for j in range(i, len(tokens)):
        text += tokens[j].text
        if len(text) > longest:
            break  # (no gazetteer name is longer)
        spans.append((j + 1, text))
    for j, name in reversed(spans):
        place = gaz.lookup(name)
        if place is not None:
            return [(place, i, j - 1, _place_mention(tokens, place, i, j - 1))], j
    tok = tokens[i]
    listed = i + 1 < len(tokens) and _is_abbreviation(tokens[i + 1]) and tokens[i + 1].idx == tok.idx + len(tok.text)
    if ("助数詞" in tok.tag_ and not listed) or (i > 0 and tokens[i - 1].text[-1:].isdigit()):
        return [], i + 1  # 24日 is a date, not Japan (but 日 / 米豪比 is)
    abbrs = [gaz.abbreviation(ch) for ch in tok.text]
    after_prefix = tok.before in lex.OBJECT_PREFIXES
    # 日米, 日米韓, 中ロ, 対ロ, 米国務省: one-character forms only in compounds of places and titles,
    # never a lone 中 or 米, nor a suffix (訪米中: "during")
    neighbours = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    # (豪NZ, 日EU: also beside a place written in full)
    in_compound = any(_is_abbreviation(n) or _unit(n) in ("role", "body", "countryhead") or _title_split(n.text)
                      or _adjacent(n, tok) and gaz.lookup(n.text) is not None for n in neighbours)
    # (a suffix is no place, 訪米中, unless a title follows: トランプ米大統領, where 米 is tagged a suffix)
    # (or one word on: ランドー米国務副長官, 国務 / 副長官 cut apart)
    titled = i + 1 < len(tokens) and (_unit(tokens[i + 1]) in ("role", "body") or (
        i + 2 < len(tokens) and _unit(tokens[i + 2]) in ("role", "body") and _kanji(tokens[i + 1].text)))
    # (nor when it continues a list of two or more: 米英 / 仏, where 仏 is tagged a suffix)
    continued = i > 0 and len(tokens[i - 1].text) >= 2 and _is_abbreviation(tokens[i - 1]) \
        and tokens[i - 1].idx + len(tokens[i - 1].text) == tok.idx
    if all(abbrs) and (len(tok.text) > 1 or after_prefix or in_compound or titled) \
            and (not tok.tag_.startswith("接尾辞") or titled or continued):
        return [(p, i, i, Mention(text=ch, start=tok.idx + k, end=tok.idx + k + 1, kind=_kind(p)))
                for k, (ch, p) in enumerate(zip(tok.text, abbrs))], i + 1
    return [], i + 1


def _adjacent(a, b) -> bool:
    """Written with nothing between them."""
    first, second = (a, b) if a.idx < b.idx else (b, a)
    return first.idx + len(first.text) == second.idx


@lru_cache(maxsize=1)
def _longest_name() -> int:
    """The length of the longest name the gazetteer knows (a phrase longer than that is never one name)."""
    return max(len(name) for name in gazetteer().by_name) + 2  # (with room for what normalising changes)


def _is_abbreviation(tok) -> bool:
    gaz = gazetteer()
    return bool(tok.text) and all(gaz.abbreviation(ch) for ch in tok.text)


def _kind(place: Place) -> str:
    return "country" if place.kind == "country" else "organization"  # linking tells IOs from groups


def _name_run(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """First and last token of the person's name in the phrase, if it has one."""
    first = next((k for k, t in enumerate(tokens) if is_name_token(t) and units[k] in ("other", "name")
                  and t.text not in lex.NAME_JOINERS), None)
    if first is None:
        return _katakana_name(tokens, units) or _kanji_name(tokens, units)
    # a family name the tagger took for a place name: 茂木 / 敏充 (名詞-固有名詞-地名-一般 + 人名-名)
    if first > 0 and units[first - 1] == "other" and ("人名-名" in tokens[first].tag_ or _pronoun_family_name(tokens, first, units)) \
            and not tokens[first - 1].text.isascii() and ("固有名詞" in tokens[first - 1].tag_ or (
                len(tokens[first - 1].text) == 1 and _kanji(tokens[first - 1].text)
                and tokens[first - 1].idx + 1 == tokens[first].idx)):
        first -= 1  # (or any one kanji glued before a given name: 車 / 智 / 勲, the family name Cha)
    # the given names before a tagged family name: ハリル・ハイヤ, ムハンマド・ビン・...
    while first >= 2 and tokens[first - 1].text in lex.NAME_JOINERS and units[first - 2] == "other" \
            and (_all_katakana(tokens[first - 2].text) or is_name_token(tokens[first - 2])):
        first -= 2
    last = first
    while last + 1 < len(tokens):
        nxt = tokens[last + 1]
        name_len = sum(len(t.text) for t in tokens[first:last + 1])
        if units[last + 1] not in ("other", "name") and not (
                # a one-character given name (or its last character) that is also a body word, between a
                # family name and the title (董 / 軍 / 国防相: Dong Jun; 劉 / 徳 / 軍 / 報道官: Liu Dejun)
                units[last + 1] == "body" and name_len <= 2 and _kanji(nxt.text)
                and "人名-姓" in tokens[first].tag_ and len(nxt.text) == 1 and last + 2 < len(tokens)
                and units[last + 2] == "role"):
            break
        if _kanji(nxt.text) and "人名" not in nxt.tag_ and all(
                _all_katakana(t.text) or t.text in lex.NAME_JOINERS for t in tokens[first:last + 1]):
            break  # a katakana name ends at a kanji common noun the recogniser ran on (ブルハン / 統治評議会議長)
        joined = nxt.text in lex.NAME_JOINERS or tokens[last].text in lex.NAME_JOINERS
        # Chinese and Korean names split by the tokenizer: 趙 / 立 / 堅, 楊 / 潔 / 篪
        short_kanji = len(nxt.text) == 1 and name_len <= 2 and _kanji(nxt.text) and is_name_token(tokens[first])
        if is_name_token(nxt) or joined or short_kanji:
            last += 1
        else:
            break
    return first, _without_portfolio(tokens, first, last)


def _pronoun_family_name(tokens: list, first: int, units: list[str]) -> bool:
    """A Chinese family name the tagger reads as a pronoun, glued to the given name before a title:
    何 / 亜東 / 報道官 (He Yadong; 何 is also "what")."""
    return tokens[first - 1].pos_ == "PRON" and len(tokens[first].text) <= 2 and _kanji(tokens[first].text) \
        and first + 1 < len(tokens) and units[first + 1] == "role"


def _without_portfolio(tokens: list, first: int, last: int) -> int:
    """The name ends before a portfolio: マサド・ブーロス・アフリカ担当上級顧問 -> マサド・ブーロス."""
    portfolio = next((k for k in range(first + 1, min(last + 2, len(tokens))) if tokens[k].text.startswith("担当")), None)
    if portfolio is None:
        return last
    last = max(first, portfolio - 2)  # the word before 担当 names the portfolio (アフリカ担当)
    if _all_katakana(tokens[first].text):
        # (アジット・ドバル国家安全保障担当補佐官: so do the kanji words before it, after a katakana name)
        while last > first and not _all_katakana(tokens[last].text):
            last -= 1
    while last > first and tokens[last].text in lex.NAME_JOINERS:
        last -= 1
    return last


def _kanji_name(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """A Chinese or Korean name the tagger split into single characters right before a title:
    中国の王 / 文 / 濤 商務相. Two or three one-character kanji, nothing else between them and the title."""
    if units[-1] != "role":
        return None
    end = len(tokens) - 1
    first = end
    while first > 0 and units[first - 1] == "other" and len(tokens[first - 1].text) == 1 \
            and _kanji(tokens[first - 1].text):
        first -= 1
    if 2 <= end - first <= 3 and (first == 0 or units[first - 1] in ("place", "det")):
        return first, end - 1
    return None


def _kanji(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _bare_name(span) -> bool:
    """A name with no title or 氏 after it is a person only when it looks like one: a given name with the
    family name, or a foreign name, never a lone family name that is also a place (安東, 南部)."""
    text = "".join(t.text for t in span)
    if people().lookup(text) is not None:
        return True
    if not all("人名" in t.tag_ or t.text in lex.NAME_JOINERS for t in span):
        return False
    return any("人名-名" in t.tag_ for t in span) or any(t.text in lex.NAME_JOINERS for t in span) or (
        all(_all_katakana(t.text) or t.text in lex.NAME_JOINERS for t in span) and len(text) > 2)


def _katakana_name(tokens: list, units: list[str]) -> tuple[int, int] | None:
    """A foreign name the tagger missed: katakana words joined by ・ in a phrase headed by a title or 氏
    (カヤ・カラス外交安全保障上級代表, EUのカヤ・カラス上級代表)."""
    if units[-1] not in ("role", "honorific", "countryhead"):
        return None
    first = next((k for k, u in enumerate(units) if u == "other"), None)
    if first is None or (first > 0 and units[first - 1] not in ("place", "det")):
        return None
    last = first
    while last + 1 < len(tokens) and units[last + 1] == "other" and (
            _all_katakana(tokens[last + 1].text) or tokens[last + 1].text in lex.NAME_JOINERS):
        last += 1
    last = _without_portfolio(tokens, first, last)
    span = tokens[first:last + 1]
    if not _all_katakana(span[0].text) or span[0].text in lex.NAME_JOINERS:
        return None
    if not any(t.text in lex.NAME_JOINERS for t in span):
        # one katakana word right before the title (ザハロワ報道官, パシニャン首相), or before the country
        # abbreviation of the title (トランプ米大統領, プーチン露大統領): a family name
        # (ネベンジャ国連大使, ザハロワ外務省情報局長 too: a posting or a body between the name and the title)
        placed = all(u in ("place", "posting", "body") for u in units[last + 1:-1])
        # (two letters are enough before 氏, which follows only names: シシ氏, ルト氏)
        shortest = 2 if units[-1] == "honorific" else 3
        if len(span) == 1 and placed and len(span[0].text) >= shortest and "ー" != span[0].text[0]:
            return first, last
        return None
    return first, last


def _all_katakana(text: str) -> bool:
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


def _mention(tokens: list, first: int, last: int, kind: str, affiliation: Mention | None = None, text: str | None = None) -> Mention:
    span = tokens[first:last + 1]
    return Mention(
        text=text if text is not None else "".join(t.text for t in span),
        start=span[0].idx, end=span[-1].idx + len(span[-1].text), kind=kind, affiliation=affiliation,
    )


def _place_mention(tokens: list, place: Place, first: int, last: int) -> Mention:
    return _mention(tokens, first, last, _kind(place))


@dataclass(frozen=True, slots=True)
class Piece:
    """A token, or part of one: the tokenizer keeps some titles whole (米国大統領 -> 米国 + 大統領)."""

    text: str
    idx: int
    lemma_: str
    pos_: str
    tag_: str
    ent_type_: str
    before: str  # the token text just before, for 対ロ


def _pieces(tokens: list) -> list[Piece]:
    return _merge_title(_split_titles(tokens))


def _merge_title(pieces: list[Piece]) -> list[Piece]:
    """国務 + 省 -> 国務省, 国家 + 安全保障 + 会議: a title or body the tokenizer split at the end.

    Known titles and bodies match longest first; a title ending (観光 + 相) joins as few pieces as it can,
    so that a split name before it (王 / 文 / 濤 商務相) stays a name.
    """
    for k in range(len(pieces) - 1):
        tail = "".join(p.text for p in pieces[k:])
        if tail in lex.ROLE_NOUNS or tail in lex.BODY_NOUNS or tail in lex.COUNTRY_HEADS or (
                k > 0 and tail in lex.BODY_SUFFIXES):
            return pieces[:k] + [_merged(pieces, k, tail)]
    last = pieces[-1].text
    if _role_word(last) or last in lex.ROLE_NOUNS:
        return pieces
    for k in range(len(pieces) - 2, max(-1, len(pieces) - 4), -1):
        tail = "".join(p.text for p in pieces[k:])
        if len(tail) <= 6 and _role_word(tail) and not any(
                p.text in lex.NAME_JOINERS or "人名" in p.tag_ or _all_katakana(p.text) for p in pieces[k:]):
            return pieces[:k] + [_merged(pieces, k, tail)]
    return pieces


def _merged(pieces: list[Piece], k: int, tail: str) -> Piece:
    return Piece(tail, pieces[k].idx, tail, "NOUN", "名詞-普通名詞-一般", "", pieces[k].before)


def _split_titles(tokens: list) -> list[Piece]:
    pieces = []
    for tok in tokens:
        before = tok.doc[tok.i - 1].text if tok.i > 0 else ""
        split = _title_split(tok.text) or _honorific_split(tok) or _role_split(tok)
        if split is None:
            pieces.append(Piece(tok.text, tok.idx, tok.lemma_, tok.pos_, tok.tag_, tok.ent_type_, before))
            continue
        head, tail = split
        if tail in lex.HONORIFICS or _role_split(tok) == split:
            pieces.append(Piece(head, tok.idx, head, tok.pos_, tok.tag_, "Person", before))
            pieces.append(Piece(tail, tok.idx + len(head), tail, "NOUN", "接尾辞-名詞的-一般", "", head))
            continue
        pieces.append(Piece(head, tok.idx, head, "PROPN", "名詞-固有名詞-地名-国", "", before))
        pieces.append(Piece(tail, tok.idx + len(head), tail, "NOUN", "名詞-普通名詞-一般", "", head))
    return pieces


def _honorific_split(tok) -> tuple[str, str] | None:
    """頼氏 as one token: the name and the honorific."""
    for hon in lex.HONORIFICS:
        if tok.text.endswith(hon) and len(tok.text) > len(hon) and (
                is_name_token(tok) or people().lookup(tok.text[:-len(hon)]) is not None):
            return tok.text[:-len(hon)], hon  # (習氏 untagged: a name the people gazetteer lists)
    return None


def _role_split(tok) -> tuple[str, str] | None:
    """トランプ大統領 as one token: the name and the title."""
    return _role_split_name(tok.text) if is_name_token(tok) else None


@lru_cache(maxsize=1 << 16)
def _role_split_name(text: str) -> tuple[str, str] | None:
    for role in _ROLES_LONGEST_FIRST:
        head = text[:-len(role)]
        if text.endswith(role) and len(head) >= 2 and gazetteer().lookup(head) is None \
                and not _title_split(head):
            return head, role
    return None


_ROLES_LONGEST_FIRST = sorted(lex.ROLE_NOUNS, key=len, reverse=True)


@lru_cache(maxsize=1 << 16)
def _title_split(text: str) -> tuple[str, str] | None:
    """米国大統領 -> (米国, 大統領); 露外務省 -> (露, 外務省): a place fused with a title or body."""
    gaz = gazetteer()
    for cut in range(1, len(text)):
        head, tail = text[:cut], text[cut:]
        if tail in lex.ROLE_NOUNS or tail in lex.BODY_NOUNS:
            if gaz.lookup(head) or all(gaz.abbreviation(ch) for ch in head):
                return head, tail
    return None


def read_phrase(tokens: list) -> list[Mention]:
    """The actors a noun phrase names (usually one; several for 日米韓). Empty when it names none."""
    tokens = _pieces(tokens)
    text = "".join(t.text for t in tokens)
    if text in lex.ANAPHORS or text in lex.FIRST_PERSON:
        return [_mention(tokens, 0, len(tokens) - 1, "anaphor")]
    units = [_unit(t) for t in tokens]
    places: list[tuple[Place, int, int]] = []
    i = 0
    while i < len(tokens):
        if units[i] == "other":
            found, nxt = _places(tokens, i)
            # 国連大使, EU代表部大使: an envoy to an organisation is posted there and acts for their country
            posted = found and found[0][0].kind != "country" and nxt < len(tokens) \
                and tokens[nxt].text in lex.ENVOY_TITLES
            if found and (i > 0 and tokens[i - 1].text in lex.POSTED_IN or posted):
                # 駐パキスタン大使: where an envoy is posted, not whom they act for (中国の姜再冬駐パキスタン大使)
                for k in range(i, nxt):
                    units[k] = "posting"
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
    return _interpret(tokens, units, places)


def _interpret(tokens: list, units: list[str], places: list) -> list[Mention]:
    head = units[-1]
    place_mentions = [m for _, _, _, m in places]
    name = _name_run(tokens, units)
    if name is not None and head == "countryhead" and name[1] == len(tokens) - 2:
        # バイデン政権: the government a person leads acts for that person's country, not as the person
        leader = _mention(tokens, name[0], name[1], "person")
        return [_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role", leader,
                         text="".join(t.text for t in tokens[name[0]:]))]
    if name is not None and (head in ("role", "honorific", "other") or name[1] == len(tokens) - 1):
        if head == "other" and (name[1] != len(tokens) - 1 or not _bare_name(tokens[name[0]:name[1] + 1])):
            return []
        affiliation = place_mentions[-1] if place_mentions and places[-1][1] > name[1] else None
        return [_mention(tokens, name[0], name[1], "person", affiliation)]
    if not place_mentions:
        if len(tokens) == 1 and tokens[0].text in lex.DOMESTIC_BODIES and tokens[0].text == "政府":
            return [_domestic_mention(tokens[0])]
        if _domestic_body(tokens):
            return [_mention(tokens, 0, len(tokens) - 1, "government", _domestic(tokens[0]))]
        if head in ("role", "countryhead"):
            return [_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role")]
        if head == "body" and tokens[-1].lemma_ in lex.BODY_NOUNS and len(tokens) == 1:
            return [_mention(tokens, 0, 0, "government")]
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
                             or tokens[start - 1].text in lex.POSTED_IN_JAPAN):
            start -= 1
        return [_mention(tokens, start, len(tokens) - 1, "government", p) for p in place_mentions[:1]]
    if head == "role":
        return [replace(_mention(tokens, len(tokens) - 1, len(tokens) - 1, "role", p), text=p.text + tokens[-1].text)
                for p in place_mentions]
    return []


def _domestic_body(tokens: list) -> bool:
    """外務省, 水産庁, 経済産業省 with no country before them: in Japanese news, Japan's own (財務省 is left
    alone: the U.S. Treasury is written so too)."""
    text = "".join(t.text for t in tokens)
    return (text in lex.DOMESTIC_BODIES and text != "政府" or text.endswith(lex.DOMESTIC_BODY_ENDINGS)) \
        and len(text) >= 3 and text not in lex.FOREIGN_BODIES and not text.startswith(("同", "両", "各")) \
        and all(t.pos_ in ("NOUN", "PROPN") for t in tokens)


def _foreign(doc, mention: Mention) -> bool:
    """Foreign names are written in katakana (シャバズ・シャリフ首相) or given a katakana reading in
    parentheses (趙顕（チョ・ヒョン）外相): such a 首相 or 外相 is not Japan's."""
    if any("\u30a0" <= ch <= "\u30ff" for ch in mention.text):
        return True
    return any(pos == mention.end for pos, _ in doc.user_data.get("kg.removed", ()))


def _domestic_mention(piece) -> Mention:
    # 政府は: in Japanese news the unqualified government is Japan's.
    return Mention(text="日本", start=piece.idx, end=piece.idx + len(piece.text), kind="country")


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


def _known_abroad(mention: Mention) -> bool:
    """李強首相: a person of ontologies/people.ttl who acts for another country than Japan."""
    person = people().lookup(mention.text) if mention.kind == "person" else None
    return person is not None and person.acts_for is not None and person.acts_for != "country/JP"


def _domestic(tok) -> Mention:
    # 林外相, 官房長官: in Japanese news an unqualified cabinet title is Japan's own.
    return Mention(text="日本", start=tok.idx, end=tok.idx + len(tok.text), kind="country")


def read_actor(head) -> list[Mention]:
    """The actors named by the phrase headed by ``head``, with an の-affiliation when the text gives one.
    Read once per token (mentions and every rule ask again); Mentions are immutable, so the list is copied.

    中国外務省の趙立堅報道官: the person 趙立堅 acts for 中国外務省 (an nmod marked の).
    """
    memo = _READ.get(head.doc)
    if memo is None:
        memo = _READ[head.doc] = {}
    if head.i not in memo:
        memo[head.i] = tuple(_read_actor(head))
    return list(memo[head.i])


_READ: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {token index: its actors}
_COUNTED: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {number: the last group of that many countries}


def _office_holders(head, tokens, countries: list[Mention]) -> list[Mention]:
    """The people named earlier with a title of the office ``head`` names, the last one for each country, placed
    where the office is written; none unless every country has one."""
    keys = [_place_key(c) for c in countries]
    if None in keys:
        return []
    found: dict[str, Mention] = {}
    doc = head.doc
    # (the last holder named before; else the first named after, within the paragraph: 4か国の防衛相は会談した。
    # 会談には小泉防衛相、ヘグセス国防長官…が出席した)
    end = next((t.i for t in doc[head.i:] if "\n" in t.text_with_ws), len(doc))
    for tok, m, key in _holders(head, (*doc[:tokens[0].i], *doc[head.i + 1:end])):
        if key in keys and (key not in found or tok.i < head.i):
            found[key] = m
    if any(k not in found for k in keys):
        return []
    return _placed_at(head, tokens, [found[k] for k in keys])


def _last_holders(head, tokens, count: int) -> list[Mention]:
    """The last ``count`` people named before ``head`` with a title of its office, each of another country."""
    found: dict[str, Mention] = {}
    for _, m, key in _holders(head, reversed(head.doc[:tokens[0].i])):
        found.setdefault(key, m)
        if len(found) == count:
            return _placed_at(head, tokens, list(found.values()))
    return []


def _holders(head, candidates):
    """(token, person, country key) for each person named with a title of the office ``head`` names (防衛相,
    国防長官, 国防相 are one office), among the candidate tokens in their order."""
    family = lex.ROLE_FAMILIES.get(head.lemma_)
    if family is None:
        return
    for tok in candidates:
        if tok.pos_ in ("NOUN", "PROPN") and "".join(t.text for t in phrase_tokens(tok)).endswith(tuple(family)):
            for m in read_actor(tok):
                key = _person_country(m) if m.kind == "person" else None
                if key is not None:
                    yield tok, m, key


def _placed_at(head, tokens, people: list[Mention]) -> list[Mention]:
    """The people, placed where the office is written (the relation is that sentence's)."""
    start, end = tokens[0].idx, head.idx + len(head.text)
    return [replace(m, start=start, end=end, affiliation=None) for m in people]


def place_of(text: str) -> Place | None:
    """The gazetteer entry a name or a one-character abbreviation (米, 中) stands for."""
    return gazetteer().lookup(text) or (gazetteer().abbreviation(text) if len(text) == 1 else None)


def _place_key(m: Mention) -> str | None:
    place = place_of(m.text)
    return place.key if place is not None else None


def _person_country(m: Mention) -> str | None:
    """The country a person acts for: the first place in their affiliations, else the people gazetteer's."""
    node = m.affiliation
    while node is not None:
        key = _place_key(node)
        if key is not None:
            return key
        node = node.affiliation
    person = people().lookup(m.text)
    return person.acts_for if person is not None else None


def _groups(doc) -> dict[str, str]:
    """Non-state groups the article defines: a name followed by its acronym in parentheses, the name quoted or
    headed by a group noun (準軍事組織「即応支援部隊」（RSF）, 国民統一政府（NUG）). Maps the name and the
    acronym to the name; names the gazetteer or the title rules already read are left to them."""
    memo = _GROUPS.get(doc)
    if memo is not None:
        return memo
    found: dict[str, str] = {}
    for k in range(1, len(doc) - 2):
        acronym = doc[k + 1].text
        if doc[k].text not in ("（", "(") or doc[k + 2].text not in ("）", ")") or not _acronym(acronym):
            continue
        before = doc[k - 1]
        if before.text in ("」", "』"):
            opening = next((t.i for t in reversed(doc[:before.i]) if t.text in ("「", "『")), None)
            tokens = list(doc[opening + 1:before.i]) if opening is not None and before.i - opening < 12 else []
        else:
            tokens = phrase_tokens(before) if before.lemma_.endswith(tuple(lex.GROUP_HEADS)) else []
        name = "".join(t.text for t in tokens)
        if len(name) >= 2 and not any(m.kind in ("country", "organization", "person") for m in read_phrase(tokens)):
            found[name] = found[acronym] = name
    _GROUPS[doc] = found
    return found


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isascii() and text.isalpha() and text.isupper()


_GROUPS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {name or acronym: name}


def _group(head, tokens) -> list[Mention]:
    groups = _groups(head.doc)
    if not groups:
        return []
    text = "".join(t.text for t in tokens)
    for span in (text, head.text, "".join(t.text for t in tokens[-3:])):
        if span in groups:
            first = tokens[0] if span == text else head
            return [Mention(text=groups[span], start=first.idx, end=head.idx + len(head.text), kind="group")]
    return []


def _read_actor(head) -> list[Mention]:
    if head.i + 1 < len(head.doc) and (head.dep_ == "ROOT" and _glued_before(head, head.doc[head.i + 1])
                                        or _suffixed(head, head.doc[head.i + 1])):
        return []  # the start of a phrase the parser cut off (アンドリー / ・シビハ外相): read with the rest
    tokens = phrase_tokens(head)
    group = _group(head, tokens)
    if group:
        return group
    if head.text in lex.REFLEXIVE_COUNTRY:
        # 自国のエネルギー施設: the country of the sentence's topic (who is speaking of their own country)
        topic = next((t for t in sentence_of(head) if t.i < head.i and _topic_marked(t) and read_actor(t)), None)
        if topic is None:
            return []
        return [_mention(tokens, 0, len(tokens) - 1, "anaphor", read_actor(topic)[0])]
    if head.text in lex.COUNTED_COUNTRIES and len(tokens) >= 2 and tokens[-2].pos_ == "NUM" \
            and all(m.kind == "role" for m in read_phrase(tokens)):  # (3カ国 alone reads as a bare role)
        # 日本、米国、豪州、フィリピンの4か国: the countries listed; 日米豪比4か国: those named in it; a bare
        # 4か国 later: the last group of that many countries the article named (never a guess among the last
        # countries mentioned)
        from kg.extract.ja.frames import coordinated

        number = _number(tokens[-2].text)
        listed = _of_phrase(head)
        members = [m for t in coordinated(listed) for m in read_actor(t)] if listed is not None else []
        named = [m for m in read_phrase(tokens[:-2]) if m.kind == "country"] if len(tokens) > 2 else []
        found = members if len(members) > 1 else named
        groups = _COUNTED.setdefault(head.doc, {})
        if found:
            groups[number] = found
            return found
        # (the members, placed where the group is written: the relation is this sentence's)
        start, end = tokens[0].idx, head.idx + len(head.text)
        return [replace(m, start=start, end=end) for m in groups.get(number, [])]
    if len(tokens) == 1 and head.text in lex.COUNTRY_HEADS:
        owner = _of_owner(head)
        if owner is not None and owner.kind in ("country", "organization"):
            return _side_owners(head, owner)  # タイの政府, 中国の当局: the country, never the default Japan
    if len(tokens) == 1 and head.lemma_ in lex.ISSUER_NOUNS and _subject_marker(head):
        # 声明は…と指摘した: a statement as the subject speaks for whoever issued it, its の-owner or the
        # actor the text was about (resolved when linking)
        owner = _of_owner(head)
        return [owner] if owner is not None else [_mention(tokens, 0, 0, "anaphor")]
    if len(tokens) == 1 and head.text in ("政府", "当局") and _of_owner(head) is None:
        home = _home_of_sentence(head)
        if home is not None:
            return [home]  # インドネシア国内でも、…政府の対応を批判している: that country's government
    if len(tokens) == 1 and head.text in lex.BOTH_SIDES:
        sides = _sides(head)
        if len(sides) > 1:
            return sides
    mentions = read_phrase(tokens)
    if len(mentions) == 1 and mentions[0].kind in ("person", "role") and mentions[0].affiliation is None:
        owner = _of_owner(head)
        listed = _of_phrase(head)
        several = read_actor(listed) if owner is None and listed is not None else []
        if mentions[0].kind == "role" and len(several) > 1:
            # 日本、米国、豪州、フィリピンの4か国の防衛相: the holders of that office the article named for each
            # country (小泉防衛相, ヘグセス国防長官, ...), else an unnamed official of each country listed
            return _office_holders(head, tokens, several) or [replace(mentions[0], affiliation=o) for o in several]
        if owner is not None and owner.kind in ("country", "organization") and _stands_for_owner(tokens):
            return _side_owners(head, owner)  # エジプトの仲介団, 中国の当局: the side itself
        if owner is None and head.lemma_ in lex.DOMESTIC_ROLES and not _foreign(head.doc, mentions[0]) \
                and not _known_abroad(mentions[0]):
            owner = _domestic(head)
        if owner is not None and owner.kind == "government" and head.lemma_ in lex.UNIT_NOUNS:
            return [owner]  # タイ軍の兵士が発砲した: the soldiers of a named body are that body
        if owner is not None and mentions[0].kind == "role" and owner.kind == "anaphor" \
                and owner.text in lex.BOTH_SIDES:
            # 両国の外相は会談した: the last two holders of that office the article named, of two countries
            pair = _last_holders(head, tokens, 2)
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
    return _merge_title(_split_titles(tokens))[-1].text in lex.COUNTRY_HEADS


def _of_owner(head) -> Mention | None:
    child = _of_phrase(head)
    found = read_actor(child) if child is not None else []
    return found[0] if len(found) == 1 else None


def _of_phrase(head):
    """The token of the の-phrase before the phrase of ``head``, whichever word of the phrase the parser hangs
    it on (ウクライナの / アンドリー・シビハ外相 cut apart)."""
    from kg.extract.ja.frames import marker

    tokens = phrase_tokens(head)
    for tok in (head, *tokens[:-1]):
        for child in tok.children:
            if child.dep_ == "nmod" and marker(child) == "の" and child.i < tokens[0].i and read_actor(child):
                return child
    return None


def _side_owners(head, owner: Mention) -> list[Mention]:
    """The owner of a delegation or side and the actors coordinated with it: ロシアとウクライナの代表団."""
    from kg.extract.ja.frames import coordinated

    child = _of_phrase(head)
    members = [m for t in coordinated(child) for m in read_actor(t)] if child is not None else []
    return members if len(members) > 1 and all(m.kind in ("country", "organization") for m in members) else [owner]
