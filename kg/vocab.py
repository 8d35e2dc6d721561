"""The vocabulary: relation properties and the gazetteer, read once from ``ontologies/`` into plain values.

The Turtle files are the single source of truth; nothing else in kg spells a relation or a country name.
pyoxigraph reads them here, and what leaves this module is frozen data.

>>> vocabulary().relation("warns").goldstein
-6.0
>>> gazetteer().lookup("米国").pref_en
'United States'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from kg.errors import VocabularyError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontologies"
NS = "https://w3id.org/kg-news/ns#"
ID = "https://w3id.org/kg-news/id/"


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The form names are compared in: NFKC, no surrounding space, lower-case Latin without accents (Szijjártó
    and Szijjarto are one name, as news in English often writes it; the marks of kana are kept). (Kept for each
    text: the linker and the rules look the same few names up again and again, 28,000 times for 100 short
    articles.)"""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", "".join(_unaccented(unicodedata.normalize("NFD", text))))


def _unaccented(decomposed: str):
    base = ""
    for ch in decomposed:
        if unicodedata.combining(ch) and base.isascii():
            continue  # an accent on a Latin letter
        if not unicodedata.combining(ch):
            base = ch
        yield ch


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationType:
    name: str
    label_en: str
    label_ja: str
    cues_ja: tuple[str, ...]
    cues_en: tuple[str, ...]
    cameo: str | None
    goldstein: float | None
    symmetric: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    """A gazetteer entry: a country or an international organisation."""

    key: str  # "country/US", "org/UN"
    kind: str  # "country", "international" or "organization" (non-state: Hamas, Hezbollah)
    pref_en: str
    pref_ja: str
    names: tuple[tuple[str, str], ...]  # every (label, lang), preferred first
    abbreviations: tuple[str, ...]
    metonyms: tuple[str, ...]
    iso: str | None
    same_as: str | None
    localities: tuple[str, ...] = ()  # cities and regions inside the country (ハルキウ, Kharkiv): its place, not its name


@dataclass(frozen=True, slots=True)
class Vocabulary:
    relations: tuple[RelationType, ...]

    def relation(self, name: str) -> RelationType:
        for rel in self.relations:
            if rel.name == name:
                return rel
        known = ", ".join(r.name for r in self.relations)
        raise VocabularyError(f"unknown relation {name!r}; the ontology defines: {known}")

    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.relations)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: tuple[Place, ...]
    by_name: dict  # normalised name or metonym -> Place
    by_abbreviation: dict  # single character (日, 米, ロ) -> Place

    def lookup(self, text: str) -> Place | None:
        return self.by_name.get(normalize(text))

    def abbreviation(self, char: str) -> Place | None:
        return self.by_abbreviation.get(char)

    def get(self, key: str) -> Place:
        for place in self.places:
            if place.key == key:
                return place
        raise VocabularyError(f"no gazetteer entry {key!r}")


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_OWL = "http://www.w3.org/2002/07/owl#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True, slots=True)
class _Triples:
    """A Turtle file's triples by subject and predicate: IRIs as str, literals as (text, language or None),
    each object once, in the order of the file."""

    by_subject: dict  # subject -> {predicate -> {object: None}}

    def subjects(self, predicate: str, obj) -> list[str]:
        return sorted(s for s, props in self.by_subject.items() if obj in props.get(predicate, ()))

    def objects(self, subject: str, predicate: str) -> list:
        return list(self.by_subject.get(subject, {}).get(predicate, ()))

    def value(self, subject: str, predicate: str):
        return next(iter(self.objects(subject, predicate)), None)


