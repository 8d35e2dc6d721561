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


def read_sentence(sentence: str, lang: str):
    """The relations the language's registered extractor reads from one sentence, parsed by the real pipeline."""
    from kg.extract import get
    from kg.nlp import parse
    from kg.registry import DEFAULT_EXTRACTORS
    from kg.types import Article

    ((_, doc),) = list(parse([Article(id="t", source="t", title="t", text=sentence, lang=lang)]))
    return list(get(DEFAULT_EXTRACTORS[lang]).relations(doc))


def check_example(construction, found, expected, absent):
    """Every expected (subject, relation, object, flags) is read; no absent (subject, relation, object) is."""
    for item in expected:
        assert item in found, f"{construction}: {item} not in {found}"
    for s, p, o in absent:
        assert not any(f[:3] == (s, p, o) for f in found), f"{construction}: {(s, p, o)} should not be read"
