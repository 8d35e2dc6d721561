"""Writing to the store in a folder: RocksDB's memory is flushed to its files every FLUSH_AFTER triples, new graphs
of many triples are bulk-loaded, and what a killed bulk load left is deleted (no model)."""
import pytest

from kg import store
from kg.errors import StoreError
from kg.store import open_store


def _graph(n: int, start: int = 0) -> str:
    return "".join(f'<urn:x:{i}> <urn:p> "{i}" .\n' for i in range(start, start + n))


def test_the_store_flushes_every_so_many_triples(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "FLUSH_AFTER", 10)
    db = open_store(tmp_path, create=True)
    flushes = []
    monkeypatch.setattr(db, "flush", lambda: flushes.append(True))
    db.replace_graphs({"urn:g1": _graph(6)})  # a new graph: its N-Triples lines count
    assert not flushes
    db.replace_graphs({"urn:g2": _graph(6)})
    assert len(flushes) == 1
    db.replace_graphs({"urn:g1": _graph(6, start=3)})  # 3 deleted and 3 added
    assert len(flushes) == 1
    db.replace_graphs({"urn:g1": _graph(6, start=7)})  # 4 and 4 more
    assert len(flushes) == 2
    assert len(db.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows) == 12


def test_new_graphs_of_many_triples_are_bulk_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BULK_FROM", 5)
    db = open_store(tmp_path, create=True)
    loaded, flushes = [], []
    bulk_load = db._bulk_load
    monkeypatch.setattr(db, "_bulk_load", lambda graphs: loaded.append(sorted(graphs)) or bulk_load(graphs))
    monkeypatch.setattr(db, "flush", lambda: flushes.append(True))
    text = '<urn:a> <urn:p> "x .\\n y" .\n<urn:a> <urn:q> "z"@ja .\n'
    db.replace_graphs({"urn:g1": text, "urn:g2": _graph(3)})
    db.replace_graphs({"urn:g3": _graph(2)})  # too few: INSERT DATA
    db.replace_graphs({"urn:g4": _graph(6).rstrip("\n")})  # a last line without its line break: INSERT DATA
    assert loaded == [["urn:g1", "urn:g2"]] and not flushes  # (the bulk loader leaves nothing to flush)
    rows = db.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").rows
    assert [(r["g"]["value"], r["n"]["value"]) for r in rows] == [("urn:g1", "2"), ("urn:g2", "3"), ("urn:g3", "2"),
                                                                  ("urn:g4", "6")]
    assert db.query('ASK { GRAPH <urn:g1> { <urn:a> <urn:p> "x .\\n y" } }').boolean
    assert {q.graph_name.value for q in db.quads()} == {"urn:g1", "urn:g2", "urn:g3", "urn:g4"}  # none in the default graph


def test_opening_the_store_to_write_deletes_what_a_killed_bulk_load_left(tmp_path):
    open_store(tmp_path, create=True).replace_graphs({"urn:g1": _graph(3)})
    leftover = tmp_path / "store" / "bulk-123.sst"  # as Oxigraph's loader names its files
    leftover.write_bytes(b"not taken in")
    open_store(tmp_path, read_only=True)  # a reader leaves it (a build may be loading it)
    assert leftover.exists()
    db = open_store(tmp_path)
    assert not leftover.exists()
    assert len(db.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows) == 3


def test_an_update_of_one_graph_is_worked_out_then_written_whole(tmp_path):
    """kg's stats update (kg/queries/stats.ru) is worked out beside the store and written in one write: the graph
    comes out as the update run in the store leaves it, the second operation reading what the first made."""
    update = """PREFIX ex: <urn:ex:>
# a comment ; with a semicolon
DROP SILENT GRAPH <urn:stats> ;
INSERT { GRAPH <urn:stats> { ?s ex:count ?n ;
    ex:seen true } } WHERE { { SELECT ?s (COUNT(?o) AS ?n) WHERE { GRAPH ?g { ?s ex:p ?o } } GROUP BY ?s } } ;
INSERT { GRAPH <urn:stats> { ?s ex:many true } } WHERE { GRAPH <urn:stats> { ?s ex:count ?n . FILTER(?n > 1) } } ;
INSERT DATA { GRAPH <urn:stats> { <urn:ex:x> ex:order 1 } }
"""
    data = "<urn:ex:a> <urn:ex:p> <urn:ex:o1> .\n<urn:ex:a> <urn:ex:p> <urn:ex:o2> .\n<urn:ex:b> <urn:ex:p> <urn:ex:o1> .\n"
    stats = "SELECT ?s ?p ?o WHERE { GRAPH <urn:stats> { ?s ?p ?o } } ORDER BY ?s ?p ?o"
    worked, direct = open_store(tmp_path / "w", create=True), open_store(tmp_path / "d", create=True)
    for db in (worked, direct):
        db.replace_graphs({"urn:g1": data, "urn:stats": '<urn:ex:old> <urn:ex:q> "gone" .\n'})
    worked.update_graph(update, "urn:stats")
    direct.update(update)
    assert worked.query(stats).rows == direct.query(stats).rows
    assert len(worked.query(stats).rows) == 6


def test_an_update_of_one_graph_may_not_read_both_the_stored_graphs_and_its_own(tmp_path):
    db = open_store(tmp_path, create=True)
    update = "INSERT { GRAPH <urn:stats> { ?s <urn:q> ?o } } WHERE { GRAPH ?g { ?s <urn:p> ?o } GRAPH <urn:stats> { ?s ?x ?y } }"
    with pytest.raises(StoreError, match="reads both"):
        db.update_graph(update, "urn:stats")
