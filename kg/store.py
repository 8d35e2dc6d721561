"""The SPARQL store: an embedded Oxigraph store on disk by default, or any SPARQL 1.1 endpoint.

Both hold one named graph per article (and one for the ontology) and answer SPARQL with the union of all
graphs as the default graph, so ``SELECT ?s ?o { ?s kg:warns ?o }`` works as written. Queries are read-only:
``SERVICE`` (which would make the store fetch from the network) is refused, and updates go only through the
methods here. Why Oxigraph: docs/decisions/0001-store.md.

A store is chosen by what the user gives: a folder (``out/`` -> ``out/store``) or an ``http(s)://`` URL.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import StoreError

STORE_DIR = "store"
PREFIXES = {
    "kg": "https://w3id.org/kg-news/ns#",
    "kgid": "https://w3id.org/kg-news/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}
FLUSH_AFTER = 25_000  # triples written to a store in a folder between two flushes (about 70 short articles)
BULK_FROM = 10_000  # triples of new graphs from which one write bulk-loads them (see LocalStore._bulk_load)
_ARTICLES = """SELECT ?g ?source ?version WHERE { GRAPH ?g {
  ?a a kg:NewsArticle ; schema:url ?source . OPTIONAL { ?a kg:extractorVersion ?version } } }"""


@dataclass(slots=True)
class Results:
    """What a query returns, in the shape of the SPARQL 1.1 JSON results format.

    ``kind`` is "select" (``variables`` and ``rows`` of {var: {"type", "value", ...}}), "ask"
    (``boolean``) or "graph" (``turtle`` text, for CONSTRUCT and DESCRIBE).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    boolean: bool | None = None
    turtle: str = ""
    truncated: bool = False  # more rows (or triples) than the ``limit`` the query was run with

    def __str__(self) -> str:
        from kg.sparql import format_results

        return format_results(self, "table")

    def values(self) -> list[dict]:
        """The rows as {variable: plain value} (strings, numbers and booleans), for tables and charts."""
        return [{k: _plain(v) for k, v in row.items()} for row in self.rows]


def open_store(location: str | Path, *, create: bool = False, read_only: bool = False):
    """The store at a folder (its ``store/`` sub-folder) or at a SPARQL endpoint URL.

    ``read_only`` opens a folder's store as a snapshot that takes no lock, so a build may write meanwhile
    (what ``kg serve`` does); it sees the store as it was when opened.
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        return RemoteStore(text)
    path = Path(location)
    store_path = path / STORE_DIR
    if not create and not store_path.exists():
        raise StoreError(f"{path}: no kg store here; build one with `kg build ARTICLES --out {path}`")
    return LocalStore(store_path, read_only=read_only)


def check_query(sparql: str) -> None:
    """Refuse what would reach beyond the store: SERVICE, and updates (LOAD, INSERT, DROP ...)."""
    bare = _strip_literals(sparql)
    if re.search(r"\bSERVICE\b", bare, re.IGNORECASE):
        raise StoreError("SERVICE is not allowed: queries run on the local graph only")
    if re.search(r"\b(LOAD|INSERT|DELETE|DROP|CLEAR|CREATE|COPY|MOVE|ADD)\b\s", bare, re.IGNORECASE) \
            and not re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", bare, re.IGNORECASE):
        raise StoreError("updates are not allowed here: kg query is read-only")


def check_update(sparql: str) -> None:
    """Refuse, in a user's SPARQL Update, what would reach beyond the store: SERVICE and LOAD."""
    bare = _strip_literals(sparql)
    for keyword in ("SERVICE", "LOAD"):
        if re.search(rf"\b{keyword}\b", bare, re.IGNORECASE):
            raise StoreError(f"{keyword} is not allowed: updates change the local store only")


def _strip_literals(sparql: str) -> str:
    """The query without strings, IRIs and comments, so keywords inside them are not mistaken."""
    pattern = r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|<[^<>\s]*>|#[^\n]*'
    return re.sub(pattern, " ", sparql)


