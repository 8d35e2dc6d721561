# Aggregates the named queries read, recomputed after every build and removal (plain SPARQL 1.1 Update, so any
# store can run it). Counting and labelling happen here once, not in every query.
# An operation reads either the article graphs (GRAPH ?var, with patterns that match nothing in the stats graph)
# or the stats graph, never both: kg's own store works the update out beside it, the stats graph still as it was,
# then writes the new one in one write (kg.store.LocalStore.update_graph).
DROP SILENT GRAPH <https://w3id.org/kg-news/id/graph/stats> ;
# one node per (level, subject, relation, object) of asserted statements: how many, their Goldstein sum
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    ?stat a kg:RelationStat ; kg:level ?level ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kg:statements ?n ; kg:goldsteinSum ?sum } }
WHERE {
  { SELECT ?level ?s ?p ?o (COUNT(?st) AS ?n) (SUM(COALESCE(?g, 0)) AS ?sum) WHERE {
      GRAPH ?graph { ?st a kg:Statement ; kg:level ?level ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                         kg:negated false ; kg:hedged false . }
      OPTIONAL { GRAPH <https://w3id.org/kg-news/id/graph/ontology> { ?p kg:goldstein ?g } }
    } GROUP BY ?level ?s ?p ?o }
  BIND(IRI(CONCAT("https://w3id.org/kg-news/id/stat/", MD5(CONCAT(?level, STR(?s), STR(?p), STR(?o))))) AS ?stat)
} ;
# one display label per entity that appears in a statement, in English (kg:displayLabel: the preferred English
# name, else any English label, else the Japanese ones, else the IRI) and in Japanese (kg:displayLabelJa)
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?e kg:displayLabel ?label ; kg:displayLabelJa ?labelJa } }
WHERE {
  { SELECT DISTINCT ?e WHERE { GRAPH ?graph { ?st a kg:Statement ; kg:negated false ; kg:hedged false .
      { ?st rdf:subject ?e } UNION { ?st rdf:object ?e } } } }
  OPTIONAL { SELECT ?e (SAMPLE(?l) AS ?pen) WHERE { GRAPH ?g { ?e skos:prefLabel ?l . FILTER(lang(?l) = "en") } } GROUP BY ?e }
  OPTIONAL { SELECT ?e (SAMPLE(?l) AS ?pja) WHERE { GRAPH ?g { ?e skos:prefLabel ?l . FILTER(lang(?l) = "ja") } } GROUP BY ?e }
  OPTIONAL { SELECT ?e (SAMPLE(?l) AS ?en) WHERE { GRAPH ?g { ?e rdfs:label ?l . FILTER(lang(?l) = "en") } } GROUP BY ?e }
  OPTIONAL { SELECT ?e (SAMPLE(?l) AS ?ja) WHERE { GRAPH ?g { ?e rdfs:label ?l . FILTER(lang(?l) = "ja") } } GROUP BY ?e }
  BIND(COALESCE(?pen, ?en, ?pja, ?ja, STR(?e)) AS ?label)
  BIND(COALESCE(?pja, ?ja, ?pen, ?en, STR(?e)) AS ?labelJa)
} ;
# country pairs: the balance of cooperation and conflict
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    ?pair a kg:PairStat ; rdf:subject ?s ; rdf:object ?o ; kg:statements ?n ; kg:goldsteinSum ?sum } }
WHERE {
  { SELECT ?s ?o (SUM(?n1) AS ?n) (SUM(?sum1) AS ?sum) WHERE {
      GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?x a kg:RelationStat ; kg:level "country" ; rdf:subject ?s ;
          rdf:object ?o ; rdf:predicate ?p ; kg:statements ?n1 ; kg:goldsteinSum ?sum1 . }
      FILTER(?p != kg:affiliatedWith)
    } GROUP BY ?s ?o }
  BIND(IRI(CONCAT("https://w3id.org/kg-news/id/pair/", MD5(CONCAT(STR(?s), " ", STR(?o))))) AS ?pair)
} ;
# statements per article, with the article's headline and source beside them (the articles query reads one node)
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?a kg:articleStatements ?n ; schema:headline ?h ; schema:url ?src } }
WHERE {
  { SELECT ?a (COUNT(?st) AS ?n) WHERE {
      GRAPH ?graph { ?a a kg:NewsArticle . OPTIONAL { ?st kg:article ?a } } } GROUP BY ?a }
  GRAPH ?g { ?a a kg:NewsArticle ; schema:headline ?h ; schema:url ?src }
} ;
# actor-level relations per subject (the most-active query)
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?s kg:actorRelations ?n } }
WHERE {
  { SELECT ?s (SUM(?n1) AS ?n) WHERE {
      GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?x a kg:RelationStat ; kg:level "actor" ; rdf:subject ?s ;
          rdf:predicate ?p ; kg:statements ?n1 . }
      FILTER(?p != kg:affiliatedWith)
    } GROUP BY ?s }
} ;
# pairs where one side both supports and acts against the other (the contradictions query)
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    ?c a kg:Contradiction ; rdf:subject ?s ; rdf:object ?o ; kg:conflict ?p ; kg:subjectLabel ?sl ; kg:objectLabel ?ol ;
       kg:subjectLabelJa ?slJa ; kg:objectLabelJa ?olJa } }
WHERE {
  GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    ?support a kg:RelationStat ; rdf:predicate kg:supports ; kg:level "country" ; rdf:subject ?s ; rdf:object ?o .
    ?against a kg:RelationStat ; rdf:subject ?s ; rdf:object ?o ; kg:level "country" ; rdf:predicate ?p .
    FILTER(?p IN (kg:criticizes, kg:opposes, kg:accuses, kg:sanctions, kg:warns, kg:threatens))
    ?s kg:displayLabel ?sl ; kg:displayLabelJa ?slJa . ?o kg:displayLabel ?ol ; kg:displayLabelJa ?olJa . }
  BIND(IRI(CONCAT("https://w3id.org/kg-news/id/contradiction/", MD5(CONCAT(STR(?s), " ", STR(?o), " ", STR(?p))))) AS ?c)
} ;
# the pairs the balance query shows: the 100 most conflictual and the 100 most cooperative
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?pair kg:shownInBalance true } }
WHERE {
  GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    { SELECT ?pair WHERE { ?pair a kg:PairStat ; kg:goldsteinSum ?g . FILTER(?g < 0) } ORDER BY ?g ?pair LIMIT 100 }
    UNION
    { SELECT ?pair WHERE { ?pair a kg:PairStat ; kg:goldsteinSum ?g . FILTER(?g >= 0) } ORDER BY DESC(?g) ?pair LIMIT 100 }
  }
} ;
# the display labels of both ends on the nodes that queries show (the pairs of balance, who warned whom), so
# that a query reads one node per row; every entity keeps its own display labels above
INSERT { GRAPH <https://w3id.org/kg-news/id/graph/stats> { ?x kg:subjectLabel ?sl ; kg:objectLabel ?ol ;
    kg:subjectLabelJa ?slJa ; kg:objectLabelJa ?olJa } }
WHERE {
  GRAPH <https://w3id.org/kg-news/id/graph/stats> {
    { ?x kg:shownInBalance true } UNION { ?x a kg:RelationStat ; rdf:predicate kg:warns ; kg:level "country" }
    ?x rdf:subject ?s ; rdf:object ?o .
    ?s kg:displayLabel ?sl ; kg:displayLabelJa ?slJa . ?o kg:displayLabel ?ol ; kg:displayLabelJa ?olJa . }
}
