// kg relationship diagram. The graph comes as JSON from the kg-data block, with positions computed in
// Python, so vis-network's physics stays off. Filters decide which edges are shown; an entity is shown when
// one of its shown edges is (or when it has no edge in the page at all). Article text reaches the document
// through textContent only, never as markup.
"use strict";

var network; // the vis Network: kg serve and the tests reach it as a global

(function () {
  const times = (window.kgTimes = { start: performance.now() }); // ms from navigation start, for bench/viz_bench.py
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const ui = data.ui;
  const $ = (id) => document.getElementById(id);
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) =>
    (!(k in values) ? m : typeof values[k] === "number" ? values[k].toLocaleString("en") : String(values[k])));

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const label = (id) => (byId.has(id) ? byId.get(id).label : id);
  const edgesOf = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) {
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  }

  // ---- what is shown -------------------------------------------------------------------------------
  const state = {
    relations: new Set(data.relations), tones: new Set(["cooperation", "neutral", "conflict"]),
    kinds: new Set(data.kinds), minCount: 1, focus: null,
  };
  let shownEdges = new Set();
  let shownNodes = new Set();

  function passes(e) {
    return state.relations.has(e.rel) && state.tones.has(e.tone) && e.count >= state.minCount &&
      state.kinds.has(byId.get(e.from).kind) && state.kinds.has(byId.get(e.to).kind) &&
      (state.focus === null || e.from === state.focus || e.to === state.focus);
  }

  function recompute() {
    shownEdges = new Set();
    shownNodes = new Set();
    for (const e of data.edges) {
      if (!passes(e)) continue;
      shownEdges.add(e.id);
      shownNodes.add(e.from);
      shownNodes.add(e.to);
    }
    for (const n of data.nodes) {
      const lone = edgesOf.get(n.id).length === 0 && state.focus === null && state.kinds.has(n.kind);
      if (lone || n.id === state.focus) shownNodes.add(n.id);
    }
  }

  recompute();
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const nodeView = new vis.DataView(nodes, { filter: (n) => shownNodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => shownEdges.has(e.id) });

  function status() {
    $("status").textContent = fill(ui.status, {
      edges: shownEdges.size, edgesTotal: data.edges.length, nodes: shownNodes.size, nodesTotal: data.nodes.length,
    });
  }

  function apply() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    status();
  }

  // ---- the side panel ----------------------------------------------------------------------------------
  const panel = $("panel");

  function dd(node) { const d = el("dd"); d.append(node); return d; }

  function facts(rows) {
    const dl = el("dl");
    for (const [k, v] of rows) {
      dl.append(el("dt", k));
      dl.append(v instanceof Node ? dd(v) : el("dd", v));
    }
    return dl;
  }

  function edgeLink(e, text) {
    const a = el("a", text, "edge");
    a.href = "#";
    a.addEventListener("click", (ev) => { ev.preventDefault(); window.kgShowEdge(e.id); });
    return a;
  }

  function articleLine(ev) {
    const [title, url, date, path] = data.articles[ev[1]] || ["", "", "", ""];
    const meta = el("div", null, "meta");
    if (url && /^https?:\/\//i.test(url)) {
      const a = el("a", title || url);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      meta.append(a);
    } else {
      meta.append(el("span", title || ui.noTitle));
    }
    if (date) meta.append(" · " + date);
    if (path) meta.append(" · ", el("span", path, "iri"));
    if (ev[2]) meta.append(el("span", ui.hedged, "badge"));
    if (ev[3]) meta.append(el("div", ui.derived + ": " + ev[3][0] + " —" + ev[3][1] + "→ " + ev[3][2]));
    return meta;
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    if (!e) return false;
    panel.replaceChildren();
    panel.append(el("h2", label(e.from) + " —" + e.rel + "→ " + label(e.to)));
    panel.append(facts([
      [ui.relation, e.rel], [ui.count, e.count], [ui.goldstein, e.g + " (" + ui.toneNames[e.tone] + ")"],
      [ui.hedgedCount, e.nh + " / " + e.count], [ui.level, e.levels.map((l) => ui.levels[l] || l).join(", ")],
    ]));
    panel.append(el("h3", ui.evidence));
    const list = el("ol", null, "evidence");
    for (const ev of e.ev) {
      const li = el("li");
      li.append(el("blockquote", ev[0]), articleLine(ev));
      list.append(li);
    }
    panel.append(list);
    if (e.more) panel.append(el("p", fill(ui.more, { n: e.more }), "note"));
    if (shownEdges.has(id)) network.selectEdges([id]);
    return true;
  }

  function relationList(items, other) {
    const ul = el("ul", null, "relations");
    for (const e of items.sort((a, b) => b.count - a.count || a.rel.localeCompare(b.rel))) {
      const li = el("li");
      li.append(edgeLink(e, e.rel), " " + label(other(e)) + " ×" + e.count);
      ul.append(li);
    }
    return ul;
  }

  function showNode(id) {
    const n = byId.get(id);
    if (!n) return false;
    panel.replaceChildren();
    panel.append(el("h2", n.label));
    panel.append(facts([[ui.type, ui.kindNames[n.kind] || n.kind], [ui.degree, n.deg], [ui.iri, el("span", n.id, "iri")]]));
    const focus = el("button", ui.focus);
    focus.type = "button";
    focus.addEventListener("click", () => window.kgFocus(id));
    panel.append(focus);
    const mine = edgesOf.get(id);
    panel.append(el("h3", ui.outgoing), relationList(mine.filter((e) => e.from === id), (e) => e.to));
    panel.append(el("h3", ui.incoming), relationList(mine.filter((e) => e.to === id), (e) => e.from));
    return true;
  }

  function help() {
    panel.replaceChildren(el("p", ui.help, "note"));
  }

  // ---- focus and search ----------------------------------------------------------------------------------
  window.kgFocus = function (id) {
    if (!byId.has(id)) return false;
    state.focus = id;
    apply();
    network.selectNodes([id], true);
    network.fit({ nodes: Array.from(shownNodes), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    $("focus-text").textContent = fill(ui.focused, { label: byId.get(id).label });
    $("focus-bar").hidden = false;
    showNode(id);
    return true;
  };
  window.kgShowEdge = showEdge;
  window.kgShowNode = showNode;

  function clearFocus() {
    state.focus = null;
    searched = null;
    $("focus-bar").hidden = true;
    apply();
    network.unselectAll();
    network.fit({ animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  }

  function find(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const exact = data.nodes.find((n) => n.label.toLowerCase() === q || n.id.toLowerCase() === q);
    return exact || data.nodes.find((n) => n.label.toLowerCase().includes(q)) || null;
  }

  let searched = null;
  function search() {
    if ($("search").value === searched) return; // Enter, then the change event: one search
    searched = $("search").value;
    const hit = find(searched);
    $("search-message").textContent = hit ? "" : ui.notFound;
    if (hit) window.kgFocus(hit.id);
  }

  // ---- filters ------------------------------------------------------------------------------------------------
  function checkbox(container, value, text, count, decorate) {
    const lab = el("label", null, "check");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", () => container.onToggle(value, box.checked));
    lab.append(box);
    if (decorate) lab.append(decorate);
    lab.append(el("span", text));
    if (count !== undefined) lab.append(el("span", count, "n"));
    container.append(lab);
    return box;
  }

  function toggler(set) {
    return (value, on) => { if (on) set.add(value); else set.delete(value); apply(); };
  }

  const GLYPH = { dot: "●", diamond: "◆", square: "■", triangle: "▲", star: "★", hexagon: "⬢" };
  const kindBox = $("kind-filter");
  kindBox.onToggle = toggler(state.kinds);
  for (const k of data.kinds) {
    const sample = data.nodes.find((n) => n.kind === k);
    const glyph = el("span", GLYPH[sample.shape] || "●", "glyph");
    glyph.style.color = sample.color;
    checkbox(kindBox, k, ui.kindNames[k] || k, data.nodes.filter((n) => n.kind === k).length, glyph);
  }

  const toneBox = $("tone-filter");
  toneBox.onToggle = toggler(state.tones);
  for (const [t, colour] of [["cooperation", "#1a7f37"], ["neutral", "#8c8c8c"], ["conflict", "#b2182b"]]) {
    const swatch = el("span", null, "swatch");
    swatch.style.background = t === "neutral" ? colour : "linear-gradient(90deg, " +
      (t === "cooperation" ? "#9cd48c, " : "#f4a582, ") + colour + ")";
    checkbox(toneBox, t, ui[t], data.edges.filter((e) => e.tone === t).length, swatch);
  }

  const relBox = $("relation-filter");
  relBox.onToggle = toggler(state.relations);
  const relBoxes = data.relations.map((r) => checkbox(relBox, r, r, data.edges.filter((e) => e.rel === r).length));
  function setAllRelations(on) {
    for (const b of relBoxes) b.checked = on;
    state.relations.clear();
    if (on) for (const r of data.relations) state.relations.add(r);
    apply();
  }
  $("relations-all").addEventListener("click", () => setAllRelations(true));
  $("relations-none").addEventListener("click", () => setAllRelations(false));

  $("min-count").addEventListener("input", () => {
    const v = parseInt($("min-count").value, 10);
    state.minCount = Number.isFinite(v) && v > 0 ? v : 1;
    apply();
  });

  const names = $("entity-names");
  for (const n of data.nodes) names.append(Object.assign(el("option"), { value: n.label }));
  $("search").placeholder = ui.placeholder;
  $("search").addEventListener("keydown", (ev) => { if (ev.key === "Enter") search(); });
  $("search").addEventListener("change", search);
  $("clear-focus").addEventListener("click", clearFocus);

  // ---- static text -----------------------------------------------------------------------------------------
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = ui[node.dataset.t];
  $("level").textContent = ui.level + ": " + (ui.levels[data.level] || data.level);
  if (data.truncated) {
    $("truncated").textContent = fill(ui.truncated, {
      shown: data.nodes.length, total: data.total.nodes, edges: data.edges.length, edgesTotal: data.total.edges,
    });
    $("truncated").hidden = false;
  }

  // ---- the drawing -----------------------------------------------------------------------------------
  const big = data.edges.length > 3000;
  const face = 'system-ui, "Noto Sans", "Noto Sans CJK JP", sans-serif';
  network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    nodes: { borderWidth: 1, font: { face: face, size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } }, smooth: false, selectionWidth: 2,
      font: { face: face, size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
    },
  });
  times.network = performance.now();
  network.once("afterDrawing", () => {
    window.kgDrawnAt = times.drawn = performance.now(); // the benchmark reads it: ms from navigation start
  });
  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", (p) => { if (p.nodes.length) window.kgFocus(p.nodes[0]); });
  help();
  status();
  times.ready = performance.now();
})();
