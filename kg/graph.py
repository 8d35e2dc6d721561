"""The graph: an rdflib Dataset with one named graph per article, and its networkx projection.

Each article's graph holds the article node, the direct triples of asserted relations (so plain SPARQL
works: ``?s kg:warns ?o``), a statement node per relation with its provenance, and the entities' types and
labels. Negated and hedged relations exist only as statement nodes, never as direct triples.
networkx is derived from the RDF (one source of truth).
"""
from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import networkx as nx
from rdflib import OWL, RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

from kg.types import Article, Entity, Statement
from kg.vocab import ID, NS, vocabulary

KG = Namespace(NS)
SCHEMA = Namespace("https://schema.org/")
_CLASS = {"person": KG.Person, "country": KG.Country, "government": KG.GovernmentBody,
          "organization": KG.Organization, "international": KG.InternationalOrganization}


def entity_iri(ent: Entity) -> URIRef:
    """An IRI from the entity's key; names stay readable (IRIs allow Unicode), unsafe characters are escaped.

    >>> str(entity_iri(Entity(key="person/ジェイク・サリバン", kind="person", labels=())))
    'https://w3id.org/kg-news/id/person/ジェイク・サリバン'
    """
    kind, _, name = ent.key.partition("/")
    safe = "".join(quote(ch, safe="") if ch in _UNSAFE or ch.isspace() else ch for ch in name)
    return URIRef(f"{ID}{kind}/{safe}")


_UNSAFE = set('<>"{}|\\^`#?/%[]@!$&\'()*+,;=')


def article_iri(article: Article) -> URIRef:
    return URIRef(f"{ID}article/{article.id}")


def graph_iri(article_id: str) -> URIRef:
    return URIRef(f"{ID}graph/{article_id}")


def new_dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in (("kg", KG), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS), ("owl", OWL),
                       ("wd", Namespace("http://www.wikidata.org/entity/")), ("kgid", Namespace(ID))):
        ds.bind(prefix, ns)
    return ds


def article_graph(article: Article, statements: Iterable[Statement], *, version: str = "") -> Graph:
    """One article's named graph: the article node, direct triples, statement nodes, entities.

    ``version`` records the extractor that read it (kg:extractorVersion), so that an unchanged article
    read by an unchanged extractor is not read again.
    """
    g = Graph(identifier=graph_iri(article.id))
    for triple in article_triples(article, statements, version=version):
        g.add(triple)
    return g


def article_ntriples(article: Article, statements: Iterable[Statement], *, version: str = "") -> str:
    """The same graph as ``article_graph``, as N-Triples (each triple once), which is what a build sends to
    the store: written straight from the triples, since filling an rdflib Graph first cost about as much as
    extracting the article."""
    written: dict[int, tuple] = {}  # id(term) -> (term, its N-Triples): held for the call, so no id is reused

    def nt(term) -> str:
        found = written.get(id(term))
        if found is None:
            found = written[id(term)] = (term, _nt_term(term))
        return found[1]

    # (a statement's node, its entities and the predicates recur as the same objects on most of its lines)
    lines = (f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in article_triples(article, statements, version=version))
    return "".join(dict.fromkeys(lines))


