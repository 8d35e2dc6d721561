"""The relationship diagram: one HTML page that opens from disk with no network.

Python does the heavy work, so that the browser only draws. Statements become one edge per
(subject, relation, object) with a count; negated statements are never drawn. Graphs with more than
``top`` entities are cut to the ``top`` most connected, and the page says so. Positions come from igraph's
Fruchterman-Reingold (its grid variant from 500 nodes), so vis-network's physics stays off.

The page is ``kg/web_viz/page.html`` with vis-network (the copy pyvis ships), the page's script and style
and the graph inlined. The graph travels as JSON in a ``<script type="application/json">`` block with every
``<``, ``>`` and ``&`` written as a \\u escape, so article text can never close the block; the page's script
puts article text into the document with ``textContent`` only.
"""
from __future__ import annotations

import html
import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import networkx as nx

TOP = 5000  # entities drawn at most by default: 5,000 draw in about 2 s (bench/viz_bench.py)
EVIDENCE = 20  # statements per edge embedded in the page; the side panel says how many more there are
KINDS = {"country": ("#1f77b4", "dot"), "person": ("#ff7f0e", "diamond"), "government": ("#9467bd", "square"),
         "organization": ("#8c564b", "triangle"), "international": ("#17becf", "star")}
_OTHER = ("#7f7f7f", "hexagon")
_HTTP = re.compile(r"^https?://", re.IGNORECASE)


def tone(goldstein: float) -> str:
    """The Goldstein value's side: cooperation (> 0), conflict (< 0) or neutral.

    >>> tone(-6.0), tone(7.0), tone(0.0)
    ('conflict', 'cooperation', 'neutral')
    """
    return "cooperation" if goldstein > 0 else "conflict" if goldstein < 0 else "neutral"


def edge_colour(goldstein: float) -> str:
    """Green for cooperation, red for conflict, darker the further from 0 (the scale runs -10 to +10)."""
    if goldstein == 0:
        return "#8c8c8c"
    light, dark = (((0x9c, 0xd4, 0x8c), (0x1a, 0x7f, 0x37)) if goldstein > 0
                   else ((0xf4, 0xa5, 0x82), (0xb2, 0x18, 0x2b)))
    t = min(abs(goldstein), 10.0) / 10.0
    return "#" + "".join(f"{round(a + (b - a) * t):02x}" for a, b in zip(light, dark))


def aggregate(nxg: nx.MultiDiGraph, *, level: str = "both") -> dict[tuple[str, str, str], dict]:
    """(subject, relation, object) -> count, hedged count, levels, Goldstein value and the first statements.

    Negated statements are left out. With ``level="both"``, a country-level roll-up whose ends are those of
    the actor-level statement it came from (中国 supports ロシア, read and rolled up) is that same statement
    and is counted once.
    """
    written = {key: (s, d["relation"], o) for s, o, key, d in nxg.edges(keys=True, data=True)}
    edges: dict[tuple[str, str, str], dict] = {}
    for s, o, d in nxg.edges(data=True):
        if d["negated"] or (level != "both" and d["level"] != level):
            continue
        source = written.get(d.get("derived_from") or "")
        if level == "both" and source == (s, d["relation"], o):
            continue
        e = edges.setdefault((s, d["relation"], o), {"count": 0, "hedged": 0, "levels": set(),
                                                     "goldstein": d["goldstein"], "statements": []})
        e["count"] += 1
        e["hedged"] += bool(d["hedged"])
        e["levels"].add(d["level"])
        if len(e["statements"]) < EVIDENCE:  # the page embeds no more
            e["statements"].append({**d, "source": source if source != (s, d["relation"], o) else None})
    return edges


def top_entities(edges: Iterable[tuple[str, str, str]], top: int | None) -> tuple[Counter, set[str]]:
    """Each entity's degree (drawn edges at its ends) and the ``top`` entities of highest degree (all if None or 0)."""
    degree: Counter = Counter()
    for s, _, o in edges:
        degree[s] += 1
        degree[o] += 1
    if not top or len(degree) <= top:
        return degree, set(degree)
    return degree, set(sorted(degree, key=lambda n: (-degree[n], n))[:top])


