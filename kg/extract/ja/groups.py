"""Non-state groups an article defines: a name followed by its acronym in parentheses, the name quoted or
headed by a group noun (準軍事組織「即応支援部隊」（RSF）, 国民統一政府（NUG）); later the name or the acronym
alone names the group.

State companies an article introduces by what they are (ロシア国営ガス企業ガスプロム, ロシア国営原子力企業ロスアトム):
a body of that country, here and wherever the name comes again alone (ロスアトムのリハチョフ社長).
"""
from __future__ import annotations

from dataclasses import replace
from weakref import WeakKeyDictionary

from kg.extract import doc_text, original_offset
from kg.extract.ja import frames
from kg.extract.ja.names import all_katakana
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
    text = doc_text(doc)
    words = [t.text for t in doc]  # (read once: both passes below look at every token)
    for k in (range(1, len(doc) - 2) if "（" in text or "(" in text else ()):  # (no parentheses, no acronyms)
        acronym = words[k + 1]
        if words[k] not in ("（", "(") or words[k + 2] not in ("）", ")") or not _acronym(acronym):
            continue
        before = doc[k - 1]
        # (「カレン民族解放軍（KNLA）」: the acronym written inside the quotation, after the quoted name)
        inside = next((t.i for t in reversed(doc[max(0, k - 12):k]) if t.text in ("「", "『", "」", "』")), None)
        if before.text in ("」", "』"):
            opening = next((t.i for t in reversed(doc[:before.i]) if t.text in ("「", "『")), None)
            tokens = list(doc[opening + 1:before.i]) if opening is not None and before.i - opening < 12 else []
        elif inside is not None and doc[inside].text in ("「", "『") and doc[k + 3].text in ("」", "』"):
            tokens = list(doc[inside + 1:k])
        else:
            tokens = phrase_tokens(before) if before.lemma_.endswith(tuple(lex.GROUP_HEADS)) else []
            tokens = _without_class(tokens)
        name = "".join(t.text for t in tokens)
        if len(name) >= 2 and not any(m.kind in ("country", "organization", "person") for m in read_phrase(tokens)):
            found[name] = found[acronym] = name
    # 武装組織「ジェイシ・アドル」, ハッカー集団「APT31」: a quoted name right after the kind of group it is
    for k in (range(1, len(doc) - 2) if "「" in text else ()):
        if words[k] != "「" or not text[max(0, doc[k].idx - 12):doc[k].idx].endswith(lex.GROUP_KIND_ENDINGS):
            continue
        closing = next((t.i for t in doc[k + 1:k + 12] if t.text in ("」", "（", "(")), None)
        tokens = list(doc[k + 1:closing]) if closing is not None else []
        name = "".join(t.text for t in tokens)
        if 2 <= len(name) and name not in found and "、" not in name \
                and not any(m.kind in ("country", "organization", "person", "government") for m in read_phrase(tokens)):
            found[name] = name
    # 武装組織ポリサリオ戦線, 武装勢力パキスタン・タリバン運動: a name right after the kind of group it is, ending on a
    # word that heads a group's name (no quotation marks, no acronym)
    for tok in (doc if any(kind in text for kind in lex.GROUP_CLASSES) else ()):
        if tok.lemma_ not in lex.GROUP_HEADS or tok.dep_ == "compound" and tok.head.i == tok.i + 1:
            continue
        tokens = phrase_tokens(tok)
        named = _without_class(tokens)
        name = "".join(t.text for t in named)
        if len(named) < len(tokens) and len(named) >= 2 and name not in found \
                and any(t.pos_ == "PROPN" or all_katakana(t.text) for t in named[:-1]) \
                and not any(m.kind in ("country", "organization", "person", "government") for m in read_phrase(named)):
            found[name] = name
    _GROUPS[doc] = found
    return found


def _without_class(tokens: list) -> list:
    """武装勢力パキスタン・タリバン運動: the kind of group written before its name is no part of the name."""
    for k in range(len(tokens) - 1, 0, -1):
        if "".join(t.text for t in tokens[:k]) in lex.GROUP_CLASSES \
                and "".join(t.text for t in tokens[k:]) not in lex.GROUP_HEADS:  # (反政府勢力連合: no name left)
            return tokens[k:]
    return tokens


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isascii() and text.isalpha() and text.isupper()


_GROUPS: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {name or acronym: name}


