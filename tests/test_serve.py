"""accord serve over HTTP on 127.0.0.1: the SPARQL 1.1 Protocol, graph store reads, limits, CORS and stored queries."""

from __future__ import annotations

import csv
import io
import json
import time

import httpx
import pyoxigraph as ox
import pytest
from conftest import SERVE_ROW_CAP, SERVE_TOKEN

from accord import queries

STATES = "SELECT ?s WHERE { ?s a acc:State } ORDER BY ?s"
DOC = "https://w3id.org/accord/id/doc/north-korea-russia-alliance"
# Every triple against every triple against every triple: far more work than a 1 s limit allows.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _bindings(response: httpx.Response) -> list[dict]:
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def test_query_by_get(server: str) -> None:
    rows = _bindings(httpx.get(server + "/sparql", params={"query": STATES}))
    assert {"https://w3id.org/accord/id/actor/Q159", "https://w3id.org/accord/id/actor/Q423"} <= \
        {r["s"]["value"] for r in rows}


def test_query_by_post_in_both_encodings(server: str) -> None:
    form = httpx.post(server + "/sparql", data={"query": STATES})
    direct = httpx.post(server + "/sparql", content=STATES, headers={"Content-Type": "application/sparql-query"})
    assert _bindings(form) == _bindings(direct) != []
    refused = httpx.post(server + "/sparql", content=STATES, headers={"Content-Type": "text/plain"})
    assert refused.status_code == 415


