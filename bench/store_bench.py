"""Benchmark: the shipped store (Oxigraph) against rdflib's in-memory store, on a synthetic news-like graph.

    .venv/bin/python bench/store_bench.py [--triples 1000000] [--store disk|memory|both] [--optimize]
                                          [--skip-rdflib] [--repeat 5] [--budget 10] [--timeout 120]
                                          [--queries articles,balance]

Builds a graph shaped like kg's output (entities with labels, articles as named graphs, statement nodes with
provenance and direct triples), loads it into each store in the same run, runs every named query that needs no
parameters plus three with parameters (or those given with ``--queries``), and prints times and the ratio
rdflib / Oxigraph.
Speed is printed, never asserted: machines are noisy, the ratio is what to compare (each line ends with the load
average when it was measured).

Oxigraph is measured as kg ships it, a store in a folder (RocksDB, here in a temporary folder: loaded, then
the aggregates computed and flushed as ``kg build`` does, kg/queries/stats.ru and the order of articles), and
in memory (``pyoxigraph.Store()``, which kg does not use; the figures earlier versions of this benchmark printed).

The engines are timed alike: in this process (no fork, whose copy-on-write faults slowed whichever side ran
next), each Oxigraph store in a pass of its own (loaded after the one before is closed: a store in memory held
beside the one on disk, never queried, made the one on disk up to twice as slow), rdflib taking turns with it
run by run so that both meet the same load on the machine, with the garbage collector
off during a run (as ``timeit`` does) and the loaded graphs frozen out of its reach, on the same query text
(parameters bound by the ``VALUES`` block kg sends, prefixes declared in the text), every row read and every
value made a Python object: Oxigraph answers through kg's own ``LocalStore.query``, as ``kg query`` gets
its rows (dicts of SPARQL JSON terms), rdflib as its ``Graph.query`` gives them (rdflib terms). A figure is the median of up to ``--repeat`` runs; an engine gets no further
run once it has spent ``--budget`` seconds on a query, and an rdflib run that passes ``--timeout`` is stopped
and reported as such. Each query's answers are compared across the engines, row by row.
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.sparql import named_queries  # noqa: E402
from kg.store import PREFIXES, LocalStore, _bind_values  # noqa: E402
from kg.vocab import vocabulary  # noqa: E402

KG = PREFIXES["kg"]
ID = PREFIXES["kgid"]
RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
SCHEMA = PREFIXES["schema"]
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontologies" / "kg.ttl"
PARAMS = {"relations-of": {"entity": f"{ID}country/C007"},
          "evidence": {"s": f"{ID}country/C001", "o": f"{ID}country/C002"},
          "between": {"a": f"{ID}country/C001", "b": f"{ID}country/C002"}}


def synthetic(n_triples: int, seed: int = 7) -> str:
    """N-Quads of about ``n_triples`` quads: 14 per statement (direct triple + provenance)."""
    rng = random.Random(seed)
    relations = [r.name for r in vocabulary().relations]
    countries = [f"{ID}country/C{i:03d}" for i in range(200)]
    people = [f"{ID}person/P{i:05d}" for i in range(5000)]
    lines = []
    for c in countries:
        lines.append(f'<{c}> <{RDFS}label> "Country {c[-3:]}"@en <{ID}graph/gazetteer> .')
        lines.append(f"<{c}> <{RDF}type> <{KG}Country> <{ID}graph/gazetteer> .")
    statement = 0
    article = 0
    while len(lines) < n_triples:
        article += 1
        g = f"<{ID}graph/A{article:07d}>"
        a = f"<{ID}article/A{article:07d}>"
        lines.append(f"{a} <{RDF}type> <{KG}NewsArticle> {g} .")
        lines.append(f'{a} <{SCHEMA}headline> "Headline {article}"@ja {g} .')
        lines.append(f'{a} <{SCHEMA}url> "articles/{article}.txt" {g} .')
        for _ in range(10):
            statement += 1
            level = rng.choice(("actor", "country"))
            pool = countries if level == "country" else people + countries
            s, o = rng.sample(pool, 2)
            p = rng.choice(relations)
            negated = "true" if rng.random() < 0.05 else "false"
            hedged = "true" if rng.random() < 0.15 else "false"
            st = f"<{ID}statement/S{statement:08d}>"
            if negated == "false" and hedged == "false":
                lines.append(f"<{s}> <{KG}{p}> <{o}> {g} .")
            for pred, obj in ((f"{RDF}type", f"<{KG}Statement>"), (f"{RDF}subject", f"<{s}>"),
                              (f"{RDF}predicate", f"<{KG}{p}>"), (f"{RDF}object", f"<{o}>"),
                              (f"{KG}level", f'"{level}"'), (f"{KG}negated", f'"{negated}"^^<http://www.w3.org/2001/XMLSchema#boolean>'),
                              (f"{KG}hedged", f'"{hedged}"^^<http://www.w3.org/2001/XMLSchema#boolean>'),
                              (f"{KG}sentence", f'"sentence {statement}"'), (f"{KG}article", a),
                              (f"{KG}rule", '"verbal"'), (f"{KG}confidence", '"0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>')):
                lines.append(f"{st} <{pred}> {obj} {g} .")
    return "\n".join(lines) + "\n"


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


class Expired(BaseException):
    """An rdflib run that passed ``--timeout`` (a BaseException, so no ``except Exception`` in rdflib eats it)."""


@contextmanager
def deadline(seconds: float):
    """Interrupt the (pure Python) code inside after ``seconds`` by raising :class:`Expired`."""
    def expire(signum, frame):
        raise Expired
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def measure(engines: dict, text: str, *, repeat: int, budget: float, timeout: float) -> dict:
    """{engine: (median seconds or None if a run passed ``timeout``, rows of the last run)}, the engines taking
    turns run by run."""
    times = {name: [] for name in engines}
    rows, expired = {}, set()
    for _ in range(repeat):
        for name, run in engines.items():
            if name in expired or sum(times[name]) >= budget:
                continue
            gc.disable()
            try:
                with deadline(timeout):
                    seconds, rows[name] = timed(lambda: run(text))
                times[name].append(seconds)
            except Expired:
                expired.add(name)
            finally:
                gc.enable()
    return {name: (None if name in expired else statistics.median(times[name]), rows.get(name)) for name in engines}


def main() -> None:
    args = parse_args()
    data = synthetic(args.triples)
    print(f"synthetic graph: {data.count(chr(10)):,} quads")
    kinds = [kind for kind in ("disk", "memory") if args.store in (kind, "both")]
    earlier: dict = {}  # query name -> rows of the engines measured so far, to compare the answers across passes
    rdflib = None
    with tempfile.TemporaryDirectory(prefix="kg-store-bench-") as folder:
        for kind in kinds:
            # one Oxigraph store in the process at a time: a store in memory beside the one on disk, never
            # queried, made the one on disk up to twice as slow (kg itself never holds one)
            db, t_load = load_oxigraph(data, Path(folder) / "store" if kind == "disk" else None, optimize=args.optimize)
            if rdflib is None and not args.skip_rdflib:
                rdflib = rdflib_runner(load_rdflib(data, db, t_load))
            engines = {f"oxigraph {kind}": oxigraph_runner(db)} | ({"rdflib": rdflib} if rdflib else {})
            gc.collect()
            gc.freeze()  # the loaded graphs are never garbage; no collection walks them while a query runs
            for name, text in query_texts(args.queries):
                results = measure(engines, text, repeat=args.repeat, budget=args.budget, timeout=args.timeout)
                report(name, results, args.timeout, earlier.setdefault(name, []))
            gc.unfreeze()
            engines.clear()
            del db  # closes the store on disk before its folder goes, and before the next store is loaded
            gc.collect()


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--store", choices=("disk", "memory", "both"), default="both",
                    help="Oxigraph on disk as kg ships it, in memory, or both (default)")
    ap.add_argument("--optimize", action="store_true",
                    help="compact the store on disk after the aggregates (which kg does not do after a build)")
    ap.add_argument("--skip-rdflib", action="store_true", help="measure Oxigraph only")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds an rdflib query may take (default 120)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per query and engine; the median is printed")
    ap.add_argument("--budget", type=float, default=10.0, help="seconds after which an engine gets no further run")
    ap.add_argument("--queries", type=lambda text: set(text.split(",")), default=None,
                    help="run only these named queries, comma-separated (default: all the benchmark runs)")
    args = ap.parse_args()
    if args.queries and args.queries - set(named_queries()):
        ap.error(f"no named query {', '.join(sorted(args.queries - set(named_queries())))}; "
                 f"available: {', '.join(sorted(named_queries()))}")
    return args


def load_oxigraph(data: str, path: Path | None, *, optimize: bool = False):
    """kg's store in the folder ``path`` (RocksDB) or, without one, in memory; with the aggregates."""
    import pyoxigraph as ox

    from kg.pipeline import refresh_stats

    db = LocalStore(path)
    store = db._store
    label = "disk" if path else "memory"
    t_load, _ = timed(lambda: (store.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS),
                               store.bulk_load(ONTOLOGY.read_bytes(), format=ox.RdfFormat.TURTLE,
                                               to_graph=ox.NamedNode(f"{ID}graph/ontology"))))
    t_stats, _ = timed(lambda: (refresh_stats(db), db.flush()))
    print(f"load  oxigraph {label:<6} {t_load:8.2f} s   aggregates (kg/queries/stats.ru, once per build) "
          f"{t_stats:6.2f} s   load average {os.getloadavg()[0]:.1f}")
    if optimize and path:
        print(f"      compacted in {timed(store.optimize)[0]:.2f} s")
    return db, t_load


