"""graph.html in a real headless Chromium (Debian's, driven by Playwright): it draws every node with no
network request and no console error, hostile article text runs nothing, and the filters, the side panel and
the search box do what they say."""
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kg.graph import to_networkx, union
from kg.pipeline import build, load_dataset
from kg.store import open_store
from kg.viz import render
from tests.browsing import HOSTILE, chromium, require_chromium

pytestmark = pytest.mark.model
require_chromium()

ROOT = Path(__file__).parent.parent
DATA = "JSON.parse(document.getElementById('kg-data').textContent)"
SHOWN_EDGES = "network.body.data.edges.getIds()"
SHOWN_NODES = "network.body.data.nodes.getIds()"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    (root / "articles").mkdir()
    (root / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(sorted((ROOT / "examples" / "articles").glob("*.txt"))[1], root / "articles")
    out = root / "out"
    build([root / "articles"], out)
    return out, to_networkx(union(load_dataset(open_store(out))))


@pytest.fixture(scope="module")
def browser():
    yield from chromium()


def _open(browser, path: Path, *, viewport=(1400, 900)):
    events = {"console": [], "requests": [], "dialogs": [], "errors": []}
    pg = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    pg.on("console", lambda m: events["console"].append(m) if m.type == "error" else None)
    pg.on("pageerror", lambda e: events["errors"].append(str(e)))
    pg.on("request", lambda r: events["requests"].append(r.url))
    pg.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    pg.goto(path.as_uri())
    pg.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=15000)
    pg.wait_for_function("window.kgDrawnAt !== undefined", timeout=15000)
    return pg, events


def _quiet(events):
    assert [m.text for m in events["console"]] == [] and events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:", "blob:", "about:"))] == []


@pytest.fixture(scope="module")
def page(built, browser):
    """The page after every edge's and every entity's side panel has been opened once."""
    out, nxg = built
    pg, events = _open(browser, out / "graph.html")
    pg.wait_for_timeout(300)
    state = pg.evaluate("""() => {
        const seen = [], panel = document.getElementById('panel');
        for (const id of network.body.data.edges.getIds()) { kgShowEdge(id); seen.push(panel.innerHTML); }
        for (const id of network.body.data.nodes.getIds()) { kgShowNode(id); seen.push(panel.innerHTML); }
        return {nodes: network.body.data.nodes.length, titles: seen.join(' ') +
                network.body.data.edges.get().map(e => e.title).join(' ')}; }""")
    pg.wait_for_timeout(300)
    state["pwned"] = pg.evaluate("window.__pwned || 0")
    pg.close()
    return state, events, nxg


@pytest.fixture()
def graph_page(built, browser):
    pg, events = _open(browser, built[0] / "graph.html")
    yield pg, events, built[1]
    pg.close()


def test_page_draws_every_node_offline(page):
    state, events, nxg = page
    drawn = {n for s, o, d in nxg.edges(data=True) if not d["negated"] for n in (s, o)}
    assert state["nodes"] == len(drawn)
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:", "blob:", "about:"))] == []
    assert [m.text for m in events["console"]] == []
    assert events["errors"] == []


def test_hostile_article_text_runs_nothing(page):
    state, events, _ = page
    assert state["pwned"] == 0 and events["dialogs"] == []
    # the hostile sentence did reach the page, as text
    assert "script" in state["titles"] and "<script>" not in state["titles"]
    assert "<img" not in state["titles"] and "&lt;img src=x" in state["titles"]


def test_relation_filter_hides_exactly_its_edges(graph_page):
    pg, events, _ = graph_page
    edges = pg.evaluate(f"{DATA}.edges.map(e => [e.id, e.rel, e.from, e.to])")
    rel = Counter(e[1] for e in edges).most_common(1)[0][0]
    pg.locator(f"#relation-filter input[value='{rel}']").uncheck()
    assert set(pg.evaluate(SHOWN_EDGES)) == {e[0] for e in edges if e[1] != rel}
    assert set(pg.evaluate(SHOWN_NODES)) == {n for e in edges if e[1] != rel for n in e[2:]}
    pg.locator(f"#relation-filter input[value='{rel}']").check()
    assert len(pg.evaluate(SHOWN_EDGES)) == len(edges)
    pg.click("#relations-none")
    assert pg.evaluate(SHOWN_EDGES) == [] and pg.evaluate(SHOWN_NODES) == []
    pg.click("#relations-all")
    assert len(pg.evaluate(SHOWN_EDGES)) == len(edges)
    _quiet(events)


def test_minimum_count_and_tone_filters(graph_page):
    pg, events, _ = graph_page
    edges = pg.evaluate(f"{DATA}.edges.map(e => [e.id, e.count, e.tone])")
    pg.fill("#min-count", "2")
    expected = {e[0] for e in edges if e[1] >= 2}
    assert 0 < len(expected) < len(edges)
    assert set(pg.evaluate(SHOWN_EDGES)) == expected
    pg.fill("#min-count", "1")
    pg.locator("#tone-filter input[value='conflict']").uncheck()
    assert set(pg.evaluate(SHOWN_EDGES)) == {e[0] for e in edges if e[2] != "conflict"}
    _quiet(events)


