"""Property tests: arbitrary bytes and text never raise anything but kg's own errors; graphs round-trip."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.graph import article_graph, article_ntriples
from kg.ingest import decode, read_article
from kg.link import link
from kg.types import Article, Mention, Provenance, Relation

JAPANESE = st.text(alphabet=st.sampled_from(list("米国中ロシア日本は、がをにとの支援警告非難した。「」氏同国両首脳外相\n <>&\"'")),
                   max_size=80)


@given(st.binary(max_size=300))
@settings(max_examples=200)
def test_decode_takes_any_bytes(data):
    try:
        assert isinstance(decode(data, "x"), str)
    except InputError:
        pass


@given(st.binary(max_size=300))
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_read_article_takes_any_file(tmp_path, data):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    try:
        article = read_article(p)
        assert article.text.strip() and article.lang in ("ja", "en")
    except InputError as exc:
        assert str(p) in str(exc)


_names = st.sampled_from(["米国", "中国", "ロシア", "日本", "国連", "サリバン", "趙立堅", "<b>x</b>", 'a"b', "同国"])
_kinds = st.sampled_from(["country", "person", "government", "organization", "anaphor", "role"])


@st.composite
def relations(draw):
    def mention():
        text, kind = draw(_names), draw(_kinds)
        start = draw(st.integers(0, 50))
        aff = Mention(text="米国", start=0, end=2, kind="country") if kind in ("person", "role") and draw(st.booleans()) else None
        return Mention(text=text, start=start, end=start + len(text), kind=kind, affiliation=aff)
    prov = Provenance(sentence=draw(JAPANESE), start=0, end=1, extractor="test", rule="verbal")
    return Relation(subject=mention(), predicate=draw(st.sampled_from(["warns", "supports", "meetsWith", "affiliatedWith"])),
                    object=mention(), provenance=prov, negated=draw(st.booleans()), hedged=draw(st.booleans()))


@given(st.lists(relations(), max_size=6), JAPANESE)
@settings(max_examples=80, deadline=None)
def test_graph_round_trips_through_trig(rels, title):
    article = Article(id="0123456789abcdef", source="a <b>.txt", title=title or "t", text="x")
    statements = link(article, rels, [])
    g = article_graph(article, statements, version="v")
    ds = Dataset()
    ds.graph(g.identifier).__iadd__(g)
    back = Dataset()
    back.parse(data=ds.serialize(format="trig"), format="trig")
    assert isomorphic(Graph() + g, Graph() + back.graph(g.identifier))
    # negated relations never become direct triples
    for s in statements:
        if s.negated:
            from kg.graph import KG, entity_iri
            assert (entity_iri(s.subject), KG[s.predicate], entity_iri(s.object)) not in g or any(
                t.predicate == s.predicate and t.subject.key == s.subject.key and t.object.key == s.object.key
                and not t.negated and not t.hedged for t in statements)


@given(st.lists(relations(), max_size=6), JAPANESE)
@settings(max_examples=80, deadline=None)
def test_ntriples_for_the_store_hold_the_article_graph(rels, title):
    article = Article(id="0123456789abcdef", source="a <b>.txt", title=title or "t", text="x")
    statements = link(article, rels, [])
    written = Graph().parse(data=article_ntriples(article, statements, version="v"), format="nt")
    assert isomorphic(written, Graph() + article_graph(article, statements, version="v"))


@pytest.mark.model
@given(JAPANESE)
@settings(max_examples=40, deadline=None)
def test_extractor_takes_any_text(text):
    from kg.extract.ja import mentions
    from kg.extract.ja import relations as read
    from kg.nlp import parse

    article = Article(id="t", source="t", title="t", text=text or "。")
    ((_, doc),) = list(parse([article]))
    for rel in read(doc):
        assert 0 <= rel.provenance.start <= rel.provenance.end <= len(article.text)
        assert rel.predicate
    list(mentions(doc))
