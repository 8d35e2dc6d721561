"""Benchmark: the shipped store (Oxigraph) against rdflib's in-memory store, on a synthetic news-like graph.

    .venv/bin/python bench/store_bench.py [--triples 1000000] [--skip-rdflib]

Builds a graph shaped like kg's output (entities with labels, articles as named graphs, statement nodes with
provenance and direct triples), loads it into both stores in the same run, runs every named query that
needs no parameters plus two with parameters, and prints times and the ratio rdflib / Oxigraph.
Speed is printed, never asserted: machines are noisy, the ratio is what to compare.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.sparql import named_queries  # noqa: E402
from kg.store import PREFIXES, _bind_values  # noqa: E402
from kg.vocab import vocabulary  # noqa: E402

KG = PREFIXES["kg"]
ID = PREFIXES["kgid"]
RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
SCHEMA = PREFIXES["schema"]


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


def _rd(term):
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value) if term.datatype else None)


def _rdflib_time(ds, text: str, init: dict, timeout: float) -> float | None:
    """Time one rdflib query in a forked child (it shares the loaded graph), giving up after ``timeout``."""
    import multiprocessing as mp

    def child(conn):
        conn.send(timed(lambda: len(list(ds.query(text, initBindings=init))))[0])

    ctx = mp.get_context("fork")
    parent, kid = ctx.Pipe()
    proc = ctx.Process(target=child, args=(kid,))
    proc.start()
    ready = parent.poll(timeout)
    result = parent.recv() if ready else None
    proc.kill()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--skip-rdflib", action="store_true", help="measure Oxigraph only")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds an rdflib query may take (default 120)")
    args = ap.parse_args()
    import pyoxigraph as ox
    from rdflib import Dataset, Literal, URIRef

    data = synthetic(args.triples)
    ontology = (Path(__file__).resolve().parent.parent / "ontologies" / "kg.ttl").read_bytes()
    print(f"synthetic graph: {data.count(chr(10)):,} quads")
    ox_store = ox.Store()
    t_ox, _ = timed(lambda: (ox_store.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS),
                             ox_store.bulk_load(ontology, format=ox.RdfFormat.TURTLE,
                                                to_graph=ox.NamedNode(f"{ID}graph/ontology"))))
    print(f"load  oxigraph {t_ox:8.2f} s")
    from kg.pipeline import _prefixed
    from kg.sparql import QUERY_DIR

    stats = _prefixed((QUERY_DIR / "stats.ru").read_text(encoding="utf-8"))
    t_stats, _ = timed(lambda: ox_store.update(stats))
    print(f"stats oxigraph {t_stats:8.2f} s   (the aggregates kg computes once per build)")
    ds = None
    if not args.skip_rdflib:
        ds = Dataset(default_union=True)
        t_rd, _ = timed(lambda: (ds.parse(data=data, format="nquads"),
                                 ds.graph(URIRef(f"{ID}graph/ontology")).parse(data=ontology, format="turtle")))
        print(f"load  rdflib   {t_rd:8.2f} s   ratio {t_rd / t_ox:6.1f}x")
        # rdflib answers the same queries, so it gets the same precomputed aggregates (copied, not timed)
        for q in ox_store.quads_for_pattern(None, None, None, ox.NamedNode(f"{ID}graph/stats")):
            ds.graph(URIRef(q.graph_name.value)).add(tuple(_rd(t) for t in (q.subject, q.predicate, q.object)))
    prefixes = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
    params = {"relations-of": {"entity": f"{ID}country/C007"},
              "evidence": {"s": f"{ID}country/C001", "o": f"{ID}country/C002"},
              "between": {"a": f"{ID}country/C001", "b": f"{ID}country/C002"}}
    for name, q in sorted(named_queries().items()):
        binds = params.get(name, {})
        if q.params and not binds:
            continue
        text = _bind_values(q.text, {k: URIRef(v) for k, v in binds.items()}) if binds else q.text
        t_o, n = timed(lambda: len(list(ox_store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True))))
        line = f"query {name:<16} oxigraph {t_o * 1000:9.1f} ms ({n} rows)"
        if ds is not None:
            t_r = _rdflib_time(ds, prefixes + "\n" + q.text, {k: URIRef(v) for k, v in binds.items()}, args.timeout)
            if t_r is None:
                line += f"   rdflib  >{args.timeout:7.0f} s   ratio >{args.timeout / max(t_o, 1e-6):7.0f}x"
            else:
                line += f"   rdflib {t_r * 1000:10.1f} ms   ratio {t_r / max(t_o, 1e-6):8.1f}x"
        print(line, flush=True)
    del Literal


if __name__ == "__main__":
    main()
