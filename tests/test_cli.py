"""The accord command, in process: each command, and each bad input as one error line, exit 2, store unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.cli import main

from conftest import SAMPLE


@pytest.fixture
def store(tmp_path: Path) -> str:
    path = str(tmp_path / "store")
    assert main(["--store", path, "ingest", str(SAMPLE)]) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()  # drop what fixtures printed
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def dump(store: str) -> bytes:
    from accord.store import Store

    s = Store.open(store, read_only=True)
    try:
        return b"".join(sorted(s.dump("nquads").splitlines(keepends=True)))
    finally:
        s.close()


def test_ingest_reports_to_stderr(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--store", str(tmp_path / "s"), "ingest", str(SAMPLE.parent))
    assert code == 0 and out == ""
    assert "9 acts, 1 alliances" in err


def test_ingest_metadata_from_command_line(capsys, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Russia imposed sanctions on Japan.")
    store = str(tmp_path / "s")
    assert run(capsys, "--store", store, "ingest", str(doc), "--title", "A note", "--published", "2024-01-02",
               "--url", "https://example.org/n")[0] == 0
    code, out, _ = run(capsys, "--store", store, "sparql", "--format", "json",
                       "SELECT ?t ?d ?u WHERE { ?doc dcterms:title ?t ; schema:datePublished ?d ; schema:url ?u }")
    assert json.loads(out) == [{"t": "A note", "d": "2024-01-02", "u": "https://example.org/n"}]


def test_extract_jsonl(capsys) -> None:
    code, out, _ = run(capsys, "extract", str(SAMPLE), "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["doc"] for r in records} == {str(SAMPLE)}
    assert sum(r["kind"] == "act" for r in records) == 9


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_extract_rdf_formats(capsys, fmt: str) -> None:
    code, out, _ = run(capsys, "extract", str(SAMPLE), "--format", fmt)
    assert code == 0 and "Q7747" in out
    assert "ns1:" not in out


def test_queries_lists_summaries_and_parameters(capsys) -> None:
    code, out, _ = run(capsys, "queries")
    assert code == 0 and "allies_of" in out and "--param actor=<actor>" in out


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_query_formats(capsys, store: str, fmt: str) -> None:
    code, out, _ = run(capsys, "--store", store, "query", "allies_of", "--param", "actor=Q159", "--format", fmt)
    assert code == 0 and "North Korea" in out


def test_sparql_inline_and_file(capsys, store: str, tmp_path: Path) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?a a acc:Alliance }"
    code, out, _ = run(capsys, "--store", store, "sparql", "--format", "csv", text)
    assert (code, out) == (0, "n\n1\n")
    query = tmp_path / "q.rq"
    query.write_text("ASK { ?a acc:member ?m }")
    assert run(capsys, "--store", store, "sparql", str(query))[1] == "true\n"


def test_export_and_import(capsys, store: str, tmp_path: Path) -> None:
    out_file = tmp_path / "dump.trig"
    assert run(capsys, "--store", store, "export", "--format", "trig", "-o", str(out_file))[0] == 0
    other = str(tmp_path / "other")
    assert run(capsys, "--store", other, "import", str(out_file))[0] == 0
    assert dump(other) == dump(store)


def test_stats(capsys, store: str) -> None:
    code, out, _ = run(capsys, "--store", store, "stats", "--format", "json")
    stats = json.loads(out)
    assert code == 0 and stats["documents"] == 1 and stats["acts_by_type"]["AGREE"] == 4


def test_demo_prints_tables(capsys, store: str) -> None:
    code, out, _ = run(capsys, "--store", store, "demo")
    assert code == 0 and "allies_of(actor=Q159)" in out and "North Korea" in out
    assert "checks/acts_without_evidence: ok" in out


def test_check_query_exit_code(capsys, store: str) -> None:
    assert run(capsys, "--store", store, "query", "checks/acts_without_evidence")[0] == 0


BAD_INPUTS = ("missing path", "folder with nothing readable", "binary file", "undecodable file", "empty document",
              "bad date", "unknown query", "missing parameter", "unknown parameter", "malformed parameter",
              "unknown actor", "sparql syntax error", "unknown option", "import garbage")


def _bad_inputs(tmp_path: Path) -> dict[str, list[str]]:
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    (empty_dir / "image.png").write_bytes(b"\x89PNG")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"abc\x00\x01\x02")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Pyongyang and Moscow signed a pact in Málaga.".encode("latin-1"))
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: nothing\n---\n   \n")
    return {
        "missing path": ["ingest", str(tmp_path / "absent.txt")],
        "folder with nothing readable": ["ingest", str(empty_dir)],
        "binary file": ["ingest", str(binary)],
        "undecodable file": ["ingest", str(latin1)],
        "empty document": ["ingest", str(empty)],
        "bad date": ["ingest", str(SAMPLE), "--published", "yesterday"],
        "unknown query": ["query", "no_such_query"],
        "missing parameter": ["query", "allies_of"],
        "unknown parameter": ["query", "allies_of", "--param", "country=Q159"],
        "malformed parameter": ["query", "allies_of", "--param", "Q159"],
        "unknown actor": ["query", "allies_of", "--param", "actor=Atlantis"],
        "sparql syntax error": ["sparql", "SELECT ?x WHERE { ?x ?y }"],
        "unknown option": ["query", "allies_of", "--colour"],
        "import garbage": ["import", str(binary), "--format", "trig"],
    }


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_one_line_exit_2_store_unchanged(capsys, store: str, tmp_path: Path, case: str) -> None:
    args = _bad_inputs(tmp_path)[case]
    before = dump(store)
    code, out, err = run(capsys, "--store", store, *args)
    assert code == 2, (case, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    assert dump(store) == before


def test_bad_document_among_good_ones_writes_nothing(capsys, store: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Japan praised Russia.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    before = dump(store)
    code, _, err = run(capsys, "--store", store, "ingest", str(good), str(bad))
    assert code == 2 and "bad.txt" in err
    assert dump(store) == before


def test_query_on_missing_store(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--store", str(tmp_path / "none"), "stats")
    assert code == 2 and err.startswith("error: no store at")
