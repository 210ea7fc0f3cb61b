"""The SPARQL 1.1 Protocol's normative cases, checked one by one against `accord serve` on 127.0.0.1.

The W3C protocol test suite cannot be fetched here, so each case below restates one of its rules (the section of
the recommendation is named); README's reliability section lists where accord answers differently.
"""

from __future__ import annotations

import httpx
import pytest
from conftest import SERVE_TOKEN

DOC = "https://w3id.org/accord/id/doc/north-korea-russia-alliance"
ONTOLOGY = "https://w3id.org/accord/id/graph/ontology"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DIRECT = {"Content-Type": "application/sparql-query"}


def _count(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_query_via_get_form_and_direct_post_give_the_same_answer(server: str) -> None:   # 2.1.1, 2.1.2, 2.1.3
    by_get = _count(httpx.get(server + "/sparql", params={"query": COUNT}))
    by_form = _count(httpx.post(server + "/sparql", data={"query": COUNT}))
    by_direct = _count(httpx.post(server + "/sparql", content=COUNT, headers=DIRECT))
    assert by_get == by_form == by_direct > 0


def test_default_graph_uri_sets_the_default_graph(server: str) -> None:   # 2.1.4
    in_doc = _count(httpx.get(server + "/sparql", params={
        "query": f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DOC}> {{ ?s ?p ?o }} }}"}))
    union = _count(httpx.get(server + "/sparql", params={"query": COUNT}))
    assert 0 < in_doc < union
    for send in (lambda p: httpx.get(server + "/sparql", params={"query": COUNT, **p}),
                 lambda p: httpx.post(server + "/sparql", data={"query": COUNT, **p}),
                 lambda p: httpx.post(server + "/sparql", params=p, content=COUNT, headers=DIRECT)):
        assert _count(send({"default-graph-uri": DOC})) == in_doc
    both = httpx.get(server + "/sparql", params=[("query", COUNT), ("default-graph-uri", DOC),
                                                 ("default-graph-uri", ONTOLOGY)])
    ontology = _count(httpx.get(server + "/sparql", params={"query": COUNT, "default-graph-uri": ONTOLOGY}))
    assert _count(both) == in_doc + ontology


def test_named_graph_uri_limits_the_named_graphs(server: str) -> None:   # 2.1.4
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    every = httpx.get(server + "/sparql", params={"query": query}).json()["results"]["bindings"]
    assert len(every) > 1
    one = httpx.get(server + "/sparql", params={"query": query, "named-graph-uri": DOC, "default-graph-uri": DOC})
    assert one.status_code == 200
    assert [b["g"]["value"] for b in one.json()["results"]["bindings"]] == [DOC]


def test_a_dataset_iri_that_is_not_an_iri_is_400(server: str) -> None:
    response = httpx.get(server + "/sparql", params={"query": COUNT, "default-graph-uri": "not an iri"})
    assert response.status_code == 400 and response.text.strip()


def test_update_via_form_and_direct_post(server: str) -> None:   # 2.2.1, 2.2.2
    auth = {"Authorization": f"Bearer {SERVE_TOKEN}"}
    graph = "http://example.org/protocol-test"
    ask = f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    insert = f"INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/s> <http://example.org/p> 'o' }} }}"
    assert httpx.post(server + "/sparql", data={"update": insert}, headers=auth, timeout=60).status_code == 204
    assert httpx.get(server + "/sparql", params={"query": ask}).json()["boolean"] is True
    done = httpx.post(server + "/sparql", content=f"DROP GRAPH <{graph}>", timeout=60,
                      headers={**auth, "Content-Type": "application/sparql-update"})
    assert done.status_code == 204
    assert httpx.get(server + "/sparql", params={"query": ask}).json()["boolean"] is False


@pytest.mark.parametrize("send, status", [
    # 2.1 / 2.2: exactly one query or update per request
    (lambda s: httpx.post(s + "/sparql", content="", headers={"Content-Type": "application/x-www-form-urlencoded"}),
     400),
    (lambda s: httpx.post(s + "/sparql", data={"format": "json"}), 400),
    (lambda s: httpx.get(s + "/sparql", params={"default-graph-uri": DOC}), 400),
    (lambda s: httpx.get(s + "/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")]), 400),
    (lambda s: httpx.post(s + "/sparql", data={"query": ["ASK {}", "ASK {}"]}), 400),
    (lambda s: httpx.post(s + "/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"}), 400),
    (lambda s: httpx.post(s + "/sparql", params={"query": "ASK {}"}, content="ASK {}", headers=DIRECT), 400),
    # 2.2: an update is POSTed, never sent by GET; a query body is not an update and the other way round
    (lambda s: httpx.get(s + "/sparql", params={"update": "CLEAR ALL"}), 400),
    (lambda s: httpx.post(s + "/sparql", content="CLEAR ALL", headers=DIRECT), 400),
    (lambda s: httpx.post(s + "/sparql", content="ASK {}", timeout=60,
                          headers={"Content-Type": "application/sparql-update",
                                   "Authorization": f"Bearer {SERVE_TOKEN}"}), 400),
    # 2.2: accord does not take the update's dataset from parameters, and says so rather than ignore them
    (lambda s: httpx.post(s + "/sparql", data={"update": "CLEAR ALL", "using-graph-uri": DOC},
                          headers={"Authorization": f"Bearer {SERVE_TOKEN}"}), 400),
    # 2.1.3 / 2.2.2: the media type of a POST body says what it is
    (lambda s: httpx.post(s + "/sparql", content="ASK {}", headers={"Content-Type": "text/plain"}), 415),
    (lambda s: httpx.post(s + "/sparql", content="ASK {}"), 415),
    # methods other than GET and POST
    (lambda s: httpx.put(s + "/sparql", content="ASK {}", headers=DIRECT), 405),
    (lambda s: httpx.delete(s + "/sparql"), 405),
    # 2.1.5: a query that does not parse
    (lambda s: httpx.get(s + "/sparql", params={"query": "SELECT * WHERE { ?s ?p "}), 400),
    (lambda s: httpx.post(s + "/sparql", content=b"\xff\xfe ASK {}", headers=DIRECT), 400),
    # an update without the token, or with a token in another scheme
    (lambda s: httpx.post(s + "/sparql", content="CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
     401),
    (lambda s: httpx.post(s + "/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": f"Basic {SERVE_TOKEN}"}),
     401),
    (lambda s: httpx.post(s + "/sparql", data={"update": "CLEAR ALL"}, headers={"Authorization": "Bearer"}), 401),
])
def test_protocol_errors(server: str, send, status: int) -> None:
    response = send(server)
    assert response.status_code == status, response.text
    if status != 405:
        assert response.text.strip() and "\n" not in response.text.strip()
    assert _count(httpx.get(server + "/sparql", params={"query": COUNT})) > 0   # the store is untouched


def test_get_without_a_query_is_the_service_description(server: str) -> None:
    response = httpx.get(server + "/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and "sd:Service" in response.text
