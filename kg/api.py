"""The library API: small functions over the pipeline, the store and the diagram (re-exported by kg).

The examples run as doctests; ``folder`` (given by conftest.py) holds one article, a.txt:
"米国は中国に警告した。"
"""
from __future__ import annotations

from pathlib import Path

from kg import pipeline
from kg.errors import KgError
from kg.store import Results, open_store


def build(inputs, out, *, store: str | None = None, workers: int = 1, progress: bool = False,
          rebuild: bool = False) -> pipeline.BuildResult:
    """Build or update the graph of ``inputs`` (article files or folders) in the folder ``out``.

    Returns a BuildResult: ``articles`` read now, ``unchanged`` skipped, ``errors`` (one InputError per
    unreadable input) and ``summary`` (counts over the whole graph). ``store`` is a SPARQL endpoint URL
    to write to instead of ``out/store``.

    >>> result = build([folder], folder / "out")
    >>> result.summary["articles"], result.summary["top"]
    (1, [('United States —warns→ China', 1)])
    >>> build([folder], folder / "out").unchanged
    1
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return pipeline.build(inputs, out, store_at=store, workers=workers, progress=progress, rebuild=rebuild)


def load(location):
    """The article graphs of a build folder (or SPARQL endpoint) as an rdflib Dataset.

    >>> ds = load(folder / "out")
    >>> sum(len(g) for g in ds.graphs()) > 10
    True
    """
    return pipeline.load_dataset(open_store(location))


def query(location, sparql: str | None = None, *, name: str | None = None, lang: str = "en", **params) -> Results:
    """Run SPARQL (or the named query ``name`` with its parameters) against a build folder or endpoint.

    The union of the article graphs is the default graph; kg, rdfs, schema, prov ... are declared.
    ``Results.rows`` holds SPARQL-JSON-shaped bindings; ``Results.boolean`` answers ASK; ``Results.turtle``
    holds a CONSTRUCT's triples. ``lang``: the language of the labels a named query shows (en or ja).

    >>> query(folder / "out", "ASK { ?s kg:warns ?o }").boolean
    True
    >>> sorted((r["level"], r["relation"]) for r in query(folder / "out", name="relations-of", entity="China").values())
    [('actor', 'warns'), ('country', 'warns')]
    >>> [(r["subject"], r["object"]) for r in query(folder / "out", name="who-warns-whom", lang="ja").values()]
    [('米国', '中国')]
    """
    from kg.sparql import run

    return run(location, sparql, name=name, params=params or None, lang=lang)


def remove(articles, out, *, store: str | None = None) -> int:
    """Remove articles (paths as built, or ids) and everything read from them; returns how many went (0 when
    they were removed before: a remove that was killed is finished by running it again).

    >>> remove([str(folder / "a.txt")], folder / "out")
    1
    >>> remove([str(folder / "a.txt")], folder / "out")
    0
    >>> query(folder / "out", "ASK { ?s kg:warns ?o }").boolean
    False
    """
    return pipeline.remove(articles, out, store_at=store)


def visualize(location, path, *, level: str = "both", lang: str = "en", top: int | None = 5000) -> Path:
    """Write the HTML diagram of a build folder (or endpoint) to ``path``; ``level``: actor, country or
    both; ``lang``: the language of the labels and the page (ja or en, falling back to the other); ``top``:
    draw at most that many of the most connected entities (None: all).

    >>> visualize(folder / "out", folder / "countries.html", level="country", lang="ja").name
    'countries.html'
    """
    from kg import graph, viz

    if level not in ("actor", "country", "both") or lang not in ("ja", "en"):
        raise KgError(f"level is actor, country or both (got {level!r}); lang is ja or en (got {lang!r})")
    nxg = graph.to_networkx(open_store(location), lang=lang)
    path = Path(path)
    pipeline._atomic(path, viz.render(nxg, level=level, lang=lang, top=top))
    return path
