"""SHACL shapes: invalid examples fail for the stated reason, a failing document is not written, validate reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from accord import KnowledgeGraph, ingestion
from accord.cli import main
from accord.namespaces import ACC
from accord.errors import ValidationError
from accord.validation import validate

from conftest import DATA, SAMPLE

INVALID = sorted((DATA / "invalid").glob("*.ttl"))
EXPECTED = {  # which property (or shape) each invalid example breaks
    "act_without_agent": "acc:agent",
    "bad_wikidata_id": "acc:wikidataId",
    "code_of_another_type": "does not belong",
    "no_modality_no_evidence": "acc:modality",
    "two_plover_types": "rdf:type",
}


def test_the_sample_conforms(sample_kg: KnowledgeGraph) -> None:
    report = sample_kg.validate()
    assert report.conforms, report.violations


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_examples_fail_for_their_reason(path: Path) -> None:
    report = validate(Graph().parse(path))
    assert not report.conforms
    assert any(EXPECTED[path.stem] in str(v) for v in report.violations), report.violations


def test_every_invalid_example_is_listed() -> None:
    assert {p.stem for p in INVALID} == set(EXPECTED)


def _breaking_to_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make extraction drop every act's evidence, as a faulty extractor would."""
    real = ingestion.to_graph

    def broken(extraction):
        graph = real(extraction)
        graph.remove((None, ACC.evidence, None))
        return graph

    monkeypatch.setattr(ingestion, "to_graph", broken)   # both KnowledgeGraph.ingest and accord ingest check there


def test_an_invalid_document_is_not_written(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    kg.ingest("Russia imposed sanctions on Japan.", id="good")
    before = kg.export("nquads")
    _breaking_to_graph(monkeypatch)
    with pytest.raises(ValidationError, match="acc:evidence"):
        kg.ingest("Russia criticised Japan.", id="bad")
    assert kg.export("nquads") == before


def test_cli_ingest_of_an_invalid_document_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    store = str(tmp_path / "store")
    _breaking_to_graph(monkeypatch)
    assert main(["--store", store, "ingest", str(SAMPLE)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "SHACL" in err


def test_cli_validate_exits_1_on_violations(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    store = str(tmp_path / "store")
    assert main(["--store", store, "ingest", str(SAMPLE)]) == 0
    assert main(["--store", store, "validate"]) == 0
    bad = tmp_path / "bad.nq"
    bad.write_text(Graph().parse(DATA / "invalid" / "bad_wikidata_id.ttl").serialize(format="nt").replace(
        " .\n", " <https://w3id.org/accord/id/doc/bad> .\n"), encoding="utf-8")
    assert main(["--store", store, "import", str(bad), "--format", "nquads"]) == 0
    capsys.readouterr()
    assert main(["--store", store, "validate"]) == 1
    assert "acc:wikidataId" in capsys.readouterr().out
