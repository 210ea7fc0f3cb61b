"""Regression: with several documents naming the same actors, no stored query repeats a row.

An actor's label, class and relations are stored in the graph of every document that names it, and the union
default graph is a bag of all graphs' triples; queries that joined those facts across graphs returned each act
once per pair of documents naming its agent and target.
"""

from __future__ import annotations

import pytest

from accord import KnowledgeGraph, queries

from conftest import SAMPLE

TEXTS = {
    "one": "Russia imposed sanctions on Japan. Russia met Japan in Tokyo.",
    "two": "Russia praised China. North Korea and Russia signed an alliance.",
    "three": "Japan accused Russia of violating its airspace. Vladimir Putin met Kim Jong Un in Vladivostok.",
}
PARAMS = {"allies_of": {"actor": "Q159"}, "acts_by_actor": {"actor": "Q159"}, "acts_against_actor": {"actor": "Q17"},
          "actor_profile": {"actor": "Q159"}, "acts_by_type": {"type": "SANCTION"},
          "acts_by_quad_class": {"quad": "material-conflict"}, "acts_in_document": {"document": "one"},
          "leader_on_date": {"state": "Q159", "date": "2019-04-25"}, "leaders_over_time": {"actor": "Q159"},
          "network": {"actor": "Q159"}}


@pytest.fixture(scope="module")
def many() -> KnowledgeGraph:
    kg = KnowledgeGraph.open()
    kg.ingest(SAMPLE)
    for name, text in TEXTS.items():
        kg.ingest(text, id=name)
    return kg


@pytest.mark.parametrize("name", sorted(queries.catalogue()))
def test_no_row_is_repeated(many: KnowledgeGraph, name: str) -> None:
    params = dict(PARAMS.get(name, {}))
    if name == "act_evidence":
        params["act"] = many.query("acts_in_document", document="one")[0]["act"]
    rows = [tuple(r.values()) for r in many.query(name, **params)]
    assert len(rows) == len(set(rows))


def test_acts_by_actor_counts_each_act_once(many: KnowledgeGraph) -> None:
    pairs = many.sparql("SELECT DISTINCT ?act ?t WHERE { ?act acc:agent <https://w3id.org/accord/id/actor/Q159> . "
                        "OPTIONAL { ?act acc:target ?t } }")
    direct = [r for r in many.query("acts_by_actor", actor="Q159") if r["via"] == ""]
    assert len(direct) == len(pairs) > 1