class LocalStore:
    """An Oxigraph store in a folder (RocksDB). One writer at a time; see pipeline's lock file.

    ``read_only``: a snapshot of the store as it is now, holding no lock (RocksDB's read-only mode), so
    that another process may open it for writing meanwhile; the snapshot does not see later writes.
    Without a ``path``, a store in memory (for benchmarks; kg itself always keeps its store in a folder).
    """

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        import pyoxigraph

        self._unflushed = 0  # triples written since the last flush (see _flush_now_and_then)
        if path is None:
            self._store, self.location = pyoxigraph.Store(), "memory"
            return
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._store = self._open(pyoxigraph, path, read_only)
        except OSError as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = "; another process has it open for writing (a kg build, or `kg serve --allow-update`)"
            raise StoreError(f"{path}: cannot open the store ({exc}){hint}") from None
        self.location = str(path)
        if not read_only:
            _remove_unloaded_files(path)

    @staticmethod
    def _open(pyoxigraph, path: Path, read_only: bool):
        def attempt():
            return pyoxigraph.Store.read_only(str(path)) if read_only else pyoxigraph.Store(str(path))

        try:
            return attempt()
        except OSError as exc:
            if "current process" not in str(exc):
                raise
            # a store this process no longer uses but has not collected yet still holds the lock
            import gc

            gc.collect()
            return attempt()

    def articles(self) -> list[tuple[str, str, str]]:
        """(graph IRI, source, extractor version) of every article in the store."""
        found = self.select(_ARTICLES)
        return [(r["g"]["value"], r["source"]["value"], r.get("version", {}).get("value", "")) for r in found.rows]

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each named graph (IRI -> its triples as N-Triples), each whole or not at all: a build killed
        meanwhile leaves every graph as it was or as it is now.

        Only what changed is written: the triples a graph no longer has are deleted and its new ones added
        (a rule change alters a few triples per article, and rewriting whole graphs in one transaction cost
        more than extracting them), in one transaction. A graph that would lose blank nodes, which a deletion
        cannot name, is replaced whole in it, and a new graph without blank nodes goes in as its text (Oxigraph
        parses it in the update: a Python object per triple on the way cost a third of the store's own writing).
        New graphs of BULK_FROM triples or more, what a first build writes, are bulk-loaded instead (see
        ``_bulk_load``)."""
        import pyoxigraph as ox

        new, whole, gone, added = {}, {}, [], []
        for iri, ntriples in graphs.items():
            name = ox.NamedNode(iri)
            held = {q.triple for q in self._store.quads_for_pattern(None, None, None, name)}
            if not held and "_:" not in ntriples:  # (blank nodes may not recur across the update's blocks)
                new[iri] = ntriples
                continue
            wanted = {q.triple for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)}
            lost = [ox.Quad(t.subject, t.predicate, t.object, name) for t in held - wanted]
            if any(isinstance(term, ox.BlankNode) for q in lost for term in (q.subject, q.object)):
                whole[iri] = ntriples
                continue
            gone.extend(lost)
            added.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in wanted - held)
        inserted = sum(text.count("\n") for text in new.values())
        if inserted >= BULK_FROM and all(map(_one_triple_a_line, new.values())):
            self._bulk_load(new)
            new, inserted = {}, 0
        if gone or whole or new:
            self._update(" ;\n".join(filter(None, (_quads_update("DELETE", gone), _replace_update(whole),
                                                    _quads_update("INSERT", added), _insert_update(new)))))
        elif added:
            try:
                self._store.extend(added)  # one transaction
            except OSError as exc:
                raise StoreError(f"{self.location}: the store could not be updated ({exc})") from None
        self._flush_now_and_then(len(gone) + len(added) + inserted + sum(text.count("\n") for text in whole.values()))

    def _bulk_load(self, graphs: dict[str, str]) -> None:
        """Add new graphs (IRI -> N-Triples without blank nodes) with Oxigraph's bulk loader, as N-Quads in one
        call: it writes the store's files directly, which took a third of the CPU time of an ``INSERT DATA`` for
        37,000 triples (and leaves nothing in memory to flush). Each call costs about as much again in files
        made and synced, so small writes (below BULK_FROM triples) stay ``INSERT DATA``. The loader hands RocksDB
        every file it made in one ingestion, so a build killed meanwhile leaves none of these graphs, or all of them
        (tests/test_crash_bulk.py kills builds at five points of a load); the files it leaves are deleted when the
        store is next opened for writing (``_remove_unloaded_files``)."""
        import pyoxigraph as ox

        quads = "".join(text.replace(" .\n", f" <{iri}> .\n") for iri, text in graphs.items())
        try:
            self._store.bulk_load(quads, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{self.location}: the store could not be updated ({exc})") from None

    def update_graph(self, sparql: str, graph_iri: str) -> None:
        """Run a SPARQL Update of kg's that writes only into the named graph ``graph_iri`` (``kg/queries/stats.ru``),
        and write what it makes as ``replace_graphs`` writes a graph: in one write, the graph as it was or as it is
        now. The update is worked out without writing to the store (see ``_worked_out``): run in the store, as one
        transaction that writes thousands of triples and reads what it wrote, it cost 1.6 times as much (the stats
        of the bench's 40 long articles, 20,000 triples: 0.92 against 0.56 CPU s; when they were there already, 1.37
        against 0.68). Memory holds the graph once (as the transaction held its writes)."""
        self.replace_graphs({graph_iri: self._worked_out(sparql, graph_iri)})

    def _worked_out(self, sparql: str, graph_iri: str) -> str:
        """What the update ``sparql`` would leave in ``graph_iri``, as N-Triples. Its operations run in order: one
        that reads the stored graphs (a ``GRAPH ?var`` pattern) as a CONSTRUCT of its template over the store, one
        that reads only ``graph_iri`` in a store in memory that holds what the operations before it made. An
        operation may not do both, and may drop only ``graph_iri`` (the store in memory starts empty); the patterns
        of one that reads the stored graphs must match nothing in ``graph_iri``, which is still there as it was."""
        import pyoxigraph as ox

        made, target, named = ox.Store(), ox.NamedNode(graph_iri), f"GRAPH <{graph_iri}>"
        prologue, operations = _operations(sparql)
        for op in operations:
            template, where = _insert_parts(op)
            if op.startswith("DROP"):
                if op != f"DROP SILENT {named}":
                    raise StoreError(f"kg's update may drop only {graph_iri}: {op[:80]}")
            elif where is None or "GRAPH ?" not in where:
                made.update(prologue + op)
            elif f"<{graph_iri}>" in where or not template.startswith(named):
                raise StoreError(f"an operation of kg's update reads both the stored graphs and {graph_iri}, or writes "
                                 f"elsewhere: {op[:80]}")
            else:
                construct = f"{prologue}CONSTRUCT {{{template[len(named):].strip()[1:-1]}}} WHERE {{{where}}}"
                # (as N-Triples: a Python object per triple on the way cost as much as the query)
                made.load(self._constructed(construct), format=ox.RdfFormat.N_TRIPLES, to_graph=target)
        return made.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=target).decode("utf-8")

    def _constructed(self, construct: str) -> bytes:
        import pyoxigraph as ox

        try:
            return self._store.query(construct).serialize(format=ox.RdfFormat.N_TRIPLES)
        except OSError as exc:
            raise StoreError(f"{self.location}: the store could not be read ({exc})") from None

    def drop_graphs(self, graph_iris) -> None:
        self._update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graph_iris))

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update written by kg (never by a user): one transaction."""
        self._update(sparql)

    def run_update(self, sparql: str) -> None:
        """Run a user's SPARQL Update (``kg serve --allow-update``) with kg's prefixes declared; SERVICE
        and LOAD are refused."""
        check_update(sparql)
        try:
            self._store.update(sparql, prefixes=PREFIXES)  # one transaction, like kg's own updates
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {str(exc).splitlines()[0][:200]}") from None
        except OSError as exc:
            raise StoreError(f"{self.location}: the store could not be updated ({exc})") from None
        self._store.flush()

    def _update(self, sparql: str) -> None:
        if not sparql.strip():
            return
        try:
            self._store.update(sparql)  # one SPARQL Update request is one transaction in Oxigraph
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{self.location}: the store could not be updated ({exc})") from None

    def flush(self) -> None:
        """Write what the updates so far left in memory to the store's files (at the end of a build, and every
        FLUSH_AFTER triples during it, to bound memory: each update is already a committed transaction in the
        write-ahead log, which a process killed later does not lose and which other processes opening the store
        read)."""
        self._store.flush()

    def _flush_now_and_then(self, written: int) -> None:
        """Flush after every FLUSH_AFTER triples written: RocksDB holds what was written in memory (its
        memtables) until a flush, and as Oxigraph sets it up they grow with everything a build writes, 350 MB
        for 1,000 short articles. (Writing came out no slower: inserting into big memtables costs more.)"""
        self._unflushed += written
        if self._unflushed >= FLUSH_AFTER:
            self.flush()
            self._unflushed = 0

    def dump_nquads(self) -> str:
        import pyoxigraph as ox

        return self._store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")

    def quads(self, skip=()):
        """Every quad of the store (but those of the named graphs in ``skip``), as pyoxigraph Quads, streamed
        graph by graph (in the store's order, as one scan of every quad gives them)."""
        import itertools

        import pyoxigraph as ox

        left_out = {ox.NamedNode(g) for g in skip}
        wanted = [ox.DefaultGraph(), *(g for g in self._store.named_graphs() if g not in left_out)]
        return itertools.chain.from_iterable(self._store.quads_for_pattern(None, None, None, g) for g in wanted)

    def union_triples(self, skip=(), *, shared_only: bool = False):
        """The distinct triples of all named graphs but those in ``skip``, as pyoxigraph Triples, streamed
        subject by subject: a Turtle writer then groups each subject's triples, and only one subject's
        triples are held at a time (a DISTINCT over every triple held them all: 220 MB at 1,000 articles).
        ``shared_only``: only the subjects of ``shared_subjects``."""
        import pyoxigraph as ox

        left_out = {ox.NamedNode(g) for g in skip}
        subjects = self._store.query(_subjects_query(skip, shared_only))
        for (subject,) in subjects:
            # all the subject's quads, in every graph (the subject-first index): an entity's type and labels
            # recur in each article that names it, and come once
            quads = self._store.quads_for_pattern(subject, None, None, None)
            yield from dict.fromkeys(q.triple for q in quads
                                     if isinstance(q.graph_name, ox.NamedNode) and q.graph_name not in left_out)

    def shared_subjects(self, skip=()) -> set:
        """The subjects (pyoxigraph terms) that have triples in more than one of the named graphs but those in
        ``skip``: in kg's graphs, the entities that several articles name."""
        return {subject for (subject,) in self._store.query(_subjects_query(skip, shared=True))}

    def query(self, sparql: str, *, bindings: dict | None = None, limit: int | None = None) -> Results:
        """Run a read-only query; ``bindings`` maps variable names to RDF terms (rdflib terms), given to the
        query as a VALUES block of escaped terms, never as text of the user's. With ``limit``, at most that
        many rows (or triples) are read and ``truncated`` says whether there were more."""
        import itertools

        import pyoxigraph as ox

        check_query(sparql)
        if bindings:
            # a VALUES block of N-Triples-escaped terms: the planner sees the values (pyoxigraph's
            # substitutions are applied after planning and were 40x slower at 1M quads)
            sparql = _bind_values(sparql, bindings)
        try:
            result = self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {str(exc).splitlines()[0][:200]}") from None
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return Results("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions) and limit is None:
            return _solutions_json(result)
        try:
            items = list(itertools.islice(result, limit + 1)) if limit is not None else list(result)
        except OSError as exc:
            raise StoreError(f"the query failed: {exc}") from None
        truncated = limit is not None and len(items) > limit
        items = items[:limit] if truncated else items
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [{v: _term_json(s[v]) for v in variables if s[v] is not None} for s in items]
            return Results("select", variables=variables, rows=rows, truncated=truncated)
        turtle = ox.serialize(items, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return Results("graph", turtle=turtle.decode("utf-8") if turtle else "", truncated=truncated)

    select = query

    def stream(self, sparql: str) -> Iterator[dict[str, str]]:
        """The rows of a SELECT of kg's own one at a time, as {variable: the term's value} (unbound variables
        left out), for answers that grow with the graph: ``query`` holds them all at once, and as parsed
        JSON (85 MB for the statements of 1,000 articles)."""
        check_query(sparql)
        result = self._store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        for solution in result:
            yield {name: term.value for name, term in zip(names, solution) if term is not None}


class RemoteStore:
    """A SPARQL 1.1 endpoint (Oxigraph server, Apache Jena Fuseki, ...) over the SPARQL Protocol.

    ``http://host:port`` is taken as an Oxigraph server (``/query`` and ``/update``); a URL ending in
    ``/query`` or ``/sparql`` has its update endpoint beside it; any other URL serves both.
    """

    def __init__(self, url: str) -> None:
        parsed = urllib.parse.urlsplit(url)
        base = url.rstrip("/")
        if parsed.path in ("", "/"):
            self.query_url, self.update_url = base + "/query", base + "/update"
        elif base.endswith(("/query", "/sparql")):
            self.query_url, self.update_url = base, base.rsplit("/", 1)[0] + "/update"
        else:
            self.query_url = self.update_url = base
        self.location = url

    def _post(self, url: str, form: dict, accept: str) -> tuple[bytes, str]:
        with self._open(url, form, accept) as response:
            try:
                return response.read(), response.headers.get("Content-Type", "")
            except OSError as exc:
                raise StoreError(f"{url}: the answer broke off ({exc})") from None

    @staticmethod
    def _open(url: str, form: dict, accept: str):
        """The endpoint's answer to a POST of ``form``, open to be read."""
        data = urllib.parse.urlencode(form).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            return urllib.request.urlopen(request, timeout=120)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")[:300]
            raise StoreError(f"{url}: the endpoint answered {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint ({exc})") from None

    def _rows(self, sparql: str) -> Iterator[dict[str, dict]]:
        """The rows of a SELECT of kg's own, one at a time, as SPARQL JSON terms ({"type", "value", ...}): read
        from the endpoint's SPARQL XML results as they arrive (ElementTree reads them piece by piece, where
        JSON would be read whole), each row let go once given."""
        import xml.etree.ElementTree as ET

        with self._open(self.query_url, {"query": _with_prefixes(sparql)}, "application/sparql-results+xml") as answer:
            results = None
            try:
                for event, element in ET.iterparse(answer, events=("start", "end")):
                    if event == "start" and element.tag == _XML_RESULTS + "results":
                        results = element
                    elif event == "end" and element.tag == _XML_RESULTS + "result":
                        yield {b.get("name"): _xml_term(b[0]) for b in element}
                        if results is not None:
                            results.clear()  # (the rows given so far)
            except ET.ParseError as exc:
                raise StoreError(f"{self.query_url}: the answer is not SPARQL XML results ({exc})") from None
            except OSError as exc:
                raise StoreError(f"{self.query_url}: the answer broke off ({exc})") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update written by kg (never by a user)."""
        self._update(sparql)

    def run_update(self, sparql: str) -> None:
        """Run a user's SPARQL Update with kg's prefixes declared; SERVICE and LOAD are refused."""
        check_update(sparql)
        self._update(_with_prefixes(sparql))

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, "*/*")

    def articles(self) -> list[tuple[str, str, str]]:
        found = self.query(_ARTICLES)
        return [(r["g"]["value"], r["source"]["value"], r.get("version", {}).get("value", "")) for r in found.rows]

    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """One SPARQL Update request: drop each graph and insert its N-Triples."""
        if graphs:
            self._update(_replace_update(graphs))

    def update_graph(self, sparql: str, graph_iri: str) -> None:
        """Run a SPARQL Update of kg's that writes only into ``graph_iri``: one request."""
        self._update(sparql)

    def drop_graphs(self, graph_iris) -> None:
        statements = [f"DROP SILENT GRAPH <{g}>" for g in graph_iris]
        if statements:
            self._update(" ;\n".join(statements))

    def flush(self) -> None:
        """Nothing to do: the endpoint commits each request itself."""

    def dump_nquads(self) -> str:
        rows = self._rows("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        return "".join(" ".join(_term_nt(r[v]) for v in ("s", "p", "o", "g")) + " .\n" for r in rows)

    def quads(self, skip=()):
        """Every quad in the endpoint's named graphs but those in ``skip``, as pyoxigraph Quads, streamed
        in the endpoint's order."""
        import pyoxigraph as ox

        rows = self._rows(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_not_in(skip)} }}")
        return (ox.Quad(*(_ox_term(r[v]) for v in ("s", "p", "o", "g"))) for r in rows)

    def union_triples(self, skip=(), *, shared_only: bool = False):
        """The distinct triples of all named graphs but those in ``skip``, as pyoxigraph Triples, streamed
        subject by subject (the endpoint sorts them and drops the repeats); ``shared_only``: only the subjects
        of ``shared_subjects``."""
        import pyoxigraph as ox

        only = f"{{ {_subjects_query(skip, shared=True)} }}" if shared_only else ""
        rows = self._rows(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_not_in(skip)} {only} }} "
                          "ORDER BY ?s")
        return (ox.Triple(*(_ox_term(r[v]) for v in ("s", "p", "o"))) for r in rows)

    def shared_subjects(self, skip=()) -> set:
        """The subjects (pyoxigraph terms) that have triples in more than one of the named graphs but those in
        ``skip``."""
        return {_ox_term(r["s"]) for r in self._rows(_subjects_query(skip, shared=True))}

    def query(self, sparql: str, *, bindings: dict | None = None, limit: int | None = None) -> Results:
        """Run a read-only query. Bindings become a VALUES block of N-Triples-escaped terms; ``limit`` cuts
        the rows (or triples) kept, and ``truncated`` says whether there were more.

        The endpoint decides what the default graph is: start Oxigraph with ``--union-default-graph``
        (Fuseki: ``tdb2:unionDefaultGraph``) so that plain triple patterns see every article."""
        check_query(sparql)
        text = _with_prefixes(sparql)
        if bindings:
            text = _bind_values(text, bindings)
        body, ctype = self._post(self.query_url, {"query": text},
                                 "application/sparql-results+json, application/n-triples;q=0.9")
        if "json" not in ctype:
            turtle, truncated = _as_turtle(body, ctype, limit)
            return Results("graph", turtle=turtle, truncated=truncated)
        data = json.loads(body)
        if "boolean" in data:
            return Results("ask", boolean=bool(data["boolean"]))
        rows = data["results"]["bindings"]
        truncated = limit is not None and len(rows) > limit
        return Results("select", variables=data["head"]["vars"], rows=rows[:limit] if truncated else rows,
                       truncated=truncated)

    select = query

    def stream(self, sparql: str) -> Iterator[dict[str, str]]:
        """The rows of a SELECT as {variable: the term's value}, as ``LocalStore.stream`` gives them, read one
        at a time as the endpoint sends them."""
        check_query(sparql)
        for row in self._rows(sparql):
            yield {name: term["value"] for name, term in row.items()}


