"""Extraction: a parsed document in, Mention and Relation values out (with character offsets).

An extractor is registered under a versioned name (``kg.ja.predicate.v1``) and is a pair of pure
generators over a spaCy Doc: ``relations(doc)`` in document order, and ``mentions(doc)``, every actor
mention, which linking uses for coreference (同氏, 同国). The Doc is never mutated and never leaves here.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.types import Mention, Relation


@dataclass(frozen=True, slots=True, kw_only=True)
class Extractor:
    name: str
    lang: str
    relations: Callable[[object], Iterator[Relation]]
    mentions: Callable[[object], Iterator[Mention]]


def get(name: str) -> Extractor:
    """The extractor registered under ``name`` (see kg.registry)."""
    from kg.registry import get_extractor

    return get_extractor(name)()
