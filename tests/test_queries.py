"""Named queries on a small store written statement by statement (no model): they answer like the statements
asked directly, in the same order on every store."""
import gc

import pytest

from kg.graph import ONTOLOGY_IRI, ontology_graph
from kg.pipeline import refresh_stats
from kg.sparql import run
from kg.store import PREFIXES, open_store

KG, ID, RDF, RDFS, SCHEMA = (PREFIXES[p] for p in ("kg", "kgid", "rdf", "rdfs", "schema"))
ACTORS = 30  # more than most-active shows; 7, 7, 8 and 8 of them have 4, 3, 2 and 1 relations: ties at its cut


SOURCES = ("articles", "Articles", "記事", "artículos")  # upper case, kanji and accents sort by code point


def actor(i: int) -> str:
    return f"<{ID}person/T{(i * 7) % ACTORS:02d}>"  # IRIs not in the order the actors were written


def article(i: int) -> str:
    """One article graph: actor i criticizes actor i+1, 1 + i % 4 times, once more negated."""
    a = f"<{ID}article/T{i:02d}>"
    lines = [f"{a} <{RDF}type> <{KG}NewsArticle> .", f'{a} <{SCHEMA}headline> "見出し{i}"@ja .',
             f'{a} <{SCHEMA}url> "{SOURCES[i % 4]}/{(i * 11) % ACTORS:02d}-{i}.txt" .',
             f'{actor(i)} <{RDFS}label> "Person {i % 7}"@en .']  # equal names: the order falls back to the IRI
    for k in range(2 + i % 4):
        st = f"<{ID}statement/T{i:02d}-{k}>"
        lines += [*statement(st, "actor", actor(i), "criticizes", actor(i + 1), negated=k == 0),
                  f"{st} <{KG}article> {a} ."]
    return "\n".join(lines) + "\n"


def statement(st: str, level: str, s: str, p: str, o: str, *, negated=False, hedged=False) -> list[str]:
    """The N-Triples of a statement node (no article, sentence or rule)."""
    flag = '"{}"^^<http://www.w3.org/2001/XMLSchema#boolean>'.format
    return [f"{st} <{RDF}type> <{KG}Statement> .", f'{st} <{KG}level> "{level}" .', f"{st} <{RDF}subject> {s} .",
            f"{st} <{RDF}predicate> <{KG}{p}> .", f"{st} <{RDF}object> {o} .",
            f"{st} <{KG}negated> {flag(str(negated).lower())} .", f"{st} <{KG}hedged> {flag(str(hedged).lower())} ."]


def written(folder, graphs: dict) -> None:
    """A store in ``folder`` holding ``graphs`` (IRI -> N-Triples) and their aggregates, closed again."""
    db = open_store(folder, create=True)
    db.replace_graphs(graphs)
    refresh_stats(db)
    db.flush()
    del db
    gc.collect()  # let go of the store's lock before the queries open it again


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("queries")
    written(folder, {f"{ID}graph/T{i:02d}": article(i) for i in range(ACTORS)})
    return folder


def test_most_active_is_the_top_twenty_with_ties_broken_by_iri(out):
    counted = run(out, """SELECT ?e ?label (COUNT(?st) AS ?n) WHERE {
        ?st a kg:Statement ; kg:level "actor" ; kg:negated false ; kg:hedged false ; rdf:subject ?e ;
            rdf:predicate ?p . FILTER(?p != kg:affiliatedWith)
        GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?e kg:displayLabel ?label } } GROUP BY ?e ?label""").values()
    assert len(counted) == ACTORS and len({r["n"] for r in counted}) == 4
    top = sorted(counted, key=lambda r: (-r["n"], r["e"]))[:20]
    shown = sorted(top, key=lambda r: (-r["n"], r["label"], r["e"]))
    assert run(out, name="most-active").values() == [{"actor": r["label"], "relations": r["n"]} for r in shown]


def test_articles_answer_like_the_article_graphs(out):
    direct = run(out, """SELECT ?headline ?source (COUNT(?st) AS ?statements) WHERE {
        GRAPH ?g { ?a a kg:NewsArticle ; schema:headline ?headline ; schema:url ?source .
                   OPTIONAL { ?st kg:article ?a } } } GROUP BY ?a ?headline ?source ORDER BY ?source""").values()
    assert len(direct) == ACTORS and direct != sorted(direct, key=lambda r: r["headline"])
    assert run(out, name="articles").values() == direct


def test_relations_of_rows_come_in_one_total_order(out):
    rows = run(out, name="relations-of", params={"entity": f"{ID}person/T07"}).values()
    keys = [(r["level"], r["relation"], r["other"], r["direction"], r["negated"], r["hedged"]) for r in rows]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    assert {(r["direction"], r["negated"]) for r in rows} == {(d, n) for d in ("out", "in") for n in (True, False)}


COUNTRIES = 6
RELATIONS = ("warns", "supports", "criticizes", "cooperatesWith", "sanctions", "affiliatedWith")


def country(i: int) -> str:
    return f"<{ID}country/X{i % COUNTRIES}>"


