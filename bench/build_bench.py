"""Benchmark: what a build costs beyond parsing, how memory grows with the corpus, and parallel parsing.

    .venv/bin/python bench/build_bench.py [--articles 100] [--paragraphs 3] [--rss 100,1000] [--no-dask]

Articles are made from the paragraphs of our example and gold articles (three paragraphs each by default,
about 400 characters, shuffled with a fixed seed, each article made distinct), so they read like short news
items; ``--paragraphs 15`` makes articles of about 2,000 characters, nearer a real news article. Prints, each
measured in this run, with the load average before and after:

- ``kg build`` over N articles against a bare ``nlp.pipe`` over the same texts with the same pipeline
  (goal <= 1.10);
- an unchanged rebuild and a re-extraction from the parse cache against the first build (goals <= 0.05 and
  <= 0.10), and a build after a new extractor version (as after a rule change that changes no relation);
- the first build and the re-extraction in CPU time too (this process's), which a busy machine disturbs less;
- peak RSS of a build of 100 and of 1,000 articles, each in a fresh process (goal: within 10%);
- ``--workers 2`` against ``--workers 1``, and a Dask LocalCluster of 2 workers against 1.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kg.pipeline as kg_pipeline  # noqa: E402
from kg.nlp import pipeline, prepare  # noqa: E402
from kg.pipeline import build  # noqa: E402

SOURCES = [*sorted((ROOT / "examples" / "articles").glob("*.txt")), *sorted((ROOT / "tests" / "gold").glob("ja*/*.txt"))]


def make_articles(folder: Path, n: int, paragraphs: int = 3, seed: int = 11) -> list[str]:
    """n Japanese articles: a headline and ``paragraphs`` paragraphs drawn from our own articles."""
    pool = [p.strip() for src in SOURCES for p in src.read_text(encoding="utf-8").split("\n")[1:]
            if len(p.strip()) > 40]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for k in range(n):
        body = rng.sample(pool, paragraphs)
        text = f"ニュース第{k}号\n\n" + "\n".join(body) + "\n"
        (folder / f"{k:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def timed_cpu(fn, *args, **kwargs) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds."""
    cpu = time.process_time()
    wall = timed(fn, *args, **kwargs)
    return wall, time.process_time() - cpu


def load() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def peak_rss_mb(articles: Path, out: Path) -> float:
    """Peak RSS of a one-process build of a folder, run in a fresh interpreter."""
    code = ("import resource, sys; from kg.pipeline import build; build([sys.argv[1]], sys.argv[2], workers=1); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    done = subprocess.run([sys.executable, "-c", code, str(articles), str(out)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return int(done.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100, help="articles for the speed figures (default 100)")
    ap.add_argument("--paragraphs", type=int, default=3, help="paragraphs per article (default 3, about 400 "
                    "characters; 15 make about 2,000)")
    ap.add_argument("--rss", default="100,1000", help="corpus sizes for the memory figure (default 100,1000; "
                    "'' for none)")
    ap.add_argument("--no-dask", action="store_true", help="leave out the Dask figures")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        print(f"start: {load()}")
        texts = make_articles(root / "a", args.articles, args.paragraphs)
        nlp = pipeline("ja")
        list(nlp.pipe([prepare(t)[0] for t in texts[:5]]))  # warm up, outside the timings

        def bare_pipe():
            return list(nlp.pipe((prepare(t)[0] for t in texts), batch_size=8))

        bare_before, bare_cpu_before = timed_cpu(bare_pipe)
        first, first_cpu = timed_cpu(build, [root / "a"], root / "out", workers=1)
        bare_after, bare_cpu_after = timed_cpu(bare_pipe)
        bare, bare_cpu = (bare_before + bare_after) / 2, (bare_cpu_before + bare_cpu_after) / 2  # the machine drifts
        again = timed(build, [root / "a"], root / "out", workers=1)
        reread, reread_cpu = timed_cpu(build, [root / "a"], root / "out", workers=1, rebuild=True)
        version = kg_pipeline.extractor_version
        kg_pipeline.extractor_version = lambda name: version(name) + "+bench"  # every article's version changes
        try:
            revised, revised_cpu = timed_cpu(build, [root / "a"], root / "out", workers=1)
        finally:
            kg_pipeline.extractor_version = version
        print(f"{args.articles} articles of {args.paragraphs} paragraphs, {sum(map(len, texts)):,} characters "
              f"({sum(map(len, texts)) // len(texts):,} each on average); {load()}")
        print(f"  bare nlp.pipe {bare:.1f} s (mean of one run before and one after the build); kg build {first:.1f} s; "
              f"ratio {first / bare:.3f} (goal <= 1.10); in CPU time {first_cpu:.1f} s / {bare_cpu:.1f} s, "
              f"{first_cpu / bare_cpu:.3f}")
        print(f"  unchanged rebuild {again:.2f} s; ratio to first build {again / first:.3f} (goal <= 0.05)")
        print(f"  re-extraction from the parse cache {reread:.2f} s; ratio {reread / first:.3f} (goal <= 0.10); "
              f"in CPU time {reread_cpu:.2f} s, {reread_cpu / first_cpu:.3f}")
        print(f"  after a new extractor version (a rule change that changes no relation) {revised:.2f} s; "
              f"ratio {revised / first:.3f}; in CPU time {revised_cpu:.2f} s, {revised_cpu / first_cpu:.3f}")

        two = timed(build, [root / "a"], root / "out2", workers=2)
        print(f"  --workers 2: {two:.1f} s; ratio to --workers 1 {two / first:.3f}; {load()}")
        if not args.no_dask:
            d1 = timed(build, [root / "a"], root / "d1", executor="dask", workers=1)
            d2 = timed(build, [root / "a"], root / "d2", executor="dask", workers=2)
            print(f"  Dask LocalCluster: 1 worker {d1:.1f} s, 2 workers {d2:.1f} s; ratio 2/1 {d2 / d1:.3f}; "
                  f"1 worker against --workers 1 {d1 / first:.3f}; {load()}")

        sizes = [int(s) for s in args.rss.split(",") if s.strip()]
        rss = {}
        for n in sizes:
            make_articles(root / f"rss{n}", n, args.paragraphs)
            rss[n] = peak_rss_mb(root / f"rss{n}", root / f"rss-out{n}")
            print(f"  peak RSS at {n} articles: {rss[n]:.0f} MB; {load()}")
        if sizes:
            lo, hi = rss[sizes[0]], rss[sizes[-1]]
            print(f"  peak RSS {sizes[-1]} / {sizes[0]} articles: {hi / lo:.3f} (goal <= 1.10)")
        print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
