"""The kg command line: thin commands over the library. Errors become one ``Error: ...`` line."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg.errors import KgError

DESCRIPTION = """Build a knowledge graph of who did what to whom from news articles.

Japanese articles are parsed with GiNZA, relations of the kg vocabulary (warns, supports, meetsWith, ...)
are extracted at the actor level and rolled up to countries, and the graph is written as RDF, GraphML
and an interactive HTML diagram."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="kg", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build or update the graph of a folder of articles",
                       description="Read articles (files, folders or http(s) URLs: .txt, .md, .html, .json, .jsonl, RSS/Atom "
                                   "feeds), extract relations and write "
                                   "graph.trig, graph.ttl, graph.graphml, graph.html and the SPARQL store into "
                                   "--out. Articles already in the store with the same text and extractor are "
                                   "not read again; a changed article replaces its graph.")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="article files, folders of them, quoted glob patterns ('news/**/*.html'), or http(s) URLs")
    b.add_argument("--out", required=True, metavar="DIR", help="folder to write the outputs into (created if missing)")
    b.add_argument("--store", default=None, metavar="URL",
                   help="write to this SPARQL 1.1 endpoint instead of the store in DIR/store "
                        "(e.g. http://127.0.0.1:7878 for `oxigraph serve`)")
    b.add_argument("--workers", type=int, default=None, metavar="N",
                   help="parser processes (default: the number of cores, one for small builds; each loads its "
                        "own pipeline, about 400 MB)")
    b.add_argument("--extractor", default=None, metavar="NAME",
                   help="registered extractor to use (default: the language's default, e.g. kg.ja.predicate.v1)")
    b.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where to parse and extract: this machine (default) or a Dask cluster")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --executor dask: the scheduler to use (e.g. tcp://10.0.0.5:8786); without it a "
                        "LocalCluster of --workers processes is started")
    b.add_argument("--rebuild", "--reextract", action="store_true", dest="rebuild",
                   help="extract every article again, even unchanged ones (parsed documents come from the "
                        "parse cache, so only changed texts are parsed again)")
    b.add_argument("--max-bytes", type=int, default=5_000_000, metavar="N",
                   help="skip (with an error line) files larger than N bytes (default 5,000,000)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")

    r = sub.add_parser("remove", help="remove articles and everything derived from them",
                       description="Drop articles from the store (by the path they were built from, or by "
                                   "article id) with every statement read from them, then rewrite the outputs. "
                                   "Articles removed before are reported as such, not as an error: running the "
                                   "same remove again finishes one that was killed.")
    r.add_argument("articles", nargs="+", metavar="ARTICLE", help="article paths as built, or article ids")
    r.add_argument("--out", required=True, metavar="DIR", help="the build folder")
    r.add_argument("--store", default=None, metavar="URL", help="the SPARQL endpoint, if the build used one")

    q = sub.add_parser("query", help="run SPARQL or a named query against a built graph",
                       description="Run SPARQL against the store. The union of all article graphs is the default "
                                   "graph and the prefixes kg, kgid, rdf, rdfs, schema, prov, owl, skos, xsd and "
                                   "wd are declared. QUERY is SPARQL text or the name of a shipped query "
                                   "(see --list). Read-only; SERVICE is refused.")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, or a named query")
    q.add_argument("--store", required=True, metavar="DIR|URL", help="a build folder or a SPARQL endpoint URL")
    q.add_argument("-f", "--file", metavar="FILE", help="read the SPARQL from a file")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                   help="a named query's parameter: an IRI or an entity label (repeatable)")
    q.add_argument("--format", choices=("table", "json", "csv", "tsv"), default="table",
                   help="SELECT/ASK output (default table; json is SPARQL 1.1 JSON). CONSTRUCT/DESCRIBE give Turtle")
    q.add_argument("--lang", choices=("en", "ja"), default="en",
                   help="language of the labels a named query shows (default en; each falls back to the other)")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")

    x = sub.add_parser("export", help="write the graph in another format",
                       description="Write the article graphs of a store as RDF (ttl, nt, trig, nq, jsonld) or as "
                                   "a network (graphml, gexf, json: node-link JSON for D3).")
    x.add_argument("--store", required=True, metavar="DIR|URL", help="a build folder or a SPARQL endpoint URL")
    x.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="output format")
    x.add_argument("--output", "-o", metavar="FILE", help="file to write (default: standard output)")

    v = sub.add_parser("viz", help="draw the graph as an HTML page that works offline",
                       description="Write the relationship diagram of a store (a build folder or an endpoint) as one "
                                   "HTML file with everything inlined: countries, people and bodies as typed nodes, "
                                   "edges coloured from cooperation (green) to conflict (red), dashed when hedged.")
    v.add_argument("--store", required=True, metavar="DIR|URL", help="a build folder or a SPARQL endpoint URL")
    v.add_argument("--out", required=True, metavar="FILE", help="the HTML file to write")
    v.add_argument("--level", choices=("actor", "country", "both"), default="both",
                   help="relations as written (actor), rolled up to countries (country), or both (default)")
    v.add_argument("--lang", choices=("ja", "en"), default="en",
                   help="language of labels and page (default en; labels fall back to the other)")
    v.add_argument("--top", type=int, default=5000, metavar="N",
                   help="draw at most the N most connected entities (default 5,000; 0 draws all)")

    w = sub.add_parser("serve", help="serve the graph over HTTP: a SPARQL endpoint and a browser explorer",
                       description="Serve a store over HTTP until Ctrl-C. /sparql is a SPARQL 1.1 Protocol "
                                   "endpoint (GET ?query=, POST a form with query= or update=, or "
                                   "application/sparql-query) over the union of the article graphs, with kg's "
                                   "prefixes declared; answers in SPARQL JSON, XML, CSV or TSV (SELECT, ASK) and "
                                   "Turtle or N-Triples (CONSTRUCT, DESCRIBE), by the Accept header or "
                                   "?format=. / is the explorer: the diagram, a query box with the shipped "
                                   "queries, results whose entities focus the diagram; /entity/... is a page "
                                   "per entity. Read-only unless --allow-update; SERVICE and LOAD are refused. "
                                   "A kg build into the served folder works meanwhile (not with "
                                   "--allow-update) and shows once it has finished.")
    w.add_argument("--store", required=True, metavar="DIR|URL", help="a build folder or a SPARQL endpoint URL")
    w.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: every interface)")
    w.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    w.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update (POST update=...). The store is then held open for writing, so "
                        "a kg build into the folder fails until the server stops")
    w.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                   help="let pages of this origin read answers across sites, e.g. a YASGUI page "
                        "(https://yasgui.example.org, or * for any; repeatable; default: none)")
    w.add_argument("--timeout", type=_positive(float), default=10.0, metavar="SECONDS",
                   help="stop a query that runs longer, with HTTP 503 (default 10)")
    w.add_argument("--max-rows", type=_positive(int), default=10_000, metavar="N",
                   help="answer at most N rows (or triples) per query; the header X-KG-Truncated says when "
                        "there were more (default 10,000)")

    e = sub.add_parser("eval", help="score a built graph against gold triples",
                       description="Compare the statements of a graph built from the gold articles with the gold "
                                   "triples (.tsv, see tests/gold/GUIDELINES.md) and print precision, recall "
                                   "and F1 per level and relation, with the misses and false positives.")
    e.add_argument("gold", nargs="+", metavar="GOLD", help="gold .tsv files or folders of them")
    e.add_argument("--graph", required=True, metavar="FILE", help="the graph.trig built from the gold articles")
    e.add_argument("--summary", action="store_true", help="only the scores, not the lists of misses and false positives")
    return top