def country_article(i: int) -> str:
    """One article graph of country-level statements, some of them hedged or negated, with labels in both
    languages (a preferred English name on some countries)."""
    n = i % COUNTRIES
    lines = [f'{country(i)} <{RDFS}label> "Land {n}"@en .', f'{country(i)} <{RDFS}label> "国{n}"@ja .']
    if i % 2:
        lines.append(f'{country(i)} <{PREFIXES["skos"]}prefLabel> "Republic {n}"@en .')
    for k in range(4):
        lines += statement(f"<{ID}statement/X{i:02d}-{k}>", "country", country(i + 2 * k), RELATIONS[(i + k) % 6],
                           country(i + 2 * k + 1 + (i // 2) % 4), negated=(i + k) % 7 == 0, hedged=(i + k) % 5 == 0)
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def countries(tmp_path_factory):
    folder = tmp_path_factory.mktemp("countries")
    graphs = {f"{ID}graph/X{i:02d}": country_article(i) for i in range(40)}
    written(folder, {ONTOLOGY_IRI: ontology_graph().serialize(format="nt"), **graphs})
    return folder


ASSERTED = """?st a kg:Statement ; kg:level "country" ; kg:negated false ; kg:hedged false ; rdf:subject ?s ;
                  rdf:predicate ?p ; rdf:object ?o ."""
LABELS = "GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?s kg:displayLabel ?subject . ?o kg:displayLabel ?object }"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_labelled_aggregates_answer_like_the_statements(countries, lang):
    """who-warns-whom, balance and contradictions read labels copied onto the nodes they show; the same
    questions asked of the statements, with each entity's display label, give the same rows in order."""
    def direct(sparql):
        return run(countries, sparql.replace("kg:displayLabel", f"kg:displayLabel{'Ja' if lang == 'ja' else ''}")).values()

    warns = direct(f"""SELECT ?subject ?object (COUNT(?st) AS ?statements) WHERE {{ {ASSERTED} FILTER(?p = kg:warns)
        {LABELS} }} GROUP BY ?subject ?object ORDER BY DESC(?statements) ?subject ?object""")
    assert len(warns) > 3 and run(countries, name="who-warns-whom", lang=lang).values() == warns
    balance = direct(f"""SELECT ?subject ?object (SUM(COALESCE(?g, 0)) AS ?goldstein) (COUNT(?st) AS ?statements)
        WHERE {{ {ASSERTED} FILTER(?p != kg:affiliatedWith) OPTIONAL {{ GRAPH <{ONTOLOGY_IRI}> {{ ?p kg:goldstein ?g }} }}
        {LABELS} }} GROUP BY ?s ?o ?subject ?object ORDER BY ?goldstein ?subject ?object""")
    assert len(balance) > 10 and run(countries, name="balance", lang=lang).values() == balance
    against = "kg:criticizes kg:opposes kg:accuses kg:sanctions kg:warns kg:threatens"
    contradictions = direct(f"""SELECT DISTINCT ?subject ?object ?conflict WHERE {{
        {ASSERTED} VALUES ?p {{ {against} }}
        ?support a kg:Statement ; kg:level "country" ; kg:negated false ; kg:hedged false ; rdf:subject ?s ;
                 rdf:predicate kg:supports ; rdf:object ?o .
        {LABELS} BIND(STRAFTER(STR(?p), "#") AS ?conflict) }} ORDER BY ?subject ?object ?conflict""")
    assert len(contradictions) > 3 and run(countries, name="contradictions", lang=lang).values() == contradictions


TERMS = f"""<{ID}x/1> <{KG}p> <{ID}x/2> .
<{ID}x/1> <{KG}p> _:b1 .
<{ID}x/1> <{KG}p> "plain" .
<{ID}x/1> <{KG}p> "" .
<{ID}x/1> <{KG}p> "typed as a string"^^<http://www.w3.org/2001/XMLSchema#string> .
<{ID}x/1> <{KG}p> "英語"@en .
<{ID}x/1> <{KG}p> "米国は中国に警告した"@ja .
<{ID}x/1> <{KG}p> "colour"@en-GB .
<{ID}x/1> <{KG}p> "quote \\" backslash \\\\ tab \\t line\\nbreak" .
<{ID}x/1> <{KG}p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<{ID}x/1> <{KG}p> "-0.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<{ID}x/1> <{KG}p> "1.5E3"^^<http://www.w3.org/2001/XMLSchema#double> .
<{ID}x/1> <{KG}p> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
<{ID}x/1> <{KG}p> "2026-11-29"^^<http://www.w3.org/2001/XMLSchema#date> .
<{ID}x/1> <{KG}p> "x"^^<{ID}datatype/own> .
_:b1 <{KG}q> "on a blank node" .
"""


def test_rows_read_through_json_equal_rows_built_term_by_term(tmp_path):
    """A SELECT is read from Oxigraph's SPARQL JSON results; with a ``limit`` it is read term by term. Both
    give the same rows: kinds, values, language tags and datatypes, and no key for an unbound variable."""
    db = open_store(tmp_path, create=True)
    db.replace_graphs({f"{ID}graph/terms": TERMS})
    text = """SELECT ?s ?o ?more ?n WHERE { ?s kg:p ?o . OPTIONAL { ?o kg:q ?more }
               BIND(IF(isLiteral(?o) && datatype(?o) = xsd:integer, ?o + 1, ?unbound) AS ?n) } ORDER BY STR(?o)"""
    whole, cut = db.query(text), db.query(text, limit=1000)
    assert not cut.truncated and len(whole.rows) == 15
    assert (whole.variables, whole.rows) == (cut.variables, cut.rows)
    assert whole.values() == cut.values()
    by_value = {r["o"]["value"]: r["o"] for r in whole.rows}
    assert by_value["plain"] == {"type": "literal", "value": "plain"}
    assert by_value["typed as a string"] == {"type": "literal", "value": "typed as a string"}
    assert by_value["colour"]["xml:lang"].lower() == "en-gb"
    assert by_value["42"]["datatype"].endswith("#integer")
    assert by_value["quote \" backslash \\ tab \t line\nbreak"]["type"] == "literal"
    blank = next(r for r in whole.rows if r["o"]["type"] == "bnode")
    assert blank["more"] == {"type": "literal", "value": "on a blank node"}
    assert [r["n"]["value"] for r in whole.rows if "n" in r] == ["43"]
