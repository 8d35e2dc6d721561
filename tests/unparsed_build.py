"""A real ``kg build`` that parses nothing, for the tests that kill builds during a bulk load (test_crash_bulk.py).

``python -m tests.unparsed_build ARTICLES OUT [--die-after-load]`` runs :func:`kg.pipeline.build` with each
article's statements made up from its id instead of parsed and extracted (STATEMENTS of them, about 220 triples an
article: a batch of new graphs, 22,000 triples, goes through the bulk loader, which takes kg.store.BULK_FROM), and
says on stdout, as one JSON line naming the graphs it loads, that a bulk load starts, before it starts. With
``--die-after-load`` it kills itself (SIGKILL) as soon as its first bulk load is done. Everything else (reading the
files, the plan, the article graphs with their metadata, the store, the stats, the outputs) is the build's own.
"""
import hashlib
import json
import os
import signal
import sys

from kg import pipeline, store
from kg.types import Article, Entity, Provenance, Statement
from kg.vocab import vocabulary

STATEMENTS = 12
_COUNTRIES = ("US", "CN", "JP", "KR", "RU", "UA", "FR", "DE", "IN", "IL")


def made_up_statements(article: Article) -> list[Statement]:
    """STATEMENTS statements per article, the same for the same article: countries each article names, and a
    person of its own (entities that several graphs share, and entities of one graph)."""
    seed = int(hashlib.sha256(article.id.encode()).hexdigest(), 16)
    names = vocabulary().names()
    person = Entity(key=f"person/記者{seed % 10_000}", kind="person", labels=((f"記者{seed % 10_000}", "ja"),))
    found = []
    for i in range(STATEMENTS):
        doer = person if i % 3 == 0 else _country(seed + i)
        provenance = Provenance(sentence=f"{article.title}: the {i}th sentence of article {article.id}.",
                                start=10 * i, end=10 * i + 4, extractor="kg.test.unparsed.v1", rule=f"made_up.{i % 4}")
        found.append(Statement(subject=doer, predicate=names[(seed + i) % len(names)], object=_country(seed + 3 * i),
                               level="actor" if doer is person else "country", provenance=provenance,
                               negated=i % 7 == 0, hedged=i % 5 == 0))
    return found


def _country(n: int) -> Entity:
    code = _COUNTRIES[n % len(_COUNTRIES)]
    return Entity(key=f"country/{code}", kind="country", labels=((code, "en"),))


def _unparsed(todo, extractor, workers, cache_dir, clock):
    """(graph IRI, N-Triples) per article, as kg.pipeline._on_this_machine gives them, without nlp."""
    for article in todo:
        yield pipeline.article_graph(article, None, extractor)


def _announced(bulk_load, die_after: bool):
    def announce_then_load(self, graphs):
        print(json.dumps({"bulk_load": sorted(graphs)}), flush=True)
        bulk_load(self, graphs)
        if die_after:
            os.kill(os.getpid(), signal.SIGKILL)
    return announce_then_load


def main(articles: str, out: str, *options: str) -> None:
    pipeline.analyse = lambda article, doc, *, extractor=None: made_up_statements(article)
    pipeline._on_this_machine = _unparsed
    store.LocalStore._bulk_load = _announced(store.LocalStore._bulk_load, "--die-after-load" in options)
    result = pipeline.build([articles], out)
    print(json.dumps({"built": result.articles, "errors": [str(e) for e in result.errors]}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
