"""The vocabulary: relation properties and the gazetteer, read once from ``ontologies/`` into plain values.

The Turtle files are the single source of truth; nothing else in kg spells a relation or a country name.
rdflib (fed by pyoxigraph's parser) is used only to read them here; what leaves this module is frozen data.

>>> vocabulary().relation("warns").goldstein
-6.0
>>> gazetteer().lookup("米国").pref_en
'United States'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import VocabularyError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontologies"
NS = "https://w3id.org/kg-news/ns#"
ID = "https://w3id.org/kg-news/id/"


def normalize(text: str) -> str:
    """The form names are compared in: NFKC, no surrounding space, lower-case Latin."""
    return unicodedata.normalize("NFKC", text).strip().lower()


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


def _graph(name: str):
    """The Turtle file as an rdflib Graph, read by pyoxigraph's parser (rdflib's own took 0.15 s of every
    process that reads the vocabulary, twice as long); the terms are rdflib's, as its parser makes them."""
    import pyoxigraph as ox
    import rdflib

    path = ONTOLOGY_DIR / name
    if not path.exists():
        raise VocabularyError(f"{path}: the ontology file is missing")
    g = rdflib.Graph()
    try:
        g.addN((*map(_rdflib_term, (q.subject, q.predicate, q.object)), g)
               for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise VocabularyError(f"{path}: not valid Turtle ({exc})") from None
    return g


def _rdflib_term(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"  # a plain literal to rdflib


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
        return self.by_name.get(normalize(text))


@cache
def people() -> People:
    """Named people with the country or organisation they act for (``ontologies/people.ttl``).

    >>> people().lookup("プーチン").acts_for
    'country/RU'
    """
    from rdflib import OWL, RDF, Namespace

    kg = Namespace(NS)
    g = _graph("people.ttl")
    found, by_name = [], {}
    for node in sorted(set(g.subjects(RDF.type, kg.Person))):
        pref, alts = _labels(g, node)
        acts, same = g.value(node, kg.actsFor), g.value(node, OWL.sameAs)
        person = Person(key=str(node)[len(ID):], pref_en=pref.get("en", ""), pref_ja=pref.get("ja", ""),
                        names=((pref.get("en", ""), "en"), (pref.get("ja", ""), "ja"), *alts),
                        acts_for=str(acts)[len(ID):] if acts is not None else None,
                        same_as=str(same) if same is not None else None)
        found.append(person)
        for text, _ in person.names:
            if text:
                by_name.setdefault(normalize(text), person)
                by_name.setdefault(normalize(text.replace("・", "").replace(" ", "")), person)
    return People(tuple(found), by_name)


@cache
def vocabulary() -> Vocabulary:
    """The relation properties of ``ontologies/kg.ttl``."""
    from rdflib import OWL, RDF, Namespace
    from rdflib.namespace import SKOS

    kg = Namespace(NS)
    g = _graph("kg.ttl")
    rels = []
    for prop in sorted(set(g.subjects(RDF.type, OWL.ObjectProperty))):
        name = str(prop)[len(NS):]
        labels = {lit.language: str(lit) for lit in g.objects(prop, SKOS.prefLabel)}
        if not labels:
            continue  # statement metadata (kg:article, kg:attributedTo, kg:actsFor), not a relation
        cameo = g.value(prop, kg.cameoRoot)
        goldstein = g.value(prop, kg.goldstein)
        rels.append(RelationType(
            name=name,
            label_en=labels.get("en", name),
            label_ja=labels.get("ja", name),
            cues_ja=tuple(sorted(str(c) for c in g.objects(prop, kg.cue) if c.language == "ja")),
            cues_en=tuple(sorted(str(c) for c in g.objects(prop, kg.cue) if c.language == "en")),
            cameo=str(cameo) if cameo is not None else None,
            goldstein=float(goldstein) if goldstein is not None else None,
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in g,
        ))
    return Vocabulary(tuple(rels))


@cache
def gazetteer() -> Gazetteer:
    """Countries and international organisations of ``ontologies/gazetteer.ttl``."""
    from rdflib import OWL, RDF, Namespace

    kg = Namespace(NS)
    g = _graph("gazetteer.ttl")
    places = []
    classes = ((kg.Country, "country"), (kg.InternationalOrganization, "international"), (kg.Organization, "organization"))
    for cls, kind in classes:
        for node in sorted(set(g.subjects(RDF.type, cls))):
            pref, alts = _labels(g, node)
            same = g.value(node, OWL.sameAs)
            iso = g.value(node, kg.iso3166)
            places.append(Place(
                key=str(node)[len(ID):],
                kind=kind,
                pref_en=pref.get("en", ""),
                pref_ja=pref.get("ja", pref.get("en", "")),
                names=((pref.get("en", ""), "en"), (pref.get("ja", ""), "ja"), *alts),
                abbreviations=tuple(sorted(str(a) for a in g.objects(node, kg.abbreviation))),
                metonyms=tuple(sorted(str(m) for m in g.objects(node, kg.metonym))),
                iso=str(iso) if iso is not None else None,
                same_as=str(same) if same is not None else None,
            ))
    return _index(tuple(places))


def _labels(g, node) -> tuple[dict, list]:
    """The preferred label per language and the sorted (altLabel, language) pairs of a node."""
    from rdflib.namespace import SKOS

    pref = {lit.language: str(lit) for lit in g.objects(node, SKOS.prefLabel)}
    return pref, sorted((str(lit), lit.language or "") for lit in g.objects(node, SKOS.altLabel))


def _index(places: tuple[Place, ...]) -> Gazetteer:
    by_name: dict = {}
    by_abbr: dict = {}
    for place in places:
        for text in (*(n for n, _ in place.names), *place.metonyms):
            if text:
                by_name.setdefault(normalize(text), place)
        for abbr in place.abbreviations:
            by_abbr.setdefault(abbr, place)
    return Gazetteer(places, by_name, by_abbr)
