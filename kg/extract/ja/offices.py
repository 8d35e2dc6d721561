"""The holders of an office named earlier: 4か国の防衛相 after 小泉防衛相, ヘグセス国防長官…; 両国の外相 after the
two foreign ministers (防衛相, 国防長官 and 国防相 are one office).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract import doc_text
# (actors imports this module while it loads: read_actor is called through the module)
from kg.extract.ja import actors
from kg.extract.ja.phrases import phrase_tokens
from kg.extract.ja.places import place_key
from kg.lang import ja as lex
from kg.types import Mention
from kg.vocab import people


def office_holders(head, tokens, countries: list[Mention]) -> list[Mention]:
    """The people named earlier with a title of the office ``head`` names, the last one for each country, placed
    where the office is written; none unless every country has one."""
    keys = [place_key(c) for c in countries]
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


def last_holders(head, tokens, count: int) -> list[Mention]:
    """The last ``count`` people named before ``head`` with a title of its office, each of another country, when
    they were named in one paragraph (インドの…外相は…中国の王毅外相と会談した。両国の外相は…): holders named apart,
    with others between (ガイアナの外相 …; スリナムの外相 …; ベネズエラの外相 …), leave 両国 to stand for the two
    sides of the article."""
    found: dict[str, Mention] = {}
    for tok, m, key in _holders(head, reversed(head.doc[:tokens[0].i])):
        if key not in found:
            found[key] = m
            first = tok
        if len(found) == count:
            if _paragraph_start(head.doc, first.idx) != _paragraph_start(head.doc, max(m.start for m in found.values())):
                return []
            return _placed_at(head, tokens, list(found.values()))
    return []


def _paragraph_start(doc, idx: int) -> int:
    return doc_text(doc).rfind("\n", 0, idx)


def _holders(head, candidates):
    """(token, person, country key) for each person named with a title of the office ``head`` names (防衛相,
    国防長官, 国防相 are one office), among the candidate tokens in their order."""
    family = lex.ROLE_FAMILIES.get(head.lemma_)
    if family is None:
        return
    for tok in candidates:
        if tok.pos_ in ("NOUN", "PROPN") and "".join(t.text for t in phrase_tokens(tok)).endswith(tuple(family)):
            for m in actors.read_actor(tok):
                key = _person_country(m) if m.kind == "person" else None
                if key is not None:
                    yield tok, m, key


def _placed_at(head, tokens, people: list[Mention]) -> list[Mention]:
    """The people, placed where the office is written (the relation is that sentence's)."""
    start, end = tokens[0].idx, head.idx + len(head.text)
    return [replace(m, start=start, end=end, affiliation=None) for m in people]


def _person_country(m: Mention) -> str | None:
    """The country a person acts for: the first place in their affiliations, else the people gazetteer's."""
    node = m.affiliation
    while node is not None:
        key = place_key(node)
        if key is not None:
            return key
        node = node.affiliation
    person = people().lookup(m.text)
    return person.acts_for if person is not None else None
