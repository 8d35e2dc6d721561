"""The English extractor on the real pipeline, over kg.lang.en.examples, and the English smoke test."""
import pytest

from kg.lang.en.examples import EXAMPLES
from kg.nlp import pipeline
from tests.conftest import check_example, read_sentence, triples

pytestmark = pytest.mark.model


def _relations(sentence):
    return read_sentence(sentence, "en")


def test_english_pipeline_smoke():
    doc = pipeline("en")("The US warned China on Monday against helping Russia evade sanctions.")
    by_text = {t.text: t for t in doc}
    assert by_text["warned"].dep_ == "ROOT" and by_text["China"].dep_ == "dobj"
    assert {e.text for e in doc.ents if e.label_ == "GPE"} >= {"US", "China", "Russia"}


@pytest.mark.parametrize("construction,sentence,expected,absent", EXAMPLES,
                         ids=[f"{c}:{s[:24]}" for c, s, _, _ in EXAMPLES])
def test_example(construction, sentence, expected, absent):
    check_example(construction, triples(_relations(sentence)), expected, absent)


def test_who_is_not_the_world_health_organization():
    found = triples(_relations("Koizumi, who arrived in Manila, met Teodoro."))
    assert not any(s == "who" for s, _, _, _ in found)