def load_rdflib(data: str, db, t_ox: float):
    """rdflib's Memory store with the same graph, and the aggregates computed in kg's store ``db``."""
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef

    ds = Dataset(default_union=True)
    t_load, _ = timed(lambda: (ds.parse(data=data, format="nquads"),
                               ds.graph(URIRef(f"{ID}graph/ontology")).parse(ONTOLOGY.read_bytes(), format="turtle")))
    print(f"load  rdflib          {t_load:8.2f} s   ratio to the first Oxigraph {t_load / t_ox:5.1f}x")
    # rdflib answers the same queries, so it gets the same precomputed aggregates (copied, not timed) through
    # the N-Quads parser that read the rest, so that "x"@en stays a language-tagged literal and "x" a plain one
    stats = ox.serialize(db._store.quads_for_pattern(None, None, None, ox.NamedNode(f"{ID}graph/stats")),
                         format=ox.RdfFormat.N_QUADS)
    ds.parse(data=stats.decode("utf-8"), format="nquads")
    return ds


def oxigraph_runner(db):
    """kg's own path: ``LocalStore.query`` (union default graph, SPARQL JSON results parsed into dicts)."""
    return db.query


def rdflib_runner(ds):
    return lambda text: [tuple(row) for row in ds.query(text)]


def query_texts(only=None):
    """(name, text) of each named query the benchmark runs (those in ``only``, if given), parameters bound as kg
    binds them, prefixes declared."""
    from rdflib import URIRef

    prefixes = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
    for name, q in sorted(named_queries().items()):
        binds = PARAMS.get(name, {})
        if (q.params and not binds) or (only is not None and name not in only):
            continue
        text = _bind_values(q.text, {k: URIRef(v) for k, v in binds.items()}) if binds else q.text
        yield name, prefixes + "\n" + text