def _graph(name: str) -> _Triples:
    """The triples of a Turtle file, read by pyoxigraph: rdflib's parser and Graph took 0.13 s of the 0.17 s every
    process spent reading the vocabulary (0.03 s in all now)."""
    import pyoxigraph as ox

    path = ONTOLOGY_DIR / name
    if not path.exists():
        raise VocabularyError(f"{path}: the ontology file is missing")
    by_subject: dict = {}
    try:
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            o = q.object
            value = (o.value, o.language or None) if isinstance(o, ox.Literal) else o.value
            by_subject.setdefault(q.subject.value, {}).setdefault(q.predicate.value, {})[value] = None
    except SyntaxError as exc:
        raise VocabularyError(f"{path}: not valid Turtle ({exc})") from None
    return _Triples(by_subject)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A person of ``ontologies/people.ttl``: a head of state, minister or spokesperson news names often."""

    key: str  # "person/Q7747"
    pref_en: str
    pref_ja: str
    names: tuple[tuple[str, str], ...]
    acts_for: str | None  # a gazetteer key: "country/RU", "org/UN"
    same_as: str | None


@dataclass(frozen=True, slots=True)
class People:
    people: tuple[Person, ...]
    by_name: dict

    def lookup(self, text: str) -> Person | None:
        found = self.by_name.get(normalize(text))
        folded = _folded(text)  # (a short name folded could be another's: only names of five letters or more)
        found = found if found is not None or len(folded) < 5 else self.by_name.get(folded)
        if found is None and "・" in text:
            # (レジェプ・タイイップ・エルドアン: a full name spelt otherwise than ours, whose family name is a known
            # person's and whose first name starts as theirs does)
            parts = text.split("・")
            known = self.by_name.get(normalize(parts[-1]))
            first = known.pref_ja.split("・")[0] if known is not None and "・" in known.pref_ja else ""
            if first and len(parts[0]) >= 2 and _folded(first)[:2] == _folded(parts[0])[:2]:
                found = known
        return found


@cache
def people() -> People:
    """Named people with the country or organisation they act for (``ontologies/people.ttl``).

    >>> people().lookup("プーチン").acts_for
    'country/RU'
    """
    g = _graph("people.ttl")
    found, by_name = [], {}
    for node in g.subjects(_RDF_TYPE, NS + "Person"):
        pref, alts = _labels(g, node)
        acts, same = g.value(node, NS + "actsFor"), g.value(node, _OWL + "sameAs")
        person = Person(key=node[len(ID):], pref_en=pref.get("en", ""), pref_ja=pref.get("ja", ""),
                        names=((pref.get("en", ""), "en"), (pref.get("ja", ""), "ja"), *alts),
                        acts_for=acts[len(ID):] if acts is not None else None, same_as=same)
        found.append(person)
        for text, _ in person.names:
            if text:
                by_name.setdefault(normalize(text), person)
                by_name.setdefault(normalize(text.replace("・", "").replace(" ", "")), person)
                folded = _folded(text)
                if len(folded) >= 5:
                    by_name.setdefault(folded, person)
    return People(tuple(found), by_name)


def _folded(text: str) -> str:
    """A name with the marks that transliterations of one foreign name disagree on left out: the small ッ, the long
    vowel ー and the ・ between parts (レジェップ・タイップ・エルドアン and レジェプ・タイップ・エルドアン are one man)."""
    return normalize(text).translate(_FOLD)


_FOLD = str.maketrans("", "", "ッー・ 　")


@cache
def vocabulary() -> Vocabulary:
    """The relation properties of ``ontologies/kg.ttl``."""
    g = _graph("kg.ttl")
    rels = []
    for prop in g.subjects(_RDF_TYPE, _OWL + "ObjectProperty"):
        name = prop[len(NS):]
        labels = {lang: text for text, lang in g.objects(prop, _SKOS + "prefLabel")}
        if not labels:
            continue  # statement metadata (kg:article, kg:attributedTo, kg:actsFor), not a relation
        cameo = g.value(prop, NS + "cameoRoot")
        goldstein = g.value(prop, NS + "goldstein")
        cues = g.objects(prop, NS + "cue")
        rels.append(RelationType(
            name=name,
            label_en=labels.get("en", name),
            label_ja=labels.get("ja", name),
            cues_ja=tuple(sorted(text for text, lang in cues if lang == "ja")),
            cues_en=tuple(sorted(text for text, lang in cues if lang == "en")),
            cameo=cameo[0] if cameo is not None else None,
            goldstein=float(goldstein[0]) if goldstein is not None else None,
            symmetric=_OWL + "SymmetricProperty" in g.objects(prop, _RDF_TYPE),
        ))
    return Vocabulary(tuple(rels))


@cache
def gazetteer() -> Gazetteer:
    """Countries and international organisations of ``ontologies/gazetteer.ttl``."""
    g = _graph("gazetteer.ttl")
    places = []
    classes = (("Country", "country"), ("InternationalOrganization", "international"), ("Organization", "organization"))
    for cls, kind in classes:
        for node in g.subjects(_RDF_TYPE, NS + cls):
            pref, alts = _labels(g, node)
            iso = g.value(node, NS + "iso3166")
            places.append(Place(
                key=node[len(ID):],
                kind=kind,
                pref_en=pref.get("en", ""),
                pref_ja=pref.get("ja", pref.get("en", "")),
                names=((pref.get("en", ""), "en"), (pref.get("ja", ""), "ja"), *alts),
                abbreviations=tuple(sorted(text for text, _ in g.objects(node, NS + "abbreviation"))),
                metonyms=tuple(sorted(text for text, _ in g.objects(node, NS + "metonym"))),
                localities=tuple(sorted(text for text, _ in g.objects(node, NS + "locality"))),
                iso=iso[0] if iso is not None else None,
                same_as=g.value(node, _OWL + "sameAs"),
            ))
    return _index(tuple(places))


def _labels(g: _Triples, node: str) -> tuple[dict, list]:
    """The preferred label per language and the sorted (altLabel, language) pairs of a node."""
    pref = {lang: text for text, lang in g.objects(node, _SKOS + "prefLabel")}
    return pref, sorted((text, lang or "") for text, lang in g.objects(node, _SKOS + "altLabel"))


def _index(places: tuple[Place, ...]) -> Gazetteer:
    by_name: dict = {}
    by_abbr: dict = {}
    for place in places:
        for text in (*(n for n, _ in place.names), *place.metonyms, *place.localities):
            if text:
                by_name.setdefault(normalize(text), place)
        for abbr in place.abbreviations:
            by_abbr.setdefault(abbr, place)
    return Gazetteer(places, by_name, by_abbr)
