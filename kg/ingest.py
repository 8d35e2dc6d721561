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
LANGUAGES = ("ja", "en")
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


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one file. Raises InputError when it is empty, binary, too large or of an unknown encoding."""
    data = path.read_bytes()
    if len(data) > max_bytes:
        raise InputError(str(path), f"file is larger than the limit of {max_bytes:,} bytes (--max-bytes)")
    text = decode(data, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(str(path), "empty file")
    lang = detect_language(text)
    if lang not in LANGUAGES:
        raise InputError(str(path), f"unsupported language ({lang}); kg reads {', '.join(LANGUAGES)}")
    return Article(id=article_id(text), source=str(path), title=_title(text, path), text=text, lang=lang)


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
    """Every readable article, and an InputError in its place for every unreadable one."""
    for found in find_inputs(inputs):
        if isinstance(found, InputError):
            yield found
            continue
        try:
            yield read_article(found, max_bytes=max_bytes)
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
