"""kg serve: the SPARQL 1.1 Protocol endpoint, its limits and refusals, the entity page, and the real server.

The store is built by hand through kg.graph (no language model): two articles with statements at both
levels, one of them hostile (markup in a label, a headline, a sentence and a javascript: source). Protocol
details go through Starlette's TestClient; one test runs `kg serve` as a process and queries it with
SPARQLWrapper, a burst of concurrent requests, a write to the served folder, and Ctrl-C.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph
from starlette.exceptions import StarletteDeprecationWarning

with warnings.catch_warnings():  # Starlette 1.x would rather have httpx2; httpx is what the dev extras install
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

from kg.errors import StoreError
from kg.graph import ONTOLOGY_IRI, article_graph, graph_iri, ontology_graph
from kg.pipeline import LOCK
from kg.serve import MAX_BODY, create_app, entity_link
from kg.sparql import named_queries
from kg.store import open_store
from kg.types import Article, Entity, Provenance, Statement

KGID = "https://w3id.org/kg-news/id/"
US = Entity(key="country/US", kind="country", labels=(("米国", "ja"), ("United States", "en")),
            same_as="http://www.wikidata.org/entity/Q30")
CN = Entity(key="country/CN", kind="country", labels=(("中国", "ja"), ("China", "en")),
            same_as="http://www.wikidata.org/entity/Q148")
MALLORY = Entity(key="person/Mallory", kind="person",
                 labels=(('<script>window.__pwned=1</script>', "en"), ('<img src=x onerror="window.__pwned=2">', "ja")))
HOSTILE_SENTENCE = 'マロリーは<script>window.__pwned=3</script>中国を<b onmouseover="x()">支持</b>した。'
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
TIMEOUT = 3.0
MAX_ROWS = 25


def _statement(s, p, o, level, sentence, **flags):
    return Statement(subject=s, predicate=p, object=o, level=level, **flags,
                     provenance=Provenance(sentence=sentence, start=0, end=2, extractor="test", rule="hand"))


def write_store(out: Path) -> None:
    """Two articles, written the way a build writes them (one named graph each, and the ontology)."""
    plain = Article(id="a1", source="https://example.org/news/1", title="米国、中国に警告", text="米国は中国に警告した。",
                    published="2024-05-01")
    hostile = Article(id="a2", source="javascript:window.__pwned=4", title='<img src=x onerror="window.__pwned=5">見出し',
                      text=HOSTILE_SENTENCE)
    warns = _statement(US, "warns", CN, "country", "米国は中国に警告した。")
    graphs = {
        str(graph_iri("a1")): article_graph(plain, [
            warns, _statement(US, "supports", CN, "country", "米国は中国を支援しなかった。", negated=True),
            _statement(US, "sanctions", CN, "country", "米国は中国に制裁を科す可能性がある。", hedged=True)]),
        str(graph_iri("a2")): article_graph(hostile, [
            _statement(MALLORY, "supports", CN, "actor", HOSTILE_SENTENCE),
            _statement(MALLORY, "affiliatedWith", US, "actor", HOSTILE_SENTENCE)]),
        ONTOLOGY_IRI: ontology_graph(),
    }
    open_store(out, create=True).replace_graphs({iri: g.serialize(format="nt") for iri, g in graphs.items()})


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve") / "out"
    write_store(folder)
    return folder


@pytest.fixture(scope="module")
def client(out):
    with TestClient(create_app(out, timeout=TIMEOUT, max_rows=MAX_ROWS, workers=2)) as c:
        yield c


@pytest.fixture(scope="module")
def writer(out, tmp_path_factory):
    copy = tmp_path_factory.mktemp("serve-update") / "out"
    shutil.copytree(out, copy)
    with TestClient(create_app(copy, allow_update=True, timeout=TIMEOUT)) as c:
        yield c, copy


def _bindings(response) -> set:
    data = response.json()
    return {tuple(b[v]["value"] for v in data["head"]["vars"]) for b in data["results"]["bindings"]}


WARNS = "SELECT ?s ?o WHERE { ?s kg:warns ?o }"  # kg: is declared by the server; the default graph is the union
EXPECTED = {(KGID + "country/US", KGID + "country/CN")}


def test_get_and_both_posts_answer_the_same(client):
    got = client.get("/sparql", params={"query": WARNS})
    assert got.status_code == 200 and got.headers["content-type"] == "application/sparql-results+json"
    assert _bindings(got) == EXPECTED
    form = client.post("/sparql", data={"query": WARNS})
    direct = client.post("/sparql", content=WARNS.encode(), headers={"Content-Type": "application/sparql-query"})
    assert _bindings(form) == _bindings(direct) == EXPECTED


@pytest.mark.parametrize("accept, ctype", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/html, */*;q=0.1", "application/sparql-results+json"),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
])
def test_select_formats_by_accept(client, accept, ctype):
    response = client.get("/sparql", params={"query": WARNS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"] == ctype
    assert _parse_select(response) == EXPECTED


def _parse_select(response) -> set:
    kind = response.headers["content-type"].split(";")[0]
    if kind.endswith("json"):
        return _bindings(response)
    if kind.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(response.content)
        assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == ["s", "o"]
        return {tuple(r.find(f"r:binding[@name='{v}']/r:uri", ns).text for v in ("s", "o"))
                for r in root.findall("r:results/r:result", ns)}
    if kind == "text/csv":
        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0] == ["s", "o"]
        return {tuple(r) for r in rows[1:]}
    lines = response.text.splitlines()
    assert lines[0] == "?s\t?o"
    return {tuple(cell.strip("<>") for cell in line.split("\t")) for line in lines[1:]}


def test_format_parameter_wins_over_accept(client):
    response = client.get("/sparql", params={"query": WARNS, "format": "csv"}, headers={"Accept": "application/json"})
    assert response.headers["content-type"].startswith("text/csv") and _parse_select(response) == EXPECTED
    assert client.get("/sparql", params={"query": WARNS, "format": "yaml"}).status_code == 400


@pytest.mark.parametrize("accept, fmt, parse_as", [
    ("", None, "turtle"), ("text/turtle", None, "turtle"), ("application/n-triples", None, "nt"),
    ("application/rdf+xml", None, "xml"), ("text/turtle", "nt", "nt")])
def test_construct_formats(client, accept, fmt, parse_as):
    params = {"query": "CONSTRUCT WHERE { ?s kg:warns ?o }", **({"format": fmt} if fmt else {})}
    response = client.get("/sparql", params=params, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    media = {"turtle": "text/turtle", "nt": "application/n-triples", "xml": "application/rdf+xml"}[parse_as]
    assert response.headers["content-type"].split(";")[0] == media
    g = Graph().parse(data=response.text, format=parse_as)
    assert {(str(s), str(o)) for s, _, o in g} == EXPECTED


def test_ask_in_json_and_xml(client):
    ask = {"query": "ASK { ?s kg:warns ?o }"}
    assert client.get("/sparql", params=ask).json() == {"head": {}, "boolean": True}
    xml = client.get("/sparql", params=ask, headers={"Accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"] == "application/sparql-results+xml" and b"<boolean>true</boolean>" in xml.content


def test_negated_and_hedged_are_not_direct_triples(client):
    assert client.get("/sparql", params={"query": "ASK { ?s kg:supports ?o . ?s a kg:Country }"}).json()["boolean"] is False


@pytest.mark.parametrize("request_args, status, words", [
    ({"params": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}, 403, "SERVICE"),
    ({"data": {"update": "INSERT DATA { <urn:a> <urn:b> 1 }"}}, 403, "read-only"),
    ({"content": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403, "--allow-update"),
    ({"data": {"query": "INSERT DATA { <urn:a> <urn:b> 1 }"}}, 403, "read-only"),
    ({"params": {"update": "DROP ALL"}}, 400, "POST"),
    ({"params": {}}, 400, "no SPARQL query"),
    ({"params": {"query": "SELEKT nonsense"}}, 400, "syntax"),
    ({"content": b"query=ASK{}", "headers": {"Content-Type": "text/plain"}}, 415, "application/sparql-query"),
    ({"params": {"query": "ASK {}", "default-graph-uri": "urn:g"}}, 400, "union"),
    ({"data": {"query": "ASK {}", "update": "DROP ALL"}}, 400, "exactly one"),
])
def test_refusals_are_clear(client, request_args, status, words):
    method = client.post if "data" in request_args or "content" in request_args else client.get
    response = method("/sparql", **request_args)
    assert response.status_code == status and words in response.text, response.text


def test_other_methods_are_405(client):
    assert client.request("PUT", "/sparql", content=b"ASK {}").status_code == 405


def test_updates_with_the_flag(writer):
    client, copy = writer
    insert = 'INSERT DATA { GRAPH <urn:g> { kgid:country\\/US kg:praises kgid:country\\/CN } }'
    assert client.post("/sparql", data={"update": insert}).status_code == 200
    assert client.get("/sparql", params={"query": "ASK { kgid:country\\/US kg:praises ?o }"}).json()["boolean"]
    bad = client.post("/sparql", data={"update": "INSERT DATA { kgid:country/US kg:praises 1 }"})
    assert bad.status_code == 400 and bad.text.startswith("SPARQL syntax error") and len(bad.text) < 300
    direct = client.post("/sparql", content=b"DROP GRAPH <urn:g>", headers={"Content-Type": "application/sparql-update"})
    assert direct.status_code == 200
    assert not client.get("/sparql", params={"query": "ASK { ?s kg:praises ?o }"}).json()["boolean"]
    for refused in ("LOAD <http://127.0.0.1:9/x.ttl>", "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"):
        response = client.post("/sparql", data={"update": refused})
        assert response.status_code == 403 and "not allowed" in response.text
    cross_site = client.post("/sparql", data={"update": insert}, headers={"Origin": "https://evil.example"})
    assert cross_site.status_code == 403
    assert client.post("/sparql", data={"query": insert}).status_code == 400  # an update sent as a query
    # the store is held for writing: a build into the folder would stop with an error that names the server
    with pytest.raises(StoreError, match="kg serve --allow-update"):
        open_store(copy)


def test_slow_query_is_stopped_and_the_server_goes_on(client):
    start = time.monotonic()
    response = client.get("/sparql", params={"query": SLOW})
    elapsed = time.monotonic() - start
    assert response.status_code == 503 and "longer than 3 s" in response.text
    assert TIMEOUT - 0.1 < elapsed < TIMEOUT + 2
    for _ in range(3):  # the killed worker was replaced; every worker answers
        assert _bindings(client.get("/sparql", params={"query": WARNS})) == EXPECTED


def test_rows_are_capped_and_the_cut_is_announced(client):
    everything = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert everything.status_code == 200 and everything.headers["X-KG-Truncated"] == "true"
    assert everything.headers["X-KG-Row-Limit"] == str(MAX_ROWS)
    assert len(everything.json()["results"]["bindings"]) == MAX_ROWS and everything.json()["truncated"] is True
    triples = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "nt"})
    assert triples.headers["X-KG-Truncated"] == "true" and len(Graph().parse(data=triples.text, format="nt")) == MAX_ROWS
    small = client.get("/sparql", params={"query": WARNS})
    assert "X-KG-Truncated" not in small.headers and "truncated" not in small.json()


def test_request_bodies_are_bounded(client):
    big = b"query=" + b"%23" * (MAX_BODY // 3 + 1)
    response = client.post("/sparql", content=big, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(MAX_BODY // 65536 + 2):
            yield b"#" * 65536

    streamed = client.post("/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert streamed.status_code == 413


def test_entity_page_shows_the_entity(client):
    page = client.get(entity_link(KGID + "country/CN"))
    assert page.status_code == 200 and "<h1>China</h1>" in page.text
    for text in ("中国", "http://www.wikidata.org/entity/Q148", "warns", "米国は中国に警告した。", "米国、中国に警告",
                 'href="https://example.org/news/1"', "2024-05-01"):
        assert text in page.text, text
    assert re.search(r'<tr class="negated">.*?supports', page.text) and re.search(r'<tr class="hedged">.*?sanctions', page.text)
    assert client.get("/entity", params={"iri": KGID + "country/CN"}).text == page.text


def test_entity_page_escapes_hostile_text(client):
    page = client.get(entity_link(KGID + "person/Mallory"))
    assert page.status_code == 200
    assert "script-src" not in page.headers["Content-Security-Policy"]  # no script may run on it at all
    body = page.text
    assert "<script" not in body.lower() and "<img" not in body.lower() and "<b " not in body
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body and "onerror=&quot;window.__pwned=2&quot;" in body
    assert "&lt;script&gt;window.__pwned=3&lt;/script&gt;" in body  # the sentence, as text
    assert "javascript:" in body and 'href="javascript:' not in body  # a source that is not http(s) is no link
    assert "United States" in body.split("Acts for")[1].split("Acting for it")[0]


def test_unknown_entities_are_404(client):
    assert client.get("/entity/country/XX").status_code == 404
    assert client.get("/entity", params={"iri": "urn:nothing"}).status_code == 404
    assert client.get("/entity").status_code == 404


def test_explorer_loads_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert sorted(re.findall(r'(?:src|href)="([^"]+)"', page.text)) == [
        "/graph.html?level=both&amp;lang=en", "/static/explorer.css", "/static/explorer.js", "data:,"]
    script = client.get("/static/explorer.js")
    assert script.status_code == 200 and "innerHTML" not in script.text
    assert client.get("/static/../serve.py").status_code == 404
    listed = client.get("/api/queries").json()
    assert [q["name"] for q in listed] == list(named_queries())


def test_diagram_page(client):
    page = client.get("/graph.html", params={"level": "country", "lang": "ja"})
    assert page.status_code == 200 and "new vis.Network" in page.text
    assert "米国" in page.text and "Mallory" not in page.text  # country level, Japanese labels
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?:', page.text)
    assert client.get("/graph.html", params={"level": "planet"}).status_code == 400


# --- the real server ---------------------------------------------------------------------------------

def _start(out: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """`kg serve` in a session of its own, so that Ctrl-C can reach all of its processes as in a terminal."""
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(out), "--port", "0", *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    line = server.stdout.readline()
    found = re.search(r"at (http://127\.0\.0\.1:\d+/) \(Ctrl-C to stop\)", line)
    if not found:
        server.kill()
        raise AssertionError(f"kg serve did not start: {line!r} {server.stderr.read()}")
    return server, found.group(1)


def _ctrl_c(server: subprocess.Popen) -> tuple[int, str]:
    """What Ctrl-C in a terminal does: SIGINT to the whole process group (the server and its workers)."""
    os.killpg(server.pid, signal.SIGINT)
    try:
        _, err = server.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        raise
    return server.returncode, err


def _left_in_session(sid: int) -> list[int]:
    """Processes of the session still running (zombies have ended; a container's init may reap them late)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if os.getsid(int(entry.name)) == sid and state != "Z":
                    found.append(int(entry.name))
            except OSError:  # gone meanwhile
                pass
    return found


def test_real_server_with_sparqlwrapper_a_burst_a_build_and_ctrl_c(out, tmp_path):
    from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper

    served = tmp_path / "out"
    shutil.copytree(out, served)
    server, url = _start(served)
    try:
        endpoint = SPARQLWrapper(url + "sparql")
        endpoint.setQuery(WARNS)
        endpoint.setReturnFormat(JSON)
        rows = endpoint.query().convert()["results"]["bindings"]
        assert {(r["s"]["value"], r["o"]["value"]) for r in rows} == EXPECTED
        endpoint.setMethod(POST)
        endpoint.setReturnFormat(XML)
        assert len(endpoint.query().convert().getElementsByTagName("result")) == 1
        endpoint.setRequestMethod(POSTDIRECTLY)
        endpoint.setReturnFormat(CSV)
        assert endpoint.query().convert().decode().splitlines()[0] == "s,o"
        endpoint.setQuery("CONSTRUCT WHERE { ?s kg:warns ?o }")
        endpoint.setReturnFormat(TURTLE)
        assert len(Graph().parse(data=endpoint.query().convert(), format="turtle")) == 1

        def ask(i: int) -> int:
            query = urllib.parse.urlencode({"query": f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {i + 1}"})
            with urllib.request.urlopen(f"{url}sparql?{query}", timeout=30) as response:
                return len(json.load(response)["results"]["bindings"])

        with ThreadPoolExecutor(8) as threads:
            assert list(threads.map(ask, range(40))) == [i + 1 for i in range(40)]

        # the server holds no lock: a writer (as kg build is) opens the store, and the server sees its
        # work once no build holds the folder's lock file
        lock = served / LOCK
        lock.write_text(str(os.getpid()))
        open_store(served).update(f"INSERT DATA {{ GRAPH <urn:new> {{ <{KGID}country/CN> <urn:praises> 1 }} }}")
        assert ask_boolean(url, "ASK { ?s <urn:praises> ?o }") is False  # a build is running: the last finished one
        lock.unlink()
        assert ask_boolean(url, "ASK { ?s <urn:praises> ?o }") is True

        with ThreadPoolExecutor(1) as thread:  # Ctrl-C while a query runs: it is stopped, not waited for
            slow = thread.submit(_status, url + "sparql?" + urllib.parse.urlencode({"query": SLOW}))
            time.sleep(1)
            start = time.monotonic()
            code, err = _ctrl_c(server)
            assert time.monotonic() - start < 5 and slow.result() == 503
    finally:
        if server.poll() is None:
            _ctrl_c(server)
    assert code == 0 and err == ""
    deadline = time.monotonic() + 5  # the workers (and multiprocessing's helper) end with the server
    while _left_in_session(server.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _left_in_session(server.pid) == []


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def ask_boolean(url: str, query: str) -> bool:
    with urllib.request.urlopen(f"{url}sparql?{urllib.parse.urlencode({'query': query})}", timeout=30) as response:
        return json.load(response)["boolean"]


def test_serve_errors_are_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "nothing")],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1 and done.stderr.startswith("Error: ") and "kg build" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_worker_sees_a_finished_build_at_its_next_task(out, tmp_path):
    from kg.serve import _Snapshot

    served = tmp_path / "out"
    shutil.copytree(out, served)
    snapshot = _Snapshot(str(served), writable=False)
    ask = "ASK { ?s <urn:new> ?o }"
    assert snapshot.db().query(ask).boolean is False
    open_store(served).update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:new> 1 } }")  # the server held no lock
    assert snapshot.db().query(ask).boolean is True
    (served / LOCK).write_text(str(os.getpid()))  # while a build runs, the last finished state stays
    open_store(served).update("DROP GRAPH <urn:g>")
    assert snapshot.db().query(ask).boolean is True
    (served / LOCK).write_text("999999999")  # a lock left by a build that was killed does not count
    assert snapshot.db().query(ask).boolean is False


def test_cross_site_reads_only_when_asked(out, client):
    # by default no page of another site may read answers (any page the user visits could otherwise)
    plain = client.get("/sparql", params={"query": WARNS}, headers={"Origin": "https://yasgui.example.org"})
    assert plain.status_code == 200 and "access-control-allow-origin" not in plain.headers
    with TestClient(create_app(out, timeout=TIMEOUT, workers=1, cors=("https://yasgui.example.org",))) as c:
        asked = c.get("/sparql", params={"query": WARNS}, headers={"Origin": "https://yasgui.example.org"})
        assert asked.headers["access-control-allow-origin"] == "https://yasgui.example.org"
        assert _bindings(asked) == EXPECTED
        other = c.get("/sparql", params={"query": WARNS}, headers={"Origin": "https://evil.example.org"})
        assert "access-control-allow-origin" not in other.headers
        # a YASGUI-style preflight for a POSTed form
        pre = c.options("/sparql", headers={"Origin": "https://yasgui.example.org",
                                            "Access-Control-Request-Method": "POST",
                                            "Access-Control-Request-Headers": "content-type"})
        assert pre.status_code == 200 and "POST" in pre.headers["access-control-allow-methods"]