def test_clicking_an_edge_shows_its_evidence(graph_page):
    pg, events, nxg = graph_page
    us, cn = (next(n for n, d in nxg.nodes(data=True) if d["label"] == name) for name in ("United States", "China"))
    edge = pg.evaluate(f"([us, cn]) => {DATA}.edges.find(e => e.from === us && e.to === cn && e.rel === 'warns').id",
                       [us, cn])
    pg.evaluate("""id => { network.selectEdges([id]);
                           network.emit('click', {nodes: [], edges: [id], event: {}, pointer: {}}); }""", edge)
    assert pg.text_content("#panel h2") == "United States —warns→ China"
    sentences = {d["sentence"] for s, o, d in nxg.edges(data=True)
                 if (s, o, d["relation"]) == (us, cn, "warns") and not d["negated"]}
    assert set(pg.locator("#panel blockquote").all_text_contents()) == sentences
    assert any("<script>window.__pwned=2</script>" in s for s in sentences)  # shown as text, not run
    assert '米国が中国に警告<img src=x onerror="window.__pwned=1">' in pg.text_content("#panel")
    assert pg.locator("#panel img, #panel script").count() == 0
    assert pg.evaluate("window.__pwned || 0") == 0
    _quiet(events)


def test_clicking_an_entity_lists_its_relations(graph_page):
    pg, events, _ = graph_page
    node = pg.evaluate(f"{DATA}.nodes[0]")  # the most connected: the biggest target
    box = pg.locator("#graph canvas").bounding_box()
    at = pg.evaluate("id => network.canvasToDOM(network.getPosition(id))", node["id"])
    pg.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    assert pg.text_content("#panel h2") == node["label"]
    links = pg.locator("#panel a.edge")
    assert links.count() == node["deg"]
    links.first.click()
    assert "—" in pg.text_content("#panel h2") and pg.locator("#panel blockquote").count() >= 1
    _quiet(events)


def test_search_focuses_an_entity_and_its_neighbours(graph_page):
    pg, events, nxg = graph_page
    cn = next(n for n, d in nxg.nodes(data=True) if d["label"] == "China")
    edges = pg.evaluate(f"{DATA}.edges.map(e => [e.from, e.to])")
    pg.fill("#search", "china")
    pg.press("#search", "Enter")
    assert pg.evaluate("network.getSelectedNodes()") == [cn]
    assert set(pg.evaluate(SHOWN_NODES)) == {cn} | {n for e in edges if cn in e for n in e}
    assert pg.is_visible("#focus-bar") and pg.text_content("#panel h2") == "China"
    pg.click("#clear-focus")
    assert len(pg.evaluate(SHOWN_NODES)) == len({n for e in edges for n in e})
    assert pg.evaluate("kgFocus('https://example.org/nobody')") is False
    pg.fill("#search", "no such entity")
    pg.press("#search", "Enter")
    assert pg.text_content("#search-message") != ""
    _quiet(events)


def test_a_cut_graph_says_so(built, browser, tmp_path):
    _, nxg = built
    (tmp_path / "top.html").write_text(render(nxg, top=3), encoding="utf-8")
    pg, events = _open(browser, tmp_path / "top.html")
    assert pg.evaluate("network.body.data.nodes.length") == 3
    assert pg.is_visible("#truncated") and "the 3 most connected of" in pg.text_content("#truncated")
    _quiet(events)
    pg.close()


def test_screenshots_of_the_example_articles(browser, tmp_path, monkeypatch):
    """Draws the example articles (both levels, and the country level with a side panel open); with
    KG_UPDATE_SCREENSHOTS=1 the pictures replace docs/graph.png, docs/diagram.png and docs/graph-panel.png."""
    monkeypatch.chdir(ROOT)  # the side panel shows the path an article was built from: keep it relative
    out = tmp_path / "out"
    build(["examples/articles"], out)
    nxg = to_networkx(union(load_dataset(open_store(out))))
    (tmp_path / "country.html").write_text(render(nxg, level="country"), encoding="utf-8")
    shots = {}
    for name, page in (("graph.png", out / "graph.html"), ("diagram.png", tmp_path / "country.html")):
        pg, events = _open(browser, page, viewport=(1500, 900))
        pg.wait_for_timeout(300)
        pg.screenshot(path=tmp_path / name)
        shots[name] = tmp_path / name
        _quiet(events)
        if name == "diagram.png":
            us, cn = (next(n for n, d in nxg.nodes(data=True) if d["label"] == x)
                      for x in ("United States", "China"))
            pg.evaluate(f"""([us, cn]) => {{ const e = {DATA}.edges.find(e => e.from === us && e.to === cn &&
                                                                        e.rel === 'warns');
                                            network.selectEdges([e.id]); kgShowEdge(e.id); }}""", [us, cn])
            assert pg.locator("#panel blockquote").count() >= 1
            pg.screenshot(path=tmp_path / "graph-panel.png")
            shots["graph-panel.png"] = tmp_path / "graph-panel.png"
        pg.close()
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1":
        for name, path in shots.items():
            shutil.copy(path, ROOT / "docs" / name)