def layout(nodes: list[str], pairs: Iterable[tuple[str, str]], *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in pixels from igraph's Fruchterman-Reingold, from a seeded start (the same graph, the same
    picture); the grid variant from 500 nodes keeps 20,000 nodes within a few seconds."""
    igraph = _igraph()
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    links = {tuple(sorted((index[a], index[b]))) for a, b in pairs if a != b and a in index and b in index}
    g = igraph.Graph(n=len(nodes), edges=sorted(links))
    # start where igraph would (a square of side sqrt(n)): its grid variant is quadratic when all start close
    rng, half = random.Random(seed), math.sqrt(len(nodes)) / 2
    start = [[rng.uniform(-half, half), rng.uniform(-half, half)] for _ in nodes]
    igraph.set_random_number_generator(rng)  # FR also draws random moves: from our generator, for one picture
    try:
        coords = g.layout_fruchterman_reingold(seed=start, grid=len(nodes) >= 500).coords
    finally:
        igraph.set_random_number_generator(random)  # igraph's default
    return dict(zip(nodes, _to_pixels(coords, sorted(links))))


def _igraph():
    """igraph, imported without matplotlib when nothing has imported matplotlib yet: igraph's drawing modules
    import matplotlib.pyplot whenever it is installed (0.4 s, more than a layout of 1,000 nodes), and only
    igraph's own plotting uses it, which kg does not. (matplotlib itself stays importable afterwards.)"""
    import sys

    if "igraph" in sys.modules or "matplotlib" in sys.modules:
        import igraph

        return igraph
    sys.modules["matplotlib"] = None  # an import of it fails at once: igraph then leaves plotting out
    try:
        import igraph
    finally:
        del sys.modules["matplotlib"]
    return igraph


