"""The SPARQL 1.1 service description that the endpoint returns to a GET without a query."""

from __future__ import annotations

import pyoxigraph as ox

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "TriG", "JSON-LD", "RDF_XML")


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def service_description(endpoint: str, named_graphs: list[str], *, updates: bool, federated: bool) -> list[ox.Triple]:
    """Triples describing the endpoint: languages, result formats, features and its dataset's named graphs.

    >>> triples = service_description("http://127.0.0.1:8000/sparql", ["https://w3id.org/accord/id/doc/d"],
    ...                               updates=False, federated=False)
    >>> any(t.predicate.value == SD + "name" for t in triples)
    True
    """
    service = ox.NamedNode(endpoint)
    dataset, default = ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), service),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default),
        ox.Triple(default, RDF_TYPE, _sd("Graph")),
    ]
    triples += [ox.Triple(service, _sd("resultFormat"), ox.NamedNode(FORMATS + f)) for f in RESULT_FORMATS]
    if updates:
        triples.append(ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Update")))
    if federated:
        triples.append(ox.Triple(service, _sd("feature"), _sd("BasicFederatedQuery")))
    for name in named_graphs:
        node = ox.BlankNode()
        triples += [ox.Triple(dataset, _sd("namedGraph"), node), ox.Triple(node, RDF_TYPE, _sd("NamedGraph")),
                    ox.Triple(node, _sd("name"), ox.NamedNode(name))]
    return triples
