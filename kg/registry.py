"""Extractors and language pipelines by versioned name, registered lazily (catalogue ships with spaCy).

A new extractor is added by registering it, never by editing an if/elif chain::

    @registry.extractors.register("kg.ja.predicate.v1")
    def make_extractor(): ...

Entry points under the group ``kg_extractors`` are found too, so other packages can add extractors.
"""
from __future__ import annotations

import catalogue

extractors = catalogue.create("kg", "extractors", entry_points=True)
pipelines = catalogue.create("kg", "pipelines", entry_points=True)

# The extractor used for each language when the user does not choose one.
DEFAULT_EXTRACTORS = {"ja": "kg.ja.predicate.v1", "en": "kg.en.predicate.v1"}


def _load_builtins() -> None:
    # Importing registers; done on first lookup, not at import time of kg.
    import kg.extract.en  # noqa: F401
    import kg.extract.ja  # noqa: F401
    import kg.nlp  # noqa: F401


def get_extractor(name: str):
    """Return the extractor factory registered under ``name``."""
    from kg.errors import VocabularyError

    _load_builtins()
    try:
        return extractors.get(name)
    except catalogue.RegistryError:
        known = ", ".join(sorted(extractors.get_all()))
        raise VocabularyError(f"unknown extractor {name!r}; registered: {known}") from None


def extractor_names() -> list[str]:
    _load_builtins()
    return sorted(extractors.get_all())
