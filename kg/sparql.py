"""SPARQL over a built graph: plain queries, named queries shipped with kg, and result formats.

(The module is `sparql`, not `query`, because `kg.query` is the library function.)

Named queries live in ``kg/queries/NAME.rq``; their leading ``#`` lines describe them and declare
parameters (``# param s: ...``). A parameter value is bound as an RDF term, never pasted into the query:
an IRI stays an IRI, and a label (``China``, ``中国``) is first looked up to the entity that carries it.

>>> sorted(named_queries())[:3]
['articles', 'balance', 'between']
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import StoreError
from kg.store import PREFIXES, Results, open_store

QUERY_DIR = Path(__file__).resolve().parent / "queries"
FORMATS = ("table", "json", "csv", "tsv")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, description)
    text: str


@cache
def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for path in sorted(QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        header = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        params = tuple((m.group(1), m.group(2)) for line in header if (m := re.match(r"param (\w+): (.*)", line)))
        description = " ".join(line for line in header if not line.startswith("param "))
        found[path.stem] = NamedQuery(path.stem, description, params, text)
    return found


def run(location, sparql: str | None = None, *, name: str | None = None, params: dict | None = None,
        lang: str = "en") -> Results:
    """Run a SPARQL query, or the named query ``name`` with ``params``, against the store at ``location``.

    ``lang`` is the language of the labels a named query shows: they come from the display labels of the stats
    graph (``kg:displayLabel``, ``kg:subjectLabel``, ``kg:objectLabel``, English first), which have Japanese-first
    twins (``...Ja``) that ``lang="ja"`` reads instead.
    """
    if lang not in ("en", "ja"):
        raise StoreError(f"label language is en or ja, not {lang!r}")
    db = open_store(location)
    if name is None:
        return db.query(sparql)
    query = named_queries().get(name)
    if query is None:
        raise StoreError(f"no named query {name!r}; available: {', '.join(sorted(named_queries()))}")
    params = dict(params or {})
    missing = [p for p, _ in query.params if p not in params]
    unknown = sorted(set(params) - {p for p, _ in query.params})
    if missing or unknown:
        wanted = ", ".join(f"{p} ({d})" for p, d in query.params) or "none"
        raise StoreError(f"{name}: parameters wanted: {wanted}; missing {missing or 'none'}, unknown {unknown or 'none'}")
    bindings = {p: resolve_entity(db, value) for p, value in params.items()}
    text = query.text if lang == "en" else _LABELS.sub(lambda m: m.group(0) + "Ja", query.text)
    return db.query(text, bindings=bindings)


_LABELS = re.compile(r"\bkg:(display|subject|object)Label\b")
_SOURCES = """SELECT DISTINCT ?a ?source WHERE { GRAPH ?g { ?a a kg:NewsArticle ; schema:headline ?h ; schema:url ?source } }"""


def stats_update(db) -> str:
    """The SPARQL Update that recomputes the aggregates the named queries read: ``kg/queries/stats.ru``, then
    every article's place in the order of sources (``kg:articleOrder``), so that ``articles`` sorts integers.

    SPARQL cannot number rows short of comparing every pair, so the places are counted here from the sources
    in the store, and written in the same update (one transaction). Python orders strings by code point, as
    SPARQL does simple literals."""
    from kg.store import _term_nt

    places: dict[str, int] = {}
    for row in sorted(db.query(_SOURCES).rows, key=lambda r: (r["source"]["value"], r["a"]["value"])):
        places.setdefault(_term_nt(row["a"]), len(places))  # (an article has one source)
    lines = "\n".join(f"{a} kg:articleOrder {n} ." for a, n in places.items())
    text = (QUERY_DIR / "stats.ru").read_text(encoding="utf-8").rstrip()
    return f"{text} ;\nINSERT DATA {{ GRAPH <{PREFIXES['kgid']}graph/stats> {{\n{lines}\n}} }}\n"


def resolve_entity(db, value: str):
    """An IRI as given, or the entity whose label is ``value`` (case-insensitive); countries first."""
    from rdflib import Literal, URIRef

    if re.match(r"https?://", value):
        return URIRef(value)
    rows = db.query("""SELECT ?value ?e WHERE { ?e rdfs:label ?l . FILTER(LCASE(STR(?l)) = LCASE(STR(?value)))
                       OPTIONAL { ?e a ?t } } ORDER BY DESC(BOUND(?t) && ?t = kg:Country) STR(?e) LIMIT 1""",
                    bindings={"value": Literal(value)}).rows
    if not rows:
        raise StoreError(f"no entity is labelled {value!r}; give its IRI, or see `kg query --store DIR "
                         f"most-active` for the names in the graph")
    return URIRef(rows[0]["e"]["value"])


def format_results(results: Results, fmt: str = "table") -> str:
    """Render results: a readable table, SPARQL 1.1 JSON, CSV or TSV; graphs always as Turtle."""
    if results.kind == "graph":
        return results.turtle
    if results.kind == "ask":
        return json.dumps({"head": {}, "boolean": results.boolean}) if fmt == "json" else str(results.boolean).lower()
    if fmt == "json":
        return json.dumps({"head": {"vars": results.variables}, "results": {"bindings": results.rows}},
                          ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(results.variables)
        writer.writerows([[row.get(v, {}).get("value", "") for v in results.variables] for row in results.rows])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(f"?{v}" for v in results.variables)]
        lines += ["\t".join(_nt(row[v]) if v in row else "" for v in results.variables) for row in results.rows]
        return "\n".join(lines) + "\n"
    if fmt != "table":
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _table(results)


def _nt(term: dict) -> str:
    from kg.store import _term_nt

    return _term_nt(term)


def _short(term: dict) -> str:
    value = term.get("value", "")
    if term.get("type") == "uri":
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri) and prefix != "kgid":
                return f"{prefix}:{value[len(iri):]}"
        if value.startswith(PREFIXES["kgid"]):
            return value[len(PREFIXES["kgid"]):]
    return value.replace("\n", " ")


def _table(results: Results) -> str:
    header = results.variables
    rows = [[_short(row[v]) if v in row else "" for v in header] for row in results.rows]
    widths = [min(60, max([len(h)] + [_width(r[i]) for r in rows])) for i, h in enumerate(header)]
    def line(cells):
        return "  ".join(_pad(c, w) for c, w in zip(cells, widths)).rstrip()
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    while _width(text) > width:
        text = text[:-2] + "…"
    return text + " " * (width - _width(text))
