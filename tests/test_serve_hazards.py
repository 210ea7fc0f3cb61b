"""accord serve under hostile requests: the injection corpus over /queries/NAME, and queries that never end."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from accord import KnowledgeGraph, QueryError

from test_injection import PARAMS, PAYLOADS, others

STATES = "SELECT ?s WHERE { ?s a acc:State } ORDER BY ?s"


def _api(kg: KnowledgeGraph, name: str, params: dict[str, str]) -> tuple[int, str]:
    try:
        return 200, kg.query(name, **params).to_json()
    except QueryError as exc:
        return 400, str(exc)


def test_every_payload_through_every_stored_query_parameter_over_http(server: str, sample_kg: KnowledgeGraph
                                                                      ) -> None:
    # The server holds the same data as sample_kg; test_injection shows the API binds each payload as a value
    # (renamed-store oracle), so here HTTP must give exactly the API's rows, or its refusal as a one-line 400.
    tried = {200: 0, 400: 0}
    with httpx.Client(base_url=server, timeout=30) as client:
        for name, param in PARAMS:
            for payload in PAYLOADS:
                params = {param.name: payload, **others(name, param.name)}
                status, want = _api(sample_kg, name, params)
                got = client.get(f"/queries/{name}", params={**params, "format": "json"})
                assert got.status_code == status, (name, param.name, payload, got.text)
                if status == 200:
                    assert json.loads(got.text) == json.loads(want), (name, param.name, payload)
                else:
                    assert got.text == want + "\n", (name, param.name, payload)
                tried[status] += 1
    print(f"\nHTTP injection: {sum(tried.values())} requests ({len(PARAMS)} parameters x {len(PAYLOADS)} payloads): "
          f"{tried[200]} bound as the API binds them, {tried[400]} refused as the API refuses them")
    assert sum(tried.values()) == len(PARAMS) * len(PAYLOADS) and tried[200] >= 20 and tried[400] >= 500


@pytest.mark.parametrize("query", [
    # every node to every node, twice over: a cartesian product of two unbounded property paths
    "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:x:p>|!<urn:x:p>)* ?b . ?c (<urn:x:p>|!<urn:x:p>)* ?d }",
    "SELECT * WHERE { ?a (^rdf:type|rdf:type|!rdf:type)+ ?b . ?c ?d ?e } ORDER BY ?b ?e",
])
def test_unbounded_paths_end_at_the_time_limit_and_the_server_serves_on(server: str, query: str) -> None:
    started = time.monotonic()
    response = httpx.post(server + "/sparql", data={"query": query}, timeout=60)
    took = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert "time limit" in response.text and "\n" not in response.text.strip()
    assert took < 10, took
    print(f"\nunbounded query ended after {took:.2f} s (limit 1 s): {response.text.strip()}")
    for _ in range(4):
        assert httpx.get(server + "/sparql", params={"query": STATES}, timeout=30).status_code == 200
