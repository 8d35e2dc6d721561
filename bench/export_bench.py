"""Benchmark: the peak memory of `kg export` on a big store, per format, each in a fresh process.

    .venv/bin/python bench/export_bench.py [--triples 1000000] [--formats nt,nq,ttl,trig,graphml,json] [--store DIR|URL]

Makes the synthetic store of bench/store_bench.py (a graph shaped like kg's output, loaded and its aggregates
computed as a build does) in a temporary folder, or uses the build folder (or endpoint) given with ``--store``,
then runs ``kg export --format F -o FILE`` for each format in a fresh interpreter and prints its peak RSS, its
time and the size of the file, with the load average. A fresh interpreter that only imports kg's export is
measured too: what an export holds is its peak less that.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CODE = ("import resource, sys; from kg.cli import main; import kg.export, kg.pipeline, networkx, pyoxigraph; "
        "args = sys.argv[1:]; args and main(args); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak RSS (MB) and wall seconds of ``kg ARGS`` run in a fresh interpreter."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CODE, *args], capture_output=True, text=True, check=True, cwd=ROOT)
    return int(done.stdout.split()[-1]) / 1024, time.perf_counter() - start


def make_store(folder: Path, triples: int) -> None:
    """The synthetic store of bench/store_bench.py in ``folder/store``, as a build leaves it."""
    sys.path.insert(0, str(ROOT / "bench"))
    from store_bench import load_oxigraph, synthetic

    db, _ = load_oxigraph(synthetic(triples), folder / "store")
    del db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="quads of the synthetic store (default 1,000,000)")
    ap.add_argument("--formats", default="nt,nq,ttl,trig,graphml,json", help="formats to export, comma-separated")
    ap.add_argument("--store", help="a build folder (or a SPARQL endpoint URL) to export instead of a synthetic store")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-export-bench-") as tmp:
        folder = args.store or Path(tmp)
        if args.store is None:
            make_store(folder, args.triples)
        print(f"store {folder}; load average {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
        idle, _ = peak_rss_mb([])
        print(f"  a fresh interpreter with kg's export imported: {idle:.0f} MB")
        for fmt in args.formats.split(","):
            target = Path(tmp) / f"export.{fmt}"
            rss, seconds = peak_rss_mb(["export", "--store", str(folder), "--format", fmt, "-o", str(target)])
            print(f"  {fmt:8s} peak RSS {rss:7.0f} MB ({rss - idle:6.0f} above it), {seconds:6.1f} s, "
                  f"{target.stat().st_size / 1e6:7.1f} MB written; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
