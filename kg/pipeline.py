"""The one module that chains the stages: ingest -> nlp -> extract -> link -> graph -> store -> outputs.

Builds are incremental: an article whose text and extractor are unchanged is not read again; a changed
article replaces its named graph; ``remove`` drops articles and everything derived from them (their
country-level roll-ups live in the same named graph). Every output file is written whole or not at all,
and one build at a time may write into a folder (a lock file).
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from kg import extract, graph, ingest, link, nlp, store, viz
from kg.errors import InputError, KgError
from kg.registry import DEFAULT_EXTRACTORS
from kg.types import Article, Statement

OUTPUTS = ("graph.trig", "graph.ttl", "graph.graphml", "graph.html")
LOCK = ".kg.lock"
MADE_FROM = ".kg-outputs.json"  # what the stats and the output files were last made from (see _made_from)
ONTOLOGY_GRAPH = graph.ONTOLOGY_IRI
BATCH = 100  # article graphs written to the store at a time (new ones are bulk-loaded: fewer loads cost less)
CACHE_DIR = "cache"  # parsed documents (spaCy DocBin), so a rule change does not parse again


@dataclass(slots=True)
class BuildResult:
    out: Path
    articles: int = 0  # read and extracted in this build
    unchanged: int = 0  # skipped: same text, same extractor
    removed: int = 0  # graphs dropped: changed or removed articles
    errors: list[InputError] = field(default_factory=list)
    stages: dict = field(default_factory=dict)  # seconds per stage: read, parse, extract, store, outputs
    summary: dict = field(default_factory=dict)  # of the whole graph, see summarize()


def analyse(article: Article, doc, *, extractor: str | None = None) -> list[Statement]:
    """Extract and link one parsed article."""
    ex = extract.get(extractor or DEFAULT_EXTRACTORS[article.lang])
    return link.link(article, ex.relations(doc), ex.mentions(doc))


@cache
def extractor_version(name: str) -> str:
    """The extractor's name and a fingerprint of the code and data it reads with.

    Any change to the rules, the language data or the ontology changes it, so such a change re-reads
    every article on the next build.
    """
    root = Path(__file__).resolve().parent
    files = sorted([*root.glob("extract/**/*.py"), *root.glob("lang/**/*.py"), root / "link.py",
                    *(root.parent / "ontologies").glob("*.ttl")])
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return f"{name}+{digest.hexdigest()[:12]}"


def build(inputs: Iterable[str | Path], out: str | Path, *, store_at: str | None = None, workers: int | None = None,
          executor: str = "local", scheduler: str | None = None, progress: bool = False,
          extractor: str | None = None, rebuild: bool = False, max_bytes: int = ingest.MAX_BYTES) -> BuildResult:
    """Build (or update) the graph of the articles under ``inputs`` into the folder ``out``.

    Articles stream through the stages in chunks (reading, parsing, extraction and the store writes never
    hold more than a chunk), so memory does not grow with the number of articles. Unreadable inputs are
    collected in ``result.errors``; the others still build. ``store_at`` is a SPARQL endpoint URL to write
    to instead of the store in ``out/store``. ``executor="dask"`` parses and extracts on a Dask cluster
    (the one at ``scheduler``, or a LocalCluster of ``workers`` processes); the graph is the same.
    """
    if executor not in EXECUTORS:
        raise KgError(f"unknown executor {executor!r}; use one of {', '.join(EXECUTORS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    workers = workers or os.cpu_count() or 1
    with _lock(out):
        result = BuildResult(out=out)
        clock = _Clock()
        db = store.open_store(store_at or out, create=True)
        before = _made_from(out, db) if store_at is None else None
        sources = [s for s in ingest.find_inputs(inputs)]
        articles = clock.timed("read", _readable(sources, max_bytes, result))
        bar = _progress(sources) if progress else None
        todo = _plan(db, articles, extractor, rebuild, result, bar)
        if executor == "dask":
            produced = _on_dask(todo, extractor, scheduler, workers, out / CACHE_DIR if scheduler is None else None)
        else:
            produced = _on_this_machine(todo, extractor, workers, out / CACHE_DIR, clock)
        graphs = {graph.ONTOLOGY_IRI: graph.ontology_ntriples()}
        sent: dict[str, list[str]] = {}  # graph IRI -> its digests (see _digests)
        for iri, triples in produced:
            if iri is None:
                # the extractor failed on this article: one error naming it, the others still build
                result.errors.append(InputError(*triples))
                if bar is not None:
                    bar.update(1)
                continue
            graphs[iri] = triples
            result.articles += 1
            if bar is not None:
                bar.update(1)
            if len(graphs) >= BATCH:
                clock.run("store", _replace_graphs, db, graphs, sent)
                graphs = {}
        clock.run("store", _replace_graphs, db, graphs, sent)
        clock.close("parse" if executor == "local" else "dask")
        if bar is not None:
            bar.close()
        after = _now_made_from(db, before, sent) if store_at is None else None
        # (an unchanged rebuild, and a re-extraction whose graphs come out as they were, leave the stats and the
        # outputs as they are; graphs in the store that they were not made from, which a build killed after its
        # writes to the store left, do not, nor graphs they were made from that are gone, which a remove killed
        # after its drop left)
        rdf = views = bool(result.articles or result.removed or (before and (before["unknown"] or before["gone"])))
        if views and before is not None:
            rdf, views = _changed(before, after)
        if views or not db.query(f"ASK {{ GRAPH <{STATS_GRAPH}> {{ ?s ?p ?o }} }}").boolean:
            clock.run("store", refresh_stats, db)
        clock.run("store", db.flush)
        missing = result.errors or not all((out / name).exists() for name in OUTPUTS)
        if rdf or views or missing:
            write = partial(write_outputs, rdf=bool(rdf or missing), views=bool(views or missing))
            clock.run("outputs", write, db, out)
        if after is not None and (before is None or _record(after) != _record(before)):
            _atomic(out / MADE_FROM, json.dumps(_record(after)))  # (rewritten only when it changed)
        result.summary = summarize(db)
        result.stages = clock.stages
    return result


EXECUTORS = ("local", "dask")
SINGLE_ARTICLE = (".txt", ".md", ".html", ".htm")  # files that hold one article each
CHUNK = 200  # articles parsed per nlp.pipe call on this machine (and per Dask task: PARTITION)
PARTITION = 16


def _progress(sources: list):
    """A progress bar over articles, with a total when every input is a one-article file."""
    from tqdm import tqdm

    single = all(isinstance(s, Path) and s.suffix.lower() in SINGLE_ARTICLE for s in sources)
    return tqdm(total=len(sources) if single else None, desc="building", unit="article")


def _readable(sources, max_bytes: int, result: BuildResult) -> Iterator[Article]:
    for source in sources:
        if isinstance(source, InputError):
            result.errors.append(source)
            continue
        try:
            yield from ingest.read_source(source, max_bytes=max_bytes)
        except InputError as exc:
            result.errors.append(exc)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _on_this_machine(todo: Iterable[Article], extractor: str | None, workers: int, cache_dir: Path,
                     clock: _Clock) -> Iterator[tuple[str, str]]:
    """(graph IRI, N-Triples) per article: parsed in ``workers`` processes, a chunk at a time."""
    for chunk in _chunks(todo, CHUNK):
        # worker processes pay off only when each gets a few batches of documents
        n = max(1, min(workers, len(chunk) // 8))
        for article, doc in nlp.parse(chunk, workers=n, cache_dir=cache_dir):
            yield clock.run("extract", _extracted, article, doc, extractor)


def _extracted(article: Article, doc, extractor: str | None) -> tuple[str, str] | tuple[None, tuple[str, str]]:
    """article_graph, or (None, (source, reason)) when the extractor fails on the article: a bug of ours on
    one article must not cost the others their build (the reason travels as plain strings, from Dask workers
    too)."""
    try:
        return article_graph(article, doc, extractor)
    except Exception as exc:  # noqa: BLE001 (any failure of the rules on one article)
        return None, (article.source, f"the extractor failed on this article ({type(exc).__name__}: {exc}); "
                                      "please report it with the article")


def article_graph(article: Article, doc, extractor: str | None = None) -> tuple[str, str]:
    """One parsed article as (its graph's IRI, the graph as N-Triples)."""
    statements = analyse(article, doc, extractor=extractor)
    version = extractor_version(extractor or DEFAULT_EXTRACTORS[article.lang])
    return str(graph.graph_iri(article.id)), graph.article_ntriples(article, statements, version=version)


def partition_graphs(articles: list[Article], extractor: str | None, cache_dir: str | None) -> list[tuple[str, str]]:
    """A Dask task: parse and extract a partition of articles on a worker (its pipeline loads once per
    process, see kg.nlp.pipeline)."""
    parsed = nlp.parse(articles, cache_dir=Path(cache_dir) if cache_dir else None)
    return [_extracted(article, doc, extractor) for article, doc in parsed]


def _on_dask(todo: Iterable[Article], extractor: str | None, scheduler: str | None, workers: int,
             cache_dir: Path | None) -> Iterator[tuple[str, str]]:
    """(graph IRI, N-Triples) per article, from partitions parsed on a Dask cluster; at most two partitions
    per worker are in flight, so the driver's memory stays bounded."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise KgError("--executor dask needs dask.distributed: pip install 'dask[distributed]'") from None
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        slots = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        partitions = _chunks(todo, PARTITION)
        running = as_completed()
        for part in partitions:
            running.add(client.submit(partition_graphs, part, extractor, str(cache_dir) if cache_dir else None,
                                      pure=False))
            if running.count() >= slots:
                yield from next(running).result()
        for future in running:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class _Clock:
    """Seconds spent per stage of a build; what is left of the wall time when the build is done goes to the
    stage named in ``close`` (parsing, which runs inside the generators)."""

    def __init__(self) -> None:
        self.stages: dict[str, float] = {}
        self.start = time.perf_counter()

    def _add(self, stage: str, seconds: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + seconds

    def run(self, stage: str, fn, *args):
        t = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self._add(stage, time.perf_counter() - t)

    def timed(self, stage: str, items: Iterable) -> Iterator:
        it = iter(items)
        while True:
            t = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                self._add(stage, time.perf_counter() - t)
                return
            self._add(stage, time.perf_counter() - t)
            yield item

    def close(self, rest: str) -> None:
        self._add(rest, max(0.0, time.perf_counter() - self.start - sum(self.stages.values())))


def _plan(db, articles: Iterable[Article], extractor: str | None, rebuild: bool,
          result: BuildResult, bar=None) -> Iterator[Article]:
    """The articles to read; drops the graphs of articles whose text changed since the last build."""
    existing = db.articles()
    by_graph = {g: version for g, _, version in existing}
    by_source: dict[str, list[str]] = {}
    for g, source, _ in existing:
        by_source.setdefault(source, []).append(g)
    for article in articles:
        g = str(graph.graph_iri(article.id))
        version = extractor_version(extractor or DEFAULT_EXTRACTORS[article.lang])
        if not rebuild and by_graph.get(g) == version:
            result.unchanged += 1
            if bar is not None:
                bar.update(1)
            continue
        # the same file with other text: its old graph goes
        stale = [old for old in by_source.get(article.source, []) if old != g]
        if stale:
            db.drop_graphs(stale)
            result.removed += len(stale)
            by_source[article.source] = [g]
        yield article


def remove(articles: Iterable[str], out: str | Path, *, store_at: str | None = None) -> int:
    """Drop articles (by source path as built, or by article id) and rewrite the outputs; how many graphs went.

    0 when every article named was removed before (by a remove that may have been killed: this one then finishes
    its work). A remove killed at any point leaves the outputs as they were, or remade whole, and the record of
    what they were made from (MADE_FROM) names, before the graphs go, the graphs as ones the outputs hold and as
    removed: once they are gone from the store the next build, or the same remove again, remakes the stats and
    the outputs. (With ``store_at``, an endpoint, kg keeps no record: a remove killed there leaves the outputs
    as they were until a build changes the graph.)
    """
    out, wanted = Path(out), {str(a) for a in articles}
    named = _named(wanted)
    with _lock(out):
        db = store.open_store(store_at or out)
        graphs = {g: source for g, source, _ in db.articles() if named(g, source)}
        made = _read_record(out) if store_at is None else None
        if not graphs and not any(named(g, source) for g, source in (made or {}).get("removed", {}).items()):
            raise KgError(f"none of {', '.join(sorted(wanted))} is in the store at {out}; "
                          "`kg query --store DIR articles` lists what is there")
        if graphs:
            if store_at is None:
                made = _removing(made, graphs)
                _atomic(out / MADE_FROM, json.dumps(made))  # (before the graphs go)
            db.drop_graphs(graphs)
        if graphs or _outputs_stale(out, db):
            refresh_stats(db)
            db.flush()
            write_outputs(db, out)
            if made is not None:
                _atomic(out / MADE_FROM, json.dumps(_removed(made, db)))
    return len(graphs)


def _named(wanted: set[str]):
    """Whether an article (its graph's IRI and its source) is one of ``wanted``: a source path as built (or the
    same file by another path), or an article id."""
    resolved = {str(Path(w).resolve()) for w in wanted}
    return lambda g, source: (source in wanted or g.rsplit("/", 1)[-1] in wanted
                              or str(Path(source).resolve()) in resolved)


def _removing(made: dict | None, graphs: dict[str, str]) -> dict:
    """The record as a remove is about to drop ``graphs`` (IRI -> source): they are among the graphs the outputs
    were made from, so their going shows, with digests no graph has, so that a build that brings them back
    before the outputs are remade still remakes them; and they are removed, so that the same remove again knows
    them."""
    made = made or {"code": "", "graphs": {}}
    return _record({"code": made["code"], "graphs": {**made["graphs"], **dict.fromkeys(graphs, UNKNOWN_DIGESTS)},
                    "removed": {**made.get("removed", {}), **graphs}})


def _removed(made: dict, db) -> dict:
    """The record once a remove has remade the outputs: made from every graph in the store (those of which the
    record knew no digests with UNKNOWN_DIGESTS)."""
    present = {g for g, _, _ in db.articles()} | {ONTOLOGY_GRAPH}
    graphs = {g: made["graphs"].get(g, UNKNOWN_DIGESTS) for g in sorted(present)}
    return _record({"code": _output_code(), "graphs": graphs,
                    "removed": {g: s for g, s in made.get("removed", {}).items() if g not in present}})


def _outputs_stale(out: Path, db) -> bool:
    """Whether the outputs in ``out`` may not be what the store holds now: the record knows graphs that are gone,
    or does not know some that are there, or an output file is missing."""
    made = _made_from(out, db)
    return made is None or bool(made["unknown"] or made["gone"]) or not all((out / n).exists() for n in OUTPUTS)


STATS_GRAPH = f"{graph.ID}graph/stats"


def refresh_stats(db) -> None:
    """Recompute the aggregates the named queries read (kg/queries/stats.ru), in one write."""
    from kg.sparql import stats_update

    db.update_graph(_prefixed(stats_update(db)), STATS_GRAPH)


def _prefixed(sparql: str) -> str:
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in store.PREFIXES.items()) + "\n" + sparql


def load_dataset(db):
    """The article graphs of a store as an rdflib Dataset (the ontology graph left out)."""
    ds = graph.new_dataset()
    lines = [line for line in db.dump_nquads().splitlines()
             if not line.endswith((f"<{ONTOLOGY_GRAPH}> .", f"<{STATS_GRAPH}> ."))]
    if lines:
        ds.parse(data="\n".join(lines), format="nquads")
    return ds


def write_outputs(db, out: Path, *, rdf: bool = True, views: bool = True) -> None:
    """graph.trig, graph.ttl (``rdf``), graph.graphml and graph.html (``views``), each written whole or not at all.

    The RDF files are streamed by Oxigraph straight from the store, both in one read of it, and the networkx graph
    comes from three SPARQL queries: nothing is loaded into rdflib (several times slower, and memory grows with
    the graph).
    """
    import networkx as nx

    for stale in [*out.glob(".graph.*.tmp"), *out.glob(f".{MADE_FROM}.*.tmp")]:  # left by a build that was killed
        stale.unlink(missing_ok=True)
    if rdf:
        _atomic_file(out / "graph.trig", lambda trig: _atomic_file(out / "graph.ttl",
                                                                  lambda ttl: write_trig_and_turtle(db, trig, ttl)))
    if not views:
        return
    nxg = graph.to_networkx(db)
    # element by element (lxml's incremental writer, which networkx falls back from to its own when lxml is
    # missing): networkx's own writer builds the whole document's tree first, 150 MB at 1,000 articles
    _atomic_file(out / "graph.graphml", lambda tmp: nx.write_graphml_lxml(nxg, tmp))
    _atomic(out / "graph.html", viz.render(nxg))


STREAMED_FORMATS = {"nt": "N_TRIPLES", "ttl": "TURTLE", "nq": "N_QUADS", "trig": "TRIG"}  # (pyoxigraph's RdfFormat)


def write_rdf(db, output, fmt: str) -> None:
    """The article graphs of a store (the ontology and the stats left out) in one of STREAMED_FORMATS, streamed
    by Oxigraph from the store into ``output`` (a path or a binary file): the union of the graphs subject by
    subject for the formats of triples, graph by graph for those of quads. Memory does not grow with the graph."""
    import pyoxigraph as ox

    skip = (ONTOLOGY_GRAPH, STATS_GRAPH)
    rdf = db.union_triples(skip=skip) if fmt in ("nt", "ttl") else db.quads(skip=skip)
    ox.serialize(rdf, output, format=getattr(ox.RdfFormat, STREAMED_FORMATS[fmt]), prefixes=_FILE_PREFIXES)


def write_trig_and_turtle(db, trig, ttl) -> None:
    """graph.trig and graph.ttl (paths) in one read of the store, which is most of what they cost (Oxigraph looks
    each term's text up on disk). graph.trig comes out as ``write_rdf`` writes it. graph.ttl takes, as each graph
    passes, its triples whose subject has triples in no other graph (statements, articles), and at the end the
    subjects that several graphs share (entities), subject by subject and each triple once."""
    import itertools

    import pyoxigraph as ox

    skip = (ONTOLOGY_GRAPH, STATS_GRAPH)
    shared = db.shared_subjects(skip=skip)

    with open(ttl, "wb") as union:
        def passing():
            for name, quads in itertools.groupby(db.quads(skip=skip), key=lambda q: q.graph_name):
                own = []
                for q in quads:
                    yield q
                    if q.subject not in shared:
                        own.append(q.triple)
                if isinstance(name, ox.NamedNode):  # (the default graph is in no union)
                    _append_turtle(union, own)

        ox.serialize(passing(), trig, format=ox.RdfFormat.TRIG, prefixes=_FILE_PREFIXES)
        _append_turtle(union, db.union_triples(skip=skip, shared_only=True))


# (no kgid: prefix: entity IRIs hold a slash, which a prefixed name would have to escape)
_FILE_PREFIXES = {p: iri for p, iri in store.PREFIXES.items() if p not in ("xsd", "kgid")}


def _append_turtle(output, triples) -> None:
    """Append triples to a Turtle file (binary), declaring the prefixes only at its start."""
    import pyoxigraph as ox

    text = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_FILE_PREFIXES)
    if output.tell():
        while text.startswith(b"@prefix "):
            text = text[text.index(b"\n") + 1:]
    output.write(text)


def _replace_graphs(db, graphs: dict[str, str], sent: dict[str, list[str]]) -> None:
    sent.update((iri, _digests(triples)) for iri, triples in graphs.items())
    db.replace_graphs(graphs)


_VERSION_LINE = f"<{graph.KG.extractorVersion}>"


def _digests(ntriples: str) -> list[str]:
    """Digests of a graph's N-Triples: all of them, and all but the extractor's version (which every rule
    change alters, and which neither the stats nor graph.graphml and graph.html show)."""
    shown = "".join(line for line in ntriples.splitlines(keepends=True) if _VERSION_LINE not in line)
    return [hashlib.sha256(text.encode()).hexdigest()[:32] for text in (ntriples, shown)]


@cache
def _output_code() -> str:
    """A fingerprint of the code that writes the stats and the output files (kg's modules and page)."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for f in sorted([*root.glob("*.py"), *root.glob("queries/*"), *root.glob("web_viz/*")]):
        digest.update(f.read_bytes())
    return digest.hexdigest()


UNKNOWN_DIGESTS = ["", ""]  # of a graph the outputs were made from, when its digests are not known (see remove)


def _read_record(out: Path) -> dict | None:
    """The record in ``out`` (MADE_FROM) of what the stats and the output files were made from: the output code's
    fingerprint, the digests of each graph ("graphs": IRI -> _digests), and the articles removed since
    ("removed": IRI -> source, while they are not back); None if there is none, or it cannot be read."""
    try:
        made = json.loads((out / MADE_FROM).read_text(encoding="utf-8"))
        if isinstance(made["code"], str) and isinstance(made["graphs"], dict) \
                and isinstance(made.get("removed", {}), dict):
            return made
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return None


def _record(made: dict) -> dict:
    """What MADE_FROM holds of ``made`` (a record, or what _made_from gives)."""
    removed = made.get("removed", {})
    return {"code": made["code"], "graphs": made["graphs"], **({"removed": removed} if removed else {})}


def _made_from(out: Path, db) -> dict | None:
    """The record in ``out`` with what it does not say of the store now: the graphs in the store it does not know
    ("unknown"), and those it knows that are gone ("gone"); None if unknown."""
    made = _read_record(out)
    if made is None:
        return None
    present = {g for g, _, _ in db.articles()} | {ONTOLOGY_GRAPH}
    return {**made, "unknown": sorted(present - set(made["graphs"])), "gone": sorted(set(made["graphs"]) - present)}


def _now_made_from(db, before: dict | None, sent: dict[str, list[str]]) -> dict:
    """The same after this build's writes to the store: ``sent`` replaced graphs, and stale ones went (an article
    removed before that is back is no longer removed)."""
    present = {g for g, _, _ in db.articles()} | {ONTOLOGY_GRAPH}
    graphs = {g: d for g, d in {**(before["graphs"] if before else {}), **sent}.items() if g in present}
    removed = {g: s for g, s in (before or {}).get("removed", {}).items() if g not in present}
    return {"code": _output_code(), "graphs": graphs, "removed": removed, "unknown": sorted(present - set(graphs)),
            "gone": []}


def _changed(before: dict, after: dict) -> tuple[bool, bool]:
    """Whether graph.trig and graph.ttl (any triple) and whether the stats, graph.graphml and graph.html
    (any triple but an extractor version) would come out otherwise than they are."""
    if before["code"] != after["code"] or before["unknown"] or after["unknown"] \
            or before["graphs"].keys() != after["graphs"].keys():
        return True, True
    pairs = [(before["graphs"][g], d) for g, d in after["graphs"].items()]
    return any(old[0] != new[0] for old, new in pairs), any(old[1] != new[1] for old, new in pairs)


_SUMMARY = {
    "articles": "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:NewsArticle }",
    "entities": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?st a kg:Statement ; rdf:subject|rdf:object ?e }",
    "statements": "SELECT (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement }",
    "relations": """SELECT ?level ?p (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:level ?level ;
                      rdf:predicate ?p ; kg:negated false } GROUP BY ?level ?p ORDER BY DESC(?n) ?p""",
    "top": """SELECT ?s ?p ?o (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement ; kg:level "country" ;
                rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:negated false ; kg:hedged false .
                FILTER(?p != kg:affiliatedWith) } GROUP BY ?s ?p ?o ORDER BY DESC(?n) ?s ?p ?o LIMIT 5""",
}


def summarize(db) -> dict:
    """Counts over the whole graph in the store: articles, entities, relations by level, top relations."""
    def count(sparql: str) -> int:
        rows = db.query(sparql).rows
        return int(rows[0]["n"]["value"]) if rows else 0

    relations: dict = {"actor": {}, "country": {}}
    for row in db.query(_SUMMARY["relations"]).rows:
        relations.setdefault(row["level"]["value"], {})[_local(row["p"]["value"])] = int(row["n"]["value"])
    top = [(f"{_label(db, r['s']['value'])} —{_local(r['p']['value'])}→ {_label(db, r['o']['value'])}",
            int(r["n"]["value"])) for r in db.query(_SUMMARY["top"]).rows]
    return {"articles": count(_SUMMARY["articles"]), "entities": count(_SUMMARY["entities"]),
            "statements": count(_SUMMARY["statements"]), "relations": relations, "top": top}


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _label(db, iri: str) -> str:
    from rdflib import URIRef

    rows = db.query("SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY DESC(lang(?l) = 'en') STRLEN(?l) LIMIT 1",
                    bindings={"e": URIRef(iri)}).rows
    return rows[0]["l"]["value"] if rows else iri


class _lock:
    """One build at a time per output folder: a second one stops with a clear message."""

    def __init__(self, out: Path) -> None:
        self.path = out / LOCK

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            if _stale(self.path):
                self.path.unlink(missing_ok=True)
                return self.__enter__()
            raise KgError(f"{self.path.parent}: another kg build is writing here (lock file {self.path}); "
                          "wait for it to finish") from None
        os.write(fd, str(os.getpid()).encode())
        os.close(fd)
        return self

    def __exit__(self, *exc) -> None:
        self.path.unlink(missing_ok=True)


def _stale(path: Path) -> bool:
    """A lock left by a process that no longer runs (a build that was killed)."""
    try:
        pid = int(path.read_text() or "0")
        os.kill(pid, 0)
    except (ValueError, ProcessLookupError):
        return True
    except PermissionError:
        return False
    return False


def _atomic_file(path: Path, write) -> None:
    """Have ``write(temporary path)`` write the file, then rename it into place."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _atomic(path: Path, text: str) -> None:
    _atomic_file(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