EXPORT_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld", "graphml", "gexf", "json")


def _positive(kind):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
        return value
    return parse


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 2
    try:
        commands = {"build": _build, "remove": _remove, "query": _query, "export": _export, "viz": _viz,
                    "eval": _eval, "serve": _serve}
        return commands[args.command](args)
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

    result = build(args.inputs, args.out, store_at=args.store, workers=args.workers, extractor=args.extractor,
                   executor=args.executor, scheduler=args.scheduler,
                   rebuild=args.rebuild, max_bytes=args.max_bytes,
                   progress=not args.quiet and sys.stderr.isatty() or os.environ.get("KG_PROGRESS") == "1")
    for err in result.errors:
        print(f"Error: {err}", file=sys.stderr)
    s = result.summary
    print(f"articles: {s['articles']} in the graph ({result.articles} read, {result.unchanged} unchanged, "
          f"{result.removed} replaced)   entities: {s['entities']}   statements: {s['statements']}")
    for level in ("actor", "country"):
        counts = ", ".join(f"{rel} {n}" for rel, n in s["relations"].get(level, {}).items())
        print(f"{level} relations: {counts or 'none'}")
    print("top relations:")
    for text, n in s["top"]:
        print(f"  {text} ({n})")
    print("wrote: " + ", ".join(str(result.out / name) for name in OUTPUTS) + f", store: {args.store or result.out / 'store'}")
    order = ("read", "parse", "dask", "extract", "store", "outputs")
    print("time: " + ", ".join(f"{stage} {result.stages[stage]:.1f} s" for stage in order if stage in result.stages))
    if result.errors:
        print(f"skipped {len(result.errors)} input(s)", file=sys.stderr)
        return 1
    return 0


