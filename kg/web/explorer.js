// The kg explorer: the diagram (kg.viz's page, in an iframe), a SPARQL box with the shipped queries as
// examples, and a results table whose entities focus the diagram. Values from the store are only ever
// set as textContent or attribute values, never parsed as HTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const KGID = "https://w3id.org/kg-news/id/";
  const PREFIXES = [["kgid:", KGID], ["kg:", "https://w3id.org/kg-news/ns#"],
    ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"], ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
    ["schema:", "https://schema.org/"], ["owl:", "http://www.w3.org/2002/07/owl#"],
    ["xsd:", "http://www.w3.org/2001/XMLSchema#"], ["wd:", "http://www.wikidata.org/entity/"]];
  const shown = {};  // example name -> its text, to tell an edited example from the original

  function short(iri) {
    for (const [prefix, base] of PREFIXES) {
      if (iri.startsWith(base)) return prefix === "kgid:" ? iri.slice(base.length) : prefix + iri.slice(base.length);
    }
    return iri;
  }

  function say(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "";
  }

  // --- the diagram ---------------------------------------------------------------------------------
  function diagramUrl() {
    return "/graph.html?" + new URLSearchParams({level: $("level").value, lang: $("lang").value});
  }

  // Focus an entity (a node id is the entity's IRI): the diagram's own kgFocus when it has one, else
  // select the node with its edges and move the view to it.
  function focusEntity(iri) {
    const win = $("diagram").contentWindow;
    if (win && typeof win.kgFocus === "function") {
      const drawn = win.kgFocus(iri) !== false;
      say(drawn ? `focused ${short(iri)}` : `${short(iri)} is not drawn in this diagram (try another level)`, false);
      return drawn;
    }
    const net = win && win.network;
    if (!net || !net.body.data.nodes.get(iri)) {
      say(`${short(iri)} is not drawn in this diagram (try another level)`, false);
      return false;
    }
    net.selectNodes([iri], true);
    net.focus(iri, {scale: 1.2, animation: {duration: 300}});
    say(`focused ${short(iri)}`, false);
    return true;
  }

  function focusWhenDrawn(iri, tries) {
    const win = $("diagram").contentWindow;
    if (win && (typeof win.kgFocus === "function" || win.network)) focusEntity(iri);
    else if (tries > 0) setTimeout(() => focusWhenDrawn(iri, tries - 1), 200);
  }

  // --- examples ------------------------------------------------------------------------------------
  async function loadExamples() {
    const response = await fetch("/api/queries");
    if (!response.ok) return;
    for (const q of await response.json()) {
      const option = document.createElement("option");
      option.value = q.name;
      option.textContent = q.name;
      option.title = q.description;
      $("examples").append(option);
      shown[q.name] = q;
    }
  }

  function pickExample() {
    const q = shown[$("examples").value];
    if (!q) {
      $("about").textContent = "";
      return;
    }
    $("query").value = q.text;
    const params = q.params.map(([name, what]) => `?${name}: ${what}`).join("; ");
    $("about").textContent = q.description + (params
      ? ` Parameters are variables here (${params}); leave them open, or fix one by adding e.g. ` +
        `VALUES ?${q.params[0][0]} { <${KGID}country/CN> } inside WHERE.`
      : "");
  }

  // --- running a query -----------------------------------------------------------------------------
  async function runQuery() {
    say("running…", false);
    $("run").disabled = true;
    try {
      const response = await fetch("/sparql", {
        method: "POST",
        body: new URLSearchParams({query: $("query").value}),
        headers: {Accept: "application/sparql-results+json, text/turtle;q=0.9"},
      });
      const text = await response.text();
      if (!response.ok) {
        clearOutput();
        say(`${response.status}: ${text.trim()}`, true);
        return;
      }
      const truncated = response.headers.get("X-KG-Truncated") === "true";
      const limit = response.headers.get("X-KG-Row-Limit");
      const type = response.headers.get("Content-Type") || "";
      if (type.includes("json")) showJson(JSON.parse(text), truncated ? limit : null);
      else showGraph(text, truncated ? limit : null);
    } catch (err) {
      say(`the query could not be sent: ${err}`, true);
    } finally {
      $("run").disabled = false;
    }
  }

  function clearOutput() {
    $("results").replaceChildren();
    $("graph-output").hidden = true;
  }

  function showJson(data, cut) {
    clearOutput();
    if ("boolean" in data) {
      say(`ASK: ${data.boolean}`, false);
      return;
    }
    const vars = data.head.vars;
    const head = $("results").createTHead().insertRow();
    for (const name of vars) head.append(Object.assign(document.createElement("th"), {textContent: name}));
    const body = $("results").createTBody();
    for (const binding of data.results.bindings) {
      const row = body.insertRow();
      for (const name of vars) row.insertCell().append(...cell(binding[name]));
    }
    const n = data.results.bindings.length;
    say(`${n} row${n === 1 ? "" : "s"}` + (cut ? ` (cut at ${cut}: there were more)` : ""), false);
  }

  function showGraph(text, cut) {
    clearOutput();
    $("graph-output").textContent = text;
    $("graph-output").hidden = false;
    say("triples (Turtle)" + (cut ? ` (cut at ${cut}: there were more)` : ""), false);
  }

  // One result cell: an entity IRI becomes a link that focuses the diagram, with a link to its page.
  function cell(term) {
    if (!term) return [];
    if (term.type !== "uri") {
      const span = document.createElement("span");
      span.textContent = term.value;
      if (term["xml:lang"]) span.lang = term["xml:lang"];
      return [span];
    }
    if (!term.value.startsWith(KGID)) return [Object.assign(document.createElement("span"),
      {textContent: short(term.value), title: term.value})];
    const focus = document.createElement("a");
    focus.className = "entity";
    focus.href = "/?focus=" + encodeURIComponent(term.value);
    focus.textContent = short(term.value);
    focus.title = "focus in the diagram";
    focus.dataset.iri = term.value;
    const page = document.createElement("a");
    page.className = "page";
    page.href = "/entity?iri=" + encodeURIComponent(term.value);
    page.textContent = "↗";
    page.title = "entity page";
    const both = document.createElement("span");
    both.className = "iri";
    both.append(focus, " ", page);
    return [both];
  }

  function start() {
    $("level").addEventListener("change", () => { $("diagram").src = diagramUrl(); });
    $("lang").addEventListener("change", () => { $("diagram").src = diagramUrl(); });
    $("examples").addEventListener("change", pickExample);
    $("run").addEventListener("click", runQuery);
    $("query").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) runQuery();
    });
    $("results").addEventListener("click", (event) => {
      const link = event.target.closest("a.entity");
      if (!link) return;
      event.preventDefault();
      focusEntity(link.dataset.iri);
    });
    const focus = new URLSearchParams(location.search).get("focus");
    if (focus) $("diagram").addEventListener("load", () => focusWhenDrawn(focus, 25), {once: true});
    loadExamples();
  }

  window.kgExplorer = {focusEntity, runQuery};
  start();
})();
