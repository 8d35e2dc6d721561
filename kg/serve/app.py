"""The web app of ``kg serve``: its settings, the ASGI app with its routes and middleware, and the uvicorn
server that runs it on a socket until Ctrl-C.

The store is checked when the app is made, so a wrong folder is one clear error before anything listens;
after that the app only hands work to the pool of worker processes (kg.serve.workers). The routes are
``/sparql`` (kg.serve.protocol), the pages (kg.serve.pages) and ``/static/`` (kg/web, the explorer's files).
"""
from __future__ import annotations

import contextlib
import os
import socket
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KgError
from kg.serve.pages import WEB_DIR, diagram, entity, explorer, queries
from kg.serve.protocol import MAX_BODY, sparql
from kg.serve.workers import Pool
from kg.store import open_store

_LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "[::1]"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    location: str  # a build folder or a SPARQL endpoint URL
    allow_update: bool = False
    timeout: float = 10.0  # seconds per query
    max_rows: int = 10_000
    max_body: int = MAX_BODY
    workers: int = 2  # query processes (one when updates are allowed)


def serve(location, *, host: str = "127.0.0.1", port: int = 8000, allow_update: bool = False,
          timeout: float = 10.0, max_rows: int = 10_000, cors: tuple[str, ...] = ()) -> None:
    """Serve the store at ``location`` until Ctrl-C (SIGINT) or SIGTERM; ``cors``: origins whose pages may
    read answers (a YASGUI page elsewhere), or ("*",) for any."""
    loopback = host in ("127.0.0.1", "localhost", "::1")
    app = create_app(location, allow_update=allow_update, timeout=timeout, max_rows=max_rows,
                     allowed_hosts=_LOOPBACK_HOSTS if loopback else None, cors=cors)
    sock = _listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    print(f"kg: serving {location} at http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C to stop)", flush=True)
    if not loopback:
        print(f"kg: listening on {host}: anyone who can reach this machine can query the store", flush=True)
    try:
        _server(app).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn stops gracefully, then raises the Ctrl-C again: stopping is what was asked for
    finally:
        sock.close()


def _server(app: Starlette):
    """A uvicorn server for ``app`` that stops the running tasks as it begins to stop."""
    import uvicorn

    class Server(uvicorn.Server):
        async def shutdown(self, sockets=None) -> None:
            app.state.pool.abort()  # a query still running would hold the shutdown up to --timeout
            await super().shutdown(sockets=sockets)

    return Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2))


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
               max_body: int = MAX_BODY, workers: int | None = None, allowed_hosts: list[str] | None = None,
               cors: tuple[str, ...] = ()):
    """The Starlette app serving the store at ``location`` (a build folder or an endpoint URL).

    The store is checked here, so a wrong folder is one clear error before anything listens."""
    location = str(location)
    _check_store(location, allow_update)
    size = 1 if allow_update else (workers or max(2, min(4, os.cpu_count() or 1)))
    settings = Settings(location=location, allow_update=allow_update, timeout=timeout, max_rows=max_rows,
                        max_body=max_body, workers=size)
    pool = Pool(location, size=size, writable=allow_update)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool.start()
        try:
            yield
        finally:
            pool.close()

    app = Starlette(routes=_routes(), middleware=_middleware(allowed_hosts, cors), lifespan=lifespan,
                    exception_handlers={HTTPException: _plain_error})
    app.state.settings, app.state.pool = settings, pool
    return app


def _routes() -> list:
    return [Route("/", explorer), Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/graph.html", diagram), Route("/api/queries", queries),
            Route("/entity", entity), Route("/entity/{path:path}", entity),
            Mount("/static", StaticFiles(directory=WEB_DIR), name="static")]


def _middleware(allowed_hosts: list[str] | None, cors: tuple[str, ...]) -> list:
    from starlette.middleware import Middleware
    from starlette.middleware.cors import CORSMiddleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    found = []
    if allowed_hosts:
        # a page elsewhere must not reach a local server through a DNS name of its own
        found.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    if cors:
        # only when asked: any page the user visits could otherwise read the graph. Updates from another
        # origin stay refused whatever this says (kg.serve.protocol).
        found.append(Middleware(CORSMiddleware, allow_origins=list(cors), allow_methods=["GET", "POST"],
                                allow_headers=["Accept", "Content-Type"], expose_headers=["X-KG-Truncated"]))
    return found


async def _plain_error(request: Request, exc: HTTPException) -> Response:
    return PlainTextResponse(f"{exc.detail}\n", status_code=exc.status_code, headers=exc.headers)


def _check_store(location: str, writable: bool) -> None:
    if location.startswith(("http://", "https://")):
        return
    db = open_store(location, read_only=not writable)
    del db  # the workers open their own; this one only proves the store is there (and free, for writing)
