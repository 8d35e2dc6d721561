"""Non-state groups an article defines: a name followed by its acronym in parentheses, the name quoted or
headed by a group noun (準軍事組織「即応支援部隊」（RSF）, 国民統一政府（NUG）); later the name or the acronym
alone names the group.
"""
from __future__ import annotations

from weakref import WeakKeyDictionary

from kg.extract.ja.phrases import phrase_tokens, read_phrase
from kg.lang import ja as lex
from kg.types import Mention


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
            tokens = _without_class(tokens)
        name = "".join(t.text for t in tokens)
        if len(name) >= 2 and not any(m.kind in ("country", "organization", "person") for m in read_phrase(tokens)):
            found[name] = found[acronym] = name
    _GROUPS[doc] = found
    return found


def _without_class(tokens: list) -> list:
    """武装勢力パキスタン・タリバン運動: the kind of group written before its name is no part of the name."""
    for k in range(len(tokens) - 1, 0, -1):
        if "".join(t.text for t in tokens[:k]) in lex.GROUP_CLASSES:
            return tokens[k:]
    return tokens


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isascii() and text.isalpha() and text.isupper()


_GROUPS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {name or acronym: name}


def named_group(head, tokens) -> list[Mention]:
    groups = _groups(head.doc)
    if not groups:
        return []
    text = "".join(t.text for t in tokens)
    for span in (text, head.text, "".join(t.text for t in tokens[-3:])):
        if span in groups:
            first = tokens[0] if span == text else head
            return [Mention(text=groups[span], start=first.idx, end=head.idx + len(head.text), kind="group")]
    return []
