"""Benchmark: what a first build costs beyond parsing, stage by stage, in CPU seconds, with the parse taken out.

    .venv/bin/python bench/stage_bench.py [--articles 100] [--paragraphs 3] [--runs 3]

The articles are those of bench/build_bench.py. They are parsed once, before anything is timed; each build then
gets new Doc objects made from those parses (the extractor keeps per-document memos, so reusing Docs would
flatter it) through a stand-in for the pipeline whose ``pipe`` hands them out, and writes into a fresh folder, so
everything else a first build does runs as it does: the parse cache is written, the articles extracted, the store
and the output files written. Each run is a first build in its own folder; the first run also pays what a build
does once per process (importing the extractors, reading the gazetteer). Prints each build's CPU and wall seconds
and its stages in CPU seconds ("parse" is what is left: the parse cache, the summary, the bookkeeping).

The ratio that bench/build_bench.py prints moves by about 0.05 between runs of the same code, because the parse
itself does (by 5-10% on a shared machine); the time beyond the parse is a few seconds and moves much less.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import kg.nlp  # noqa: E402
import kg.pipeline  # noqa: E402
from build_bench import make_articles  # noqa: E402


class ParsedBefore:
    """Stands in for the loaded pipeline: ``pipe`` gives each text the Doc parsed for it beforehand."""

    def __init__(self, nlp, texts: list[str]) -> None:
        from spacy.tokens import DocBin

        self.meta, self.vocab = nlp.meta, nlp.vocab
        self.texts = texts
        self.parsed = DocBin(store_user_data=True, docs=nlp.pipe(texts, batch_size=8)).to_bytes()
        self.docs: dict[str, object] = {}

    def renew(self) -> None:
        """New Doc objects for the next build."""
        from spacy.tokens import DocBin

        self.docs = dict(zip(self.texts, DocBin(store_user_data=True).from_bytes(self.parsed).get_docs(self.vocab)))

    def pipe(self, pairs, *, as_tuples: bool = False, batch_size: int = 8, n_process: int = 1):
        for text, context in pairs:
            yield self.docs[text], context


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--paragraphs", type=int, default=3)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="kg-stage-bench-"))
    try:
        texts = make_articles(root / "a", args.articles, args.paragraphs)
        stand_in = ParsedBefore(kg.nlp.pipeline("ja"), [kg.nlp.prepare(t)[0] for t in texts])
        kg.nlp.pipeline = lambda lang: stand_in
        kg.pipeline.time = types.SimpleNamespace(perf_counter=time.process_time)  # the stages in CPU seconds
        print(f"{args.articles} articles of {args.paragraphs} paragraphs; load average "
              + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        for run in range(args.runs):
            stand_in.renew()
            cpu, wall = time.process_time(), time.perf_counter()
            result = kg.pipeline.build([root / "a"], root / f"out{run}", workers=1)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.stages.items(), key=lambda kv: -kv[1]))
            print(f"  build {run + 1}: CPU {cpu:.2f} s, wall {wall:.2f} s; stages (CPU s): {stages}")
            shutil.rmtree(root / f"out{run}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
