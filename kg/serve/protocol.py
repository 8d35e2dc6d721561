"""The SPARQL 1.1 Protocol endpoint of ``kg serve`` (``/sparql``): reading a request into a query or an
update, refusing what the server never runs, choosing the answer's media type and writing results in it.

Requests are read with bounded bodies (413 above ``MAX_BODY``); SERVICE, LOAD and (without
``--allow-update``) updates are refused before any worker sees them. Answers are chosen by the Accept
header or a ``format`` parameter (which wins, for clients that cannot set headers) and cut at
``--max-rows``; the ``X-KG-Truncated`` header (and ``"truncated": true`` in JSON) says when rows were cut.
``query_task`` and ``update_task`` are what a worker process runs for this endpoint.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import parse_qs
from xml.sax.saxutils import escape, quoteattr

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import StoreError
from kg.store import check_query, check_update

if TYPE_CHECKING:
    from kg.serve.workers import _Snapshot

MAX_BODY = 1_000_000  # bytes of a POSTed query or update
JSON, XML = "application/sparql-results+json", "application/sparql-results+xml"
CSV, TSV = "text/csv", "text/tab-separated-values"
TURTLE, NTRIPLES, RDFXML = "text/turtle", "application/n-triples", "application/rdf+xml"
OFFERED = {"select": (JSON, XML, CSV, TSV), "ask": (JSON, XML, CSV, TSV), "graph": (TURTLE, NTRIPLES, RDFXML)}
ALIASES = {"application/json": JSON, "application/xml": XML, "text/xml": XML, "application/x-turtle": TURTLE,
           "application/turtle": TURTLE, "json": JSON, "xml": XML, "csv": CSV, "tsv": TSV, "turtle": TURTLE,
           "ttl": TURTLE, "nt": NTRIPLES, "ntriples": NTRIPLES, "n-triples": NTRIPLES, "rdfxml": RDFXML}
_DATASET_PARAMS = ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri")
_READ_ONLY = "this endpoint is read-only: updates are refused (start kg serve with --allow-update to accept them)"


async def sparql(request: Request) -> Response:
    settings, pool = request.app.state.settings, request.app.state.pool
    op, text, fmt = await _operation(request, settings.max_body)
    if fmt and ALIASES.get(fmt.lower(), fmt.lower()) not in {*OFFERED["select"], *OFFERED["graph"]}:
        raise HTTPException(400, f"unknown format {fmt!r}; use json, xml, csv, tsv, turtle, nt or rdfxml")
    if op == "update":
        _refuse_update(request, text, allow_update=settings.allow_update)
        await pool.run(("update", text), settings.timeout)
        return PlainTextResponse("update applied\n")
    _refuse_query(text, allow_update=settings.allow_update)
    accept = request.headers.get("accept", "")
    media, body, truncated = await pool.run(("query", text, accept, fmt, settings.max_rows), settings.timeout)
    headers = {"Vary": "Accept", "X-Content-Type-Options": "nosniff", "X-KG-Row-Limit": str(settings.max_rows)}
    if truncated:
        headers["X-KG-Truncated"] = "true"
    charset = "; charset=utf-8" if media.startswith("text/") or media == NTRIPLES else ""
    return Response(body, headers=headers, media_type=media + charset)


# --- reading the request -----------------------------------------------------------------------------

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
        return _form_operation(_form(body), params)
    if kind in ("application/sparql-query", "application/sparql-update"):
        op = "query" if kind.endswith("query") else "update"
        return op, _text(_decode(body), op), params.get("format")
    raise HTTPException(415, "POST a form (application/x-www-form-urlencoded with query= or update=), "
                             "application/sparql-query or application/sparql-update")


def _form(body: bytes) -> dict:
    try:
        return {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                               strict_parsing=False, max_num_fields=50).items()}
    except (UnicodeDecodeError, ValueError):
        raise HTTPException(400, "the form is not valid UTF-8 application/x-www-form-urlencoded") from None


def _form_operation(form: dict, params: dict) -> tuple[str, str, str | None]:
    _no_dataset(form)
    if ("query" in form) == ("update" in form):
        raise HTTPException(400, "send exactly one of query= and update=")
    op = "query" if "query" in form else "update"
    return op, _text(form[op], op), form.get("format", params.get("format"))


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


# --- what is refused ---------------------------------------------------------------------------------

def _refuse_query(text: str, *, allow_update: bool) -> None:
    try:
        check_query(text)
    except StoreError as exc:
        if str(exc).startswith("SERVICE"):
            raise HTTPException(403, f"{exc} (kg serve never fetches from other endpoints)") from None
        if allow_update:
            raise HTTPException(400, "this is an update: POST it as update=... or application/sparql-update") \
                from None
        raise HTTPException(403, _READ_ONLY) from None


def _refuse_update(request: Request, text: str, *, allow_update: bool) -> None:
    if not allow_update:
        raise HTTPException(403, _READ_ONLY)
    origin = request.headers.get("origin")
    if origin and origin.split("://", 1)[-1] != request.headers.get("host"):
        raise HTTPException(403, f"updates from pages of another site ({origin}) are refused")
    try:
        check_update(text)
    except StoreError as exc:
        raise HTTPException(403, str(exc)) from None


# --- content negotiation -----------------------------------------------------------------------------

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
    ranges = _ranges(accept)
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


def _ranges(accept: str) -> list[tuple[str, float, int]]:
    """(media range, quality, position) for each range of an Accept header."""
    ranges = []
    for position, item in enumerate(accept.lower().split(",")):
        media, _, params = item.partition(";")
        ranges.append((ALIASES.get(media.strip(), media.strip()), _quality(params), position))
    return ranges


def _quality(params: str) -> float:
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name == "q":
            try:
                return max(0.0, min(1.0, float(value)))
            except ValueError:
                return 0.0
    return 1.0


# --- the worker's side: running and serialising ------------------------------------------------------

def query_task(snapshot: _Snapshot, text: str, accept: str, fmt: str | None, max_rows: int):
    results = snapshot.db().query(text, limit=max_rows)
    media = negotiate(results.kind, accept, fmt)
    return media, serialize(results, media, max_rows), results.truncated


def update_task(snapshot: _Snapshot, text: str) -> None:
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
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
           "<head>", *(f"<variable name={quoteattr(v)}/>" for v in results.variables), "</head>"]
    if results.kind == "ask":
        return "\n".join(out + [f"<boolean>{str(results.boolean).lower()}</boolean>", "</sparql>\n"])
    out.append("<results>")
    for row in results.rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(name)}>{_xml_term(term)}</binding>" for name, term in row.items())
        out.append("</result>")
    return "\n".join(out + ["</results>", "</sparql>\n"])


def _xml_term(term: dict) -> str:
    value = _xml_text(term["value"])
    if term["type"] == "uri":
        return f"<uri>{value}</uri>"
    if term["type"] == "bnode":
        return f"<bnode>{value}</bnode>"
    if "xml:lang" in term:
        return f"<literal xml:lang={quoteattr(term['xml:lang'])}>{value}</literal>"
    if "datatype" in term:
        return f"<literal datatype={quoteattr(term['datatype'])}>{value}</literal>"
    return f"<literal>{value}</literal>"


def _xml_text(text: str) -> str:
    """``text`` escaped for XML; characters XML 1.0 cannot carry become U+FFFD."""
    return escape("".join(c if c in "\t\n\r" or ord(c) >= 0x20 else "\ufffd" for c in text))
