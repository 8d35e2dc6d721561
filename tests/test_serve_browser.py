"""The explorer of `kg serve` in a real headless Chromium (Debian's, driven by Playwright): it loads with
no console error and no request beyond the server, a typed query shows rows, an entity in the results
focuses the diagram, and hostile article text runs nothing, in the explorer or on an entity page.

``KG_UPDATE_SCREENSHOTS=1`` also writes docs/explorer.png.
"""
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import build
from tests.browsing import HOSTILE, chromium, require_chromium

pytestmark = pytest.mark.model
require_chromium()

ROOT = Path(__file__).parent.parent
COUNTRY_WARNINGS = """SELECT ?s ?o ?sentence WHERE {
  ?st kg:level "country" ; rdf:subject ?s ; rdf:predicate kg:warns ; rdf:object ?o ; kg:sentence ?sentence .
} ORDER BY ?sentence"""
CN = "https://w3id.org/kg-news/id/country/CN"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("serve-browser")
    shutil.copytree(ROOT / "examples" / "articles", root / "articles")
    (root / "articles" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    build([root / "articles"], root / "out")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(root / "out"), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    line = proc.stdout.readline()
    url = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
    assert url, f"kg serve did not start: {line!r}"
    yield url.group(1)
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(timeout=15) == 0


@pytest.fixture(scope="module")
def browser():
    yield from chromium()


@pytest.fixture
def page(browser, server):
    """The explorer, loaded, with what it logged, requested and tried to pop up."""
    pg = browser.new_page(viewport={"width": 1400, "height": 860})
    events = {"errors": [], "requests": [], "dialogs": []}
    pg.on("console", lambda m: events["errors"].append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda exc: events["errors"].append(str(exc)))
    pg.on("request", lambda r: events["requests"].append(r.url))
    pg.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    pg.goto(server)
    diagram = pg.frame_locator("#diagram")
    pg.wait_for_function("""() => { const w = document.getElementById('diagram').contentWindow;
                                    return w && w.network && w.network.body.data.nodes.length > 0; }""", timeout=60000)
    pg.wait_for_function("() => document.querySelectorAll('#examples option').length > 1")
    yield pg, events, diagram
    pg.close()


def _run(pg, query: str) -> int:
    pg.fill("#query", query)
    pg.click("#run")
    pg.wait_for_function("() => /rows?( |$)|ASK|triples/.test(document.getElementById('status').textContent)")
    return pg.locator("#results tbody tr").count()


def _pwned(pg) -> list:
    return pg.evaluate("""() => [window.__pwned || 0, document.getElementById('diagram').contentWindow.__pwned || 0]""")


def test_explorer_loads_offline_without_errors(page, server):
    pg, events, _ = page
    assert events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith((server, "data:", "blob:", "about:"))] == []
    names = pg.eval_on_selector_all("#examples option", "os => os.map(o => o.value)")
    assert {"who-warns-whom", "relations-of", "balance"} <= set(names)


def test_typed_query_shows_rows_and_an_example_loads(page):
    pg, events, _ = page
    assert _run(pg, COUNTRY_WARNINGS) >= 2
    assert "United States" not in pg.inner_text("#results")  # cells show IRIs' short forms, e.g. country/US
    assert "country/US" in pg.inner_text("#results") and "country/CN" in pg.inner_text("#results")
    pg.select_option("#examples", "who-warns-whom")
    assert "who warned whom" in pg.inner_text("#about").lower() or pg.input_value("#query").startswith("#")
    assert _run(pg, pg.input_value("#query")) >= 1
    assert events["errors"] == []


def test_clicking_an_entity_focuses_it_in_the_diagram(page):
    pg, events, _ = page
    _run(pg, COUNTRY_WARNINGS)
    pg.locator(f'#results a.entity[data-iri="{CN}"]').first.click()
    selected = pg.evaluate("() => document.getElementById('diagram').contentWindow.network.getSelectedNodes()")
    assert CN in selected
    assert pg.url.rstrip("/").count("?") == 0  # the link was handled in the page, not followed
    entity = pg.locator(f'#results a.page[href="/entity?iri={CN.replace(":", "%3A").replace("/", "%2F")}"]')
    assert entity.count() >= 1
    assert events["errors"] == []


def test_hostile_article_text_runs_nothing(page, browser, server):
    pg, events, _ = page
    rows = _run(pg, """SELECT ?title ?sentence WHERE { ?st kg:sentence ?sentence ; kg:article ?a .
                       ?a schema:headline ?title . FILTER(CONTAINS(?sentence, "script") || CONTAINS(?title, "onerror")) }""")
    assert rows >= 1
    text = pg.inner_text("#results")
    assert "<script>window.__pwned=2</script>" in text or 'onerror="window.__pwned=1"' in text  # shown as text
    assert _pwned(pg) == [0, 0] and events["dialogs"] == []
    other = browser.new_page()
    other.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    other.goto(server + "entity/country/CN")
    assert "script" in other.inner_text("body") and other.evaluate("window.__pwned || 0") == 0
    other.close()
    assert events["dialogs"] == [] and events["errors"] == []


def test_focus_link_and_screenshot(browser, server, tmp_path):
    pg = browser.new_page(viewport={"width": 1400, "height": 1100})
    pg.goto(server + "?focus=" + CN.replace(":", "%3A").replace("/", "%2F"))
    pg.wait_for_function(f"""() => {{ const w = document.getElementById('diagram').contentWindow;
                                     return w && w.network && w.network.getSelectedNodes().includes('{CN}'); }}""",
                         timeout=60000)
    _run(pg, COUNTRY_WARNINGS)
    shot = tmp_path / "explorer.png"
    pg.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    if os.environ.get("KG_UPDATE_SCREENSHOTS") == "1":
        shutil.copy(shot, ROOT / "docs" / "explorer.png")
    pg.close()
