"""Stored queries: every one parses, headers are checked both ways, and each answers the sample as expected."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from accord import KnowledgeGraph, QueryError, queries

from conftest import DATA

CATALOGUE = queries.catalogue()


def test_at_least_twelve_queries_and_a_check() -> None:
    assert len([q for q in CATALOGUE.values() if not q.is_check]) >= 12
    assert any(q.is_check for q in CATALOGUE.values())


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_every_query_parses_and_has_a_header(name: str) -> None:
    stored = CATALOGUE[name]
    assert stored.summary and stored.returns
    ox.Store().query(stored.text)  # raises SyntaxError when the SPARQL does not parse


@pytest.mark.parametrize("path", sorted((DATA / "invalid" / "queries").glob("*.rq")), ids=lambda p: p.stem)
def test_bad_headers_are_refused(path: Path) -> None:
    with pytest.raises(QueryError):
        queries.parse(path, path.parent)


def test_unknown_and_missing_parameters(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="no parameter 'country'"):
        sample_kg.query("allies_of", country="Q159")
    with pytest.raises(QueryError, match="needs parameter 'actor'"):
        sample_kg.query("allies_of")
    with pytest.raises(QueryError, match="no stored query"):
        sample_kg.query("no_such_query")
    with pytest.raises(QueryError, match="not a PLOVER type"):
        sample_kg.query("acts_by_type", type="HUG")
    with pytest.raises(QueryError, match="no actor named"):
        sample_kg.query("allies_of", actor="Atlantis")


def _pairs(rows, *columns):
    return {tuple(r[c] for c in columns) for r in rows}


def test_alliances(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("alliances")
    assert _pairs(rows, "member", "wikidata") == {("North Korea", "Q423"), ("Russia", "Q159")}


@pytest.mark.parametrize("actor", ["Q159", "Russia", "https://w3id.org/accord/id/actor/Q159", "id:actor/Q159"])
def test_allies_of_takes_id_label_or_iri(sample_kg: KnowledgeGraph, actor: str) -> None:
    assert {r["ally"] for r in sample_kg.query("allies_of", actor=actor)} == {"North Korea"}


def test_acts_by_actor_include_its_bodies(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_by_actor", actor="Q30")
    assert ("threaten", "United States Department of State") in _pairs(rows, "type", "via")
    assert {"sanction", "accuse", "request", "agree"} <= {r["type"] for r in rows}


def test_acts_by_leader_count_for_state(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_by_actor", actor="Q423")
    assert ("consult", "Kim Jong Un", "Vladimir Putin") in _pairs(rows, "type", "via", "target")


def test_acts_against_actor_include_its_groups(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_against_actor", actor="Q159")
    assert ("threaten", "Russian companies") in _pairs(rows, "type", "target")
    assert ("sanction", "United States") in _pairs(rows, "type", "agent")


def test_sanctions_imposed_and_threatened(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("sanctions")
    assert _pairs(rows, "status", "target") == {("imposed", "North Korea"), ("imposed", "Russia"),
                                                ("threatened", "Russian companies")}


def test_meetings(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("meetings")
    assert _pairs(rows, "participant", "role", "place") == {("Kim Jong Un", "agent", "Vladivostok"),
                                                            ("Vladimir Putin", "target", "Vladivostok")}


def test_acts_by_type_and_code(sample_kg: KnowledgeGraph) -> None:
    assert {r["code"] for r in sample_kg.query("acts_by_type", type="AGREE")} == {"030", "036", "037"}
    assert {r["plover"] for r in sample_kg.query("acts_by_type", cameo="1312")} == {"threaten"}
    assert len(sample_kg.query("acts_by_type", type="agree", cameo="037")) == 2  # one act, two agents
    assert len(sample_kg.query("acts_by_type", type="ASSAULT")) == 0


def test_acts_by_quad_class(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_by_quad_class", quad="material-conflict")
    assert {r["plover"] for r in rows} == {"SANCTION"}
    assert {r["plover"] for r in sample_kg.query("acts_by_quad_class", quad="verbal conflict")} == {
        "ACCUSE", "THREATEN", "REQUEST"}


def test_actor_profile(sample_kg: KnowledgeGraph) -> None:
    rows = _pairs(sample_kg.query("actor_profile", actor="Russia"), "property", "value")
    assert {("wikidata", "Q159"), ("led by", "Vladimir Putin"), ("alliance", "North Korea–Russia alliance"),
            ("group", "Russian companies")} <= rows


def test_evidence_of_an_act(sample_kg: KnowledgeGraph) -> None:
    acts = sample_kg.query("acts_in_document", document="north-korea-russia-alliance")
    threat = next(r["act"] for r in acts if r["type"] == "threaten")
    (row,) = sample_kg.query("act_evidence", act=threat)
    assert row["text"].startswith("The US State Department has also warned")
    assert row["trigger"] == "warned" and row["end"] > row["start"]


def test_acts_in_document(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_in_document", document="north-korea-russia-alliance")
    assert len({r["act"] for r in rows}) == 9
    assert rows.column("start") == sorted(rows.column("start"))


def test_actor_mentions(sample_kg: KnowledgeGraph) -> None:
    rows = {r["actor"]: r for r in sample_kg.query("actor_mentions")}
    assert rows["Vladimir Putin"]["mentions"] >= 2 and rows["Russia"]["documents"] == 1


def test_leaders(sample_kg: KnowledgeGraph) -> None:
    assert ("Russia", "leader", "Vladimir Putin") in _pairs(sample_kg.query("leaders"), "state", "relation", "actor")


@pytest.mark.parametrize("name", sorted(n for n in CATALOGUE if n.startswith("checks/")))
def test_checks_find_nothing_on_the_sample(sample_kg: KnowledgeGraph, name: str) -> None:
    assert list(sample_kg.query(name)) == []


def test_a_check_finds_a_bad_act(kg: KnowledgeGraph) -> None:
    kg.ingest("Russia imposed sanctions on Japan.", id="note")
    kg.load("<https://w3id.org/accord/id/g> { <https://w3id.org/accord/id/act/x> a "
            "<https://w3id.org/accord/ontology#Sanction> . }", format="trig")
    missing = {r["missing"] for r in kg.query("checks/acts_without_evidence")}
    assert missing == {"agent", "cameoCode", "modality", "evidence"}


def test_values_are_bound_never_spliced(sample_kg: KnowledgeGraph) -> None:
    payload = 'Russia" } ; DROP ALL ; #'
    with pytest.raises(QueryError, match="no actor named"):
        sample_kg.query("allies_of", actor=payload)
    with pytest.raises(QueryError, match="not an IRI"):
        sample_kg.query("acts_in_document", document='x" } UNION { ?act ?p ?o } #')
    assert list(sample_kg.query("acts_by_type", cameo="163")) != []
    with pytest.raises(QueryError, match="not a CAMEO code"):
        sample_kg.query("acts_by_type", cameo='163" || true || "')


def test_rows_are_plain_values(sample_kg: KnowledgeGraph) -> None:
    rows = sample_kg.query("acts_in_document", document="north-korea-russia-alliance")
    assert all(isinstance(r["start"], int) and isinstance(r["type"], str) for r in rows)
    assert "agent" in rows.to_csv().splitlines()[0]
    assert rows.to_table().rstrip().endswith(f"{len(rows)} rows")
