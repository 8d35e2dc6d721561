"""``kg serve``: a store over HTTP, as a SPARQL 1.1 Protocol endpoint with a browser explorer.

Routes: ``/sparql`` (the endpoint), ``/`` (the explorer: the diagram, a query box, a results table),
``/graph.html`` (the diagram of kg.viz, framed by the explorer), ``/entity/...`` (a page per entity),
``/api/queries`` (the shipped named queries, as examples) and ``/static/`` (kg/web: the explorer's files).

Design. The web app (Starlette, run by uvicorn) never touches the store itself: every query, update and
page built from the store runs in a small pool of worker processes, each with its own store handle.

* A timeout must stop a query. pyoxigraph evaluates in Rust and cannot be interrupted from another
  thread, so a worker that runs past ``--timeout`` is killed (SIGKILL) and a fresh one is started.
* ``kg build`` must still work on a folder that is being served. A worker opens the folder's store in
  RocksDB's read-only mode (``pyoxigraph.Store.read_only``): a snapshot that takes no lock. Before each
  task it looks at the store's files; when a build has changed them (and no build holds the folder's
  lock file any more), it opens a new snapshot, so the server shows the last finished build.
* ``--allow-update`` needs the store open for writing, which RocksDB allows one process at a time: the
  pool then has a single worker holding the store's lock, and a ``kg build`` into the folder stops with
  an error naming the server, until the server stops.

Requests are read with bounded bodies (413 above ``MAX_BODY``); SERVICE, LOAD and (without the flag)
updates are refused before any worker sees them. Answers are chosen by the Accept header or a
``format`` parameter (which wins, for clients that cannot set headers) and cut at ``--max-rows``; the
``X-KG-Truncated`` header (and ``"truncated": true`` in JSON) says when rows were cut. Everything taken
from the store reaches HTML escaped (pages here) or as textContent (the explorer's script).
"""
from __future__ import annotations

import asyncio
import contextlib
import html
import json
import multiprocessing
import os
import signal
import socket
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KgError, StoreError
from kg.store import PREFIXES, STORE_DIR, check_query, check_update, open_store

WEB_DIR = Path(__file__).resolve().parent / "web"
MAX_BODY = 1_000_000  # bytes of a POSTed query or update
DIAGRAM_TIMEOUT = 120.0  # seconds to draw /graph.html, whatever --timeout says
ENTITY_ROWS = 2000  # statements shown on an entity page
JSON, XML = "application/sparql-results+json", "application/sparql-results+xml"
CSV, TSV = "text/csv", "text/tab-separated-values"
TURTLE, NTRIPLES, RDFXML = "text/turtle", "application/n-triples", "application/rdf+xml"
OFFERED = {"select": (JSON, XML, CSV, TSV), "ask": (JSON, XML, CSV, TSV), "graph": (TURTLE, NTRIPLES, RDFXML)}
ALIASES = {"application/json": JSON, "application/xml": XML, "text/xml": XML, "application/x-turtle": TURTLE,
           "application/turtle": TURTLE, "json": JSON, "xml": XML, "csv": CSV, "tsv": TSV, "turtle": TURTLE,
           "ttl": TURTLE, "nt": NTRIPLES, "ntriples": NTRIPLES, "n-triples": NTRIPLES, "rdfxml": RDFXML}
_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")
_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
             "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# the diagram is kg.viz's page: vis-network and its data inlined, nothing to fetch
_DIAGRAM_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
                "font-src data:; base-uri 'none'; frame-ancestors 'self'")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    location: str  # a build folder or a SPARQL endpoint URL
    allow_update: bool = False
    timeout: float = 10.0  # seconds per query
    max_rows: int = 10_000
    max_body: int = MAX_BODY
    workers: int = 2  # query processes (one when updates are allowed)


def serve(location, *, host: str = "127.0.0.1", port: int = 8000, allow_update: bool = False,
          timeout: float = 10.0, max_rows: int = 10_000) -> None:
    """Serve the store at ``location`` until Ctrl-C (SIGINT) or SIGTERM."""
    import uvicorn

    loopback = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(location, allow_update=allow_update, timeout=timeout, max_rows=max_rows,
                     allowed_hosts=["127.0.0.1", "localhost", "[::1]"] if loopback else None)
    sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"kg: serving {location} at http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C to stop)", flush=True)
    if not loopback:
        print(f"kg: listening on {host}: anyone who can reach this machine can query the store", flush=True)

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None) -> None:
            app.state.pool.abort()  # a query still running would hold the shutdown up to --timeout
            await super().shutdown(sockets=sockets)

    server = Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn stops gracefully, then raises the Ctrl-C again: stopping is what was asked for
    finally:
        sock.close()


