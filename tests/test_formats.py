"""Input formats: HTML pages, JSON and JSON Lines, RSS/Atom feeds, http(s) URLs; malformed ones are one error."""
import http.server
import json
import threading

import pytest

from kg.errors import InputError
from kg.ingest import read_articles, read_source

BODY = "米国は中国に対し、ロシアへの軍事支援をやめるよう警告した。"
PAGE = f"""<html><head><title>米、中国に警告</title><meta name="date" content="2026-03-14"></head>
<body><nav>ホーム | 国際 | 経済</nav><article><h1>米、中国に警告</h1><p>{BODY}</p>
<p>国務省の報道官は記者会見で、中国のロシア支援に深い懸念を示した。</p></article>
<footer>著作権 2026</footer></body></html>"""


def test_html_page_gives_the_article_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (article,) = read_source(p)
    assert BODY in article.text and "著作権" not in article.text
    assert article.title == "米、中国に警告" and article.lang == "ja"


def test_json_and_jsonl(tmp_path):
    items = [{"text": BODY, "title": "警告", "url": "https://example.org/a", "published": "2026-03-14T09:00:00Z"},
             {"text": "The US warned China on Monday.", "lang": "en"}]
    (tmp_path / "a.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    for name in ("a.json", "b.jsonl"):
        first, second = read_source(tmp_path / name)
        assert first.source == "https://example.org/a" and first.published == "2026-03-14"
        assert second.lang == "en" and second.source.endswith("#2")


def test_feed_items_become_articles(tmp_path):
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>国際</title>
    <item><title>米、中国に警告</title><link>https://example.org/1</link>
    <pubDate>Sat, 14 Mar 2026 09:00:00 +0900</pubDate><description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
    </channel></rss>"""
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    (article,) = read_source(tmp_path / "feed.xml")
    assert BODY in article.text and article.source == "https://example.org/1" and article.published == "2026-03-14"


@pytest.mark.parametrize("name,content,reason", [
    ("bad.json", '{"text": "x", ', "malformed JSON"),
    ("bad.jsonl", '{"title": "no text"}\n', 'has no "text"'),
    ("bad.xml", "<rss><channel><item>", "feed"),
    ("empty.html", "<html><body><script>var x = 1;</script></body></html>", "no article text"),
])
def test_malformed_inputs_are_one_error(tmp_path, name, content, reason):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    items = list(read_articles([tmp_path]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and reason in str(errors[0]) and name in str(errors[0])
    assert any(not isinstance(i, InputError) for i in items)  # the good file still reads


def test_url_is_fetched_and_read_as_html():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = PAGE.encode("utf-8")
            self.send_response(200 if self.path == "/news" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/news"
        (article,) = read_articles([url])
        assert BODY in article.text and article.source == url
        (missing,) = read_articles([f"http://127.0.0.1:{server.server_port}/gone"])
        assert isinstance(missing, InputError) and "cannot fetch" in str(missing)
    finally:
        server.shutdown()
