"""The pages of ``kg serve``: the explorer (``/``, the files of kg/web), the diagram (``/graph.html``),
the shipped named queries as examples (``/api/queries``) and a page per entity (``/entity/...``), with
what a worker process gathers from the store for the diagram and the entity pages.

Everything taken from the store reaches HTML escaped (the entity page here) or as textContent (the
explorer's script), and only http(s) values become links; each page is sent with a Content-Security-Policy.
"""
from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response

from kg.store import PREFIXES

if TYPE_CHECKING:
    from kg.serve.workers import _Snapshot

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DIAGRAM_TIMEOUT = 120.0  # seconds to draw /graph.html, whatever --timeout says
ENTITY_ROWS = 2000  # statements shown on an entity page
_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
             "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# the diagram is kg.viz's page: vis-network and its data inlined, nothing to fetch
_DIAGRAM_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
                "font-src data:; base-uri 'none'; frame-ancestors 'self'")
_ENTITY_CSP = "default-src 'none'; style-src 'self'; img-src data:; base-uri 'none'"


# --- the routes --------------------------------------------------------------------------------------

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
    return HTMLResponse(entity_html(data), headers=_html_headers(_ENTITY_CSP))


def _html_headers(csp: str) -> dict:
    return {"Content-Security-Policy": csp, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


# --- the entity page ---------------------------------------------------------------------------------

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
<h2>Acts for</h2><ul>{_affiliated(data, "out")}</ul>
<h2>Acting for it</h2><ul>{_affiliated(data, "in")}</ul>
<h2>Relations and evidence</h2>{cut}
<table><thead><tr><th>level</th><th>relation</th><th>other</th><th>marked</th><th>sentence</th><th>article</th>
</tr></thead><tbody>{rows}</tbody></table>
</main></body></html>"""


def _affiliated(data: dict, direction: str) -> str:
    """The list items of whom the entity acts for ("out") or who acts for it ("in")."""
    e = html.escape
    found = sorted({(s["other"], data["names"].get(s["other"], s["other"])) for s in data["statements"]
                    if s["relation"] == "affiliatedWith" and s["direction"] == direction and not s["negated"]})
    return "".join(f'<li><a href="{e(entity_link(o))}">{e(n)}</a></li>' for o, n in found) or "<li>none</li>"


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


# --- the worker's side: what the pages show ----------------------------------------------------------

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


def entity_task(snapshot: _Snapshot, iri: str) -> dict | None:
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
    return {"iri": iri, "name": _name(iri, labels), "labels": sorted(set(labels)),
            "types": sorted(r["o"]["value"] for r in facts if r["p"]["value"].endswith("#type")),
            "same_as": sorted(r["o"]["value"] for r in facts if r["p"]["value"].endswith("#sameAs")),
            "statements": [_statement(r) for r in found.rows], "truncated": found.truncated,
            "names": {o: _name(o, ls) for o, ls in neighbours.items()}}


def _statement(row: dict) -> dict:
    """One row of ``_STATEMENTS`` as the entity page shows it."""
    def value(name: str):
        return row.get(name, {}).get("value")

    return {"direction": value("direction"), "level": value("level"), "relation": _local(value("p")),
            "other": value("other"), "negated": value("negated") == "true", "hedged": value("hedged") == "true",
            "sentence": value("sentence"), "title": value("title"), "source": value("source"),
            "date": value("date")}


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


def diagram_task(snapshot: _Snapshot, level: str, lang: str) -> str:
    """kg.viz's page of the whole store, drawn once per snapshot, level and language."""
    from kg import graph, viz

    db = snapshot.db()
    key = (snapshot.version, level, lang)
    if key not in snapshot.diagrams:
        nxg = graph.to_networkx(db, lang=lang)
        snapshot.diagrams = {k: v for k, v in snapshot.diagrams.items() if k[0] == snapshot.version}
        snapshot.diagrams[key] = viz.render(nxg, level=level, lang=lang)
    return snapshot.diagrams[key]
