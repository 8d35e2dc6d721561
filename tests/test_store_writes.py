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
    db.replace_graphs({"urn:g1": _graph(6)})  # a new graph: its N-Triples lines count
    assert not flushes
    db.replace_graphs({"urn:g2": _graph(6)})
    assert len(flushes) == 1
    db.replace_graphs({"urn:g1": _graph(6, start=3)})  # 3 deleted and 3 added
    assert len(flushes) == 1
    db.replace_graphs({"urn:g1": _graph(6, start=7)})  # 4 and 4 more
    assert len(flushes) == 2
    assert len(db.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows) == 12
