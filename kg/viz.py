"""The relationship diagram: a pyvis page that opens from disk with no network.

vis-network is inlined (pyvis' ``cdn_resources="in_line"``) and the Bootstrap tags pyvis' template still
pulls from a CDN are removed. Positions are computed in Python and physics is off, so the page draws at
once. Edges are coloured by the relation's Goldstein value (green cooperation, red conflict), dashed when
hedged; negated relations are not drawn. Every piece of article text is HTML-escaped.
"""
from __future__ import annotations

import html
import re
from collections import defaultdict

import networkx as nx

_NODE_STYLE = {"country": ("#1f77b4", "dot"), "person": ("#ff7f0e", "diamond"),
               "government": ("#9467bd", "square"), "organization": ("#8c564b", "triangle"),
               "international": ("#17becf", "star")}
_CDN = re.compile(r"<(link|script)\b[^>]*(https?:)?//[^>]*>(\s*</script>)?", re.IGNORECASE)


def _edge_colour(goldstein: float) -> str:
    if goldstein > 0:
        return "#2ca02c"
    if goldstein < 0:
        return "#d62728" if goldstein <= -5 else "#ff9896"
    return "#7f7f7f"


def aggregate(nxg: nx.MultiDiGraph, *, level: str = "both") -> dict:
    """(subject, relation, object) -> count, goldstein, hedged, evidence; negated statements left out."""
    edges: dict = defaultdict(lambda: {"count": 0, "hedged": True, "evidence": [], "goldstein": 0.0})
    for s, o, data in nxg.edges(data=True):
        if data["negated"] or (level != "both" and data["level"] != level):
            continue
        e = edges[(s, data["relation"], o)]
        e["count"] += 1
        e["hedged"] = e["hedged"] and data["hedged"]
        e["goldstein"] = data["goldstein"]
        e["evidence"].append((data["sentence"], data["title"]))
    return edges


def render(nxg: nx.MultiDiGraph, *, level: str = "both") -> str:
    """The HTML page as a string."""
    from pyvis.network import Network

    edges = aggregate(nxg, level=level)
    used = {s for s, _, _ in edges} | {o for _, _, o in edges}
    sub = nx.Graph()
    sub.add_nodes_from(used)
    sub.add_edges_from((s, o) for s, _, o in edges)
    pos = nx.spring_layout(sub, seed=7, k=1.5) if len(sub) < 2000 else nx.circular_layout(sub)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    net.toggle_physics(False)
    for node in used:
        data = nxg.nodes[node]
        colour, shape = _NODE_STYLE.get(data.get("kind"), ("#888", "dot"))
        x, y = pos[node]
        net.add_node(node, label=html.escape(data.get("label", node)), color=colour, shape=shape,
                     title=html.escape(f"{data.get('label', node)} ({data.get('kind')})"),
                     size=10 + 3 * sub.degree(node), x=float(x) * 600, y=float(y) * 600, physics=False)
    seen: dict = defaultdict(int)
    for (s, rel, o), e in edges.items():
        tip = "\n".join(f"[{t}] {sent}" for sent, t in e["evidence"][:5])
        # several relations between one pair: bend each edge a little more, so labels do not overlap
        k = seen[frozenset((s, o))]
        seen[frozenset((s, o))] += 1
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.12 + 0.18 * k} if k else False
        net.add_edge(s, o, label=f"{rel} ×{e['count']}" if e["count"] > 1 else rel,
                     title=html.escape(f"{rel} ({e['count']})\n{tip}"), color=_edge_colour(e["goldstein"]),
                     dashes=e["hedged"], width=1 + min(e["count"], 5), arrows="to", smooth=smooth)
    return offline(net.generate_html())


def offline(page: str) -> str:
    """Drop every tag that would load a script or style from the network."""
    return _CDN.sub("", page)
