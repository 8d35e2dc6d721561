"""kg: a knowledge graph of who did what to whom, built from news articles.

>>> import kg
>>> sorted(kg.__all__) == kg.__all__
True
"""
from kg.errors import InputError, KgError, PipelineError, VocabularyError
from kg.graph import to_networkx
from kg.pipeline import build
from kg.types import Article, Entity, Mention, Provenance, Relation, Statement

__all__ = [
    "Article", "Entity", "InputError", "KgError", "Mention", "PipelineError", "Provenance", "Relation",
    "Statement", "VocabularyError", "build", "to_networkx",
]
