"""The Virtuoso test harness itself: a graph loaded into the real server comes back from its endpoints."""

from __future__ import annotations

import urllib.parse
import urllib.request

import pytest
from virtuoso import Virtuoso, VirtuosoError

GRAPH = "http://example.org/harness"
DATA = """
@prefix ex: <http://example.org/> .
ex:a ex:name "Ä"@de, "A"@en ; ex:n 3 .
"""


def test_load_then_query_back(virtuoso: Virtuoso):
    virtuoso.load(DATA, GRAPH)
    rows = virtuoso.select("SELECT ?o (LANG(?o) AS ?lang) WHERE { GRAPH <http://example.org/harness> "
                           "{ ?s <http://example.org/name> ?o } } ORDER BY ?lang")
    assert rows == [{"o": "Ä", "lang": "de"}, {"o": "A", "lang": "en"}]


def test_update_isql_and_clear(virtuoso: Virtuoso):
    virtuoso.load(DATA, GRAPH)
    virtuoso.update("INSERT DATA { GRAPH <http://example.org/harness> { <http://example.org/b> <http://example.org/n> 4 } }")
    out = virtuoso.isql("SPARQL SELECT COUNT(*) FROM <http://example.org/harness> WHERE { ?s <http://example.org/n> ?n };")
    assert "\n2\n" in out
    virtuoso.clear(GRAPH)
    virtuoso.clear(GRAPH)  # a missing graph is not an error
    assert virtuoso.select("SELECT * WHERE { GRAPH <http://example.org/harness> { ?s ?p ?o } }") == []


def test_anonymous_endpoint_refuses_updates(virtuoso: Virtuoso):
    body = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <http://example.org/harness> { <x:a> <x:b> <x:c> } }"})
    with pytest.raises(VirtuosoError, match="HTTP 5"):
        virtuoso._send(urllib.request.Request(virtuoso.query_url, data=body.encode(), method="POST"), auth=False)
    assert virtuoso.select("SELECT * WHERE { GRAPH <http://example.org/harness> { <x:a> ?p ?o } }") == []
