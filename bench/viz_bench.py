"""Benchmark: the relationship diagram on synthetic graphs of 1,000, 5,000 and 20,000 entities.

    .venv/bin/python bench/viz_bench.py [--sizes 1000 5000 20000] [--repeat 3]

For each size it builds a news-like networkx graph (as ``kg.graph.to_networkx`` makes it: typed entities,
about two statements per entity, degrees skewed as in news, some hedged and negated statements), then
prints the Python side (the igraph layout alone, and the whole ``kg.viz.render``) and the browser side:
headless Chromium (Debian's, through Playwright) from the start of navigation to the first frame vis-network
draws (physics is off, so that frame is final), the time of one more redraw (what panning and zooming cost)
and of applying a filter (minimum count 2) until it is drawn. Every size is drawn whole (``top=None``); the
largest is also drawn with the default cut to the ``kg.viz.TOP`` most connected entities. The goals (5,000
entities drawn within 3 s, 20,000 within 10 s) are printed beside the figures, as ratios; nothing is asserted.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import networkx as nx  # noqa: E402

from kg import viz  # noqa: E402
from kg.vocab import ID, vocabulary  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
GOALS = {5000: 3.0, 20000: 10.0}
KINDS = (("country", 0.05), ("person", 0.45), ("government", 0.25), ("organization", 0.2), ("international", 0.05))


def synthetic(n: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """n entities; each new one makes two statements with earlier ones chosen in proportion to their degree."""
    rng = random.Random(seed)
    relations = [(r.name, r.goldstein or 0.0) for r in vocabulary().relations]
    kinds, weights = zip(*KINDS)
    g = nx.MultiDiGraph()
    ends: list[str] = []
    for i in range(n):
        node = f"{ID}synthetic/{i}"
        g.add_node(node, label=f"Entity {i}", kind=rng.choices(kinds, weights)[0])
        for _ in range(min(i, 2)):
            other = rng.choice(ends) if ends and rng.random() < 0.8 else f"{ID}synthetic/{rng.randrange(i)}"
            rel, gold = rng.choice(relations)
            s, o = (node, other) if rng.random() < 0.5 else (other, node)
            article = i // 20
            g.add_edge(s, o, key=f"st{i}-{len(ends)}", relation=rel, level="actor", negated=rng.random() < 0.05,
                       hedged=rng.random() < 0.1, sentence=f"Entity {s[-6:]} {rel} entity {o[-6:]}.",
                       article=f"a{article}", title=f"Article {article}", url=f"https://example.org/{article}",
                       published="2026-01-01", derived_from="", goldstein=gold)
            ends += [s, o]
    return g


def python_side(g: nx.MultiDiGraph, top: int | None) -> tuple[float, float, str]:
    edges = viz.aggregate(g)
    _, kept = viz.top_entities(edges, top)
    nodes = sorted(kept)
    start = time.perf_counter()
    viz.layout(nodes, ((s, o) for s, _, o in edges if s in kept and o in kept))
    t_layout = time.perf_counter() - start
    start = time.perf_counter()
    page = viz.render(g, top=top)
    return t_layout, time.perf_counter() - start, page


def browser_side(browser, path: Path) -> tuple[float, float, float, float, int]:
    """(wall seconds from goto to the first frame, the page's own figure for it, one redraw in ms, a filter
    applied and drawn in ms, nodes drawn)"""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function("window.kgDrawnAt !== undefined", polling=20, timeout=120_000)
    wall = time.perf_counter() - start
    inside = page.evaluate("window.kgDrawnAt") / 1000
    redraw = page.evaluate("""() => new Promise(done => { const t = performance.now();
        network.once('afterDrawing', () => done(performance.now() - t)); network.redraw(); })""")
    nodes = page.evaluate("network.body.data.nodes.length")
    filtered = page.evaluate("""() => new Promise(done => { const t = performance.now();
        network.once('afterDrawing', () => done(performance.now() - t));
        const input = document.getElementById('min-count'); input.value = '2';
        input.dispatchEvent(new Event('input')); })""")
    page.close()
    if errors:
        raise RuntimeError(f"{path.name}: {errors}")
    return wall, inside, redraw, filtered, nodes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    ap.add_argument("--repeat", type=int, default=3, help="page loads per size (the median is printed)")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp())
    viz.layout(["a", "b"], [("a", "b")])  # import igraph outside the timings
    runs = [(n, None) for n in args.sizes] + [(max(args.sizes), viz.TOP)] * (max(args.sizes) > viz.TOP)
    print(f"{'entities':>8} {'top':>6} {'drawn':>6} {'edges':>6} {'html MB':>7} {'layout s':>8} {'render s':>8} "
          f"{'load->drawn s':>13} {'(page) s':>8} {'redraw ms':>9} {'filter ms':>9}  goal")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        for n, top in runs:
            g = synthetic(n)
            t_layout, t_render, html = python_side(g, top)
            path = root / f"graph-{n}-{top}.html"
            path.write_text(html, encoding="utf-8")
            loads = [browser_side(browser, path) for _ in range(args.repeat)]
            wall = statistics.median(r[0] for r in loads)
            inside = statistics.median(r[1] for r in loads)
            redraw = statistics.median(r[2] for r in loads)
            filtered = statistics.median(r[3] for r in loads)
            drawn = loads[0][4]
            edges = html.count('"rel":')
            goal = GOALS.get(n) if top is None else None
            verdict = f"{goal:.0f} s, ratio {wall / goal:.2f}" if goal else ""
            print(f"{n:>8} {top or '-':>6} {drawn:>6} {edges:>6} {len(html.encode()) / 1e6:>7.1f} {t_layout:>8.2f} "
                  f"{t_render:>8.2f} {wall:>13.2f} {inside:>8.2f} {redraw:>9.0f} {filtered:>9.0f}  {verdict}")
            print(f"{'':>8} loads: " + ", ".join(f"{r[0]:.2f} s" for r in loads))
        browser.close()


if __name__ == "__main__":
    main()
