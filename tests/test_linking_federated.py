"""Federated stored queries and reconciliation against the Wikidata-shaped Virtuoso; refusals without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from virtuoso import Virtuoso

from accord import KnowledgeGraph
from accord.errors import LinkError
from accord.linking import Client, federated, reconcile
from accord.linking.links import read_reviewed
from accord.namespaces import ACC

FIXTURE = Path(__file__).parent / "data" / "wikidata" / "fixture.ttl"
WDQS = "https://query.wikidata.org/sparql"


@pytest.fixture(scope="module")
def wikidata(virtuoso: Virtuoso) -> Virtuoso:
    virtuoso.load(FIXTURE.read_text(encoding="utf-8"), "http://www.wikidata.org/")
    return virtuoso


def _client(v: Virtuoso):
    return lambda endpoint: Client(endpoint, allowed=(v.query_url,), interval=0, deadline=10)


def test_allies_with_population_and_head_of_state(sample_kg: KnowledgeGraph, wikidata: Virtuoso) -> None:
    rows = federated.run(sample_kg.store, "allies_with_wikidata", {"actor": "Russia"},
                         resolve_actor=sample_kg.resolve_actor, endpoints={WDQS: wikidata.query_url},
                         client=_client(wikidata))
    assert list(rows) == [{"ally": "North Korea", "population": 26000000, "head_of_state": "Kim Jong Un"}]


def test_sanctions_by_continent(sample_kg: KnowledgeGraph, wikidata: Virtuoso) -> None:
    rows = federated.run(sample_kg.store, "sanctions_by_continent", {}, endpoints={WDQS: wikidata.query_url},
                         client=_client(wikidata))
    assert [(r["continent"], r["sanctions"], sorted(r["states"].split(", "))) for r in rows] == [
        ("Asia", 1, ["North Korea", "Russia"]), ("Europe", 1, ["Russia"])]


def test_federated_refuses_an_endpoint_off_the_allow_list(sample_kg: KnowledgeGraph, monkeypatch) -> None:
    monkeypatch.delenv("ACCORD_ENDPOINTS", raising=False)
    with pytest.raises(LinkError, match="not on the allow-list"):
        federated.run(sample_kg.store, "sanctions_by_continent", {}, endpoints={WDQS: "http://127.0.0.1:9/sparql"})


def test_federated_fails_clearly_when_the_endpoint_is_down(sample_kg: KnowledgeGraph) -> None:
    down = "http://127.0.0.1:9/sparql"   # the discard port: nothing listens
    with pytest.raises(LinkError, match=r"'sanctions_by_continent' needs http://127.0.0.1:9/sparql, which failed: "
                                        r"cannot reach the endpoint"):
        federated.run(sample_kg.store, "sanctions_by_continent", {}, endpoints={WDQS: down},
                      client=lambda e: Client(e, allowed=(down,), interval=0, deadline=2, backoff=0.1))


def test_every_federated_query_has_a_join_and_one_service() -> None:
    queries = federated.catalogue()
    assert set(queries) == {"allies_with_wikidata", "sanctions_by_continent"}
    assert all(q.service == WDQS and f"?{q.join}" in q.inner for q in queries.values())


def test_reconcile_scores_and_accepts_only_above_the_threshold(wikidata: Virtuoso, tmp_path: Path) -> None:
    kg = KnowledgeGraph.open()
    kg.ingest("On 2015-03-01 the diplomat Kerry met officials in Moscow.", id="note", published="2015-03-01")
    # Two actors without ids, as an ingest of names the gazetteer lacks leaves them.
    kg.store.load(_trig(), "trig")
    found = reconcile.candidates(kg.store, _client(wikidata)(wikidata.query_url))
    kerry = found["John Kerry"][0]
    assert (kerry.wikidata, kerry.score) == ("Q22316", 0.85)
    assert "existed on 2015-03-01" in kerry.evidence
    assert found["Moscow"][0].score < reconcile.THRESHOLD     # a name alone is not enough
    reviewed = tmp_path / "reviewed.tsv"
    added = reconcile.record(reconcile.accepted(found), by="test", path=reviewed)
    assert [(a.label, a.wikidata) for a in added] == [("John Kerry", "Q22316")]
    assert [(r.label, r.wikidata, r.kind) for r in read_reviewed(reviewed)] == [("John Kerry", "Q22316", "Person")]


def _trig() -> bytes:
    acc, rdfs = str(ACC), "http://www.w3.org/2000/01/rdf-schema#"
    return f"""
    <https://w3id.org/accord/id/doc/note> {{
      <https://w3id.org/accord/id/actor/john-kerry> a <{acc}Person> ; <{rdfs}label> "John Kerry" .
      <https://w3id.org/accord/id/actor/moscow> a <{acc}State> ; <{rdfs}label> "Moscow" .
      <https://w3id.org/accord/id/mention/x> <{acc}mentionOf> <https://w3id.org/accord/id/actor/john-kerry> ;
          <{acc}inDocument> <https://w3id.org/accord/id/doc/note> .
    }}""".encode()


@pytest.fixture
def sample_store(tmp_path: Path) -> str:
    from accord.cli import main

    path = str(tmp_path / "store")
    assert main(["--store", path, "ingest", str(Path(__file__).resolve().parents[1] / "data" / "documents")]) == 0
    return path


def test_cli_link_federated_and_reconcile_against_the_local_endpoint(
        sample_store: str, wikidata: Virtuoso, tmp_path: Path, monkeypatch, capsys) -> None:
    from accord.cli import main

    monkeypatch.setenv("ACCORD_ENDPOINTS", wikidata.query_url)
    url = wikidata.query_url
    capsys.readouterr()
    assert main(["--store", sample_store, "link", "--endpoint", url, "--cache", str(tmp_path / "c"),
                 "--interval", "0"]) == 0
    err = capsys.readouterr().err
    # every entity accord knows of (the gazetteer grows) came from the endpoint, none from cache or snapshot
    assert re.match(r"linked (\d+) entities: \1 refreshed, 0 from the cache, 0 from the shipped snapshot", err), err
    assert main(["--store", sample_store, "federated", "sanctions_by_continent", "--endpoint", url,
                 "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()   # GROUP_CONCAT's order is the engine's
    assert lines[0] == "continent,sanctions,states" and lines[2] == "Europe,1,Russia"
    assert lines[1] in ('Asia,1,"North Korea, Russia"', 'Asia,1,"Russia, North Korea"')
    assert main(["--store", sample_store, "link", "--reconcile", "--endpoint", url,
                 "--interval", "0"]) == 0   # every actor of the sample has an id: nothing to propose
    assert capsys.readouterr().out == ""


def test_cli_federated_with_the_endpoint_down(sample_store: str, monkeypatch, capsys) -> None:
    from accord.cli import main

    monkeypatch.setenv("ACCORD_ENDPOINTS", "http://127.0.0.1:9/sparql")
    capsys.readouterr()
    assert main(["--store", sample_store, "federated", "allies_with_wikidata", "-p", "actor=Q159",
                 "--endpoint", "http://127.0.0.1:9/sparql", "--deadline", "2"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: federated query 'allies_with_wikidata' needs http://127.0.0.1:9/sparql, "
                          "which failed: cannot reach the endpoint") and err.count("\n") == 1
