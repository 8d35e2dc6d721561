"""What a title or an office says about whom a person acts for, where the parse hides it: the envoy a name in
apposition to a posting belongs to (Russia's ambassador in Helsinki, Pavel Kuznetsov), an organisation the tagger
cut short in a title (Pacific Islands Forum Secretary General), a bloc's commissioner (European
Commissioner for Migration: the European Commission), and the countries a name's reported words act on (never the name's own).
"""
from __future__ import annotations

from kg.extract.en.names import place_key, place_of, place_or_demonym, placed, span_text
from kg.lang import en as lex
from kg.types import Mention


def posting_role(place):
    """Russia's ambassador in Helsinki, Pavel Kuznetsov: the parser may hang the name on the place an envoy is
    posted to; the role is then the envoy. The role noun, or None."""
    prep = place.head if place.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in _posting_preps(prep.head):
        return None
    role = prep.head
    return role if role.lemma_.lower() in lex.ENVOY_NOUNS | lex.CHAIR_NOUNS else None


def _posting_preps(role) -> frozenset:
    # (The chairperson of the African Union Commission, Mahmoud Ali Youssouf, called on ...: the parser hangs the name
    # on the body a chair heads, as it does on the place an envoy is posted to)
    return lex.POSTING_PREPS | {"of"} if role.lemma_.lower() in lex.CHAIR_NOUNS else lex.POSTING_PREPS


def posted_names(role) -> list:
    """The names in apposition to the place an envoy is posted to, or to the body a chair heads (see posting_role):
    the envoy's or the chair's names."""
    return [c for p in role.children if p.dep_ == "prep" and p.lower_ in _posting_preps(role) for g in p.children
            if g.dep_ == "pobj" for c in g.children if c.dep_ == "appos" and c.pos_ == "PROPN"] + [
        # (Michel Haddad and his Syrian counterpart, Marwan al-Qassab: the parser may hang the counterpart's name on
        # the name the role is joined to; a name right after the role and its comma is the role's)
        c for c in (role.head.children if role.dep_ == "conj" else ()) if c.dep_ == "appos" and c.pos_ == "PROPN"
        and c.left_edge.i == role.i + 2 and role.doc[role.i + 1].text == ","]


def organisation_in_title(title) -> Mention | None:
    """An organisation the gazetteer knows, written in a title in words the tagger did not take as one name."""
    for i in range(len(title)):
        for j in range(len(title), i + 1, -1):
            place = place_of(span_text(title[i:j]))
            if place is not None and place.kind != "country":
                return placed(place, title[i].idx, title[j - 1].idx + len(title[j - 1].text))
    return None


def commission(title) -> Mention | None:
    """European Commissioner for Migration X: a commissioner named with the word the bloc's commission is named by acts
    for that commission when the gazetteer knows one (the European Commission). One named with the bloc's abbreviation
    (EU Trade Commissioner Maros Sefcovic) acts for the bloc the title names, as the bloc's other officers do."""
    if not any(t.lower_ in lex.COMMISSIONER_WORDS for t in title):
        return None
    found = next((c for t in title if not t.text.isupper() for c in (place_of(f"{t.text} Commission"),)
                  if c is not None), None)
    return placed(found, title[0].idx, title[-1].idx + len(title[-1].text)) if found is not None else None


def acted_on(head) -> set:
    """The countries the clause of a name's verb acts on (its objects, at any depth: al-Rahawi threatened Israel;
    Castro said her government would not accept orders from Washington): never the name's own."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return set()
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    # (Prime Minister Andrej Babis went further, accusing Vienna of hypocrisy: and the participle that goes on with
    # what the name does)
    verbs += [c for v in verbs for c in v.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    # (not where it is done: told reporters in Mogadishu)
    direct = [t for v in verbs for t in (*v.children, *(g for p in v.children if p.dep_ == "prep" and p.lower_ != "in"
                                                          for g in p.children))]
    # (in what the name says, a place's own name on the reported verb's objects: would not accept orders from
    # Washington; not one in the reported subject, the diplomats in Vancouver)
    deep = [t for v in verbs for c in v.children if c.dep_ == "ccomp" for a in c.children
            if a.dep_ in ("dobj", "prep") for t in a.subtree if t.ent_type_ == "GPE" and t.pos_ == "PROPN"]
    # (criticised what he called "hasty decisions" by the Libyan authorities: whoever the thing named is by)
    named = [t for v in verbs for c in v.children if c.dep_ in ("ccomp", "pcomp") and any(
        w.lower_ == "what" for w in c.children) for p in c.children if p.dep_ == "prep" and p.lower_ == "by"
        for t in p.subtree]
    found = {place_key(m) for t in direct + deep if t.dep_ in ("dobj", "pobj") for m in (place_or_demonym(t),) if m}
    return found | {place_key(m) for t in named for m in (place_or_demonym(t),) if m}
