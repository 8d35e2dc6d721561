"""Places in a Japanese noun phrase: the longest name the gazetteer knows, or a run of one-character
abbreviations (日米韓, 中ロ, 対ロ, 米国務省), which stand for places only in compounds of places and titles:
never a lone 中 or 米, a date (24日) or a suffix (訪米中: "during").
"""
from __future__ import annotations

from functools import lru_cache
from weakref import WeakKeyDictionary

from kg.extract import doc_text
from kg.extract.ja.names import all_kanji
from kg.extract.ja.units import span_mention, title_split, unit_of
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import Place, gazetteer


def places_at(tokens: list, i: int, doc=None) -> tuple[list[tuple[Place, int, int, Mention]], int]:
    """Places starting at token i: the longest gazetteer name (or, in ``doc``, the short name of a country it names
    in full), or a run of one-character abbreviations.

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
        if place is None and doc is not None:
            place = short_forms(doc).get(name)
        if place is not None:
            return [(place, i, j - 1, _place_mention(tokens, place, i, j - 1))], j
    tok = tokens[i]
    listed = i + 1 < len(tokens) and is_abbreviation(tokens[i + 1]) and tokens[i + 1].idx == tok.idx + len(tok.text)
    if ("助数詞" in tok.tag_ and not listed) or (i > 0 and tokens[i - 1].text[-1:].isdigit()):
        return [], i + 1  # 24日 is a date, not Japan (but 日 / 米豪比 is)
    if len(tok.text) == 1 and "人名-姓" in tok.tag_ and i + 1 < len(tokens) and "人名-名" in tokens[i + 1].tag_ \
            and tokens[i + 1].idx == tok.idx + 1:
        return [], i + 1  # (韓 / 正 国務院副首相: a surname the tagger reads so, before a given name, is no place)
    abbrs = [gaz.abbreviation(ch) for ch in tok.text]
    if not all(abbrs) or _region(tokens, i):  # (中米コスタリカ: Central America, not China and the US)
        return [], i + 1  # (a word that is not all abbreviations: none of the checks below can make it places)
    after_prefix = tok.before in lex.OBJECT_PREFIXES
    # 日米, 日米韓, 中ロ, 対ロ, 米国務省: one-character forms only in compounds of places and titles,
    # never a lone 中 or 米, nor a suffix (訪米中: "during")
    neighbours = [tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    # (豪NZ, 日EU: also beside a place written in full)
    in_compound = any(is_abbreviation(n) or unit_of(n) in ("role", "body", "countryhead") or title_split(n.text)
                      or _adjacent(n, tok) and gaz.lookup(n.text) is not None for n in neighbours)
    # (a suffix is no place, 訪米中, unless a title follows: トランプ米大統領, where 米 is tagged a suffix)
    # (or one word on: ランドー米国務副長官, 国務 / 副長官 cut apart)
    titled = i + 1 < len(tokens) and (unit_of(tokens[i + 1]) in ("role", "body") or (
        i + 2 < len(tokens) and unit_of(tokens[i + 2]) in ("role", "body") and all_kanji(tokens[i + 1].text)))
    # (nor when it continues a list of two or more: 米英 / 仏, where 仏 is tagged a suffix)
    # (or after one abbreviation the tagger cut off: 米 / 中が合意した, 米 / 中の合意, where 中 is tagged "during"; not
    # a day, 3日 / 中に)
    before = tokens[i - 1] if i > 0 else None
    continued = before is not None and is_abbreviation(before) and before.idx + len(before.text) == tok.idx and (
        len(before.text) >= 2 or "助数詞" not in before.tag_ and not (i > 1 and tokens[i - 2].text[-1:].isdigit()))
    if all(abbrs) and (len(tok.text) > 1 or after_prefix or in_compound or titled) \
            and (not tok.tag_.startswith("接尾辞") or titled or continued):
        return [(p, i, i, Mention(text=ch, start=tok.idx + k, end=tok.idx + k + 1, kind=_kind(p)))
                for k, (ch, p) in enumerate(zip(tok.text, abbrs))], i + 1
    return [], i + 1


def short_forms(doc) -> dict[str, Place]:
    """コンゴ in an article that named コンゴ民主共和国: the short names of the countries the article names in full, their
    word of statehood left off (民主共和国, 共和国, 連邦, 王国), each the only country of the article it can stand for."""
    found = _SHORT.get(doc)
    if found is None:
        text = doc_text(doc)
        seen: dict[str, set] = {}
        for name, short, place in _statehood_names():
            if name in text:
                seen.setdefault(short, set()).add(place)
        found = _SHORT[doc] = {short: next(iter(p)) for short, p in seen.items() if len(p) == 1}
    return found


@lru_cache(maxsize=1)
def _statehood_names() -> tuple:
    """(full name, short name, country) for every country name of the gazetteer that ends with a word of statehood,
    its short name no gazetteer name of its own (worked out once: the gazetteer has thousands of names)."""
    gaz = gazetteer()
    return tuple((name, name[:-len(word)], place) for name, place in gaz.by_name.items() if place.kind == "country"
                 for word in lex.STATEHOOD_WORDS if name.endswith(word) and len(name) - len(word) >= 2
                 and gaz.lookup(name[:-len(word)]) is None)


_SHORT: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {short name: the country named in full}


def _region(tokens: list, i: int) -> bool:
    """中米コスタリカ, 中米の, 中米諸国: a region's name written like two abbreviations, when what follows is a place in
    it or a word for its countries (not 中米両国, 中米関係: China and the US)."""
    if tokens[i].text not in lex.REGION_WORDS:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is not None and (after.text in ("の", "諸国", "各国", "地域") or gazetteer().lookup(after.text) is not None)


def _adjacent(a, b) -> bool:
    """Written with nothing between them."""
    first, second = (a, b) if a.idx < b.idx else (b, a)
    return first.idx + len(first.text) == second.idx


@lru_cache(maxsize=1)
def _longest_name() -> int:
    """The length of the longest name the gazetteer knows (a phrase longer than that is never one name)."""
    return max(len(name) for name in gazetteer().by_name) + 2  # (with room for what normalising changes)


def headline_abbreviation(tok) -> bool:
    """印は反発, 露が攻撃, 米、…: a lone one-character abbreviation that opens a headline clause (at the line's start
    or after the space that ends the clause before) and is its subject (は, が, も or a comma after it)."""
    if len(tok.text) != 1 or not gazetteer().abbreviation(tok.text) or "固有名詞" in tok.tag_ and tok.ent_type_:
        return False
    doc = tok.doc
    opens = tok.i == 0 or doc[tok.i - 1].text in ("。", "　", " ") or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_
    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if not opens or after not in ("は", "が", "も", "、"):
        return False
    from kg.extract.ja.subjects import in_headline  # (subjects reads phrases, which read this module)

    return in_headline(tok)


def posted_at(tokens) -> list[Mention]:
    """The countries an envoy named in the phrase is posted in: 駐リトアニア大使, 在日大使 (駐日 as one token)."""
    found = []
    for k, tok in enumerate(tokens):
        if tok.text in lex.POSTED_IN and k + 1 < len(tokens):
            places, _ = places_at(tokens, k + 1)
            found += [m for p, _a, _b, m in places if p.kind == "country"]
        elif len(tok.text) > 1 and tok.text[0] in lex.POSTED_IN:
            place = gazetteer().lookup(tok.text[1:]) or (
                gazetteer().abbreviation(tok.text[1:]) if len(tok.text) == 2 else None)
            if place is not None and place.kind == "country":
                found.append(Mention(text=tok.text[1:], start=tok.idx + 1, end=tok.idx + len(tok.text), kind="country"))
    return found


def is_abbreviation(tok) -> bool:
    gaz = gazetteer()
    return bool(tok.text) and all(gaz.abbreviation(ch) for ch in tok.text)


def _kind(place: Place) -> str:
    return "country" if place.kind == "country" else "organization"  # linking tells IOs from groups


def _place_mention(tokens: list, place: Place, first: int, last: int) -> Mention:
    return span_mention(tokens, first, last, _kind(place))


def place_of(text: str) -> Place | None:
    """The gazetteer entry a name or a one-character abbreviation (米, 中) stands for."""
    return gazetteer().lookup(text) or (gazetteer().abbreviation(text) if len(text) == 1 else None)


def place_key(m: Mention) -> str | None:
    place = place_of(m.text)
    return place.key if place is not None else None