_XML_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


def _xml_term(element) -> dict:
    """A term of the SPARQL XML results as a SPARQL JSON term."""
    kind = element.tag[len(_XML_RESULTS):]
    term = {"type": kind, "value": element.text or ""}
    if element.get("{http://www.w3.org/XML/1998/namespace}lang"):
        term["xml:lang"] = element.get("{http://www.w3.org/XML/1998/namespace}lang")
    if element.get("datatype"):
        term["datatype"] = element.get("datatype")
    return term


def _ox_term(term: dict):
    """A SPARQL JSON term as a pyoxigraph term."""
    import pyoxigraph as ox

    if term["type"] == "uri":
        return ox.NamedNode(term["value"])
    if term["type"] == "bnode":
        return ox.BlankNode(term["value"])
    if "xml:lang" in term:
        return ox.Literal(term["value"], language=term["xml:lang"])
    return ox.Literal(term["value"], datatype=ox.NamedNode(term["datatype"]) if "datatype" in term else None)


def _subjects_query(skip, shared: bool) -> str:
    """A SELECT of ?s: the subjects of the named graphs but those in ``skip``; with ``shared``, only those that have
    triples in more than one of them."""
    graphs = f"GRAPH ?g {{ ?s ?p ?o }} {_not_in(skip)}"
    if shared:
        return f"SELECT ?s WHERE {{ {graphs} }} GROUP BY ?s HAVING (COUNT(DISTINCT ?g) > 1)"
    return f"SELECT DISTINCT ?s WHERE {{ {graphs} }}"


