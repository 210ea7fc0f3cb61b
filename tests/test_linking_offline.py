"""Linking without a network: the shipped snapshot, the links graphs, the cache's atomic writes, the CLI, VoID."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import VOID

from accord import gazetteer
from accord.cli import main
from accord.linking import cache as cache_module
from accord.linking.cache import Cache, read_snapshot
from accord.linking.enrich import SNAPSHOT
from accord.linking.mapping import Entry, Retrieval
from accord.linking.snapshot import from_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "documents"


def test_snapshot_is_the_gazetteer_through_the_mapping_and_up_to_date() -> None:
    shipped = read_snapshot(SNAPSHOT)
    gaz = gazetteer.default()
    assert {e.qid for e in shipped} == set(gaz.entities)          # no id the gazetteer does not hold
    assert {(e.retrieval.source, e.retrieval.method) for e in shipped} == {("data/gazetteer", "gazetteer")}
    rebuilt = from_gazetteer(shipped[0].retrieval.retrieved)
    assert sorted(json.dumps(cache_module.entry_to_json(e), sort_keys=True) for e in rebuilt) == \
        sorted(json.dumps(cache_module.entry_to_json(e), sort_keys=True) for e in shipped), \
        "data/linking/snapshot.json is stale: run make snapshot"


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "store")
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0
    assert main(["--store", path, "link", "--offline", "--cache", str(tmp_path / "cache")]) == 0
    return path


def test_offline_link_gives_leaders_over_time(store: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--store", store, "query", "leaders_over_time", "-p", "actor=Q159", "--format", "tsv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[:4] == ["office", "holder", "start", "end"]
    assert "head of state\tDmitry Medvedev\t2008-05-07\t2012-05-07" in "\n".join(out)
    # The document and linking both state Putin's tenures: one tenure each, so one row each.
    holdings = [tuple(line.split("\t")[:3]) for line in out[1:]]
    assert len(holdings) == len(set(holdings))
    assert ("head of state", "Vladimir Putin", "2012-05-07") in holdings


def test_links_graph_links_every_gazetteer_entity_and_stays_consistent(store: str, capsys) -> None:
    capsys.readouterr()
    main(["--store", store, "sparql", "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH "
          "<https://w3id.org/accord/id/graph/links/gazetteer> { ?x owl:sameAs ?wd } }", "--format", "csv"])
    assert int(capsys.readouterr().out.split()[-1]) == len(gazetteer.default().entities)
    # A state named as a place is never owl:sameAs its Wikidata item (Place and Actor are disjoint) ...
    main(["--store", store, "sparql", "ASK { ?p a acc:Place ; owl:sameAs ?wd . ?a a acc:State ; owl:sameAs ?wd }"])
    assert capsys.readouterr().out.strip() == "false"
    # ... and nothing is typed both a place and an actor.
    main(["--store", store, "sparql", "ASK { ?x a acc:Place , ?c . ?c rdfs:subClassOf* acc:Actor }"])
    assert capsys.readouterr().out.strip() == "false"


def test_link_refuses_an_endpoint_off_the_allow_list(store: str, capsys, monkeypatch) -> None:
    monkeypatch.delenv("ACCORD_ENDPOINTS", raising=False)
    capsys.readouterr()
    assert main(["--store", store, "link", "--endpoint", "http://127.0.0.1:9/sparql"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: endpoint http://127.0.0.1:9/sparql is not on the allow-list") and err.count("\n") == 1


def test_void_describes_the_store(store: str, capsys) -> None:
    capsys.readouterr()
    assert main(["--store", store, "void"]) == 0
    g = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert int(g.value(predicate=VOID.triples, subject=next(g.subjects(VOID.classPartition, None)))) > 4000
    linksets = {str(o) for o in g.objects(None, VOID.subset)}
    assert any(s.endswith("links/wikidata") for s in linksets)


def test_cache_write_is_all_or_nothing(tmp_path: Path, monkeypatch) -> None:
    cache = Cache(tmp_path)
    old = Entry("Q159", Retrieval("https://query.wikidata.org/sparql", "2026-01-01T00:00:00Z"))
    cache.put([old])
    before = (tmp_path / "Q159.json").read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(cache_module.os, "fsync", broken_fsync)
    with pytest.raises(Exception, match="disk full"):
        cache.put([Entry("Q159", Retrieval("https://query.wikidata.org/sparql", "2026-02-02T00:00:00Z"))])
    assert (tmp_path / "Q159.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["Q159.json"]


def test_reviewed_links_are_applied_by_later_ingests(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data" / "gazetteer", tmp_path / "gazetteer")
    (tmp_path / "linking").mkdir()
    (tmp_path / "linking" / "reviewed.tsv").write_text(
        "label\twikidata\tkind\tscore\tevidence\treviewed_by\treviewed_on\n"
        "Secretary Kerry\tQ22316\tPerson\t0.85\tEnglish alias\ttest\t2026-11-25\n", encoding="utf-8")
    gaz = gazetteer.load(tmp_path / "gazetteer")
    assert [s.wikidata for s in gaz.surfaces["Secretary Kerry"]] == ["Q22316"]


def test_linking_changes_no_other_stored_query(sample_kg, tmp_path: Path) -> None:
    """Links and enrichment restate no document triple: no query over the union of graphs gains a row."""
    from accord import KnowledgeGraph, queries
    from accord.cli import DEMO_PARAMS
    from accord.linking import link

    kg = KnowledgeGraph.open()
    kg.load(sample_kg.export("trig"))
    runnable = [q for q in queries.catalogue().values() if q.name != "leaders_over_time"
                and all(not p.required or p.name in DEMO_PARAMS.get(q.name, {}) for p in q.params)]
    before = {q.name: list(kg.query(q.name, **DEMO_PARAMS.get(q.name, {}))) for q in runnable}
    link(kg.store, cache_dir=tmp_path, offline=True)
    assert {q.name: list(kg.query(q.name, **DEMO_PARAMS.get(q.name, {}))) for q in runnable} == before
