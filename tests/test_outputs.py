"""The stats and the output files are rewritten when what they show changed, and only then."""
import json
import shutil
from pathlib import Path

import pytest

from kg import pipeline
from kg.pipeline import MADE_FROM, OUTPUTS, STATS_GRAPH, build, remove
from kg.store import open_store

EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"
VERSION = "<https://w3id.org/kg-news/ns#extractorVersion>"
ARTICLE = "<https://w3id.org/kg-news/id/article/a1>"


def _graph(version: str, label: str) -> str:
    return (f'{ARTICLE} {VERSION} "{version}" .\n'
            f'{ARTICLE} <https://schema.org/headline> "{label}"@ja .\n')


def test_digests_leave_the_extractor_version_out_of_the_second():
    one, other = pipeline._digests(_graph("v1", "見出し")), pipeline._digests(_graph("v2", "見出し"))
    assert one[0] != other[0] and one[1] == other[1]
    assert pipeline._digests(_graph("v1", "別の見出し"))[1] != one[1]


@pytest.mark.parametrize("after, expected", [
    ({"g1": ["a", "x"], "g2": ["b", "y"]}, (False, False)),  # all as they were
    ({"g1": ["c", "x"], "g2": ["b", "y"]}, (True, False)),  # a new extractor version only
    ({"g1": ["c", "z"], "g2": ["b", "y"]}, (True, True)),  # a triple that is shown changed
    ({"g1": ["a", "x"]}, (True, True)),  # a graph went
    ({"g1": ["a", "x"], "g2": ["b", "y"], "g3": ["d", "w"]}, (True, True)),  # a graph came
])
def test_what_changed(after, expected):
    before = {"code": "c1", "graphs": {"g1": ["a", "x"], "g2": ["b", "y"]}, "unknown": []}
    assert pipeline._changed(before, {"code": "c1", "graphs": after, "unknown": []}) == expected
    # other output code, or a graph the record does not know: everything is written again
    assert pipeline._changed(before, {"code": "c2", "graphs": after, "unknown": []}) == (True, True)
    assert pipeline._changed({**before, "unknown": ["g9"]}, {"code": "c1", "graphs": after, "unknown": []}) == (True, True)


def _files(out: Path) -> dict[str, int]:
    """Each output file's inode: a file written again (to a temporary file, then renamed) gets a new one."""
    return {name: (out / name).stat().st_ino for name in OUTPUTS}


def _stats_graph(out: Path) -> int:
    rows = open_store(out).query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{STATS_GRAPH}> {{ ?s ?p ?o }} }}").rows
    return int(rows[0]["n"]["value"])


@pytest.mark.model
def test_reextraction_rewrites_only_what_changed(tmp_path, monkeypatch):
    articles = tmp_path / "articles"
    articles.mkdir()
    for src in sorted(EXAMPLES.glob("*.txt"))[:2]:
        shutil.copy(src, articles / src.name)
    out = tmp_path / "out"
    build([articles], out)
    first, stats = _files(out), _stats_graph(out)
    assert set(json.loads((out / MADE_FROM).read_text())["graphs"]) >= {g for g, _, _ in open_store(out).articles()}

    again = build([articles], out, rebuild=True)  # the same rules: the same graphs
    assert again.articles == 2 and _files(out) == first and _stats_graph(out) == stats

    version = pipeline.extractor_version
    monkeypatch.setattr(pipeline, "extractor_version", lambda name: version(name) + "-changed")
    build([articles], out)  # a rule change that changes no relation: only the RDF files hold the version
    now = _files(out)
    assert [now[n] != first[n] for n in OUTPUTS] == [True, True, False, False]
    assert "-changed" in (out / "graph.trig").read_text(encoding="utf-8")

    (out / "graph.html").unlink()
    build([articles], out, rebuild=True)  # a missing file is written again
    assert (out / "graph.html").stat().st_size > 0

    removed = sorted(articles.glob("*.txt"))[0]
    remove([str(removed)], out)
    before = _files(out)
    build([articles], out)  # the article comes back: everything is written again
    assert all(ino != before[n] for n, ino in _files(out).items())
    assert _stats_graph(out) == stats