def _not_in(graphs) -> str:
    """A FILTER that leaves out the named graphs ``graphs`` (bound to ?g)."""
    return f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in graphs)}))" if graphs else ""


def _replace_update(graphs: dict[str, str]) -> str:
    """A SPARQL Update that replaces each graph (IRI -> N-Triples) with its new triples."""
    return " ;\n".join(f"DROP SILENT GRAPH <{g}> ;\nINSERT DATA {{ GRAPH <{g}> {{\n{ntriples}\n}} }}"
                        for g, ntriples in graphs.items())


def _insert_update(graphs: dict[str, str]) -> str:
    """A SPARQL Update that adds each graph (IRI -> N-Triples) to the store (dropping a graph first, even one
    that is not there, cost two thirds as much again)."""
    return " ;\n".join(f"INSERT DATA {{ GRAPH <{g}> {{\n{ntriples}\n}} }}" for g, ntriples in graphs.items())


def _remove_unloaded_files(path: Path) -> None:
    """Delete the files of a bulk load that a killed build left in the store's folder. Oxigraph's loader writes its
    files there as bulk-*.sst and hands them to RocksDB, which takes them in under names of its own (or none of them)
    and deletes them after; killed before, the process leaves them, and RocksDB never reads nor removes them. Only a
    writer that holds the store's lock calls this, so no load of another process is under way."""
    for leftover in path.glob("bulk-*.sst"):
        leftover.unlink(missing_ok=True)


