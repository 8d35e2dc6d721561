"""A build killed at any moment leaves the previous outputs and store readable, and the next build completes."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.store import open_store

pytestmark = pytest.mark.model
EXAMPLES = Path(__file__).parent.parent / "examples" / "articles"


def _kg(*args):
    return [sys.executable, "-m", "kg.cli", *args]


def _articles_in(out: Path) -> int:
    return len(open_store(out).articles())


def test_kill_9_during_build_loses_nothing(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(EXAMPLES, articles)
    out = tmp_path / "out"
    subprocess.run(_kg("build", str(articles), "--out", str(out), "--quiet"), check=True, capture_output=True)
    before = _articles_in(out)
    for n, delay in enumerate((0.3, 1.5, 3.0)):
        # new work each round: one more article, so the killed build has something to write
        src = sorted(EXAMPLES.glob("*.txt"))[n]
        (articles / f"extra{n}.txt").write_text(src.read_text(encoding="utf-8") + f"\n（追記{n}）\n", encoding="utf-8")
        proc = subprocess.Popen(_kg("build", str(articles), "--out", str(out), "--quiet"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ds = Dataset()
        ds.parse(str(out / "graph.trig"), format="trig")  # readable, whole
        count = _articles_in(out)
        assert before <= count <= before + n + 1
    done = subprocess.run(_kg("build", str(articles), "--out", str(out), "--quiet"), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _articles_in(out) == before + 3
    assert not (out / ".kg.lock").exists()


def test_second_build_into_the_same_folder_stops(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".kg.lock").write_text(str(os.getpid()))  # this process is alive: the folder is busy
    done = subprocess.run(_kg("build", str(EXAMPLES), "--out", str(out), "--quiet"), capture_output=True, text=True)
    assert done.returncode == 1
    assert "another kg build is writing here" in done.stderr and "Traceback" not in done.stderr
