"""graph.ttl, the union of the article graphs, written from the store subject by subject (no model needed)."""
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic

from kg.pipeline import ONTOLOGY_GRAPH, STATS_GRAPH, write_outputs
from kg.store import LocalStore, open_store

KG, ID = "https://w3id.org/kg-news/ns#", "https://w3id.org/kg-news/id/"
G1, G2 = f"{ID}graph/a1", f"{ID}graph/a2"
CN = f"<{ID}country/CN>"
# the same entity in two articles (its type and label written in both), literals that Turtle must escape,
# language tags and datatypes, IRIs that cannot be prefixed names as they are, and blank nodes (an IRI
# ending in "." is left out: Oxigraph writes it as kg:name\., valid Turtle that rdflib 7 cannot read; none of
# kg's prefixed IRIs ends so)
ARTICLE_1 = f"""{CN} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Country> .
{CN} <http://www.w3.org/2000/01/rdf-schema#label> "中国"@ja .
<{ID}statement/1> <{KG}sentence> "He said \\"no\\".\\nThen\\tleft \\\\ back\\r" .
<{ID}statement/1> <{KG}sentence> "two\\nlines"@en-US .
<{ID}statement/1> <{KG}confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<{ID}statement/1> <{KG}negated> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<{ID}statement/1> <{KG}charStart> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .
<{ID}statement/1> <{KG}rule> "x"^^<urn:x-kg:own-type> .
<{ID}person/A%20B> <{KG}odd.name> <https://schema.org/a(b)> .
<{ID}person/A%20B> <http://www.wikidata.org/entity/Q-1/2> "'single' \\"double\\" \\u00e9" .
_:n1 <{KG}attributedTo> {CN} .
{CN} <{KG}supports> _:n1 .
"""
ARTICLE_2 = f"""{CN} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{KG}Country> .
{CN} <http://www.w3.org/2000/01/rdf-schema#label> "中国"@ja .
{CN} <http://www.w3.org/2000/01/rdf-schema#label> "China"@en .
<{ID}article/a2> <https://schema.org/datePublished> "2026-03-14"^^<http://www.w3.org/2001/XMLSchema#date> .
"""
LEFT_OUT = f'<{ID}article/a2> <{KG}count> "7" .\n{CN} <{KG}inOntology> "yes" .\n'


def _store(graphs: dict[str, str]) -> LocalStore:
    db = LocalStore(None)  # in memory: the same Oxigraph, no folder
    # (one INSERT DATA: a blank node's label names one node across its graphs only within one)
    db.update("INSERT DATA {\n" + "".join(f"GRAPH <{g}> {{\n{nt}\n}}\n" for g, nt in graphs.items()) + "}")
    return db


def _expected(db: LocalStore) -> Graph:
    """The union as rdflib makes it from the store's N-Quads: every named graph but the ontology and the stats."""
    ds = Dataset()
    ds.parse(data=db.dump_nquads(), format="nquads")
    union = Graph()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g is not None and str(g) not in (ONTOLOGY_GRAPH, STATS_GRAPH):
            union.add((s, p, o))
    return union


def _written(db: LocalStore) -> tuple[str, Graph]:
    with tempfile.TemporaryDirectory() as folder:
        write_outputs(db, Path(folder), views=False)
        text = (Path(folder) / "graph.ttl").read_text(encoding="utf-8")
    return text, Graph().parse(data=text, format="turtle")


def _assert_same(expected: Graph, got: Graph) -> None:
    if not isomorphic(expected, got):
        _, missing, extra = graph_diff(expected, got)
        raise AssertionError(f"missing:\n{missing.serialize(format='nt')}\nextra:\n{extra.serialize(format='nt')}")


def test_the_union_round_trips_through_turtle():
    db = _store({G1: ARTICLE_1, G2: ARTICLE_2, ONTOLOGY_GRAPH: LEFT_OUT, STATS_GRAPH: LEFT_OUT})
    text, got = _written(db)
    _assert_same(_expected(db), got)
    assert len(got) == 14  # the entity's type and Japanese label once, the other graphs' triples not at all
    declared = {line.split()[1] for line in text.splitlines() if line.startswith("@prefix")}
    assert {"kg:", "rdfs:", "schema:", "wd:"} <= declared and "\tkg:sentence " in text


def test_each_subject_comes_once_with_its_triples_together():
    db = _store({G1: ARTICLE_1, G2: ARTICLE_2})
    subjects = [t.subject for t in db.union_triples()]
    runs = [s for i, s in enumerate(subjects) if i == 0 or s != subjects[i - 1]]
    assert len(runs) == len(set(runs)) == 5
    triples = list(db.union_triples())
    assert len(triples) == len(set(triples))


def test_the_store_on_disk_gives_the_same_union(tmp_path):
    db = open_store(tmp_path, create=True)
    db.replace_graphs({G1: ARTICLE_1, G2: ARTICLE_2})
    _assert_same(_expected(db), _written(db)[1])


def test_an_empty_store_writes_an_empty_graph():
    assert len(_written(_store({ONTOLOGY_GRAPH: LEFT_OUT}))[1]) == 0


TEXT = st.text(alphabet=st.sampled_from(list('ab中国"\'\\\n\r\t <>&.:#@^_-é\u2028')), max_size=12)
NODES = st.sampled_from([f"<{ID}country/CN>", f"<{ID}person/A%20B>", f"<{KG}x.y>", "<urn:x-kg:1>", "_:b1", "_:b2"])
OBJECTS = st.one_of(NODES, TEXT.map(lambda t: _literal(t)), st.tuples(TEXT, st.sampled_from(["ja", "en", "en-US"]))
                    .map(lambda tl: f"{_literal(tl[0])}@{tl[1]}"),
                    st.integers(-5, 5).map(lambda i: f'"{i}"^^<http://www.w3.org/2001/XMLSchema#integer>'))
TRIPLE = st.tuples(NODES, st.sampled_from([f"<{KG}p>", f"<{KG}q>", "<https://schema.org/name>"]), OBJECTS)


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


@given(st.lists(st.tuples(st.sampled_from([G1, G2, STATS_GRAPH]), TRIPLE), min_size=1, max_size=25))
@settings(max_examples=60, deadline=None)
def test_any_union_round_trips_through_turtle(quads):
    graphs: dict[str, str] = {}
    for g, triple in quads:
        graphs[g] = graphs.get(g, "") + " ".join(triple) + " .\n"
    db = _store(graphs)
    _assert_same(_expected(db), _written(db)[1])