def _remove(args) -> int:
    from kg.pipeline import remove

    n = remove(args.articles, args.out, store_at=args.store)
    if n:
        print(f"removed {n} article graph(s); outputs in {args.out} rewritten")
    else:  # (by a remove that was killed, perhaps: its work is done now)
        print(f"already removed: {', '.join(args.articles)}; the outputs in {args.out} show the store as it is")
    return 0


def _query(args) -> int:
    from kg.errors import StoreError
    from kg.sparql import format_results, named_queries, run

    if args.list:
        for q in named_queries().values():
            params = " ".join(f"--param {p}=..." for p, _ in q.params)
            print(f"{q.name} {params}".rstrip())
            print(f"    {q.description}")
            for p, d in q.params:
                print(f"    {p}: {d}")
        return 0
    if args.file:
        text, name = Path(args.file).read_text(encoding="utf-8"), None
    elif args.query is None:
        raise StoreError("give SPARQL text, a named query (--list shows them) or -f FILE")
    elif args.query in named_queries():
        text, name = None, args.query
    else:
        text, name = args.query, None
    params = dict(_param(p) for p in args.param)
    if params and name is None:
        raise StoreError("--param goes with a named query; in your own SPARQL write the terms directly")
    print(format_results(run(args.store, text, name=name, params=params, lang=args.lang), args.format))
    return 0


def _param(text: str) -> tuple[str, str]:
    from kg.errors import StoreError

    name, sep, value = text.partition("=")
    if not sep or not name:
        raise StoreError(f"--param {text!r}: write NAME=VALUE")
    return name, value


def _viz(args) -> int:
    from kg.api import visualize

    print(f"wrote {visualize(args.store, args.out, level=args.level, lang=args.lang, top=args.top or None)}")
    return 0


def _export(args) -> int:
    from kg.export import export

    if args.output:
        export(args.store, args.format, args.output)
        print(f"wrote {args.output}")
    else:
        export(args.store, args.format, sys.stdout.buffer)
    return 0


def _serve(args) -> int:
    from kg.serve import serve

    serve(args.store, host=args.host, port=args.port, allow_update=args.allow_update, timeout=args.timeout,
          max_rows=args.max_rows, cors=tuple(args.cors))
    return 0


def _eval(args) -> int:
    from kg.evaluate import format_report, read_gold, read_predictions, score

    report = score(read_gold(args.gold), read_predictions(args.graph))
    print(format_report(report, details=not args.summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
