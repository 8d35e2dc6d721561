"""Shared test helpers: Docs built by hand (no model) and the real ja_ginza pipeline (marked ``model``)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

_VOCAB = Vocab()


def make_doc(rows, ents=None) -> Doc:
    """A parsed Doc from rows of (text, lemma, pos, tag, dep, head index) — as GiNZA parses them.

    ``ents`` maps token index to an entity label ("Person", "Country") for single-token entities.
    """
    words = [r[0] for r in rows]
    doc = Doc(_VOCAB, words=words, spaces=[False] * len(words), lemmas=[r[1] for r in rows],
              pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
              heads=[r[5] for r in rows],
              ents=[f"B-{(ents or {}).get(i)}" if i in (ents or {}) else "O" for i in range(len(rows))])
    return doc


@pytest.fixture(scope="session")
def ja_nlp():
    from kg.nlp import pipeline

    return pipeline("ja")


def triples(relations):
    """(subject, relation, object, flags) for comparing extractor output with expectations."""
    out = set()
    for r in relations:
        flags = ",".join(f for f, on in (("negated", r.negated), ("hedged", r.hedged)) if on)
        out.add((r.subject.text, r.predicate, r.object.text, flags))
    return out
