"""graph.html: offline (no CDN), escaped, negated edges not drawn."""
import re

import networkx as nx

from kg.viz import render


def _graph(sentence="<script>alert(1)</script>", negated=False):
    g = nx.MultiDiGraph()
    g.add_node("a", label="<img src=x onerror=alert(1)>", kind="country")
    g.add_node("b", label="China", kind="country")
    g.add_edge("a", "b", relation="warns", level="country", negated=negated, hedged=False,
               sentence=sentence, article="x", title="t", goldstein=-6.0)
    return g


def test_page_loads_nothing_from_the_network():
    page = render(_graph())
    assert not re.search(r"<script[^>]+src=[\"']?https?://", page, re.I)
    assert not re.search(r"<link[^>]+href=[\"']?https?://", page, re.I)
    assert "vis.Network" in page or "new vis" in page


def test_article_text_is_escaped():
    page = render(_graph())
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x onerror" not in page


def test_negated_relations_are_not_drawn():
    assert "warns" not in render(_graph(negated=True)).split("drawGraph")[-1]
