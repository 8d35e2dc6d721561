"""Writing to the store in a folder: RocksDB's memory is flushed to its files every FLUSH_AFTER triples (no model)."""
from kg import store
from kg.store import open_store


def _graph(n: int, start: int = 0) -> str:
    return "".join(f'<urn:x:{i}> <urn:p> "{i}" .\n' for i in range(start, start + n))


def test_the_store_flushes_every_so_many_triples(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "FLUSH_AFTER", 10)
    db = open_store(tmp_path, create=True)
    flushes = []
    monkeypatch.setattr(db, "flush", lambda: flushes.append(True))
    db.replace_graphs({"urn:g1": _graph(6), "urn:g2": _graph(6)})  # new graphs are bulk-loaded: nothing to flush
    assert not flushes
    db.replace_graphs({"urn:g1": _graph(6, start=3)})  # 3 deleted and 3 added
    assert not flushes
    db.replace_graphs({"urn:g1": _graph(6, start=7)})  # 4 and 4 more
    assert len(flushes) == 1
    db.replace_graphs({"urn:g2": _graph(6, start=3)})  # 3 and 3
    assert len(flushes) == 1
    assert len(db.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows) == 12


def test_new_graphs_are_bulk_loaded_as_they_were_inserted(tmp_path):
    db = open_store(tmp_path, create=True)
    text = '<urn:a> <urn:p> "x .\\n y" .\n<urn:a> <urn:q> "z"@ja .\n'
    db.replace_graphs({"urn:g1": text, "urn:g2": _graph(3), "urn:g3": '<urn:b> <urn:p> "no line break" .'})
    rows = db.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").rows
    assert [(r["g"]["value"], r["n"]["value"]) for r in rows] == [("urn:g1", "2"), ("urn:g2", "3"), ("urn:g3", "1")]
    assert db.query('ASK { GRAPH <urn:g1> { <urn:a> <urn:p> "x .\\n y" } }').boolean
    assert {q.graph_name.value for q in db.quads()} == {"urn:g1", "urn:g2", "urn:g3"}  # none in the default graph