def _listen(host: str, port: int) -> socket.socket:
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port or --host") \
            from None
    return sock


def create_app(location, *, allow_update: bool = False, timeout: float = 10.0, max_rows: int = 10_000,
               max_body: int = MAX_BODY, workers: int | None = None, allowed_hosts: list[str] | None = None):
    """The Starlette app serving the store at ``location`` (a build folder or an endpoint URL).

    The store is checked here, so a wrong folder is one clear error before anything listens."""
    location = str(location)
    _check_store(location, allow_update)
    size = 1 if allow_update else (workers or max(2, min(4, os.cpu_count() or 1)))
    settings = Settings(location=location, allow_update=allow_update, timeout=timeout, max_rows=max_rows,
                        max_body=max_body, workers=size)
    pool = _Pool(location, size=size, writable=allow_update)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool.start()
        try:
            yield
        finally:
            pool.close()

    routes = [Route("/", explorer), Route("/sparql", sparql, methods=["GET", "POST"]),
              Route("/graph.html", diagram), Route("/api/queries", queries),
              Route("/entity", entity), Route("/entity/{path:path}", entity),
              Mount("/static", StaticFiles(directory=WEB_DIR), name="static")]
    middleware = []
    if allowed_hosts:  # a page elsewhere must not reach a local server through a DNS name of its own
        from starlette.middleware import Middleware
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: _plain_error})
    app.state.settings, app.state.pool = settings, pool
    return app


async def _plain_error(request: Request, exc: HTTPException) -> Response:
    return PlainTextResponse(f"{exc.detail}\n", status_code=exc.status_code, headers=exc.headers)


def _check_store(location: str, writable: bool) -> None:
    if location.startswith(("http://", "https://")):
        return
    db = open_store(location, read_only=not writable)
    del db  # the workers open their own; this one only proves the store is there (and free, for writing)


# --- the SPARQL endpoint -------------------------------------------------------------------------------

async def sparql(request: Request) -> Response:
    settings, pool = request.app.state.settings, request.app.state.pool
    op, text, fmt = await _operation(request, settings.max_body)
    if fmt and ALIASES.get(fmt.lower(), fmt.lower()) not in {*OFFERED["select"], *OFFERED["graph"]}:
        raise HTTPException(400, f"unknown format {fmt!r}; use json, xml, csv, tsv, turtle, nt or rdfxml")
    if op == "update":
        _refuse_update(request, settings, text)
        await pool.run(("update", text), settings.timeout)
        return PlainTextResponse("update applied\n")
    _refuse_query(settings, text)
    accept = request.headers.get("accept", "")
    media, body, truncated = await pool.run(("query", text, accept, fmt, settings.max_rows), settings.timeout)
    headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff", "X-KG-Row-Limit": str(settings.max_rows)}
    if truncated:
        headers["X-KG-Truncated"] = "true"
    charset = "; charset=utf-8" if media.startswith("text/") or media == NTRIPLES else ""
    return Response(body, headers=headers, media_type=media + charset)


async def _operation(request: Request, max_body: int) -> tuple[str, str, str | None]:
    """("query" or "update", its text, the format parameter) from a SPARQL 1.1 Protocol request."""
    params = dict(request.query_params)
    _no_dataset(params)
    if request.method == "GET":
        if "update" in params:
            raise HTTPException(400, "updates are sent with POST (update=... as a form, or application/sparql-update)")
        return "query", _text(params.get("query"), "query"), params.get("format")
    kind = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    body = await _body(request, max_body)
    if kind == "application/x-www-form-urlencoded":
        try:
            form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                                    strict_parsing=False, max_num_fields=50).items()}
        except (UnicodeDecodeError, ValueError):
            raise HTTPException(400, "the form is not valid UTF-8 application/x-www-form-urlencoded") from None
        _no_dataset(form)
        if ("query" in form) == ("update" in form):
            raise HTTPException(400, "send exactly one of query= and update=")
        op = "query" if "query" in form else "update"
        return op, _text(form[op], op), form.get("format", params.get("format"))
    if kind in ("application/sparql-query", "application/sparql-update"):
        op = "query" if kind.endswith("query") else "update"
        return op, _text(_decode(body), op), params.get("format")
    raise HTTPException(415, "POST a form (application/x-www-form-urlencoded with query= or update=), "
                             "application/sparql-query or application/sparql-update")


