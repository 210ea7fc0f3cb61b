"""The SPARQL queries accord asks Wikidata's endpoint about its entities, and the rows they return."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

WD = "http://www.wikidata.org/entity/"
UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Statement kinds: the value of ?what in the statements query, and the role names people.tsv uses.
OFFICES = ("head_of_state", "head_of_government", "foreign_minister")

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX p: <http://www.wikidata.org/prop/>
PREFIX ps: <http://www.wikidata.org/prop/statement/>
PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
PREFIX wikibase: <http://wikiba.se/ontology#>
PREFIX schema: <http://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# Labels and descriptions in the six official languages of the United Nations.
LABELS = PREFIXES + """SELECT ?item ?what ?text WHERE {
  { ?item rdfs:label ?text . BIND("label" AS ?what) }
  UNION
  { ?item schema:description ?text . BIND("description" AS ?what) }
  FILTER(LANG(?text) IN ("ar", "en", "es", "fr", "ru", "zh"))
}"""

# Plain (truthy) facts, and the English Wikipedia article that gives the DBpedia resource.
FACTS = PREFIXES + """SELECT ?item ?what ?value WHERE {
  {
    VALUES (?p ?what) { (wdt:P31 "instance_of") (wdt:P36 "capital") (wdt:P297 "iso2") (wdt:P298 "iso3")
                        (wdt:P1566 "geonames") (wdt:P625 "coordinates") }
    ?item ?p ?value .
  } UNION {
    ?value schema:about ?item ; schema:isPartOf <https://en.wikipedia.org/> . BIND("enwiki" AS ?what)
  }
}"""

# Full statements with their start and end qualifiers (and the dates' precision), not the truthy values:
# a head of state who left office is only a statement with an end time, never a wdt: triple.
STATEMENTS = PREFIXES + """SELECT ?item ?what ?value ?valueLabel ?start ?startPrecision ?end ?endPrecision WHERE {
  {
    VALUES (?p ?ps ?what) { (p:P35 ps:P35 "head_of_state") (p:P6 ps:P6 "head_of_government")
                            (p:P463 ps:P463 "member_of") (p:P530 ps:P530 "diplomatic_relation") }
    ?item ?p ?st . ?st ?ps ?value .
  } UNION {
    ?value p:P39 ?st . ?st ps:P39 ?position .
    ?position (wdt:P31|wdt:P279)/wdt:P279* wd:Q7330070 ; wdt:P1001 ?item .
    BIND("foreign_minister" AS ?what)
  }
  FILTER NOT EXISTS { ?st wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?st pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision ] }
  OPTIONAL { ?st pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision ] }
  OPTIONAL { ?value rdfs:label ?valueLabel FILTER(LANG(?valueLabel) = "en") }
}"""

QUERIES = {"labels": LABELS, "facts": FACTS, "statements": STATEMENTS}


def with_items(query: str, qids: Iterable[str]) -> str:
    """`query` with a VALUES block binding ?item to each Wikidata entity, first in its WHERE clause.

    >>> with_items("SELECT ?item WHERE { ?item ?p ?o }", ["Q159", "Q423"]).splitlines()[1]
    '  VALUES ?item { <http://www.wikidata.org/entity/Q159> <http://www.wikidata.org/entity/Q423> }'
    """
    return with_values(query, "item", [ox.NamedNode(WD + q) for q in qids])


def with_values(query: str, name: str, terms: Iterable[ox.NamedNode | ox.Literal]) -> str:
    """`query` with `VALUES ?name { ... }` first in its WHERE clause, the terms written by pyoxigraph.

    First, not after the query: Virtuoso 7.2 does not join a trailing VALUES into the branches of a UNION, and
    answers for entities nobody asked about.

    >>> with_values("SELECT * WHERE { ?s ?p ?text }", "text", [ox.Literal('a "b"', language="en")]).splitlines()[1]
    '  VALUES ?text { "a \\\\"b\\\\""@en }'
    """
    head, sep, tail = query.partition("WHERE {")
    if not sep or not name.isidentifier():
        raise ValueError("want a query with 'WHERE {' and a variable name")
    return f"{head}WHERE {{\n  VALUES ?{name} {{ {' '.join(str(t) for t in terms)} }}\n{tail}"


def qid(value: str) -> str | None:
    """The Q-id of a Wikidata entity IRI, else None.

    >>> qid("http://www.wikidata.org/entity/Q159"), qid("http://example.org/Q1")
    ('Q159', None)
    """
    if value.startswith(WD) and value[len(WD):][:1] == "Q" and value[len(WD) + 1:].isdigit():
        return value[len(WD):]
    return None
