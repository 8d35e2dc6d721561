"""The kg command line: thin commands over the library. Errors become one ``Error: ...`` line."""
from __future__ import annotations

import argparse
import os
import sys

from kg.errors import KgError

DESCRIPTION = """Build a knowledge graph of who did what to whom from news articles.

Japanese articles are parsed with GiNZA, relations of the kg vocabulary (warns, supports, meetsWith, ...)
are extracted at the actor level and rolled up to countries, and the graph is written as RDF, GraphML
and an interactive HTML diagram."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build the graph of a folder of articles",
                       description="Read articles (.txt, .md; files or folders), extract relations and write "
                                   "graph.trig, graph.ttl, graph.graphml and graph.html into --out.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders of them")
    b.add_argument("--out", required=True, metavar="DIR", help="folder to write the outputs into (created if missing)")
    b.add_argument("--workers", type=int, default=1, metavar="N",
                   help="parser processes (default 1; each loads its own pipeline, about 400 MB)")
    b.add_argument("--extractor", default=None, metavar="NAME",
                   help="registered extractor to use (default: the language's default, e.g. kg.ja.predicate.v1)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    e = sub.add_parser("eval", help="score a built graph against gold triples",
                       description="Compare the statements of a graph built from the gold articles with the gold "
                                   "triples (.tsv, see tests/gold/GUIDELINES.md) and print precision, recall "
                                   "and F1 per level and relation, with the misses and false positives.")
    e.add_argument("gold", nargs="+", metavar="GOLD", help="gold .tsv files or folders of them")
    e.add_argument("--graph", required=True, metavar="FILE", help="the graph.trig built from the gold articles")
    e.add_argument("--summary", action="store_true", help="only the scores, not the lists of misses and false positives")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 2
    try:
        return {"build": _build, "eval": _eval}[args.command](args)
    except KgError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # kg ... | head: the reader has gone; say nothing more
        sys.stderr.close()
        return 0


def _build(args) -> int:
    from kg.pipeline import OUTPUTS, build

    result = build(args.inputs, args.out, workers=args.workers, extractor=args.extractor,
                   progress=not args.quiet and sys.stderr.isatty() or os.environ.get("KG_PROGRESS") == "1")
    for err in result.errors:
        print(f"Error: {err}", file=sys.stderr)
    print(f"articles: {result.articles}   entities: {result.entities}   statements: {len(result.statements)}")
    for level in ("actor", "country"):
        counts = ", ".join(f"{rel} {n}" for rel, n in result.by_relation(level).most_common())
        print(f"{level} relations: {counts or 'none'}")
    print("top relations:")
    for text, n in result.top():
        print(f"  {text} ({n})")
    print("wrote: " + ", ".join(str(result.out / name) for name in OUTPUTS))
    if result.errors:
        print(f"skipped {len(result.errors)} input(s)", file=sys.stderr)
        return 1
    return 0


def _eval(args) -> int:
    from kg.evaluate import format_report, read_gold, read_predictions, score

    report = score(read_gold(args.gold), read_predictions(args.graph))
    print(format_report(report, details=not args.summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