def article_triples(article: Article, statements: Iterable[Statement], *,
                    version: str = "") -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of one article's graph; an entity's triples come once per article."""
    node = article_iri(article)
    if version:
        yield node, KG.extractorVersion, Literal(version)
    yield node, RDF.type, KG.NewsArticle
    yield node, SCHEMA.headline, Literal(article.title, lang=article.lang)
    yield node, SCHEMA.url, Literal(article.source)
    yield node, SCHEMA.inLanguage, Literal(article.lang)
    if article.published:
        yield node, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)
    seen = _Seen(statements={}, entities={})
    for st in statements:
        yield from _statement_triples(node, st, seen, article.id)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Seen:
    """What an article's triples already hold: statement nodes (by the Statement's identity) and entities."""

    statements: dict[int, URIRef]
    entities: dict[Entity, URIRef]


def _entity_triples(ent: Entity, seen: _Seen) -> Generator[tuple, None, URIRef]:
    if ent in seen.entities:
        return seen.entities[ent]
    iri = seen.entities[ent] = entity_iri(ent)
    yield iri, RDF.type, _CLASS[ent.kind]
    preferred = set()
    for text, lang in ent.labels:
        yield iri, RDFS.label, _text(text, lang or None)
        if lang not in preferred:  # the first label per language is the preferred name (米国, not 米)
            preferred.add(lang)
            yield iri, SKOS.prefLabel, _text(text, lang or None)
    if ent.same_as:
        yield iri, OWL.sameAs, URIRef(ent.same_as)
    return iri


def _statement_triples(article: URIRef, st: Statement, seen: _Seen, article_id: str) -> Generator[tuple, None, URIRef]:
    if id(st) in seen.statements:
        return seen.statements[id(st)]
    s = yield from _entity_triples(st.subject, seen)
    o = yield from _entity_triples(st.object, seen)
    prop = KG[st.predicate]
    vocabulary().relation(st.predicate)  # a typo in a predicate is an error, not a new property
    if not st.negated and not st.hedged:
        yield s, prop, o
    p = st.provenance
    digest = hashlib.sha256("|".join(map(str, (article_id, st.level, st.subject.key, st.predicate, st.object.key,
                                               p.start, p.end, st.negated, st.hedged))).encode()).hexdigest()[:20]
    node = seen.statements[id(st)] = URIRef(f"{ID}statement/{digest}")
    values = (KG.Statement, RDF.Statement, s, prop, o, _literal(st.level), _literal(st.negated), _literal(st.hedged),
              _literal(p.confidence), _text(p.sentence), _literal(p.start), _literal(p.end), _literal(p.extractor),
              _literal(p.rule), article)
    for pred, obj in zip(_STATEMENT_PREDICATES, values):
        yield node, pred, obj
    if st.attributed_to is not None:
        yield node, KG.attributedTo, (yield from _entity_triples(st.attributed_to, seen))
    if st.derived_from is not None:
        yield node, PROV.wasDerivedFrom, (yield from _statement_triples(article, st.derived_from, seen, article_id))
    return node


# (made once: rdflib makes a new URIRef at every attribute of a Namespace)
_STATEMENT_PREDICATES = (RDF.type, RDF.type, RDF.subject, RDF.predicate, RDF.object, KG.level, KG.negated, KG.hedged,
                         KG.confidence, KG.sentence, KG.charStart, KG.charEnd, KG.extractor, KG.rule, KG.article)


@lru_cache(maxsize=4096, typed=True)
def _literal(value) -> Literal:
    """A plain Literal of a value that recurs (levels, flags, offsets, rule names), made once: rdflib's Literal
    constructor costs more than the rest of a statement's triples. (typed: True, 1 and 1.0 stay apart.)"""
    return Literal(value)


@lru_cache(maxsize=4096)
def _text(text: str, lang: str | None = None) -> Literal:
    """A string Literal made once while it recurs: an entity's labels (in each article that names it, and as its
    preferred label beside them), the sentence that several statements were read from."""
    return Literal(text, lang=lang)


def _nt_term(term) -> str:
    """One term as rdflib's N-Triples serialiser writes it."""
    if type(term) is URIRef:
        return _iri_nt(str(term))
    if not isinstance(term, Literal):
        return term.n3()
    text = str(term).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


@lru_cache(maxsize=4096)
def _iri_nt(iri: str) -> str:
    """An IRI as N-Triples, checked by rdflib once per IRI: the predicates, classes and a statement's node recur
    on most lines of an article."""
    return URIRef(iri).n3()


ONTOLOGY_IRI = f"{ID}graph/ontology"


def ontology_graph() -> Graph:
    """The vocabulary as a named graph of the store, so that queries can use labels and Goldstein values."""
    from kg.vocab import ONTOLOGY_DIR

    g = Graph(identifier=URIRef(ONTOLOGY_IRI))
    g.parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
    return g


