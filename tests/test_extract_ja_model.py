"""The Japanese extractor on the real ja_ginza pipeline, over kg.lang.ja.examples (several per construction)."""
import pytest

from kg.extract.ja import relations
from kg.lang.ja.examples import EXAMPLES
from kg.nlp import parse
from kg.types import Article
from tests.conftest import triples

pytestmark = pytest.mark.model


def _relations(sentence):
    article = Article(id="t", source="t", title="t", text=sentence)
    ((_, doc),) = list(parse([article]))
    return list(relations(doc))


@pytest.mark.parametrize("construction,sentence,expected,absent", EXAMPLES,
                         ids=[f"{c}:{s[:14]}" for c, s, _, _ in EXAMPLES])
def test_example(construction, sentence, expected, absent):
    found = triples(_relations(sentence))
    for item in expected:
        assert item in found, f"{construction}: {item} not in {found}"
    for s, p, o in absent:
        assert not any(f[:3] == (s, p, o) for f in found), f"{construction}: {(s, p, o)} should not be read"


def test_quote_attribution_and_first_person():
    rels = [r for r in _relations("中国外務省の趙立堅報道官は「我々はロシアを支援する」と述べた。") if r.predicate == "supports"]
    assert rels, "no relation inside the quotation"
    assert rels[0].attributed_to is not None and rels[0].attributed_to.text == "趙立堅"
    assert rels[0].subject.text == "趙立堅"


def test_offsets_survive_removed_readings():
    text = "韓国の李在明（イ・ジェミョン）大統領は北朝鮮を非難した。"
    rel = next(r for r in _relations(text) if r.predicate == "criticizes")
    assert text[rel.subject.start:rel.subject.end] == "李在明"
    assert text[rel.provenance.start:rel.provenance.end] == "非難"
    assert "イ・ジェミョン" in rel.provenance.sentence


def test_headline_is_its_own_sentence():
    text = "米、ベネズエラへの制裁強化　ブラジルは反発\n\n米財務省は8日、ベネズエラへの制裁を強化した。"
    rels = [r for r in _relations(text) if r.predicate == "sanctions"]
    assert {r.subject.text for r in rels} == {"米財務省"}