def _operations(sparql: str) -> tuple[str, list[str]]:
    """A SPARQL Update of kg's as its prologue (PREFIX lines) and its operations, comments left out: each operation
    starts a line (``INSERT``, ``DROP``) after one that ends `` ;``."""
    lines = [line for line in sparql.splitlines() if not line.lstrip().startswith("#")]
    prologue = [line for line in lines if line.startswith("PREFIX ")]
    text = "\n".join(line for line in lines if not line.startswith("PREFIX "))
    operations = re.split(r" ;\n(?=INSERT|DROP)", text.strip() + "\n")
    return "\n".join(prologue) + "\n", [op.strip() for op in operations]


def _insert_parts(operation: str) -> tuple[str, str | None]:
    """The template and the WHERE pattern of ``INSERT { TEMPLATE } WHERE { PATTERN }`` (braces stripped), or
    (the operation, None) for any other operation."""
    found = re.fullmatch(r"INSERT\s*\{(.*?)\}\s*WHERE\s*\{(.*)\}", operation, re.DOTALL)
    return (found.group(1).strip(), found.group(2)) if found else (operation, None)


def _one_triple_a_line(ntriples: str) -> bool:
    """Whether every line of N-Triples ends in " .", line break included (as kg writes them: a literal's line
    break is written \\n), so that a graph's name can go before each line's end."""
    return ntriples.endswith("\n") and ntriples.count("\n") == ntriples.count(" .\n")