@pytest.mark.parametrize(("accept", "media_type", "parse_format"), [
    ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", "text/csv", None),
    ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_results_by_content_negotiation(server: str, accept: str, media_type: str, parse_format) -> None:
    response = httpx.get(server + "/sparql", params={"query": STATES}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    if parse_format is None:  # CSV is lossy: pyoxigraph does not read it back
        solutions = list(csv.DictReader(io.StringIO(response.text)))
    else:
        solutions = list(ox.parse_query_results(response.content, format=parse_format))
    assert len(solutions) >= 2


def test_ask_answers(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": "ASK { ?a a acc:Alliance }"})
    assert response.json()["boolean"] is True


@pytest.mark.parametrize(("accept", "rdf_format"), [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/trig", ox.RdfFormat.TRIG), ("application/ld+json", ox.RdfFormat.JSON_LD),
])
def test_construct_graphs_by_content_negotiation(server: str, accept: str, rdf_format) -> None:
    query = "CONSTRUCT { ?s a acc:State } WHERE { ?s a acc:State }"
    response = httpx.post(server + "/sparql", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(accept)
    triples = list(ox.parse(response.content, format=rdf_format))
    assert ox.NamedNode("https://w3id.org/accord/id/actor/Q159") in {t.subject for t in triples}


def test_unacceptable_media_type_is_406(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": STATES}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_format_parameter_for_download_links(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": STATES, "format": "csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.splitlines()[0] == "s"


def test_syntax_error_is_400_with_a_message(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": "SELECT WHERE {"})
    assert response.status_code == 400
    assert "syntax" in response.text.lower()


def test_service_description_at_the_endpoint(server: str) -> None:
    response = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    triples = [(q.subject, q.predicate, q.object) for q in ox.parse(response.content, format=ox.RdfFormat.TURTLE)]
    sd = "http://www.w3.org/ns/sparql-service-description#"
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    assert (ox.NamedNode(server + "/sparql"), rdf_type, ox.NamedNode(sd + "Service")) in triples
    assert ox.NamedNode(DOC) in {o for _, p, o in triples if p.value == sd + "name"}
    assert ox.NamedNode(sd + "SPARQL11Update") in {o for _, _, o in triples}


def test_graph_store_reads_a_named_graph(server: str) -> None:
    response = httpx.get(server + "/graphs", params={"graph": DOC}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    triples = list(ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES))
    assert len(triples) == SERVE_ROW_CAP and response.headers["accord-truncated"] == str(SERVE_ROW_CAP)
    missing = httpx.get(server + "/graphs", params={"graph": "http://example.org/none"})
    assert missing.status_code == 404
    assert httpx.put(server + "/graphs", params={"graph": DOC}, content=b"").status_code == 405
    assert httpx.get(server + "/graphs").status_code == 400
    assert httpx.get(server + "/graphs", params={"graph": "not an iri"}).status_code == 400


def test_graph_store_reads_the_ontology_graph_as_turtle(server: str) -> None:
    response = httpx.get(server + "/graphs", params={"graph": "https://w3id.org/accord/id/graph/ontology"})
    assert response.headers["content-type"].startswith("text/turtle")
    assert list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))


def test_updates_need_the_token(server: str) -> None:
    update = "INSERT DATA { GRAPH <http://example.org/served-test> { <http://example.org/a> <http://example.org/p> 1 } }"
    assert httpx.post(server + "/sparql", data={"update": update}).status_code == 401
    wrong = httpx.post(server + "/sparql", data={"update": update}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403
    assert httpx.get(server + "/sparql", params={"update": update}).status_code == 400
    auth = {"Authorization": f"Bearer {SERVE_TOKEN}"}
    done = httpx.post(server + "/sparql", content=update, headers={**auth, "Content-Type": "application/sparql-update"},
                      timeout=60)
    assert done.status_code == 204, done.text
    ask = "ASK { GRAPH <http://example.org/served-test> { ?s ?p ?o } }"
    assert httpx.get(server + "/sparql", params={"query": ask}).json()["boolean"] is True
    dropped = httpx.post(server + "/sparql", data={"update": "DROP GRAPH <http://example.org/served-test>"},
                         headers=auth, timeout=60)
    assert dropped.status_code == 204
    assert httpx.get(server + "/sparql", params={"query": ask}).json()["boolean"] is False


def test_load_from_a_non_allowed_endpoint_is_refused(server: str) -> None:
    response = httpx.post(server + "/sparql", data={"update": "LOAD <http://127.0.0.1:1/data.ttl>"},
                          headers={"Authorization": f"Bearer {SERVE_TOKEN}"})
    assert response.status_code == 403
    assert "allow" in response.text


def test_updates_are_refused_without_a_configured_token(plain_server: str) -> None:
    response = httpx.post(plain_server + "/sparql", data={"update": "CLEAR ALL"},
                          headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403
    assert "disabled" in response.text


def test_time_limit_ends_the_query_not_the_server(server: str) -> None:
    start = time.monotonic()
    response = httpx.post(server + "/sparql", data={"query": CARTESIAN}, timeout=30)
    assert response.status_code == 503
    assert "time limit" in response.text
    assert time.monotonic() - start < 10
    # Both the other worker and the replacement answer at once.
    for _ in range(4):
        assert _bindings(httpx.get(server + "/sparql", params={"query": STATES}, timeout=30))


def test_row_cap_cuts_the_result_and_says_so(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert len(_bindings(response)) == SERVE_ROW_CAP
    assert response.headers["accord-truncated"] == str(SERVE_ROW_CAP)
    small = httpx.get(server + "/sparql", params={"query": STATES})
    assert "accord-truncated" not in small.headers


def test_deep_nesting_is_refused_and_the_server_lives(server: str) -> None:
    text = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    response = httpx.post(server + "/sparql", content=text, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert "nests" in response.text
    assert _bindings(httpx.get(server + "/sparql", params={"query": STATES}))


def test_huge_query_is_refused(server: str) -> None:
    text = "SELECT * WHERE { ?s ?p ?o }" + " " * 400_000
    response = httpx.post(server + "/sparql", content=text, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


def test_service_only_to_allowed_endpoints(server: str, remote_sparql: str) -> None:
    refused = httpx.get(server + "/sparql", params={
        "query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"})
    assert refused.status_code == 403
    allowed = httpx.get(server + "/sparql", params={"query": f"SELECT ?x WHERE {{ SERVICE <{remote_sparql}> {{ ?x ?p ?o }} }}"},
                        timeout=30)
    assert [b["x"]["value"] for b in _bindings(allowed)] == ["from afar"]


def test_cors_for_browsers(server: str) -> None:
    origin = {"Origin": "http://notebook.example"}
    simple = httpx.get(server + "/sparql", params={"query": STATES}, headers=origin)
    assert simple.headers["access-control-allow-origin"] == "*"
    preflight = httpx.options(server + "/sparql", headers={**origin, "Access-Control-Request-Method": "POST",
                                                           "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_stored_query_endpoint_in_json_and_csv(server: str) -> None:
    as_json = httpx.get(server + "/queries/allies_of", params={"actor": "Q159"})
    assert as_json.status_code == 200
    assert {row["ally"] for row in as_json.json()} == {"North Korea"}
    as_csv = httpx.get(server + "/queries/allies_of", params={"actor": "Q159"}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    assert {row["ally"] for row in rows} == {"North Korea"}
    assert httpx.get(server + "/queries/allies_of").status_code == 400
    assert httpx.get(server + "/queries/allies_of", params={"actor": "Q159", "nope": "1"}).status_code == 400
    assert httpx.get(server + "/queries/no_such_query").status_code == 404


def test_network_query_for_the_picture(server: str) -> None:
    rows = httpx.get(server + "/queries/network", params={"actor": "Q159"}).json()
    quads = {r["quad"] for r in rows}
    assert {"alliance", "MaterialConflict", "VerbalConflict", "actsFor"} <= quads
    assert {r["source_kind"] for r in rows if r["source_label"] == "United States"} == {"state"}


def test_openapi_describes_every_stored_query(server: str) -> None:
    doc = httpx.get(server + "/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for stored in queries.catalogue().values():
        operation = doc["paths"][f"/queries/{stored.name}"]["get"]
        names = {p["name"] for p in operation["parameters"]}
        assert {p.name for p in stored.params} | {"format"} == names
    listed = httpx.get(server + "/queries").json()
    assert {q["name"] for q in listed} == set(queries.catalogue())
    assert json.dumps(doc)


def test_the_query_page_is_served(server: str) -> None:
    page = httpx.get(server + "/")
    assert page.status_code == 200 and "<svg" in page.text
    assert httpx.get(server + "/static/app.js").status_code == 200


def test_serve_without_a_store_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    from accord.cli import main

    assert main(["serve", "--store", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "no store" in err and err.count("\n") == 1
