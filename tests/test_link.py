"""Linking: coreference, affiliation and the country-level roll-up."""
from kg.link import link
from kg.types import Article, Mention, Provenance, Relation

ARTICLE = Article(id="x", source="x.txt", title="t", text="")
PROV = Provenance(sentence="s", start=0, end=1, extractor="test", rule="verbal")


def m(text, start, kind, affiliation=None):
    return Mention(text=text, start=start, end=start + len(text), kind=kind, affiliation=affiliation)


def rel(s, p, o, **kw):
    return Relation(subject=s, predicate=p, object=o, provenance=PROV, **kw)


def test_short_name_resolves_to_full_name_and_rolls_up():
    sullivan = m("ジェイク・サリバン", 0, "person", m("米国", 9, "country"))
    yang = m("楊潔篪", 20, "person", m("中国", 23, "country"))
    later = rel(m("サリバン", 40, "person"), "warns", m("楊潔篪", 50, "person"))
    statements = link(ARTICLE, [later], [sullivan, yang])
    actor = [s for s in statements if s.level == "actor"]
    country = [s for s in statements if s.level == "country"]
    assert [(s.subject.key, s.object.key) for s in actor] == [("person/ジェイク・サリバン", "person/楊潔篪")]
    assert [(s.subject.key, s.object.key) for s in country] == [("country/US", "country/CN")]
    assert country[0].derived_from is actor[0]


def test_affiliation_through_a_ministry():
    ministry = m("中国外務省", 0, "government", m("中国", 0, "country"))
    zhao = m("趙立堅", 6, "person", ministry)
    statements = link(ARTICLE, [rel(zhao, "accuses", m("米国", 20, "country"))], [zhao])
    assert {(s.level, s.subject.key, s.object.key) for s in statements} == {
        ("actor", "person/趙立堅", "country/US"), ("country", "country/CN", "country/US")}


def test_no_roll_up_within_one_country():
    a = m("林", 0, "person", m("日本", 0, "country"))
    statements = link(ARTICLE, [rel(a, "criticizes", m("日本", 10, "country"))], [a])
    assert [s.level for s in statements] == ["actor"]


def test_unnamed_official_only_at_country_level():
    official = m("中国高官", 5, "role", m("中国", 5, "country"))
    statements = link(ARTICLE, [rel(m("米国", 0, "country"), "warns", official)], [])
    assert [(s.level, s.subject.key, s.object.key) for s in statements] == [("country", "country/US", "country/CN")]


def test_anaphors_resolve_to_the_last_mentions():
    mentions = [m("日本", 0, "country"), m("インド", 5, "country"), m("モディ", 10, "person", m("インド", 5, "country"))]
    statements = link(ARTICLE, [rel(m("同氏", 30, "anaphor"), "visits", m("日本", 40, "country"))], mentions)
    assert ("actor", "person/モディ", "country/JP") in {(s.level, s.subject.key, s.object.key) for s in statements}
    both = link(ARTICLE, [rel(m("両国", 30, "anaphor"), "cooperatesWith", m("米国", 40, "country"))], mentions)
    assert {s.subject.key for s in both if s.level == "actor"} == {"country/JP", "country/IN"}


def test_abbreviation_and_metonym_resolve_to_the_country():
    statements = link(ARTICLE, [rel(m("クレムリン", 0, "country"), "criticizes", m("米", 10, "country"))], [])
    assert {(s.subject.key, s.object.key) for s in statements} == {("country/RU", "country/US")}
