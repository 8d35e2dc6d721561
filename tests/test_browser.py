"""graph.html in a real headless Chromium (Debian's, driven by Playwright): it draws every node with no
network request and no console error, and hostile article text runs nothing."""
import os
import shutil
from pathlib import Path

import pytest

from kg.graph import to_networkx, union
from kg.pipeline import build, load_dataset
from kg.store import open_store

pytestmark = pytest.mark.model
CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (.ci/run does)")
    pytest.skip("Debian's chromium is not installed here (.ci/run installs it for CI)", allow_module_level=True)

HOSTILE = """米国が中国に警告<img src=x onerror="window.__pwned=1">

米国は中国に対し、ロシアへの支援をやめるよう警告した<script>window.__pwned=2</script>。
日本は<a href="javascript:window.__pwned=3">中国</a>に抗議した。
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    root = tmp_path_factory.mktemp("browser")
    (root / "articles").mkdir()
    (root / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(sorted((Path(__file__).parent.parent / "examples" / "articles").glob("*.txt"))[1], root / "articles")
    out = root / "out"
    build([root / "articles"], out)
    events = {"console": [], "requests": [], "dialogs": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        pg = browser.new_page()
        pg.on("console", lambda m: events["console"].append(m) if m.type == "error" else None)
        pg.on("request", lambda r: events["requests"].append(r.url))
        pg.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
        pg.goto((out / "graph.html").as_uri())
        pg.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0", timeout=15000)
        pg.wait_for_timeout(500)
        state = pg.evaluate("""() => ({pwned: window.__pwned || 0, nodes: network.body.data.nodes.length,
                                      titles: network.body.data.edges.get().map(e => e.title).join(' ')})""")
        browser.close()
    nxg = to_networkx(union(load_dataset(open_store(out))))
    return state, events, nxg


def test_page_draws_every_node_offline(page):
    state, events, nxg = page
    drawn = {n for s, o, d in nxg.edges(data=True) if not d["negated"] for n in (s, o)}
    assert state["nodes"] == len(drawn)
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:", "blob:", "about:"))] == []
    assert [m.text for m in events["console"]] == []


def test_hostile_article_text_runs_nothing(page):
    state, events, _ = page
    assert state["pwned"] == 0 and events["dialogs"] == []
    # the hostile sentence did reach the page, as text
    assert "script" in state["titles"] and "<script>" not in state["titles"]
