"""Parallel, resumable ingestion: --jobs N gives the same store as one process; unchanged documents are skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord import KnowledgeGraph, ingestion
from accord.cli import main
from accord.documents import read_documents
from accord.store import Store

from conftest import SAMPLE
from test_cli import run


def dump(store: str) -> list[str]:
    """The documents' quads, sorted (the ontology graph's blank nodes are named anew by each parse)."""
    s = Store.open(store, read_only=True)
    try:
        return _doc_lines(s.dump("nquads"))
    finally:
        s.close()


def _doc_lines(nquads: bytes) -> list[str]:
    return sorted(line for line in nquads.decode().splitlines()
                  if line.rsplit(" ", 2)[-2].startswith("<https://w3id.org/accord/id/doc/"))

TEXTS = {
    "a.txt": "Russia imposed sanctions on Japan. China praised the decision.",
    "b.txt": "France and Germany signed a defence agreement in Paris.",
    "c.md": "---\ntitle: Talks\npublished: 2024-03-01\n---\nThe United States urged Iran to resume talks.",
    "d.txt": "North Korea threatened South Korea with missile tests.",
    "e.txt": "India accused Pakistan of shelling the border.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / SAMPLE.name).write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_two_jobs_give_the_same_store_as_one(capsys, corpus: Path, tmp_path: Path) -> None:
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    code1, _, err1 = run(capsys, "--store", one, "ingest", str(corpus), "--jobs", "1")
    code2, _, err2 = run(capsys, "--store", two, "ingest", str(corpus), "--jobs", "2")
    assert code1 == code2 == 0
    assert "ingested 6 documents (0 unchanged, skipped)" in err1 and "ingested 6 documents" in err2
    assert dump(one) == dump(two)
    assert len(Store.open(one, read_only=True).documents()) == 6


def test_rerun_skips_unchanged_documents(capsys, corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert run(capsys, "--store", store, "ingest", str(corpus))[0] == 0
    before = dump(store)
    code, _, err = run(capsys, "--store", store, "ingest", str(corpus), "--jobs", "2")
    assert code == 0 and "ingested 0 documents (6 unchanged, skipped)" in err
    assert dump(store) == before


def test_changed_document_is_ingested_again(capsys, corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert run(capsys, "--store", store, "ingest", str(corpus))[0] == 0
    (corpus / "a.txt").write_text("Russia imposed sanctions on Japan. China condemned the decision.")
    code, _, err = run(capsys, "--store", store, "ingest", str(corpus))
    assert code == 0 and "ingested 1 documents (5 unchanged, skipped)" in err and "a.txt" in err
    # The result is the store a fresh ingest of the edited folder gives: the old graph was replaced.
    fresh = str(tmp_path / "fresh")
    assert run(capsys, "--store", fresh, "ingest", str(corpus))[0] == 0
    assert dump(store) == dump(fresh)


def test_changed_metadata_counts_as_a_change(capsys, corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    doc = str(corpus / "b.txt")
    assert run(capsys, "--store", store, "ingest", doc)[0] == 0
    code, _, err = run(capsys, "--store", store, "ingest", doc, "--published", "2024-05-01")
    assert code == 0 and "ingested 1 documents (0 unchanged" in err
    code, _, err = run(capsys, "--store", store, "ingest", doc, "--published", "2024-05-01")
    assert "ingested 0 documents (1 unchanged" in err


def test_force_ingests_unchanged_documents(capsys, corpus: Path, tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    assert run(capsys, "--store", store, "ingest", str(corpus / "d.txt"))[0] == 0
    code, _, err = run(capsys, "--store", store, "ingest", str(corpus / "d.txt"), "--force")
    assert code == 0 and "ingested 1 documents (0 unchanged" in err


def test_bad_jobs_value_is_a_usage_error(capsys, corpus: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--store", str(tmp_path / "s"), "ingest", str(corpus), "--jobs", "0")
    assert code == 2 and err.startswith("error: ") and len(err.strip().splitlines()) == 1


def test_progress_bar_counts_documents_and_acts(corpus: Path) -> None:
    docs = read_documents([str(corpus / "a.txt"), str(corpus / "d.txt")])
    store = Store.open()
    with ingestion.progress_bar(enabled=True) as (on_start, on_extracted, on_written):
        summary = ingestion.ingest(store, docs, on_start=on_start, on_extracted=on_extracted, on_written=on_written)
    assert len(summary.written) == 2 and summary.acts >= 2 and summary.rate > 0
    assert sorted(store.documents()) == sorted(x.graph for x in summary.written)


def test_same_graphs_as_knowledge_graph_ingest(corpus: Path) -> None:
    docs = read_documents([str(corpus)])
    s = Store.open()
    ingestion.ingest(s, docs, jobs=2)
    kg = KnowledgeGraph.open()
    kg.ingest(docs)
    assert _doc_lines(s.dump("nquads")) == _doc_lines(kg.store.dump("nquads"))