def _no_dataset(params: dict) -> None:
    for name in _DATASET_PARAMS:
        if name in params:
            raise HTTPException(400, f"{name} is not supported: the default graph is the union of the article "
                                     "graphs; use GRAPH in the query")


def _text(value: str | None, op: str) -> str:
    if not value or not value.strip():
        raise HTTPException(400, f"no SPARQL {op} given: send {op}=... (see https://www.w3.org/TR/sparql11-protocol/)")
    return value


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(400, "the request body is not UTF-8") from None


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"the request body is larger than {limit:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"the request body is larger than {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _refuse_query(settings: Settings, text: str) -> None:
    try:
        check_query(text)
    except StoreError as exc:
        if str(exc).startswith("SERVICE"):
            raise HTTPException(403, f"{exc} (kg serve never fetches from other endpoints)") from None
        if settings.allow_update:
            raise HTTPException(400, "this is an update: POST it as update=... or application/sparql-update") \
                from None
        raise HTTPException(403, "this endpoint is read-only: updates are refused (start kg serve with "
                                 "--allow-update to accept them)") from None


def _refuse_update(request: Request, settings: Settings, text: str) -> None:
    if not settings.allow_update:
        raise HTTPException(403, "this endpoint is read-only: updates are refused (start kg serve with "
                                 "--allow-update to accept them)")
    origin = request.headers.get("origin")
    if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
        raise HTTPException(403, f"updates from pages of another site ({origin}) are refused")
    try:
        check_update(text)
    except StoreError as exc:
        raise HTTPException(403, str(exc)) from None


def negotiate(kind: str, accept: str, fmt: str | None = None) -> str:
    """The media type to answer with: ``fmt`` if given and fitting, else the best match of ``accept``
    (each offered type takes the quality of the most specific range it matches), else the default
    (SPARQL JSON for SELECT and ASK, Turtle for CONSTRUCT and DESCRIBE).

    >>> negotiate("select", "text/csv;q=0.5, application/sparql-results+xml")
    'application/sparql-results+xml'
    >>> negotiate("select", "application/sparql-results+json;q=0, */*")
    'application/sparql-results+xml'
    >>> negotiate("graph", "*/*"), negotiate("ask", "text/html"), negotiate("select", "", "tsv")
    ('text/turtle', 'application/sparql-results+json', 'text/tab-separated-values')
    """
    offered = OFFERED[kind]
    if fmt and ALIASES.get(fmt.lower(), fmt.lower()) in offered:
        return ALIASES.get(fmt.lower(), fmt.lower())
    ranges = []
    for position, item in enumerate(accept.lower().split(",")):
        media, _, params = item.partition(";")
        ranges.append((ALIASES.get(media.strip(), media.strip()), _quality(params), position))
    best, best_key = offered[0], None
    for rank, candidate in enumerate(offered):
        kinds = (None, "*/*", candidate.split("/")[0] + "/*", candidate)  # index: how specific a match is
        matches = [(kinds.index(media), q, position) for media, q, position in ranges if media in kinds[1:]]
        if matches:
            _, q, position = max(matches)
            key = (q, -position, -rank)
            if q > 0 and (best_key is None or key > best_key):
                best, best_key = candidate, key
    return best


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


# --- pages -------------------------------------------------------------------------------------------

async def explorer(request: Request) -> Response:
    return FileResponse(WEB_DIR / "explorer.html", headers=_html_headers(_PAGE_CSP))


async def queries(request: Request) -> Response:
    from kg.sparql import named_queries

    return JSONResponse([{"name": q.name, "description": q.description, "params": [list(p) for p in q.params],
                          "text": q.text} for q in named_queries().values()])


async def diagram(request: Request) -> Response:
    level, lang = request.query_params.get("level", "both"), request.query_params.get("lang", "en")
    if level not in ("actor", "country", "both") or lang not in ("ja", "en"):
        raise HTTPException(400, "level is actor, country or both; lang is ja or en")
    page = await request.app.state.pool.run(("diagram", level, lang), max(DIAGRAM_TIMEOUT,
                                                                             request.app.state.settings.timeout))
    return HTMLResponse(page, headers=_html_headers(_DIAGRAM_CSP))


async def entity(request: Request) -> Response:
    iri = request.query_params.get("iri") or PREFIXES["kgid"] + request.path_params.get("path", "")
    if iri == PREFIXES["kgid"]:
        raise HTTPException(404, "give an entity: /entity/country/CN or /entity?iri=...")
    data = await request.app.state.pool.run(("entity", iri), request.app.state.settings.timeout)
    if data is None:
        raise HTTPException(404, f"no entity {iri} in the store")
    return HTMLResponse(entity_html(data), headers=_html_headers("default-src 'none'; style-src 'self'; "
                                                                 "img-src data:; base-uri 'none'"))


def _html_headers(csp: str) -> dict:
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def entity_link(iri: str) -> str:
    """The page of an entity: /entity/KIND/NAME for kg's own IRIs, /entity?iri=... for others.

    >>> entity_link("https://w3id.org/kg-news/id/person/a%2Fb")
    '/entity/person/a%252Fb'
    """
    if iri.startswith(PREFIXES["kgid"]):
        return "/entity/" + quote(iri[len(PREFIXES["kgid"]):], safe="/")
    return "/entity?iri=" + quote(iri, safe="")


def entity_html(data: dict) -> str:
    """The entity page; every value from the store is escaped, and only http(s) values become links."""
    e, iri, title = html.escape, data["iri"], data["name"]
    labels = "".join(f"<li><span class=lang>{e(lang or '-')}</span> {e(text)}</li>"
                     for text, lang in sorted(data["labels"], key=lambda x: (x[1] != "ja", x)))
    ids = [f"<li><code>{e(iri)}</code></li>"] + [f"<li>{_href(s)}</li>" for s in data["same_as"]]
    statements = data["statements"]

    def affiliated(direction: str) -> str:
        found = sorted({(s["other"], data["names"].get(s["other"], s["other"])) for s in statements
                        if s["relation"] == "affiliatedWith" and s["direction"] == direction and not s["negated"]})
        return "".join(f'<li><a href="{e(entity_link(o))}">{e(n)}</a></li>' for o, n in found) or "<li>none</li>"

    rows = "".join(_statement_row(s, data["names"]) for s in statements)
    cut = f"<p class=note>Only the first {len(statements)} statements are shown.</p>" if data["truncated"] else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)} · kg</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/explorer.css"></head>