def ontology_ntriples() -> str:
    """The ontology graph as N-Triples, as a build writes it to the store: the triples of ``ontology_graph``, read
    and written by Oxigraph (1 ms against 13 ms through an rdflib Graph)."""
    import pyoxigraph as ox

    from kg.vocab import ONTOLOGY_DIR

    triples = ox.parse(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def union(ds: Dataset) -> Graph:
    """All article graphs as one graph (graph.ttl)."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@cache
def _preferred() -> dict:
    """IRI -> {lang: preferred label} for the gazetteer's places and the people file."""
    from kg.vocab import gazetteer, people

    found = {f"{ID}{p.key}": {"en": p.pref_en, "ja": p.pref_ja} for p in gazetteer().places}
    found.update({f"{ID}{p.key}": {"en": p.pref_en, "ja": p.pref_ja} for p in people().people})
    return found


def _label(iri: str, labels: Iterable[tuple[str, str | None]], lang: str = "en") -> str:
    """The node's label in ``lang``, else in the other language, else its IRI (the longest label per language:
    an entity also carries the surface forms seen; the gazetteer's preferred name comes first: 米国, not 米)."""
    found: dict = dict(_preferred().get(iri, {}))
    for text, tag in sorted(labels, key=lambda label: (-len(label[0]), label[0])):
        found.setdefault(tag, text)
    other = "ja" if lang == "en" else "en"
    return found.get(lang) or found.get(other) or next(iter(found.values()), iri)


def to_networkx(source, *, lang: str = "en") -> nx.MultiDiGraph:
    """One node per entity, one edge per statement node, with the statement's provenance as attributes.

    ``source`` is an rdflib Dataset or Graph, or a store (kg.store), which answers two SPARQL queries
    instead: much faster than loading the store into rdflib first.
    """
    if isinstance(source, (Dataset, Graph)):
        nodes, edges = _rdflib_rows(union(source) if isinstance(source, Dataset) else source)
    else:
        nodes, edges = _store_rows(source)
    goldstein = {r.name: r.goldstein for r in vocabulary().relations}
    nxg = nx.MultiDiGraph()
    for iri, kind, labels in nodes:
        nxg.add_node(iri, label=_label(iri, labels, lang), kind=kind)
    for e in edges:
        rel = e["p"][len(NS):]
        # url: where the article came from (a URL or the path it was built from); derived_from: for a
        # country-level roll-up, the actor-level statement (an edge key) it was derived from
        nxg.add_edge(e["s"], e["o"], key=e["st"], relation=rel, level=e["level"], negated=e["negated"],
                     hedged=e["hedged"], sentence=e["sentence"], article=e["article"], title=e["title"],
                     goldstein=goldstein.get(rel) or 0.0, url=e["url"], published=e["published"],
                     derived_from=e["derived"])
    return nxg


def _rdflib_rows(g: Graph) -> tuple[list, list]:
    nodes = [(str(node), kind, [(str(lit), lit.language) for lit in g.objects(node, RDFS.label)])
             for kind, cls in _CLASS.items() for node in g.subjects(RDF.type, cls)]
    edges = []
    for st in g.subjects(RDF.type, KG.Statement):
        article = g.value(st, KG.article)
        edges.append({"st": str(st), "s": str(g.value(st, RDF.subject)), "p": str(g.value(st, RDF.predicate)),
                      "o": str(g.value(st, RDF.object)), "level": str(g.value(st, KG.level)),
                      "negated": bool(g.value(st, KG.negated).toPython()),
                      "hedged": bool(g.value(st, KG.hedged).toPython()), "sentence": str(g.value(st, KG.sentence)),
                      "article": str(article), "title": str(g.value(article, SCHEMA.headline) or ""),
                      "url": str(g.value(article, SCHEMA.url) or ""),
                      "published": str(g.value(article, SCHEMA.datePublished) or ""),
                      "derived": str(g.value(st, PROV.wasDerivedFrom) or "")})
    return nodes, edges


_NODES = """SELECT DISTINCT ?e ?type ?label WHERE { ?e a ?type .
  VALUES ?type { kg:Person kg:Country kg:GovernmentBody kg:Organization kg:InternationalOrganization }
  OPTIONAL { ?e rdfs:label ?label } }"""
# (the articles' fields come from a query of their own: joined into every statement's row, they made the
# query twice as slow)
_EDGES = """SELECT DISTINCT ?st ?s ?p ?o ?level ?negated ?hedged ?sentence ?article ?derived
WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:level ?level ;
          kg:negated ?negated ; kg:hedged ?hedged ; kg:sentence ?sentence ; kg:article ?article .
  OPTIONAL { ?st prov:wasDerivedFrom ?derived } }"""
_ARTICLES = """SELECT DISTINCT ?article ?title ?url ?published WHERE { ?article a kg:NewsArticle .
  OPTIONAL { ?article schema:headline ?title } OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article schema:datePublished ?published } }"""


def _store_rows(db) -> tuple[list, Iterator[dict]]:
    """The nodes, and the edges as they come from the store: a graph of many articles has as many statements,
    and only the networkx graph should hold them all."""
    kinds = {str(cls): kind for kind, cls in _CLASS.items()}
    found: dict = {}
    for row in db.query(_NODES).rows:
        iri = row["e"]["value"]
        _, labels = found.setdefault(iri, (kinds[row["type"]["value"]], []))
        if "label" in row:
            labels.append((row["label"]["value"], row["label"].get("xml:lang")))
    nodes = [(iri, kind, labels) for iri, (kind, labels) in found.items()]
    articles = {row["article"]: {k: row.get(k, "") for k in ("title", "url", "published")}
                for row in db.stream(_ARTICLES)}
    no_article = dict.fromkeys(("title", "url", "published"), "")
    edges = ({**{k: row.get(k, "") for k in ("st", "s", "p", "o", "level", "sentence", "article", "derived")},
              **articles.get(row["article"], no_article),
              "negated": row.get("negated") == "true", "hedged": row.get("hedged") == "true"}
             for row in db.stream(_EDGES))
    return nodes, edges
