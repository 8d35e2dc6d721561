"""graph.html without a browser: offline (nothing from a CDN), article text escaped inside the embedded JSON,
one edge per (subject, relation, object) with a count, negated statements not drawn, hedged ones dashed,
the cut to the most connected entities, and igraph positions."""
import json
import math
import re

import networkx as nx
import pytest

from kg.viz import aggregate, edge_colour, embed_json, layout, page_data, render, tone

HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> &amp; \u2028'


def _graph(sentence="<script>alert(1)</script>", negated=False):
    g = nx.MultiDiGraph()
    g.add_node("a", label="<img src=x onerror=alert(1)>", kind="country")
    g.add_node("b", label="China", kind="country")
    g.add_edge("a", "b", relation="warns", level="country", negated=negated, hedged=False,
               sentence=sentence, article="x", title="t", goldstein=-6.0)
    return g


def _statement(g, s, o, relation="warns", *, key=None, level="country", negated=False, hedged=False,
               goldstein=-6.0, sentence="s", article="art", title="t", url="", derived_from=""):
    for node in (s, o):
        if node not in g:
            g.add_node(node, label=node.rsplit("/", 1)[-1], kind="country")
    g.add_edge(s, o, key=key, relation=relation, level=level, negated=negated, hedged=hedged, goldstein=goldstein,
               sentence=sentence, article=article, title=title, url=url, published="", derived_from=derived_from)


def _embedded(page: str):
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    return json.loads(found[1])


def test_page_loads_nothing_from_the_network():
    page = render(_graph())
    assert not re.search(r"<script[^>]+src=[\"']?https?://", page, re.IGNORECASE)
    assert not re.search(r"<link[^>]+href=[\"']?https?://", page, re.IGNORECASE)
    # nothing is loaded from anywhere: no src or href attribute on a script, link, img or iframe
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)=", page, re.IGNORECASE)
    assert not re.search(r"cdn\.|jsdelivr|unpkg|bootstrap", page, re.IGNORECASE)
    assert "new vis.Network" in page and "var network" in page and "window.kgFocus" in page


def test_article_text_is_escaped():
    page = render(_graph())
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page


def test_hostile_text_stays_inside_the_embedded_json():
    g = nx.MultiDiGraph()
    g.add_node("a", label=HOSTILE, kind="person")
    _statement(g, "a", "b", sentence=HOSTILE, title=HOSTILE, url="https://example.org/</script>")
    page = render(g)
    # three script blocks (data, vis-network, the page's own) and no other way out of them
    assert page.count("</script") == 3 and "<!--" not in page and "<img" not in page
    data = _embedded(page)
    assert data["nodes"][[n["id"] for n in data["nodes"]].index("a")]["label"] == HOSTILE
    assert data["edges"][0]["ev"][0][0] == HOSTILE
    assert data["articles"][0][:2] == [HOSTILE, "https://example.org/</script>"]


