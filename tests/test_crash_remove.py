"""A ``kg remove`` killed (SIGKILL) at any point is finished by the next build, or by the same remove again (which
says the articles are already removed): the store, the stats and every output file come out as an uninterrupted
remove leaves them, and no output is ever half-written.

No model: the builds are tests/unparsed_build.py's (made-up statements); tests/killed_remove.py is the real
command, killed just before or after one of its steps."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import MADE_FROM, OUTPUTS, remove
from kg.store import open_store

ROOT = Path(__file__).parent.parent
GONE = ("a001.txt", "a004.txt")  # the articles removed
# where to kill the remove, in the order it gets there (see tests/killed_remove.py), and whether the articles are
# still in the store then
KILL_POINTS = {
    "after:_atomic": True,  # it has recorded what it is about to drop
    "after:drop_graphs": False,  # the articles are gone, the stats and the outputs are as they were
    "after:refresh_stats": False,  # the stats are new, the outputs as they were
    "after:write_trig_and_turtle": False,  # graph.trig and graph.ttl are written, not yet renamed into place
    "after:write_outputs": False,  # the outputs are new, the record of what they were made from not yet
}


def _python(module: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          check=False)


def _built(tmp_path: Path) -> tuple[Path, Path]:
    articles, out = tmp_path / "articles", tmp_path / "built"
    articles.mkdir()
    for n in range(6):
        (articles / f"a{n:03d}.txt").write_text(f"米国が中国に警告 {n}\n\n米国は中国に対して警告した。記事{n}。\n",
                                                encoding="utf-8")
    assert _python("tests.unparsed_build", str(articles), str(out)).returncode == 0
    return articles, out


def _state(out: Path) -> dict:
    """The store (stats and ontology included), graph.trig and graph.ttl as sets of N-Quads or N-Triples, and the
    other output files' bytes."""
    store = open_store(out, read_only=True)
    return {"store": set(store.dump_nquads().splitlines()),
            "graph.trig": {str(q) for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)},
            "graph.ttl": {str(t) for t in ox.parse(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)},
            **{name: (out / name).read_bytes() for name in OUTPUTS if not name.endswith((".trig", ".ttl"))}}


def _sources(out: Path) -> set[str]:
    return {source for _, source, _ in open_store(out, read_only=True).articles()}


def _clean_remove(built: Path, tmp_path: Path, victims: list[str]) -> dict:
    clean = tmp_path / "clean"
    shutil.copytree(built, clean)
    assert remove(victims, clean) == len(victims)
    return _state(clean)


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_remove_killed_is_finished_by_the_next_build_or_by_itself(tmp_path, point):
    articles, built = _built(tmp_path)
    victims = [str(articles / name) for name in GONE]
    expected, as_built = _clean_remove(built, tmp_path, victims), _state(built)
    killed = tmp_path / "killed"
    shutil.copytree(built, killed)

    assert _python("tests.killed_remove", point, str(killed), *victims).returncode == -9
    assert (set(victims) <= _sources(killed)) == KILL_POINTS[point]
    for name in ("graph.trig", "graph.ttl"):  # whole: the old files, or the new ones
        assert _state(killed)[name] in (as_built[name], expected[name])
    if point == "after:drop_graphs":  # the dangerous point: the outputs still show the removed articles
        assert _state(killed)["graph.trig"] == as_built["graph.trig"]

    again, rebuilt = tmp_path / "again", tmp_path / "rebuilt"
    shutil.copytree(killed, again)
    shutil.copytree(killed, rebuilt)
    done = _python("kg.cli", "remove", *victims, "--out", str(again))
    assert done.returncode == 0, done.stderr
    assert ("already removed" in done.stdout) == (not KILL_POINTS[point]), done.stdout
    assert _state(again) == expected

    for name in GONE:
        (articles / name).unlink()  # (a build of the folder as it was would read them again)
    done = _python("tests.unparsed_build", str(articles), str(rebuilt))
    assert json.loads(done.stdout.splitlines()[-1]) == {"built": 0, "errors": []}, done.stderr
    # (killed before it dropped them, the remove did nothing a build undoes: the articles stay, and so do the outputs)
    assert _state(rebuilt) == (as_built if KILL_POINTS[point] else expected)
    for out in (again, rebuilt):
        assert not list(out.glob(".*.tmp")) and not (out / ".kg.lock").exists()


def test_a_build_that_brings_the_removed_articles_back_remakes_the_stats(tmp_path):
    """Killed after the stats, before the outputs: the articles' files are still there, so the next build reads
    them again, as they were; the stats (made without them) and the outputs must come out as the first build's."""
    articles, built = _built(tmp_path)
    as_built = _state(built)
    killed = tmp_path / "killed"
    shutil.copytree(built, killed)
    victims = [str(articles / name) for name in GONE]
    assert _python("tests.killed_remove", "after:refresh_stats", str(killed), *victims).returncode == -9
    assert _state(killed)["store"] != as_built["store"]
    assert _python("tests.unparsed_build", str(articles), str(killed)).returncode == 0
    assert _state(killed) == as_built
    assert "removed" not in json.loads((killed / MADE_FROM).read_text())  # (they are back)


def test_removing_again_what_was_removed_says_so_and_writes_nothing(tmp_path):
    articles, out = _built(tmp_path)
    victim = str(articles / GONE[0])
    assert remove([victim], out) == 1
    stamps = {name: (out / name).stat().st_mtime_ns for name in OUTPUTS}
    done = _python("kg.cli", "remove", victim, "--out", str(out))
    assert done.returncode == 0 and done.stdout.startswith(f"already removed: {victim};"), done
    assert {name: (out / name).stat().st_mtime_ns for name in OUTPUTS} == stamps
    never = _python("kg.cli", "remove", str(articles / "a999.txt"), "--out", str(out))
    assert never.returncode == 1 and never.stderr.startswith("Error: none of "), never.stderr
