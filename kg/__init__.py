"""kg: a knowledge graph of who did what to whom, built from news articles.

The library API, in the order a user meets it::

    result = kg.build(["examples/articles"], out="out")   # read, extract, link, store, write outputs
    ds = kg.load("out")                                    # the graph as an rdflib Dataset
    rows = kg.query("out", "SELECT ?s ?o { ?s kg:warns ?o }").rows
    nxg = kg.to_networkx(ds)                               # networkx MultiDiGraph, one edge per statement
    kg.visualize("out", "graph.html", level="country")     # the offline HTML diagram

>>> import kg
>>> sorted(kg.__all__) == kg.__all__
True
"""
from kg.api import build, load, query, remove, visualize
from kg.errors import InputError, KgError, PipelineError, StoreError, VocabularyError
from kg.graph import to_networkx
from kg.types import Article, Entity, Mention, Provenance, Relation, Statement

__all__ = [
    "Article", "Entity", "InputError", "KgError", "Mention", "PipelineError", "Provenance", "Relation",
    "Statement", "StoreError", "VocabularyError", "build", "load", "query", "remove", "to_networkx", "visualize",
]
