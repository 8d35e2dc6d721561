"""The store: incremental builds, removal, SPARQL from the command line, named queries, exports,
and a real SPARQL 1.1 endpoint (`oxigraph serve` on 127.0.0.1)."""
import itertools
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.cli import main
from kg.errors import StoreError
from kg.pipeline import OUTPUTS, build, remove
from kg.sparql import format_results, run
from kg.store import check_query, open_store

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("store")
    articles = root / "articles"
    shutil.copytree(EXAMPLES, articles)
    out = root / "out"
    first = build([articles], out)
    return articles, out, first


def _statement_count(out: Path) -> int:
    return int(run(out, "SELECT (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement }").rows[0]["n"]["value"])


def test_unchanged_rebuild_reads_nothing(built):
    articles, out, first = built
    again = build([articles], out)
    assert first.articles == len(list(articles.glob("*.txt"))) and first.unchanged == 0
    assert again.articles == 0 and again.unchanged == first.articles
    assert again.summary["statements"] == first.summary["statements"]


def test_unchanged_rebuild_leaves_the_outputs_and_rewrites_a_missing_one(built, tmp_path):
    articles, out, _ = built
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    stamps = {name: (copy / name).stat().st_mtime_ns for name in OUTPUTS}
    build([articles], copy)
    assert {name: (copy / name).stat().st_mtime_ns for name in OUTPUTS} == stamps
    (copy / "graph.graphml").unlink()
    build([articles], copy)
    assert (copy / "graph.graphml").stat().st_size > 0


def test_networkx_from_the_store_equals_networkx_from_rdflib(built):
    from kg.graph import to_networkx, union
    from kg.pipeline import load_dataset

    _, out, _ = built
    db = open_store(out)
    fast, slow = _rows(to_networkx(db, lang="ja")), _rows(to_networkx(union(load_dataset(db)), lang="ja"))
    assert fast == slow and len(fast[1]) > 50


def _rows(nxg) -> tuple[list, list]:
    """A networkx graph's nodes and edges with their data, in order: two graphs with equal rows are the same."""
    return (sorted((n, tuple(sorted(d.items()))) for n, d in nxg.nodes(data=True)),
            sorted((u, v, k, tuple(sorted(d.items()))) for u, v, k, d in nxg.edges(keys=True, data=True)))


def test_trig_output_holds_the_article_graphs_only(built):
    _, out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert graphs and all("/graph/" in g for g in graphs)
    assert not any(g.endswith(("/ontology", "/stats")) for g in graphs)


def test_turtle_output_is_the_union_of_the_trig_graphs(built):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.graph import union

    _, out, _ = built
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    written = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(written) > 500 and isomorphic(written, union(ds))


def test_changed_article_replaces_its_graph(built, tmp_path):
    articles, out, _ = built
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    arts = tmp_path / "articles"
    shutil.copytree(articles, arts)
    target = sorted(arts.glob("*.txt"))[0]
    # the build recorded the source paths of `articles`; edit one there and rebuild
    victim = sorted(articles.glob("*.txt"))[0]
    original = victim.read_text(encoding="utf-8")
    try:
        victim.write_text(original + "\n米国は北朝鮮を強く非難した。\n", encoding="utf-8")
        result = build([articles], copy)
        assert result.articles == 1 and result.removed == 1
        assert len(open_store(copy).articles()) == len(list(articles.glob("*.txt")))
    finally:
        victim.write_text(original, encoding="utf-8")
    assert target.exists()


