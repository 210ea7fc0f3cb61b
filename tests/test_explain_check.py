"""accord explain reaches the sentences; accord check runs HermiT and reports an inconsistency readably."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord import KnowledgeGraph
from accord.cli import main
from accord.namespaces import ACC, ID, RDF

from conftest import SAMPLE

THREAT = ID["act/north-korea-russia-alliance/742-1312-Q789915"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("explain") / "store")
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0
    assert main(["--store", path, "reason"]) == 0
    return path


def test_explanation_of_an_inferred_alliance_reaches_the_sentence(store: str) -> None:
    with KnowledgeGraph.open(store, read_only=True) as kg:
        explanation = kg.explain(ID["actor/Q423"], ACC.allyOf, ID["actor/Q159"])
    assert explanation.how == "inferred"
    texts = [s.text for s in explanation.all_sentences()]
    assert any(t.startswith("The North Korea-Russia alliance is rooted") for t in texts)
    assert all(s.document == str(ID["doc/north-korea-russia-alliance"]) for s in explanation.all_sentences())


def test_explanation_of_attribution_goes_through_the_body(store: str) -> None:
    with KnowledgeGraph.open(store, read_only=True) as kg:
        explanation = kg.explain(THREAT, ACC.attributedAgent, ID["actor/Q30"])
    assert explanation.how == "inferred" and explanation.rule.startswith("prp-spo2")
    sentence = next(s for s in explanation.all_sentences() if s.text.startswith("The US State Department"))
    sample = SAMPLE.read_text(encoding="utf-8")
    assert sentence.text in sample
    rules = set()
    stack = [explanation]
    while stack:
        e = stack.pop()
        rules.add(e.rule)
        stack.extend(e.premises)
    assert "prp-spo1" in rules  # bodyOf is a subproperty of actsFor


def test_explain_an_asserted_triple(store: str) -> None:
    with KnowledgeGraph.open(store, read_only=True) as kg:
        explanation = kg.explain(THREAT, "acc:agent", "id:actor/Q789915")
    assert explanation.how == "asserted" and explanation.graphs == (str(ID["doc/north-korea-russia-alliance"]),)
    assert explanation.sentences[0].start == 709


def test_cli_explain(store: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["--store", store, "explain", "id:actor/Q159", "rdf:type", "acc:SanctionedActor"]) == 0
    out = capsys.readouterr().out
    assert "inferred by sanctioned_actors" in out and "impose sanctions on both nations" in out
    assert main(["--store", store, "explain", "id:actor/Q159", "acc:allyOf", "id:actor/Q30"]) == 1


def test_cli_query_asserted_only(store: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["--store", store, "query", "actor_profile", "-p", "actor=Q159", "--format", "csv"]) == 0
    assert "sanctioned actor" in capsys.readouterr().out
    assert main(["--store", store, "query", "actor_profile", "-p", "actor=Q159", "--asserted", "--format", "csv"]) == 0
    assert "sanctioned actor" not in capsys.readouterr().out


def test_check_finds_the_sample_consistent(store: str, capsys: pytest.CaptureFixture) -> None:
    assert main(["--store", store, "check"]) == 0
    out = capsys.readouterr().out
    assert "HermiT on the ontology and data" in out and ": consistent" in out
    assert "unsatisfiable classes: none" in out and "no subclass link beyond those stated" in out


def test_check_reports_an_inconsistency_without_a_java_trace(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = str(tmp_path / "store")
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0
    bad = tmp_path / "bad.nq"
    bad.write_text(f"<{ID['actor/Q159']}> <{RDF.type}> <{ACC.Place}> <{ID['doc/bad']}> .\n", encoding="utf-8")
    assert main(["--store", path, "import", str(bad), "--format", "nquads"]) == 0
    capsys.readouterr()
    assert main(["--store", path, "check"]) == 1
    captured = capsys.readouterr()
    assert "INCONSISTENT" in captured.out
    assert "id:actor/Q159 is in the disjoint classes" in captured.out
    assert "at org." not in captured.out + captured.err and "Traceback" not in captured.out + captured.err


def test_a_write_after_reason_says_the_inferences_are_out_of_date(tmp_path: Path, capsys) -> None:
    path = str(tmp_path / "store")
    other = tmp_path / "other.txt"
    other.write_text("France and Germany signed a defence agreement in Paris on Monday.", encoding="utf-8")
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0
    assert "inferred facts" not in capsys.readouterr().err     # nothing was inferred yet
    assert main(["--store", path, "reason"]) == 0
    capsys.readouterr()
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0  # unchanged: skipped, nothing written
    assert "inferred facts" not in capsys.readouterr().err
    assert main(["--store", path, "ingest", str(other)]) == 0
    assert "note: the inferred facts predate this write; run 'accord reason'" in capsys.readouterr().err
    with KnowledgeGraph.open(path) as kg:
        assert kg.has_inferred()
