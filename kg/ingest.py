"""Read article files into :class:`~kg.types.Article` values.

INPUT arguments are files or folders; folders are walked for the supported suffixes. A file that cannot be
read becomes an :class:`~kg.errors.InputError` naming the file and the reason; the caller decides whether
to go on with the others.

>>> detect_language("米国は中国に警告した。")
'ja'
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.types import Article

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom")
LANGUAGES = ("ja", "en")
MAX_BYTES = 5_000_000
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN = re.compile(r"[A-Za-z]")


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | str | InputError]:
    """Expand folders (and quoted glob patterns) into the article files under them, in a stable order; URLs
    pass through."""
    for item in inputs:
        if isinstance(item, str) and item.startswith(("http://", "https://")):
            yield item
            continue
        path = Path(item)
        if not path.exists() and any(ch in str(item) for ch in "*?["):
            # a quoted glob (the shell left it alone): articles/**/*.txt
            # (files of other types are passed over, as in a folder)
            root = Path(path.anchor) if path.is_absolute() else Path()
            pattern = str(path.relative_to(path.anchor)) if path.is_absolute() else str(item)
            matches = sorted(p for p in root.glob(pattern) if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not matches:
                yield InputError(str(item), f"no article file matches this pattern (kg reads {', '.join(SUFFIXES)})")
            yield from matches
            continue
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path if path.suffix.lower() in SUFFIXES else InputError(
                str(path), f"unsupported file type {path.suffix or '(none)'}; kg reads {', '.join(SUFFIXES)}")
        else:
            yield InputError(str(path), "no such file or folder")


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one text or HTML file as one article. Raises InputError when it cannot be read."""
    (article,) = read_source(path, max_bytes=max_bytes)
    return article


