"""Benchmark: an unchanged rebuild against the first build, and a build after a rule change.

    .venv/bin/python bench/rebuild_bench.py [--copies 5]

Copies the example articles N times (each copy made distinct), builds them into a fresh folder, builds again
with nothing changed, then once more re-extracting everything from the parse cache (as after a rule change), and
prints the times and the ratios to the first build.
The pipeline is loaded before timing, so the ratio compares the builds' own work.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.nlp import pipeline  # noqa: E402
from kg.pipeline import build  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=5)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp())
    articles = root / "articles"
    articles.mkdir()
    for k in range(args.copies):
        for src in EXAMPLES.glob("*.txt"):
            (articles / f"{k}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n（{k}）\n", encoding="utf-8")
    n = len(list(articles.glob("*.txt")))
    pipeline("ja")  # load once, outside the timings
    start = time.perf_counter()
    first = build([articles], root / "out")
    t_first = time.perf_counter() - start
    start = time.perf_counter()
    again = build([articles], root / "out")
    t_again = time.perf_counter() - start
    start = time.perf_counter()
    reread = build([articles], root / "out", rebuild=True)  # what a rule change costs: extract from the parse cache
    t_reread = time.perf_counter() - start
    print(f"{n} articles: first build {t_first:.2f} s ({first.articles} read); unchanged rebuild {t_again:.2f} s "
          f"({again.unchanged} unchanged); ratio {t_again / t_first:.3f} (goal <= 0.05)")
    print(f"re-extraction from the parse cache (a rule change): {t_reread:.2f} s ({reread.articles} re-read); "
          f"ratio {t_reread / t_first:.3f} (goal <= 0.10)")
    shutil.rmtree(root)


if __name__ == "__main__":
    main()
