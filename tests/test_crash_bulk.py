"""A build killed while it bulk-loads a batch of new article graphs into the store (kg.store.LocalStore._bulk_load,
from BULK_FROM triples) leaves each batch all there, every graph whole with its article's metadata, or not there at
all; the next build completes the others, and the store and the output files come out as a clean build's.

No model: tests/unparsed_build.py runs the build with made-up statements (about 22,000 triples a batch; a first build
of real news writes 37,000) and says when each bulk load starts. test_crash.py kills builds of real articles,
which write too few triples to reach the loader."""
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import ONTOLOGY_GRAPH, STATS_GRAPH
from kg.store import open_store

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parent.parent
A_BATCH = 99  # articles in a build's first batch (its graphs are a hundred with the ontology's)


def _write_articles(folder: Path, numbers) -> None:
    folder.mkdir(exist_ok=True)
    for n in numbers:
        (folder / f"a{n:03d}.txt").write_text(f"米国が中国に警告 {n}\n\n米国は中国に対して警告した。記事{n}。\n",
                                              encoding="utf-8")


def _build(articles: Path, out: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tests.unparsed_build", str(articles), str(out), *options],
                          cwd=ROOT, capture_output=True, text=True, check=False)


def _article_graphs(out: Path) -> dict[str, set[str]]:
    """The article graphs of a build's store: graph IRI -> its triples, as N-Triples."""
    graphs: dict[str, set[str]] = {}
    for q in open_store(out, read_only=True).quads(skip=(ONTOLOGY_GRAPH, STATS_GRAPH)):
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, set()).add(str(q.triple))
    return graphs


def _quads(out: Path) -> tuple[set[str], set[str]]:
    """Every quad of the store (stats and ontology included) and of graph.trig, as N-Quads."""
    in_store = set(open_store(out, read_only=True).dump_nquads().splitlines())
    in_file = {str(q) for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)}
    return in_store, in_file


# When, during the first bulk load of the build, to kill it: judged from the files it has added to the store's folder
# since it said the load starts. Oxigraph writes eight files named bulk-*.sst, then RocksDB takes them in, in one
# ingestion: it copies them as files of its own numbering (NNNNNN.sst), records them in its MANIFEST, and deletes
# Oxigraph's.
KILL_POINTS = {
    "as it starts": lambda new: True,
    "as its first file is written": lambda new: _bulk(new) > 0,
    "as RocksDB takes the files in": lambda new: _numbered(new) > 0,
    "as RocksDB has copied them all": lambda new: _numbered(new) >= 8,
    "as RocksDB deletes the loader's files": lambda new: _numbered(new) >= 8 and _bulk(new) < 8,
}


def _bulk(names) -> int:
    return sum(name.startswith("bulk-") for name in names)


def _numbered(names) -> int:
    return sum(name[:1].isdigit() and name.endswith(".sst") for name in names)


def _kill_during_bulk_load(articles: Path, out: Path, when) -> tuple[list[list[str]], int]:
    """Run a build and SIGKILL it once ``when`` (one of KILL_POINTS) holds during its first bulk load. The graphs of
    each load it started (the last one killed), and how it ended."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.unparsed_build", str(articles), str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    folder, before, deadline = out / "store", None, time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if before is None and any("bulk_load" in line for line in lines):
            # (the loader's files there are this load's: opening the store deleted any a killed load had left)
            before = {name for name in os.listdir(folder) if not name.startswith("bulk-")}
        if before is not None and when(set(os.listdir(folder)) - before):
            proc.kill()
            break
        time.sleep(0.0005)
    proc.wait()
    reader.join()
    return [json.loads(line)["bulk_load"] for line in lines if "bulk_load" in line], proc.returncode


def _check_all_or_nothing(out: Path, expected: dict[str, set[str]], loads: list[list[str]]) -> bool:
    """Every article graph in the store is whole (as a clean build wrote it, metadata included), the batches loaded
    before the last are there, and the last one all there or none; whether it is there."""
    held = _article_graphs(out)
    for iri, triples in held.items():
        assert triples == expected[iri], f"{iri}: {len(triples)} triples of {len(expected[iri])}"
    *done, last = [[g for g in graphs if g != ONTOLOGY_GRAPH] for graphs in loads]
    assert all(g in held for graphs in done for g in graphs)
    there = [g in held for g in last]
    assert all(there) or not any(there), f"{sum(there)} of the {len(last)} graphs of the killed batch are there"
    ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)  # the last build's outputs, whole
    return all(there)


def test_a_build_killed_during_a_bulk_load_leaves_each_batch_whole_or_absent(tmp_path):
    articles, out, clean = tmp_path / "articles", tmp_path / "out", tmp_path / "clean"
    _write_articles(articles, range((1 + len(KILL_POINTS)) * A_BATCH))  # (a first build's, and one a kill at most)
    assert _build(articles, clean).returncode == 0  # the graph as it should come out
    expected = _article_graphs(clean)
    for f in sorted(articles.iterdir())[A_BATCH:]:
        f.rename(f.with_suffix(".later"))  # (not an article file: left out of the first build)
    assert _build(articles, out).returncode == 0
    for f in articles.glob("*.later"):
        f.rename(f.with_suffix(".txt"))

    outcomes = {}
    for name, when in KILL_POINTS.items():
        loads, returncode = _kill_during_bulk_load(articles, out, when)
        assert loads and returncode == -9, (name, returncode)
        strays = len(list((out / "store").glob("bulk-*")))
        outcomes[name] = (_check_all_or_nothing(out, expected, loads), strays)
    print("killed batch there, loader's files left:", outcomes)
    assert {there for there, _ in outcomes.values()} == {True, False}  # (kills before and after it went in)

    done = _build(articles, out)
    assert done.returncode == 0, done.stderr
    assert _quads(out) == _quads(clean)  # the store (stats included) and graph.trig
    assert not list((out / "store").glob("bulk-*"))  # nothing a killed load left behind


def test_a_build_killed_after_its_last_bulk_load_is_finished_by_the_next(tmp_path):
    """All its graphs went in, the stats and the output files did not: the next build, with no article left to read,
    still makes them."""
    articles, out, clean = tmp_path / "articles", tmp_path / "out", tmp_path / "clean"
    _write_articles(articles, range(A_BATCH))
    assert _build(articles, out).returncode == 0
    _write_articles(articles, range(A_BATCH, 2 * A_BATCH))  # one batch more
    assert _build(articles, out, "--die-after-load").returncode == -9
    assert len(_article_graphs(out)) == 2 * A_BATCH
    done = _build(articles, out)
    assert done.returncode == 0, done.stderr
    assert _build(articles, clean).returncode == 0
    assert _quads(out) == _quads(clean)