def test_embedded_json_has_no_angle_brackets():
    text = embed_json({"s": "</script><!--&\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"s": "</script><!--&\u2028\u2029"}


def test_only_web_addresses_become_links():
    g = nx.MultiDiGraph()
    _statement(g, "a", "b", article="1", url="javascript:alert(1)")
    _statement(g, "a", "c", article="2", url="https://example.org/news/1")
    _statement(g, "a", "d", article="3", url="examples/articles/01.txt")
    articles = {tuple(a) for a in page_data(g)["articles"]}
    assert articles == {("t", "", "", "javascript:alert(1)"), ("t", "https://example.org/news/1", "", ""),
                        ("t", "", "", "examples/articles/01.txt")}


def test_negated_relations_are_not_drawn():
    page = render(_graph(negated=True))
    assert "warns" not in page.split("drawGraph")[-1]
    assert _embedded(page)["edges"] == [] and _embedded(page)["nodes"] == []


def test_statements_are_counted_per_subject_relation_object():
    g = nx.MultiDiGraph()
    for i in range(3):
        _statement(g, "us", "cn", sentence=f"warning {i}")
    _statement(g, "us", "cn", "criticizes", goldstein=-2.0)
    _statement(g, "cn", "us", sentence="the other way")
    _statement(g, "us", "cn", negated=True)
    edges = {(e["from"], e["rel"], e["to"]): e for e in page_data(g)["edges"]}
    assert {k: e["count"] for k, e in edges.items()} == {("us", "warns", "cn"): 3, ("us", "criticizes", "cn"): 1,
                                                         ("cn", "warns", "us"): 1}
    assert [ev[0] for ev in edges[("us", "warns", "cn")]["ev"]] == ["warning 0", "warning 1", "warning 2"]
    assert edges[("us", "warns", "cn")]["label"] == "warns"


def test_hedged_edges_are_dashed_only_when_every_statement_is_hedged():
    g = nx.MultiDiGraph()
    _statement(g, "us", "cn", hedged=True)
    _statement(g, "us", "cn", hedged=True)
    _statement(g, "jp", "cn", hedged=True)
    _statement(g, "jp", "cn", hedged=False)
    edges = {(e["from"], e["to"]): e for e in page_data(g)["edges"]}
    assert edges[("us", "cn")]["dashes"] is True and edges[("us", "cn")]["nh"] == 2
    assert edges[("jp", "cn")]["dashes"] is False and edges[("jp", "cn")]["nh"] == 1


def test_edges_are_coloured_by_the_sign_of_the_goldstein_value():
    assert tone(7.0) == "cooperation" and tone(-10.0) == "conflict" and tone(0.0) == "neutral"
    green, red = edge_colour(7.0), edge_colour(-6.0)
    assert int(green[3:5], 16) > int(green[1:3], 16)  # more green than red
    assert int(red[1:3], 16) > int(red[3:5], 16)
    assert edge_colour(-10.0) != edge_colour(-2.0) and edge_colour(0.0) == "#8c8c8c"


def test_levels_and_roll_ups():
    g = nx.MultiDiGraph()
    _statement(g, "person/Rubio", "country/CN", key="st1", level="actor", sentence="Rubio warned China")
    _statement(g, "country/US", "country/CN", key="st2", derived_from="st1", sentence="Rubio warned China")
    _statement(g, "country/CN", "country/RU", "supports", key="st3", level="actor", goldstein=7.0)
    _statement(g, "country/CN", "country/RU", "supports", key="st4", derived_from="st3", goldstein=7.0)
    country = aggregate(g, level="country")
    assert set(country) == {("country/US", "warns", "country/CN"), ("country/CN", "supports", "country/RU")}
    assert set(aggregate(g, level="actor")) == {("person/Rubio", "warns", "country/CN"),
                                                 ("country/CN", "supports", "country/RU")}
    both = aggregate(g, level="both")
    # the roll-up of a statement between two countries is that statement: counted once, not twice
    assert both[("country/CN", "supports", "country/RU")]["count"] == 1 and len(both) == 3
    edge = next(e for e in page_data(g, level="country")["edges"] if e["rel"] == "warns")
    assert edge["ev"][0][3] == ["Rubio", "warns", "CN"]  # the actor-level statement behind the edge
    assert edge["levels"] == ["country"]


def test_nodes_are_typed_and_sized_by_degree():
    g = nx.MultiDiGraph()
    g.add_node("p", label="Sullivan", kind="person")
    g.add_node("o", label="UN", kind="international")
    for other in ("x", "y", "z"):
        _statement(g, "p", other)
    _statement(g, "o", "x")
    nodes = {n["id"]: n for n in page_data(g, lang="ja")["nodes"]}
    assert nodes["p"]["shape"] != nodes["x"]["shape"] and nodes["p"]["color"] != nodes["x"]["color"]
    assert nodes["o"]["kind"] == "international" and nodes["p"]["deg"] == 3
    assert nodes["p"]["size"] > nodes["y"]["size"]


def test_large_graphs_are_cut_to_the_most_connected_and_say_so():
    g = nx.MultiDiGraph()
    for i in range(30):
        _statement(g, "hub", f"leaf{i}")
        _statement(g, f"leaf{i}", f"leaf{i + 1}", "meetsWith", goldstein=1.0)
    data = page_data(g, top=10)
    assert len(data["nodes"]) == 10 and data["truncated"] is True and data["total"]["nodes"] == 32
    ids = {n["id"] for n in data["nodes"]}
    assert "hub" in ids and all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert "{shown} most connected of {total} entities" in data["ui"]["truncated"]
    assert page_data(g, top=None)["truncated"] is False and len(page_data(g, top=0)["nodes"]) == 32
    page = render(g, top=10, lang="ja")
    assert "<html lang=\"ja\">" in page and "関係の多い" in page


@pytest.mark.parametrize("n", [1, 40, 1500])
def test_igraph_layout_gives_finite_distinct_positions(n):
    nodes = [f"n{i}" for i in range(n)]
    pairs = [(f"n{i}", f"n{(i * 7 + 3) % n}") for i in range(n)] + [("n0", "n0")]  # with a self-loop
    pos = layout(nodes, pairs)
    assert set(pos) == set(nodes)
    assert all(math.isfinite(v) for xy in pos.values() for v in xy)
    assert len(set(pos.values())) == n
    assert pos == layout(nodes, pairs)  # the same graph gives the same picture


def test_page_positions_are_fixed_and_physics_off():
    data = page_data(_graph())
    assert all(math.isfinite(n["x"]) and math.isfinite(n["y"]) for n in data["nodes"])
    assert "physics: { enabled: false }" in render(_graph())