def _companies(doc) -> dict[str, Mention]:
    """State companies the article introduces: [place] 国営 (…) 企業 [katakana name]. Maps the name to the place
    that owns it (its first introduction)."""
    memo = _COMPANIES.get(doc)
    if memo is not None:
        return memo
    found: dict[str, Mention] = {}
    text = doc_text(doc)
    for tok in (doc if any(word in text for word in lex.STATE_OWNED) else ()):  # (most articles have none)
        if tok.text not in lex.COMPANY_NOUNS or tok.i + 1 >= len(doc):
            continue
        name = []
        for t in doc[tok.i + 1:]:
            if not (all_katakana(t.text) or t.text in lex.NAME_JOINERS):
                break
            name.append(t)
        before = [t for t in phrase_tokens(name[-1]) if t.i < tok.i] if name else []
        # (a name, not a common word written in katakana: ロシア国営企業トップ is the company's head)
        if not any(t.text in lex.STATE_OWNED for t in before) or "".join(t.text for t in name) in lex.COMPANY_PEOPLE:
            continue
        owner = [t for t in before if t.text not in lex.STATE_OWNED][:1]
        places = [m for m in read_phrase(owner) if m.kind == "country"] if owner else []
        # (マレーシアの国営石油会社ペトロナス: the owner written with の)
        places = places or [m for c in name[-1].children if c.i < tok.i and frames.marker(c) == "の"
                            for m in read_phrase(phrase_tokens(c)) if m.kind == "country"][:1]
        if places:
            found.setdefault("".join(t.text for t in name), places[0])
    _COMPANIES[doc] = found
    return found


_COMPANIES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {company name: its country's mention}


def _aliases(doc) -> dict[str, Mention]:
    """Short names an article gives a state body in parentheses (国営のメキシコ石油公社（ペメックス）), which the
    parser never sees (kg.nlp.prepare takes such readings out): the short name -> the body, with its country."""
    memo = _ALIASES.get(doc)
    if memo is not None:
        return memo
    found: dict[str, Mention] = {}
    original = doc.user_data.get("kg.text")
    for pos, length in (doc.user_data.get("kg.removed", ()) if original is not None else ()):
        before = next((t for t in doc if t.idx + len(t.text) == pos), None)
        if before is None or not before.text.endswith(lex.STATE_BODY_ENDINGS):
            continue
        at = original_offset(doc, pos)
        alias = original[at:at + length].strip("（）() ")
        bodies = [m for m in read_phrase(phrase_tokens(before)) if m.kind == "government" and m.affiliation is not None]
        if len(alias) >= 2 and all_katakana(alias) and len(bodies) == 1:
            found[alias] = bodies[0]
    _ALIASES[doc] = found
    return found


_ALIASES: WeakKeyDictionary = WeakKeyDictionary()  # Doc -> {short name: the body's mention}


def aliased_body(head, tokens) -> list[Mention]:
    """ペメックス after 国営のメキシコ石油公社（ペメックス）: the body the article gave that short name."""
    aliases = _aliases(head.doc)
    body = aliases.get("".join(t.text for t in tokens)) if aliases else None
    if body is None:
        return []
    return [Mention(text=body.text, start=tokens[0].idx, end=head.idx + len(head.text), kind="government",
                    affiliation=replace(body.affiliation, start=tokens[0].idx, end=tokens[0].idx))]


def state_company(head, tokens) -> list[Mention]:
    """ガスプロム after ロシア国営ガス企業ガスプロム: a body of the country that owns it."""
    companies = _companies(head.doc)
    if not companies:
        return []  # (most articles introduce none)
    for k in range(len(tokens)):
        text = "".join(t.text for t in tokens[k:])
        # (the name alone, or after the words that introduce it: ロシア国営ガス企業 / ガスプロム)
        if text in companies and (k == 0 or any(t.text in lex.COMPANY_NOUNS for t in tokens[:k])):
            first = tokens[k]
            return [Mention(text=text, start=first.idx, end=head.idx + len(head.text), kind="government",
                            affiliation=companies[text])]
    return []


def named_group(head, tokens) -> list[Mention]:
    groups = _groups(head.doc)
    if not groups:
        return []
    text = "".join(t.text for t in tokens)
    # (the phrase that introduces the group may carry its kind before the name: 武装勢力パキスタン・タリバン運動)
    for span in (text, "".join(t.text for t in _without_class(tokens)), head.text, "".join(t.text for t in tokens[-3:])):
        if span in groups:
            first = tokens[0] if span == text else head
            return [Mention(text=groups[span], start=first.idx, end=head.idx + len(head.text), kind="group")]
    # (武装勢力「ファノ」に: GiNZA made the quoted name a compound after the kind of group, which heads the phrase)
    for c in head.children:
        if c.dep_ == "compound" and c.i > head.i and head.doc[c.i - 1].text in ("「", "『") and c.text in groups:
            return [Mention(text=groups[c.text], start=c.idx, end=c.idx + len(c.text), kind="group")]
    # (「カレン民族解放軍（KNLA）」の拠点: GiNZA hung the first words of the name on the kind of group before it)
    end = head.idx + len(head.text)
    for name in set(groups.values()):
        if name.endswith(head.text) and len(name) > len(head.text) and doc_text(head.doc)[end - len(name):end] == name:
            return [Mention(text=name, start=end - len(name), end=end, kind="group")]
    return []
