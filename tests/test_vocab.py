"""The code and ontologies/ agree: the closed vocabulary, the lexicon, the gazetteer."""
import re
from pathlib import Path

import pytest

from kg.errors import VocabularyError
from kg.vocab import gazetteer, vocabulary

CONTRACT = ("warns threatens supports meetsWith visits requests demands criticizes protests accuses denies "
            "rejects opposes sanctions attacks invades cooperatesWith praises negotiatesWith hosts affiliatedWith").split()


def test_contract_relations_are_defined():
    assert set(CONTRACT) <= set(vocabulary().names())


def test_every_relation_has_labels_and_cameo():
    for rel in vocabulary().relations:
        assert rel.label_en and rel.label_ja
        if rel.name != "affiliatedWith":
            assert rel.cues_ja, rel.name
            assert rel.cameo and rel.goldstein is not None, rel.name
    assert {r.name for r in vocabulary().relations if r.symmetric} == {"meetsWith", "cooperatesWith", "negotiatesWith"}


def test_no_cue_belongs_to_two_relations():
    for lang in ("ja", "en"):
        seen = {}
        for rel in vocabulary().relations:
            for cue in getattr(rel, f"cues_{lang}"):
                assert cue not in seen, f"{cue} is a cue of {seen.get(cue)} and {rel.name}"
                seen[cue] = rel.name
    assert all(r.cues_en for r in vocabulary().relations if r.name != "affiliatedWith")


def test_relation_names_in_the_code_exist():
    from kg.lang import ja as lex

    names = set(vocabulary().names())
    used = {*lex.CLAUSE_TARGETED, *lex.CLAUSE_TARGETED.values(), *lex.REFUSED_WHEN_NEGATED.values(),
            *lex.DIRECTIVES, *lex.DIRECT_ONLY}
    source = "\n".join(p.read_text(encoding="utf-8") for p in Path("kg").rglob("*.py"))
    used |= set(re.findall(r'predicate (?:==|!=) "(\w+)"', source))
    assert used and used <= names, used - names


def test_unknown_relation_is_an_error():
    with pytest.raises(VocabularyError, match="the ontology defines"):
        vocabulary().relation("warnz")


def test_gazetteer_covers_un_members_and_metonyms():
    gaz = gazetteer()
    countries = [p for p in gaz.places if p.kind == "country"]
    assert len(countries) >= 197
    assert all(p.iso and p.same_as and p.pref_en and p.pref_ja for p in countries)
    for form in ("米国", "アメリカ", "ワシントン", "ホワイトハウス", "United States"):
        assert gaz.lookup(form).same_as == "http://www.wikidata.org/entity/Q30"
    assert gaz.lookup("クレムリン").key == "country/RU"
    assert gaz.abbreviation("ロ").key == "country/RU"
    assert gaz.lookup("国連").key == "org/UN"


def test_people_match_across_katakana_spellings():
    # transliterations of one foreign name disagree on ッ, ー and ・; short names are not folded (another's could match)
    from kg.vocab import people

    erdogan = people().lookup("エルドアン")
    assert erdogan is not None
    assert people().lookup("レジェプ・タイップ・エルドアン") == erdogan
    assert people().lookup("レジェップタイップエルドアン") == erdogan
    assert people().lookup("プチン") is None
    # a full name spelt otherwise (タイイップ), whose family name is a known person's and whose first name starts as
    # theirs does; another first name on the same family name is someone else
    assert people().lookup("レジェプ・タイイップ・エルドアン") == erdogan
    assert people().lookup("ジョン・エルドアン") is None


def test_the_ontology_graph_a_build_writes_is_the_ontology():
    import pyoxigraph as ox

    from kg.graph import ontology_graph, ontology_ntriples

    def triples(ntriples: str) -> set[str]:
        return {str(t) for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)}

    assert triples(ontology_ntriples()) == triples(ontology_graph().serialize(format="nt"))
