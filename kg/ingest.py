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

SUFFIXES = (".txt", ".md")
MAX_BYTES = 5_000_000
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN = re.compile(r"[A-Za-z]")


def find_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand folders into the article files under them, in a stable order."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path if path.suffix.lower() in SUFFIXES else InputError(
                str(path), f"unsupported file type {path.suffix or '(none)'}; kg reads {', '.join(SUFFIXES)}")
        else:
            yield InputError(str(path), "no such file or folder")


def read_article(path: Path) -> Article:
    """Read one file. Raises InputError when it is empty, binary, too large or not UTF-8."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise InputError(str(path), f"file is larger than {MAX_BYTES:,} bytes")
    if b"\x00" in data:
        raise InputError(str(path), "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 (byte {exc.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(str(path), "empty file")
    lang = detect_language(text)
    if lang != "ja":
        raise InputError(str(path), f"unsupported language ({lang}); kg reads Japanese")
    return Article(id=article_id(text), source=str(path), title=_title(text, path), text=text, lang=lang)


def read_articles(inputs: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every readable article, and an InputError in its place for every unreadable one."""
    for found in find_inputs(inputs):
        if isinstance(found, InputError):
            yield found
            continue
        try:
            yield read_article(found)
        except InputError as exc:
            yield exc


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def detect_language(text: str) -> str:
    """'ja' when kana make up a visible share of the letters, 'en' for Latin text, else 'unknown'."""
    kana = len(_KANA.findall(text))
    latin = len(_LATIN.findall(text))
    if kana and kana * 4 >= latin:
        return "ja"
    return "en" if latin else "unknown"


def _title(text: str, path: Path) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), path.stem)
    return first.lstrip("#").strip() or path.stem
