"""The plain values that flow between stages. No I/O, no library objects.

An article is read into an :class:`Article`; the extractor turns its parse into :class:`Mention` and
:class:`Relation` values with a :class:`Provenance`; linking turns mentions into :class:`Entity` values and
relations into :class:`Statement` values at the actor and the country level.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MentionKind = Literal["person", "country", "organization", "government", "role", "anaphor", "group"]
EntityKind = Literal["person", "country", "organization", "government", "international"]
Level = Literal["actor", "country"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article as read from disk."""

    id: str  # content hash, stable across runs
    source: str  # path or URL it came from
    title: str
    text: str
    lang: str = "ja"
    published: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """An actor as written in the text, with character offsets into the article text.

    ``affiliation`` is the body or country the text says the actor acts for
    (中国外務省の趙立堅報道官: 趙立堅 -> 中国外務省 -> 中国).
    """

    text: str
    start: int
    end: int
    kind: MentionKind
    affiliation: Mention | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Where a relation was read: the sentence, the predicate's offsets, and by which rule."""

    sentence: str
    start: int
    end: int
    extractor: str
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """subject -predicate-> object as one extractor read it from one sentence."""

    subject: Mention
    predicate: str  # local name in the ontology, e.g. "warns"
    object: Mention
    provenance: Provenance
    negated: bool = False
    hedged: bool = False
    attributed_to: Mention | None = None  # the speaker, for relations inside quotations


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A resolved actor: a gazetteer entry or a named person or body of the article."""

    key: str  # "country/US", "org/UN", "person/ジェイク・サリバン"
    kind: EntityKind
    labels: tuple[tuple[str, str], ...]  # (text, language tag)
    same_as: str | None = None  # Wikidata IRI when known


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """A linked relation at one level, with the provenance that supports it."""

    subject: Entity
    predicate: str
    object: Entity
    level: Level
    provenance: Provenance
    negated: bool = False
    hedged: bool = False
    attributed_to: Entity | None = None
    derived_from: Statement | None = None  # for country-level roll-ups: the actor-level statement