<body class="entity"><header><a href="/">kg explorer</a></header><main>
<h1>{e(title)}</h1>
<p class=types>{e(", ".join(_local(t) for t in data["types"]) or "no type")} ·
<a href="/?focus={e(quote(iri, safe=''))}">show in the diagram</a></p>
<h2>Labels</h2><ul class=labels>{labels or "<li>none</li>"}</ul>
<h2>Identifiers</h2><ul>{"".join(ids)}</ul>
<h2>Acts for</h2><ul>{affiliated("out")}</ul>
<h2>Acting for it</h2><ul>{affiliated("in")}</ul>
<h2>Relations and evidence</h2>{cut}
<table><thead><tr><th>level</th><th>relation</th><th>other</th><th>marked</th><th>sentence</th><th>article</th>
</tr></thead><tbody>{rows}</tbody></table>
</main></body></html>"""


def _statement_row(s: dict, names: dict) -> str:
    e = html.escape
    arrow = f"→ {e(s['relation'])}" if s["direction"] == "out" else f"{e(s['relation'])} ←"
    marks = " ".join(m for m in ("negated", "hedged") if s[m])
    title, source = e(s["title"] or ""), s["source"] or ""
    if source.startswith(("http://", "https://")):
        article = _href(source, title or e(source))
    else:  # a file path (or anything else): shown, never a link
        article = f"{title} <span class=source>{e(source)}</span>" if source else title
    if s.get("date"):
        article += f" <span class=date>{e(s['date'])}</span>"
    other = f'<a href="{e(entity_link(s["other"]))}">{e(names.get(s["other"], s["other"]))}</a>'
    cls = f' class="{marks}"' if marks else ""
    return (f"<tr{cls}><td>{e(s['level'])}</td><td>{arrow}</td><td>{other}</td><td>{e(marks)}</td>"
            f"<td>{e(s['sentence'] or '')}</td><td>{article}</td></tr>")


def _href(url: str, text: str | None = None) -> str:
    """A link when ``url`` is http(s) (never javascript: or data:), else the escaped text."""
    shown = text if text is not None else html.escape(url)
    if url.startswith(("http://", "https://")):
        return f'<a href="{html.escape(url)}" rel="noreferrer">{shown}</a>'
    return shown


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --- the worker pool (in the server process) ---------------------------------------------------------

@dataclass(slots=True)
class _Worker:
    process: multiprocessing.Process
    conn: object  # multiprocessing.connection.Connection


class _Pool:
    """Worker processes; a task that runs past its timeout has its worker killed and replaced."""

    def __init__(self, location: str, *, size: int, writable: bool) -> None:
        self.location, self.size, self.writable = location, size, writable
        self._idle: asyncio.Queue | None = None
        self._workers: list[_Worker] = []
        self._closing = False

    def start(self) -> None:
        self._idle = asyncio.Queue()
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> _Worker:
        ctx = multiprocessing.get_context("spawn")  # no fork of a process running an event loop and threads
        ours, theirs = ctx.Pipe()
        process = ctx.Process(target=_worker_main, args=(theirs, self.location, self.writable), daemon=True,
                              name="kg-serve-worker")
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    async def run(self, task: tuple, timeout: float):
        """The worker's answer to ``task``; HTTPException 503 when it takes longer than ``timeout``."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            raise HTTPException(503, f"the server is busy: no worker was free within {timeout:g} s") from None
        healthy = False
        try:
            worker.conn.send(task)
            await _readable(worker.conn, timeout)
            reply = worker.conn.recv()
            healthy = True
        except TimeoutError:
            raise HTTPException(503, f"the query ran longer than {timeout:g} s and was stopped "
                                     "(kg serve --timeout SECONDS)") from None
        except (EOFError, OSError):
            if self._closing:
                raise HTTPException(503, "the server is stopping") from None
            raise HTTPException(500, "the query worker stopped unexpectedly; try again") from None
        finally:
            self._release(worker, healthy)
        if reply[0] == "error":
            raise HTTPException(reply[1], reply[2])
        return reply[1]

    def _release(self, worker: _Worker, healthy: bool) -> None:
        if healthy and not self._closing:
            self._idle.put_nowait(worker)
            return
        if worker in self._workers:
            _stop(worker, kill=not healthy)  # busy in Rust, or gone: killing is the only way to stop a query
            self._workers.remove(worker)
        if not self._closing:
            self._idle.put_nowait(self._spawn())

    def abort(self) -> None:
        """Stop every task at once (the server is stopping): their requests answer 503."""
        self._closing = True
        for worker in self._workers:
            worker.process.kill()

    def close(self) -> None:
        self._closing = True
        for worker in self._workers:
            _stop(worker, kill=False)
        self._workers.clear()


