"""The Japanese extractor on the real ja_ginza pipeline, over kg.lang.ja.examples (one group per rule)."""
import pytest

from kg.extract.ja import relations
from kg.lang.ja.examples import EXAMPLES
from tests.conftest import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("sentence,expected", EXAMPLES, ids=[s for s, _ in EXAMPLES])
def test_example(ja_nlp, sentence, expected):
    found = triples(relations(ja_nlp(sentence)))
    for item in expected:
        assert item in found, f"{item} not in {found}"


def test_quote_attribution_and_first_person(ja_nlp):
    doc = ja_nlp("中国外務省の趙立堅報道官は「我々はロシアを支援する」と述べた。")
    rels = [r for r in relations(doc) if r.predicate == "supports"]
    assert rels, "no relation inside the quotation"
    assert rels[0].attributed_to is not None and rels[0].attributed_to.text == "趙立堅"
    assert rels[0].subject.text == "趙立堅"