def read_source(source: Path | str, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """The articles in one input: a text, Markdown or HTML file (one article), a JSON/JSON Lines file or an
    RSS/Atom feed (one per item), or an http(s) URL (fetched, read as HTML)."""
    name = str(source)
    data = _fetch(name, max_bytes) if isinstance(source, str) else source.read_bytes()
    if len(data) > max_bytes:
        raise InputError(name, f"file is larger than the limit of {max_bytes:,} bytes (--max-bytes)")
    suffix = ".html" if isinstance(source, str) else source.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _from_json(data, name, lines=suffix == ".jsonl")
    if suffix in (".xml", ".rss", ".atom"):
        return _from_feed(data, name)
    text = decode(data, name)
    title = published = None
    if suffix in (".html", ".htm"):
        title, published, text = _from_html(text, name)
    return [_article(text, name, title=title, published=published)]


def _article(text: str, source: str, *, title: str | None = None, published: str | None = None,
             lang: str | None = None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(source, "empty file" if title is None else "no article text")
    lang = lang or detect_language(text)
    if lang not in LANGUAGES:
        raise InputError(source, f"unsupported language ({lang}); kg reads {', '.join(LANGUAGES)}")
    return Article(id=article_id(text), source=source, title=title or _title(text, Path(source)), text=text,
                   lang=lang, published=_date(published))


def _from_html(html: str, name: str) -> tuple[str | None, str | None, str]:
    """Title, date and main text of a web page (trafilatura finds the article among the page's chrome)."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise InputError(name, f"malformed HTML ({type(exc).__name__})") from None
    if not found or not getattr(found, "text", None):
        raise InputError(name, "no article text found in the HTML")
    title = getattr(found, "title", None)
    text = found.text if not title else f"{title}\n\n{found.text}"
    return title, getattr(found, "date", None), text


def _from_json(data: bytes, name: str, *, lines: bool) -> list[Article]:
    """One article per object: ``text`` (required), ``title``, ``url``, ``published``, ``lang``."""
    import json

    text = decode(data, name)
    try:
        items = [json.loads(line) for line in text.splitlines() if line.strip()] if lines else json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON (line {exc.lineno}: {exc.msg})") from None
    items = items if isinstance(items, list) else [items]
    found = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise InputError(name, f"item {n} has no \"text\" string")
        source = item.get("url") or f"{name}#{n}"
        title = item.get("title")
        body = item["text"] if not title else f"{title}\n\n{item['text']}"
        found.append(_article(body, source, title=title, published=item.get("published"), lang=item.get("lang")))
    return found


def _from_feed(data: bytes, name: str) -> list[Article]:
    """One article per RSS/Atom item: its title and its content (or summary) as text."""
    import feedparser

    feed = feedparser.parse(data)
    found = []
    for n, entry in enumerate(feed.entries, start=1):
        html = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        body = _html_text(html) if "<" in html else html
        title = entry.get("title")
        if not (body.strip() or title):
            continue
        text = f"{title}\n\n{body}" if title else body
        found.append(_article(text, entry.get("link") or f"{name}#{n}", title=title,
                              published=entry.get("published") or entry.get("updated")))
    if not found:
        raise InputError(name, "malformed or empty feed" if feed.bozo else "the feed has no items")
    return found


def _html_text(html: str) -> str:
    """The text of an HTML fragment (a feed item's content), block elements on their own lines."""
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # lxml raises several error types on broken fragments
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content().strip()


def _fetch(url: str, max_bytes: int) -> bytes:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "kg (news knowledge graph)"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read(max_bytes + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(url, f"cannot fetch ({exc})") from None


def _date(value) -> str | None:
    """An ISO date (YYYY-MM-DD) from what sources give (2026-03-14, 2026-03-14T09:00Z, RFC 822 dates)."""
    if not value:
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if m:
        return m.group(0)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(str(value)).date().isoformat()
    except (TypeError, ValueError):
        return None


# Encodings Japanese archives still use, tried in this order when the bytes are not UTF-8
JAPANESE_ENCODINGS = ("cp932", "euc_jp", "iso2022_jp")


def decode(data: bytes, name: str = "input") -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, Shift_JIS/CP932, EUC-JP, ISO-2022-JP.

    >>> decode("米国は中国に警告した".encode("euc_jp"))
    '米国は中国に警告した'
    >>> decode("米国は中国に警告した".encode("cp932"))
    '米国は中国に警告した'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(name, "starts with a UTF-16 byte-order mark but is not UTF-16") from None
    if not data:
        return ""
    if b"\x00" in data:
        raise InputError(name, "binary file, not text")
    if b"\x1b$" in data:  # ISO-2022-JP (JIS) is 7-bit: it would pass as UTF-8 with escape codes in it
        try:
            return data.decode("iso2022_jp")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _guess(data, name)


def _guess(data: bytes, name: str) -> str:
    """The Japanese legacy encoding that decodes the bytes into the most Japanese-looking text."""
    from charset_normalizer import from_bytes

    candidates = []
    for enc in JAPANESE_ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_japaneseness(text), enc, text))
    best = from_bytes(data, cp_isolation=list(JAPANESE_ENCODINGS)).best()
    if best is not None:
        candidates.append((_japaneseness(str(best)), best.encoding, str(best)))
    candidates = [c for c in candidates if c[0] > 0.3]
    if not candidates:
        raise InputError(name, "cannot tell the text encoding (tried UTF-8, UTF-16, Shift_JIS, EUC-JP, ISO-2022-JP)")
    return max(candidates, key=lambda c: c[0])[2]


def _japaneseness(text: str) -> float:
    """The share of characters that are kana, kanji, Japanese punctuation, ASCII or white space."""
    if not text:
        return 0.0
    ok = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
             or "\uff00" <= ch <= "\uffef")
    return ok / len(text)


def read_articles(inputs: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Every readable article, and an InputError in its place for every unreadable input."""
    for found in find_inputs(inputs):
        if isinstance(found, InputError):
            yield found
            continue
        try:
            yield from read_source(found, max_bytes=max_bytes)
        except InputError as exc:
            yield exc


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_ENGLISH_WORDS = frozenset("the of and to in a is that for on with said was were has have by as at it from "
                           "his her its their be are not an this which will would".split())
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def detect_language(text: str) -> str:
    """The article's language: 'ja' (kana), 'en' (Latin script with English function words), or another code.

    >>> detect_language("The US warned China on Monday.")
    'en'
    >>> detect_language("Les États-Unis ont averti la Chine.")
    'latin'
    """
    kana = len(_KANA.findall(text))
    latin = len(_LATIN.findall(text))
    if kana and kana * 4 >= latin:
        return "ja"
    scripts = {"zh": len(_HAN.findall(text)), "ko": len(_HANGUL.findall(text)),
               "ru": len(_CYRILLIC.findall(text)), "ar": len(_ARABIC.findall(text))}
    other, count = max(scripts.items(), key=lambda kv: kv[1])
    if count > latin:
        return other
    if not latin:
        return "unknown"
    words = re.findall(r"[a-z]+", text.lower())
    english = sum(w in _ENGLISH_WORDS for w in words)
    if words and english / len(words) >= 0.12:
        return "en"
    # a headline-length text without function words: English unless other languages' letters show
    return "en" if len(words) < 8 and not re.search(r"[àâçéèêëîïôûùüÿñæœäößøå]", text.lower()) else "latin"


def _title(text: str, path: Path) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), path.stem)
    return first.lstrip("#").strip() or path.stem