def _stop(worker: _Worker, *, kill: bool) -> None:
    if not kill:
        try:
            worker.conn.send(None)  # an idle worker returns; a busy one is killed below
        except OSError:
            pass
        worker.process.join(0.5)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join(2)
    worker.conn.close()


async def _readable(conn, timeout: float) -> None:
    """Wait until the worker's answer arrives, without a thread: the event loop watches the pipe."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()
    loop.add_reader(fd, lambda: ready.done() or ready.set_result(None))
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


# --- the worker (in its own process) -----------------------------------------------------------------

def _worker_main(conn, location: str, writable: bool) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the server stops us
    snapshot = _Snapshot(location, writable)
    tasks = {"query": _query_task, "update": _update_task, "entity": _entity_task, "diagram": _diagram_task}
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            reply = ("ok", tasks[task[0]](snapshot, *task[1:]))
        except StoreError as exc:
            snapshot.forget_if_failed(exc)
            reply = ("error", 400, str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: answer it, rather than let the request wait for the timeout
            reply = ("error", 500, f"{type(exc).__name__}: {exc}")
        conn.send(reply)


class _Snapshot:
    """The worker's handle on the store. A folder's store is a read-only snapshot, opened again once a
    build has changed the store's files and no build is writing (the folder's lock file is gone)."""

    def __init__(self, location: str, writable: bool) -> None:
        self.location, self.writable = location, writable
        self.fixed = writable or location.startswith(("http://", "https://"))  # nothing to reopen
        self.version = 0  # changes whenever what the store holds may have changed
        self._db, self._stamp = None, None
        self.diagrams: dict = {}  # (version, level, lang) -> page

    def db(self):
        if self._db is None or (not self.fixed and self._changed()):
            self._db = None  # let the old snapshot go before opening the next
            self._stamp = None if self.fixed else _stamp(Path(self.location) / STORE_DIR)
            self._db = open_store(self.location, read_only=not self.writable)
            self.version += 1
        return self._db

    def _changed(self) -> bool:
        from kg.pipeline import LOCK, _stale

        lock = Path(self.location) / LOCK
        if lock.exists() and not _stale(lock):
            return False  # a build is writing: keep the last finished one
        return _stamp(Path(self.location) / STORE_DIR) != self._stamp

    def forget_if_failed(self, exc: StoreError) -> None:
        if str(exc).startswith("the query failed") and not self.fixed:
            self._db = None  # perhaps files a build removed: the next task opens a new snapshot


def _stamp(store: Path) -> tuple:
    """What changes when the store is written: its manifest, write-ahead logs and tables (not the LOG)."""
    found = []
    try:
        for entry in os.scandir(store):
            if not entry.name.startswith("LOG"):
                info = entry.stat()
                found.append((entry.name, info.st_size, info.st_mtime_ns))
    except OSError:  # the folder went away, or a file did while listing: opening will tell
        return ()
    return tuple(sorted(found))


def _query_task(snapshot: _Snapshot, text: str, accept: str, fmt: str | None, max_rows: int):
    results = snapshot.db().query(text, limit=max_rows)
    media = negotiate(results.kind, accept, fmt)
    return media, serialize(results, media, max_rows), results.truncated


def _update_task(snapshot: _Snapshot, text: str) -> None:
    snapshot.db().run_update(text)
    snapshot.version += 1


def serialize(results, media: str, max_rows: int = 0) -> bytes:
    """Results in one of the offered media types (SPARQL 1.1 results formats; RDF syntaxes for graphs)."""
    from kg.sparql import format_results

    if results.kind == "graph":
        note = f"# truncated: only the first {max_rows} triples\n" if results.truncated else ""
        return (note + _graph_text(results.turtle, media)).encode("utf-8")
    if media == JSON:
        if results.kind == "ask":
            data = {"head": {}, "boolean": results.boolean}
        else:
            data = {"head": {"vars": results.variables}, "results": {"bindings": results.rows}}
        if results.truncated:
            data["truncated"] = True
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if media == XML:
        return _xml(results).encode("utf-8")
    return format_results(results, "csv" if media == CSV else "tsv").encode("utf-8")


def _graph_text(turtle: str, media: str) -> str:
    import pyoxigraph as ox

    if media == TURTLE:
        return turtle
    fmt = ox.RdfFormat.N_TRIPLES if media == NTRIPLES else ox.RdfFormat.RDF_XML
    out = ox.serialize(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE), format=fmt)
    return out.decode("utf-8") if out else ""


def _xml(results) -> str:
    """SPARQL Query Results XML Format."""
    from xml.sax.saxutils import escape, quoteattr

    def clean(text: str) -> str:  # characters XML 1.0 cannot carry become U+FFFD
        return escape("".join(c if c in "\t\n\r" or ord(c) >= 0x20 else "\ufffd" for c in text))

    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>", *(f"<variable name={quoteattr(v)}/>" for v in results.variables), "</head>"]
    if results.kind == "ask":
        return "\n".join(out + [f"<boolean>{str(results.boolean).lower()}</boolean>", "</sparql>\n"])
    out.append("<results>")
    for row in results.rows:
        out.append("<result>")
        for name, term in row.items():
            value = clean(term["value"])
            if term["type"] == "uri":
                body = f"<uri>{value}</uri>"
            elif term["type"] == "bnode":
                body = f"<bnode>{value}</bnode>"
            elif "xml:lang" in term:
                body = f"<literal xml:lang={quoteattr(term['xml:lang'])}>{value}</literal>"
            elif "datatype" in term:
                body = f"<literal datatype={quoteattr(term['datatype'])}>{value}</literal>"
            else:
                body = f"<literal>{value}</literal>"
            out.append(f"<binding name={quoteattr(name)}>{body}</binding>")
        out.append("</result>")
    return "\n".join(out + ["</results>", "</sparql>\n"])


_ENTITY = """SELECT DISTINCT ?p ?o WHERE { ?e ?p ?o . FILTER(?p IN (rdf:type, rdfs:label, owl:sameAs)) }"""
_EXISTS = """SELECT ?e WHERE { { ?e ?p ?o } UNION { ?s ?p ?e } } LIMIT 1"""
_STATEMENTS = """SELECT DISTINCT ?st ?direction ?level ?p ?other ?negated ?hedged ?sentence ?title ?source ?date
WHERE {
  { ?st rdf:subject ?e ; rdf:object ?other . BIND("out" AS ?direction) }
  UNION { ?st rdf:object ?e ; rdf:subject ?other . BIND("in" AS ?direction) }
  ?st a kg:Statement ; rdf:predicate ?p ; kg:level ?level ; kg:negated ?negated ; kg:hedged ?hedged .
  OPTIONAL { ?st kg:sentence ?sentence }
  OPTIONAL { ?st kg:article ?a . OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:url ?source }
             OPTIONAL { ?a schema:datePublished ?date } }
} ORDER BY ?level ?p ?direction ?other ?sentence"""
_NEIGHBOURS = """SELECT DISTINCT ?other ?l WHERE {
  { ?st rdf:subject ?e ; rdf:object ?other } UNION { ?st rdf:object ?e ; rdf:subject ?other }
  ?other rdfs:label ?l }"""


def _entity_task(snapshot: _Snapshot, iri: str) -> dict | None:
    """What the entity page shows, as plain values; None when the store does not know ``iri``."""
    from rdflib import URIRef

    db, e = snapshot.db(), {"e": URIRef(iri)}
    if not db.query(_EXISTS, bindings=e).rows:
        return None
    facts = db.query(_ENTITY, bindings=e).rows
    found = db.query(_STATEMENTS, bindings=e, limit=ENTITY_ROWS)
    labels = [(r["o"]["value"], r["o"].get("xml:lang", "")) for r in facts if r["p"]["value"].endswith("#label")]
    neighbours: dict = {}
    for r in db.query(_NEIGHBOURS, bindings=e).rows:
        neighbours.setdefault(r["other"]["value"], []).append((r["l"]["value"], r["l"].get("xml:lang", "")))

    def value(row: dict, name: str):
        return row.get(name, {}).get("value")

    statements = [{"direction": value(r, "direction"), "level": value(r, "level"),
                   "relation": _local(value(r, "p")), "other": value(r, "other"),
                   "negated": value(r, "negated") == "true", "hedged": value(r, "hedged") == "true",
                   "sentence": value(r, "sentence"), "title": value(r, "title"), "source": value(r, "source"),
                   "date": value(r, "date")} for r in found.rows]
    return {"iri": iri, "name": _name(iri, labels), "labels": sorted(set(labels)),
            "types": sorted(r["o"]["value"] for r in facts if r["p"]["value"].endswith("#type")),
            "same_as": sorted(r["o"]["value"] for r in facts if r["p"]["value"].endswith("#sameAs")),
            "statements": statements, "truncated": found.truncated,
            "names": {o: _name(o, ls) for o, ls in neighbours.items()}}


def _name(iri: str, labels: list, lang: str = "en") -> str:
    """The gazetteer's preferred name (kg.vocab) when it has one, else the longest label in ``lang`` (the
    surface forms seen are often shorter: 米 beside 米国), else one in the other language, else the IRI."""
    preferred = _preferred().get(iri)
    if preferred:
        return preferred[lang] or preferred["ja" if lang == "en" else "en"]
    by_lang: dict = {}
    for text, tag in sorted(labels, key=lambda x: (-len(x[0]), x[0])):
        by_lang.setdefault(tag, text)
    return by_lang.get(lang) or by_lang.get("ja" if lang == "en" else "en") or next(iter(by_lang.values()), iri)


@cache
def _preferred() -> dict:
    from kg.vocab import gazetteer, people

    return {PREFIXES["kgid"] + p.key: {"en": p.pref_en, "ja": p.pref_ja}
            for p in (*gazetteer().places, *people().people)}


def _diagram_task(snapshot: _Snapshot, level: str, lang: str) -> str:
    """kg.viz's page of the whole store, drawn once per snapshot, level and language."""
    from kg import graph, pipeline, viz

    db = snapshot.db()
    key = (snapshot.version, level, lang)
    if key not in snapshot.diagrams:
        nxg = graph.to_networkx(graph.union(pipeline.load_dataset(db)), lang=lang)
        snapshot.diagrams = {k: v for k, v in snapshot.diagrams.items() if k[0] == snapshot.version}
        snapshot.diagrams[key] = viz.render(nxg, level=level, lang=lang)
    return snapshot.diagrams[key]