def report(name: str, results: dict, timeout: float, earlier: list) -> None:
    """One line per query and pass: each engine's median, the ratio rdflib / Oxigraph, and whether the answers agree,
    with one another and with those of the engines of the passes before (``earlier``, extended here)."""
    cells = [f"{engine} " + (f">{timeout:.0f} s" if t is None else f"{t * 1000:.1f} ms")
             for engine, (t, _) in results.items()]
    t_rd = results.get("rdflib", (None, None))[0]
    for engine, (seconds, _) in results.items():
        if engine != "rdflib" and "rdflib" in results:
            cells.append(f"ratio {'>' if t_rd is None else ''}{(t_rd or timeout) / seconds:.1f}x")
    first_pass = not earlier  # rdflib's answers, the same in every pass, are counted once
    earlier.extend(tuple(tuple(map(plain, row)) for row in as_tuples(rows)) for engine, (_, rows) in results.items()
                   if rows is not None and (first_pass or engine != "rdflib"))
    agree = f"same answers from {len(earlier)}" if len(set(earlier)) == 1 else "ANSWERS DIFFER"
    load = os.getloadavg()[0]  # the machine's load when the query's runs ended (figures move with it)
    print(f"query {name:<15} " + "   ".join(cells) + f"   ({len(earlier[0])} rows, {agree}, load {load:.1f})", flush=True)


def as_tuples(rows):
    """Rows as tuples of terms, in the order of the variables: kg's Results (dicts of SPARQL JSON terms) or rdflib's."""
    if hasattr(rows, "variables"):
        return [tuple(row.get(v) for v in rows.variables) for row in rows.rows]
    return rows


def plain(term):
    """A term (kg's SPARQL JSON or either library's) as (kind, lexical form, language, datatype), xsd:string and
    plain literals alike."""
    if term is None:
        return None
    if isinstance(term, dict):
        kind = {"uri": "iri", "bnode": "blank"}.get(term["type"], "literal")
        datatype = term.get("datatype", "")
        datatype = "" if datatype.endswith(("#string", "#langString")) else datatype
        return kind, term["value"], term.get("xml:lang", ""), datatype
    kinds = {"NamedNode": "iri", "URIRef": "iri", "BlankNode": "blank", "BNode": "blank"}
    text = term.value if type(term).__module__ == "pyoxigraph" else str(term)
    datatype = getattr(term, "datatype", None)
    datatype = str(getattr(datatype, "value", datatype) or "")
    datatype = "" if datatype.endswith(("#string", "#langString")) else datatype
    return kinds.get(type(term).__name__, "literal"), text, getattr(term, "language", None) or "", datatype


if __name__ == "__main__":
    main()
