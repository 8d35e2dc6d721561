"""Parse articles with spaCy: ja_ginza for Japanese. Batched, optionally in several processes.

The pipeline is loaded once per process and kept in a module-level cache, so worker processes
(nlp.pipe's n_process, Dask workers) load it once each. Nothing is downloaded at run time: a missing
pipeline is a PipelineError that names the install command.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from kg.errors import PipelineError
from kg.registry import pipelines
from kg.types import Article

INSTALL_HINT = "install it with `make install` (or `pip install ja-ginza`)"


@pipelines.register("ja")
def load_japanese():
    import spacy

    try:
        return spacy.load("ja_ginza")
    except OSError as exc:
        raise PipelineError(f"the Japanese pipeline ja_ginza is not installed: {INSTALL_HINT}") from exc


@cache
def pipeline(lang: str):
    """The loaded spaCy pipeline for a language code."""
    try:
        loader = pipelines.get(lang)
    except Exception:
        raise PipelineError(f"no pipeline for language {lang!r}; available: {', '.join(sorted(pipelines.get_all()))}") from None
    return loader()


def parse(articles: Iterable[Article], *, lang: str = "ja", workers: int = 1, batch_size: int = 8) -> Iterator[tuple[Article, object]]:
    """Yield (article, Doc) pairs in input order.

    batch_size counts documents; keep it small, since a long article holds about 130 MB while in flight.
    """
    nlp = pipeline(lang)
    pairs = ((a.text, a) for a in articles)
    n_process = max(1, workers)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield article, doc
