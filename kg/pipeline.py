"""The one module that chains the stages: ingest -> nlp -> extract -> link -> graph -> outputs."""
from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg import extract, graph, ingest, link, nlp, viz
from kg.errors import InputError
from kg.registry import DEFAULT_EXTRACTORS
from kg.types import Article, Statement

OUTPUTS = ("graph.trig", "graph.ttl", "graph.graphml", "graph.html")


@dataclass(slots=True)
class BuildResult:
    out: Path
    articles: int = 0
    errors: list[InputError] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    entities: int = 0

    def by_relation(self, level: str) -> Counter:
        return Counter(s.predicate for s in self.statements if s.level == level and not s.negated)

    def top(self, n: int = 5, level: str = "country") -> list[tuple[str, int]]:
        counts = Counter(f"{_name(s.subject)} —{s.predicate}→ {_name(s.object)}" for s in self.statements
                         if s.level == level and not s.negated and not s.hedged and s.predicate != "affiliatedWith")
        return counts.most_common(n)


def _name(ent) -> str:
    labels = dict((lang, text) for text, lang in reversed(ent.labels))
    return labels.get("en") or labels.get("ja") or ent.key


def analyse(article: Article, doc, *, extractor: str | None = None) -> list[Statement]:
    """Extract and link one parsed article."""
    ex = extract.get(extractor or DEFAULT_EXTRACTORS[article.lang])
    return link.link(article, ex.relations(doc), ex.mentions(doc))


def build(inputs: Iterable[str | Path], out: str | Path, *, workers: int = 1, progress: bool = False,
          extractor: str | None = None) -> BuildResult:
    """Build the graph of the articles under ``inputs`` into the folder ``out``.

    Unreadable inputs are collected in ``result.errors``; the others still build.
    """
    out = Path(out)
    result = BuildResult(out=out)
    articles = []
    for item in ingest.read_articles(inputs):
        (result.errors if isinstance(item, InputError) else articles).append(item)
    ds = graph.new_dataset()
    parsed = nlp.parse(articles, workers=workers)
    if progress:
        from tqdm import tqdm

        parsed = tqdm(parsed, total=len(articles), desc="parsing", unit="article")
    for article, doc in parsed:
        statements = analyse(article, doc, extractor=extractor)
        graph.add_article(ds, article, statements)
        result.statements.extend(statements)
        result.articles += 1
    write_outputs(ds, out)
    result.entities = len({e.key for s in result.statements for e in (s.subject, s.object)})
    return result


def write_outputs(ds, out: Path) -> None:
    """graph.trig, graph.ttl, graph.graphml and graph.html, each written whole or not at all."""
    import networkx as nx

    out.mkdir(parents=True, exist_ok=True)
    union = graph.union(ds)
    nxg = graph.to_networkx(union)
    _atomic(out / "graph.trig", ds.serialize(format="trig"))
    _atomic(out / "graph.ttl", union.serialize(format="turtle"))
    _atomic(out / "graph.graphml", "\n".join(nx.generate_graphml(nxg)))
    _atomic(out / "graph.html", viz.render(nxg))


def _atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