def test_replacing_graphs_writes_what_changed_and_keeps_the_rest(tmp_path):
    db = open_store(tmp_path, create=True)
    a, b = "https://w3id.org/kg-news/id/graph/a", "https://w3id.org/kg-news/id/graph/b"
    db.replace_graphs({a: '<urn:x> <urn:p> "1" .\n<urn:x> <urn:p> "2"@ja .\n', b: '_:n <urn:p> "old" .\n'})
    db.replace_graphs({a: '<urn:x> <urn:p> "2"@ja .\n<urn:x> <urn:p> "3\\n" .\n', b: '_:n <urn:p> "new" .\n'})

    def objects(g):
        return sorted(r["o"]["value"] for r in db.query(f"SELECT ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows)

    assert objects(a) == ["2", "3\n"]
    assert objects(b) == ["new"]  # a graph that had blank nodes is replaced whole


def test_remove_drops_the_article_and_its_roll_ups(built, tmp_path):
    articles, out, _ = built
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    before = _statement_count(copy)
    victim = str(sorted(articles.glob("*.txt"))[-1])
    assert remove([victim], copy) == 1
    after = _statement_count(copy)
    assert 0 < after < before
    sources = {source for _, source, _ in open_store(copy).articles()}
    assert victim not in sources
    ds = Dataset()
    ds.parse(str(copy / "graph.trig"), format="trig")
    assert not any(str(o) == victim for o in ds.objects())
    with pytest.raises(Exception, match="none of"):
        remove(["no/such/article.txt"], copy)


def test_query_command_formats(built, capsys):
    _, out, _ = built
    assert main(["query", "--store", str(out), "SELECT ?s ?o { ?s kg:warns ?o }", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["s", "o"] and data["results"]["bindings"]
    assert main(["query", "--store", str(out), "ASK { ?s kg:supports ?o }"]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["query", "--store", str(out), "CONSTRUCT { ?s kg:warns ?o } WHERE { ?s kg:warns ?o }"]) == 0
    assert "kg:warns" in capsys.readouterr().out
    assert main(["query", "--store", str(out), "SELECT ?s { ?s a kg:Country } LIMIT 2", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("s\r\n")
    assert main(["query", "--store", str(out), "SELECT ?s { ?s a kg:Country } LIMIT 2", "--format", "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("<https://w3id.org/kg-news/id/country/")


def test_named_queries_bind_parameters_as_terms(built, capsys):
    _, out, _ = built
    for name in ("who-warns-whom", "balance", "most-active", "contradictions", "articles"):
        assert main(["query", "--store", str(out), name]) == 0, name
    rows = run(out, name="relations-of", params={"entity": "China"}).rows
    assert rows and all(r["entity"]["value"].endswith("/country/CN") for r in rows)
    # a label that tries to inject SPARQL is only ever a literal to look up
    with pytest.raises(StoreError, match="no entity is labelled"):
        run(out, name="relations-of", params={"entity": 'x" } ; DROP ALL ; #'})
    with pytest.raises(StoreError, match="parameters wanted"):
        run(out, name="evidence", params={"s": "China"})
    rows = run(out, name="evidence", params={"s": "United States", "o": "China"}).rows
    assert rows and all(r["sentence"]["value"] for r in rows)
    assert "warns" in {r["relation"]["value"] for r in rows}
    capsys.readouterr()


def test_queries_cannot_reach_out():
    for text in ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                 "LOAD <http://example.org/data.ttl>", "DROP ALL "):
        with pytest.raises(StoreError):
            check_query(text)
    check_query('SELECT ?s WHERE { ?s rdfs:label "SERVICE" }')  # a keyword inside a string is fine


def test_query_errors_are_one_line(built, capsys):
    _, out, _ = built
    assert main(["query", "--store", str(out), "SELECT ?s WHERE { ?s"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: SPARQL syntax error") and "Traceback" not in err
    assert main(["query", "--store", "/no/such/dir", "ASK {}"]) == 1
    assert "no kg store here" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "nq", "jsonld", "graphml", "gexf", "json"])
def test_export_formats(built, tmp_path, fmt):
    _, out, _ = built
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--store", str(out), "--format", fmt, "-o", str(target)]) == 0
    data = target.read_bytes()
    assert len(data) > 500
    if fmt == "json":
        assert "links" in json.loads(data)


@pytest.mark.parametrize("fmt", ["nt", "ttl", "nq", "trig"])
def test_streamed_rdf_exports_are_the_graph_rdflib_loads(built, tmp_path, fmt):
    """The formats streamed from the store hold the same graph as the store loaded into rdflib, as exported
    before they were streamed: the union of the article graphs, or each article graph."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.graph import union
    from kg.pipeline import load_dataset

    _, out, _ = built
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--store", str(out), "--format", fmt, "-o", str(target)]) == 0
    loaded = load_dataset(open_store(out))
    if fmt in ("nt", "ttl"):
        written = Graph().parse(target, format={"nt": "nt", "ttl": "turtle"}[fmt])
        assert len(written) > 500 and isomorphic(written, union(loaded))
        return
    written = Dataset().parse(target, format={"nq": "nquads", "trig": "trig"}[fmt])
    graphs = [{g.identifier: g for g in ds.graphs() if len(g)} for ds in (written, loaded)]
    assert graphs[0].keys() == graphs[1].keys() and len(graphs[0]) > 3
    assert all(isomorphic(graphs[0][name], graphs[1][name]) for name in graphs[0])


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_network_exports_are_the_graph_rdflib_gives(built, tmp_path, fmt):
    """GraphML and node-link JSON, written from the store's rows, are the networkx graph of the store loaded
    into rdflib, as exported before."""
    import networkx as nx

    from kg.graph import to_networkx, union
    from kg.pipeline import load_dataset

    _, out, _ = built
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--store", str(out), "--format", fmt, "-o", str(target)]) == 0
    if fmt == "graphml":
        written = nx.read_graphml(target, force_multigraph=True)
    else:
        written = nx.node_link_graph(json.loads(target.read_bytes()), edges="links")
    assert _rows(written) == _rows(to_networkx(union(load_dataset(open_store(out)))))


def test_export_to_standard_output_streams_the_same_bytes(built, tmp_path, capfdbinary):
    _, out, _ = built
    assert main(["export", "--store", str(out), "--format", "trig", "-o", str(tmp_path / "graph.trig")]) == 0
    capfdbinary.readouterr()
    assert main(["export", "--store", str(out), "--format", "trig"]) == 0
    assert capfdbinary.readouterr().out == (tmp_path / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    binary = shutil.which("oxigraph") or str(Path(os.sys.executable).parent / "oxigraph")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_remote_store_builds_and_answers_like_the_local_one(built, oxigraph_server, tmp_path):
    articles, out, first = built
    result = build([articles], tmp_path / "out", store_at=oxigraph_server)
    assert result.articles == first.articles
    assert result.summary["statements"] == first.summary["statements"]
    local = {(r["s"]["value"], r["o"]["value"]) for r in run(out, "SELECT ?s ?o { ?s kg:warns ?o }").rows}
    remote = {(r["s"]["value"], r["o"]["value"]) for r in run(oxigraph_server, "SELECT ?s ?o { ?s kg:warns ?o }").rows}
    assert local == remote
    for name, fmt in (("graph.trig", ox.RdfFormat.TRIG), ("graph.ttl", ox.RdfFormat.TURTLE)):  # written from each
        written = [{str(q) for q in ox.parse(path=str(f / name), format=fmt)} for f in (out, tmp_path / "out")]
        assert written[0] == written[1] and len(written[0]) > 500
    rows = run(oxigraph_server, name="relations-of", params={"entity": "China"}).rows
    assert rows
    again = build([articles], tmp_path / "out", store_at=oxigraph_server)
    assert again.articles == 0 and again.unchanged == first.articles
    assert "kg:warns" in format_results(run(oxigraph_server, "CONSTRUCT { ?s kg:warns ?o } WHERE { ?s kg:warns ?o }"))


def test_remote_store_streams_what_the_local_store_holds(built, oxigraph_server, tmp_path):
    from kg.pipeline import ONTOLOGY_GRAPH, STATS_GRAPH

    articles, out, _ = built
    build([articles], tmp_path / "out", store_at=oxigraph_server)
    local, remote = open_store(out), open_store(oxigraph_server)
    skip = (ONTOLOGY_GRAPH, STATS_GRAPH)
    quads = [{str(q) for q in db.quads(skip=skip)} for db in (local, remote)]
    assert quads[0] == quads[1] and len(quads[0]) > 500
    triples = [list(db.union_triples(skip=skip)) for db in (local, remote)]
    assert len(triples[1]) == len(set(triples[1])) and set(triples[0]) == set(triples[1])
    subjects = [t.subject for t in triples[1]]
    assert len(list(itertools.groupby(subjects))) == len(set(subjects))  # each subject's triples together
    query = "SELECT ?st ?sentence WHERE { ?st kg:sentence ?sentence }"
    assert sorted(map(str, remote.stream(query))) == sorted(map(str, local.stream(query)))


def test_library_api(built, tmp_path):
    import kg

    _, out, first = built
    ds = kg.load(out)
    assert isinstance(ds, Dataset) and len(list(ds.graphs())) > first.articles
    assert kg.query(out, "ASK { ?s kg:warns ?o }").boolean is True
    rows = kg.query(out, name="relations-of", entity="中国").rows
    assert rows and rows[0]["entity"]["value"].endswith("/country/CN")
    page = kg.visualize(out, tmp_path / "country.html", level="country")
    assert page.read_text(encoding="utf-8").count("<script") >= 1
    nxg = kg.to_networkx(ds)
    assert {d["level"] for _, _, d in nxg.edges(data=True)} == {"actor", "country"}


def test_aggregates_count_each_statement_once(built):
    # Oxigraph's union default graph keeps a label once per article graph that holds it: the named
    # queries must not multiply counts by the number of articles naming an entity
    _, out, _ = built
    total = int(run(out, """SELECT (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:level "country" ;
                 kg:negated false ; kg:hedged false ; rdf:predicate ?p . ?p kg:goldstein ?g }""").rows[0]["n"]["value"])
    counted = sum(r["statements"] for r in run(out, name="balance").values())
    assert counted == total
    warns = int(run(out, """SELECT (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:level "country" ;
                 rdf:predicate kg:warns ; kg:negated false ; kg:hedged false }""").rows[0]["n"]["value"])
    assert sum(r["statements"] for r in run(out, name="who-warns-whom").values()) == warns


def test_parse_cache_gives_the_same_graph(built, tmp_path):
    from rdflib.compare import isomorphic

    articles, out, _ = built
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    assert list((copy / "cache").rglob("*.spacy")), "the first build kept its parses"
    before = kg_graphs(copy)
    again = build([articles], copy, rebuild=True)  # every article re-extracted, from the cache
    assert again.articles == len(list(articles.glob("*.txt")))
    after = kg_graphs(copy)
    assert before.keys() == after.keys()
    assert all(isomorphic(before[k], after[k]) for k in before)


def kg_graphs(out):
    from rdflib import URIRef

    ds = Dataset()
    ds.parse(str(out / "graph.trig"), format="trig")
    for g in ds.graphs():
        g.remove((None, URIRef("https://w3id.org/kg-news/ns#extractorVersion"), None))
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def test_precomputed_queries_answer_like_the_statements(built, tmp_path):
    # contradictions, most-active and balance read kgid:graph/stats; the same questions asked of the
    # statements themselves give the same answers
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "c.txt").write_text("中国、ロシア支援\n\n中国はロシアを支援した。中国はロシアを非難した。\n", encoding="utf-8")
    for out in (built[1], tmp_path / "out"):
        if out != built[1]:
            build([articles], out)
        named = {(r["subject"], r["object"], r["conflict"]) for r in run(out, name="contradictions").values()}
        direct = {(r["subject"], r["object"], r["conflict"]) for r in run(out, """
            SELECT DISTINCT ?subject ?object ?conflict WHERE {
              ?a a kg:Statement ; kg:level "country" ; kg:negated false ; kg:hedged false ; rdf:predicate kg:supports ;
                 rdf:subject ?s ; rdf:object ?o .
              ?b a kg:Statement ; kg:level "country" ; kg:negated false ; kg:hedged false ; rdf:predicate ?p ;
                 rdf:subject ?s ; rdf:object ?o .
              VALUES ?p { kg:criticizes kg:opposes kg:accuses kg:sanctions kg:warns kg:threatens }
              ?s rdfs:label ?subject . FILTER(lang(?subject) = "en") ?o rdfs:label ?object . FILTER(lang(?object) = "en")
              BIND(STRAFTER(STR(?p), "#") AS ?conflict) }""").values()}
        assert named == direct
    assert ("China", "Russia", "criticizes") in named
    active = {r["actor"]: r["relations"] for r in run(built[1], name="most-active").values()}
    counted = {r["s"]: r["n"] for r in run(built[1], """SELECT ?s (COUNT(?st) AS ?n) WHERE {
        ?st a kg:Statement ; kg:level "actor" ; kg:negated false ; kg:hedged false ; rdf:subject ?e ;
            rdf:predicate ?p . FILTER(?p != kg:affiliatedWith)
        GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?e kg:displayLabel ?s } } GROUP BY ?s""").values()}
    assert active and all(counted[actor] == n for actor, n in active.items())
    assert max(active.values()) == max(counted.values())


def test_articles_answer_like_the_article_graphs(built):
    _, out, _ = built
    direct = run(out, """SELECT ?headline ?source (COUNT(?st) AS ?statements) WHERE {
        GRAPH ?g { ?a a kg:NewsArticle ; schema:headline ?headline ; schema:url ?source .
                   OPTIONAL { ?st kg:article ?a } } } GROUP BY ?a ?headline ?source ORDER BY ?source""").values()
    assert direct and run(out, name="articles").values() == direct


def test_named_queries_show_labels_in_either_language(built, capsys):
    # the preferred name in each language (米国, not 米; United States, not Washington)
    _, out, _ = built
    en = {(r["subject"], r["object"]) for r in run(out, name="who-warns-whom").values()}
    ja = {(r["subject"], r["object"]) for r in run(out, name="who-warns-whom", lang="ja").values()}
    assert ("United States", "China") in en and ("米国", "中国") in ja
    assert main(["query", "--store", str(out), "balance", "--lang", "ja", "--format", "csv"]) == 0
    assert "北朝鮮" in capsys.readouterr().out
    with pytest.raises(StoreError, match="en or ja"):
        run(out, name="balance", lang="fr")