def _quads_update(operation: str, quads) -> str:
    """``INSERT DATA`` or ``DELETE DATA`` of pyoxigraph quads in named graphs (a deletion cannot name blank nodes)."""
    by_graph: dict = {}
    for q in quads:
        by_graph.setdefault(q.graph_name, []).append(f"{q.subject} {q.predicate} {q.object} .")
    if not by_graph:
        return ""
    blocks = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
    return f"{operation} DATA {{\n{blocks}\n}}"


def _as_turtle(body: bytes, ctype: str, limit: int | None = None) -> tuple[str, bool]:
    """Triples from an endpoint (N-Triples or Turtle) as Turtle with kg's prefixes: the first ``limit``
    of them, and whether there were more."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.TURTLE if "turtle" in ctype else ox.RdfFormat.N_TRIPLES
    triples = list(ox.parse(body, format=fmt))
    truncated = limit is not None and len(triples) > limit
    out = ox.serialize(triples[:limit] if truncated else triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return (out.decode("utf-8") if out else ""), truncated


def _with_prefixes(sparql: str) -> str:
    declared = {m.lower() for m in re.findall(r"PREFIX\s+(\w*):", sparql, re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p.lower() not in declared]
    return "\n".join(lines + [sparql])


def _bind_values(sparql: str, bindings: dict) -> str:
    names = " ".join(f"?{k}" for k in bindings)
    values = " ".join(_rdflib_nt(v) for v in bindings.values())
    block = f"VALUES ({names}) {{ ({values}) }}"
    where = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE) or re.search(r"\{", sparql)
    return f"{sparql[:where.end()]} {block} {sparql[where.end():]}"


def _plain(term: dict):
    value, datatype = term.get("value", ""), term.get("datatype", "")
    if datatype.endswith(("#integer", "#int", "#long")):
        return int(value)
    if datatype.endswith(("#decimal", "#double", "#float")):
        return float(value)
    if datatype.endswith("#boolean"):
        return value == "true"
    return value


def _solutions_json(result) -> Results:
    """Every row of a SELECT, read from the SPARQL JSON results Oxigraph writes: the same rows as
    :func:`_term_json` builds, without a Python object per term on the way (which, for thousands of rows,
    cost more than the query did)."""
    import pyoxigraph as ox

    try:
        data = json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))
    except OSError as exc:
        raise StoreError(f"the query failed: {exc}") from None
    return Results("select", variables=data["head"]["vars"], rows=data["results"]["bindings"])


def _term_json(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def _term_nt(term: dict) -> str:
    """A SPARQL JSON term as N-Triples."""
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    text = json.dumps(term["value"], ensure_ascii=False)
    if "xml:lang" in term:
        return f"{text}@{term['xml:lang']}"
    if "datatype" in term:
        return f"{text}^^<{term['datatype']}>"
    return text


def _rdflib_nt(term) -> str:
    from rdflib import Literal, URIRef

    if isinstance(term, URIRef):
        if re.search(r'[<>"{}|^`\\\s]', str(term)):
            raise StoreError(f"not a valid IRI: {term!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise StoreError(f"cannot bind {term!r}")