def _to_pixels(coords: list[list[float]], links: list[tuple[int, int]], *, edge: float = 170.0,
               spacing: float = 110.0) -> list[tuple[float, float]]:
    # scale so that the median edge is at least ``edge`` pixels long (room for its label) and the drawing at
    # least ``spacing`` pixels per node across: a large graph then opens zoomed out, where vis-network skips
    # the labels it could not show legibly anyway
    lengths = sorted(math.dist(coords[a], coords[b]) for a, b in links) or [1.0]
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = max(edge / (lengths[len(lengths) // 2] or 1.0), spacing * math.sqrt(len(coords)) / span)
    points = [(round(x * scale, 1), round(y * scale, 1)) for x, y in coords]
    # the grid variant can leave two nodes of a small component on one spot: set them around it
    together: dict[tuple[float, float], list[int]] = {}
    for i, xy in enumerate(points):
        together.setdefault(xy, []).append(i)
    for (x, y), group in together.items():
        for k, i in enumerate(group if len(group) > 1 else ()):
            angle = 2 * math.pi * k / len(group)
            points[i] = (round(x + 30 * math.cos(angle), 1), round(y + 30 * math.sin(angle), 1))
    return points


def page_data(nxg: nx.MultiDiGraph, *, level: str = "both", lang: str = "en", top: int | None = TOP) -> dict:
    """Everything the page shows, as plain JSON-able data (vis-network's node and edge fields included)."""
    every = aggregate(nxg, level=level)
    degree, kept = top_entities(every, top)
    edges = {k: e for k, e in every.items() if k[0] in kept and k[2] in kept}
    nodes = sorted(kept, key=lambda n: (-degree[n], n))
    pos = layout(nodes, ((s, o) for s, _, o in edges))
    articles: dict[str, tuple[int, list[str]]] = {}  # article IRI -> (index, what the panel shows of it)
    drawn = [_node(n, nxg.nodes[n] if n in nxg else {}, degree[n], pos[n]) for n in nodes]
    data = {"level": level, "lang": lang, "ui": _strings(lang), "nodes": drawn,
            "edges": _edges(edges, nxg, articles), "relations": sorted({r for _, r, _ in edges}),
            "kinds": [k for k in (*KINDS, "other") if k in {n["kind"] for n in drawn}],
            "total": {"nodes": len(degree), "edges": len(every)}, "truncated": len(kept) < len(degree)}
    data["articles"] = [info for _, info in articles.values()]
    return data


def _node(node: str, attrs: dict, degree: int, xy: tuple[float, float]) -> dict:
    kind = attrs.get("kind") if attrs.get("kind") in KINDS else "other"
    colour, shape = KINDS.get(kind, _OTHER)
    label = str(attrs.get("label") or node)
    return {"id": node, "label": label, "kind": kind, "shape": shape, "color": colour, "deg": degree,
            "size": round(min(50.0, 8 + 4 * math.sqrt(degree)), 1), "x": xy[0], "y": xy[1],
            "title": f"{label} ({kind}, {degree})"}


def _edges(edges: dict, nxg: nx.MultiDiGraph, articles: dict) -> list[dict]:
    out, between = [], Counter()
    for i, ((s, rel, o), e) in enumerate(sorted(edges.items(), key=lambda kv: kv[0])):
        # several relations between one pair: bend each further one a little more, so labels do not overlap
        k = between[frozenset((s, o))]
        between[frozenset((s, o))] += 1
        out.append({"id": f"e{i}", "from": s, "to": o, "rel": rel, "label": rel, "count": e["count"],
                    "g": e["goldstein"], "tone": tone(e["goldstein"]), "nh": e["hedged"],
                    "levels": sorted(e["levels"]), "color": edge_colour(e["goldstein"]),
                    "dashes": e["hedged"] == e["count"], "width": 1 + min(e["count"], 6),
                    "title": f"{rel} ×{e['count']}",
                    "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.12 + 0.18 * k} if k else False,
                    "ev": [_evidence(st, nxg, articles) for st in e["statements"][:EVIDENCE]],
                    "more": max(0, e["count"] - EVIDENCE)})
    return out


def _evidence(st: dict, nxg: nx.MultiDiGraph, articles: dict) -> list:
    """[sentence, article index, hedged, the actor-level statement a roll-up came from (or None)]."""
    key = st.get("article", "")
    if key not in articles:
        articles[key] = (len(articles), _article(st))
    source = st["source"]
    if source is not None:
        source = [_label(nxg, source[0]), source[1], _label(nxg, source[2])]
    return [st.get("sentence", ""), articles[key][0], bool(st.get("hedged")), source]


def _article(st: dict) -> list[str]:
    """[title, link (only an http or https URL), date, the path it was built from (shown as text)]."""
    url = st.get("url") or ""
    web = bool(_HTTP.match(url))
    return [st.get("title") or "", url if web else "", st.get("published") or "", "" if web else url]


def _label(nxg: nx.MultiDiGraph, node: str) -> str:
    return str(nxg.nodes[node].get("label") or node) if node in nxg else node


def embed_json(data) -> str:
    r"""JSON that can sit inside a <script> block: no "<", ">" or "&" (so no "</script>" or "<!--"), and the
    two line separators JavaScript once refused in string literals are escaped too.

    >>> embed_json({"sentence": "</script>"})
    '{"sentence":"\\u003c/script\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                    ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def render(nxg: nx.MultiDiGraph, *, level: str = "both", lang: str = "en", top: int | None = TOP) -> str:
    """The HTML page as a string. ``level``: actor, country or both; ``lang``: the page's language (labels
    come from ``nxg``, made by ``to_networkx(ds, lang=...)``); ``top``: draw at most this many entities, the
    most connected (None or 0: all)."""
    data = page_data(nxg, level=level, lang=lang, top=top)
    parts = {"lang": html.escape(lang), "title": html.escape(data["ui"]["title"]), "vis_css": _asset("vis-network.css"),
             "vis_js": _script(_asset("vis-network.min.js")), "css": _own("page.css"),
             "js": _script(_own("page.js")), "data": embed_json(data)}
    # one pass, so that nothing inserted is read again as a placeholder
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m[1]], _own("page.html"))


def _script(js: str) -> str:
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


@cache
def _own(name: str) -> str:
    return (resources.files("kg") / "web_viz" / name).read_text(encoding="utf-8")


@cache
def _asset(name: str) -> str:
    """vis-network as pyvis ships it (the version pyvis' own template uses), found without importing pyvis (which
    imports jinja2 and more)."""
    from importlib.util import find_spec

    folder = Path(find_spec("pyvis").submodule_search_locations[0])
    return (folder / "templates" / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


@cache
def _strings(lang: str) -> dict:
    strings = json.loads(_own("ui.json"))
    return {**strings["en"], **strings.get(lang, {})}
