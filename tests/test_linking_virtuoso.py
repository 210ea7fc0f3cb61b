"""accord link against a real Virtuoso loaded with Wikidata-shaped data: statements, qualifiers, labels, links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib.namespace import OWL, RDFS
from virtuoso import Virtuoso

from accord import KnowledgeGraph
from accord.linking import Client, link
from accord.linking.cache import Cache

FIXTURE = Path(__file__).parent / "data" / "wikidata" / "fixture.ttl"
ENTITIES = ["Q30", "Q159", "Q423", "Q649", "Q7747"]


@pytest.fixture(scope="module")
def wikidata(virtuoso: Virtuoso) -> Virtuoso:
    virtuoso.load(FIXTURE.read_text(encoding="utf-8"), "http://www.wikidata.org/")
    return virtuoso


@pytest.fixture(scope="module")
def linked(wikidata: Virtuoso, tmp_path_factory) -> tuple[KnowledgeGraph, object, Path]:
    kg = KnowledgeGraph.open()
    cache = tmp_path_factory.mktemp("cache")
    client = Client(wikidata.query_url, allowed=(wikidata.query_url,), interval=0, deadline=30)
    report = link(kg.store, cache_dir=cache, client=client, qids=ENTITIES, snapshot=None, batch=2)
    return kg, report, cache


def test_every_entity_refreshed_and_cached(linked) -> None:
    kg, report, cache = linked
    assert (report.refreshed, report.from_snapshot, report.failure) == (5, 0, None)
    assert Cache(cache).qids() == sorted(ENTITIES)


def test_tenures_come_from_qualified_statements(linked) -> None:
    kg, _, _ = linked
    rows = [(r["office"], r["holder"], r["start"], r["end"]) for r in kg.query("leaders_over_time", actor="Q159")]
    # the deprecated statement (Medvedev from 1999) is left out; Putin's current term has no end
    d = dt.date.fromisoformat
    assert rows == [("head of state", "Vladimir Putin", d("2000-05-07"), d("2008-05-07")),
                    ("head of state", "Dmitry Medvedev", d("2008-05-07"), d("2012-05-07")),
                    ("head of government", "Vladimir Putin", d("2008-05-08"), d("2012-05-07")),
                    ("head of state", "Vladimir Putin", d("2012-05-07"), None)]
    assert len({r["source"] for r in kg.query("leaders_over_time", actor="Q159")}) == 1


def test_foreign_minister_through_position_held(linked) -> None:
    kg, _, _ = linked
    rows = kg.query("leaders_over_time", actor="Q30")
    assert [(r["office"], r["holder"], r["start"], r["end"]) for r in rows] == [
        ("foreign minister", "John Kerry", dt.date(2013, 2, 1), dt.date(2017, 1, 20))]


def test_labels_in_the_six_un_languages_only(linked) -> None:
    kg, _, _ = linked
    rows = kg.sparql("SELECT (LANG(?l) AS ?lang) WHERE { GRAPH <https://w3id.org/accord/id/graph/enrichment> "
                     "{ <https://w3id.org/accord/id/actor/Q159> skos:prefLabel ?l } } ORDER BY ?lang")
    assert [r["lang"] for r in rows] == ["ar", "en", "es", "fr", "ru", "zh"]


def test_codes_capital_membership_relations_and_links(linked) -> None:
    kg, _, _ = linked
    russia = "<https://w3id.org/accord/id/actor/Q159>"
    facts = {(r["p"], r["o"]) for r in kg.sparql(
        f"SELECT ?p ?o WHERE {{ GRAPH ?g {{ {russia} ?p ?o }} FILTER(?g != <https://w3id.org/accord/id/graph/links/gazetteer>) }}")}
    acc, idn = "https://w3id.org/accord/ontology#", "https://w3id.org/accord/id/"
    assert {(acc + "iso3166Alpha2", "RU"), (acc + "iso3166Alpha3", "RUS"), (acc + "geonamesId", "2017370"),
            (acc + "capital", idn + "place/Q649"), (acc + "diplomaticRelation", idn + "actor/Q423"),
            (str(OWL.sameAs), "http://dbpedia.org/resource/Russia"),
            (str(RDFS.seeAlso), "https://sws.geonames.org/2017370/")} <= facts
    member = kg.sparql("SELECT ?org ?start ?end WHERE { ?m a acc:Membership ; acc:memberActor "
                       "<https://w3id.org/accord/id/actor/Q423> ; acc:organization ?org ; acc:startDate ?start "
                       "OPTIONAL { ?m acc:endDate ?end } }")
    assert [(r["org"], r["start"], r["end"]) for r in member] == [(idn + "actor/Q1065", dt.date(1991, 9, 17), None)]
    moscow = kg.sparql("SELECT ?lat ?same WHERE { <https://w3id.org/accord/id/place/Q649> schema:latitude ?lat ; "
                       "owl:sameAs ?same FILTER(STRSTARTS(STR(?same), 'https://sws')) }")
    assert [(round(float(r["lat"]), 3), r["same"]) for r in moscow] == [(55.756, "https://sws.geonames.org/524901/")]


def test_a_place_named_like_a_state_gets_no_same_as(linked) -> None:
    kg, _, _ = linked
    assert not kg.sparql("ASK { <https://w3id.org/accord/id/place/Q159> owl:sameAs ?x }")
    assert kg.sparql("ASK { GRAPH <https://w3id.org/accord/id/graph/links/gazetteer> { <https://w3id.org/accord/id/actor/Q159> "
                     "owl:sameAs wd:Q159 } }")


def test_every_retrieval_records_endpoint_time_and_query(linked, wikidata: Virtuoso) -> None:
    kg, _, _ = linked
    rows = kg.sparql("SELECT ?a (COUNT(DISTINCT ?q) AS ?queries) (SAMPLE(?src) AS ?source) (SAMPLE(?t) AS ?time) "
                     "WHERE { ?a a prov:Activity ; dcterms:source ?src ; prov:endedAtTime ?t ; acc:sparqlQuery ?q } "
                     "GROUP BY ?a")
    assert len(rows) == 3   # five entities in batches of two
    assert all(r["queries"] == 3 and r["source"] == wikidata.query_url for r in rows)
