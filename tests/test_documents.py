"""Reading documents: front matter, ids from file names, offsets into the text after the front matter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord import Document, InputError, KnowledgeGraph
from accord.documents import read_document, read_documents

from conftest import SAMPLE


def test_front_matter_gives_metadata_and_is_not_text() -> None:
    doc = read_document(SAMPLE)
    assert doc.id == "north-korea-russia-alliance"
    assert doc.title.startswith("The North Korea-Russia alliance")
    assert doc.published == dt.date(2023, 9, 20)
    assert doc.text.startswith("The North Korea-Russia alliance is rooted")


def test_metadata_keys_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "Wire Story.md"
    path.write_text("---\ntitle: Talks\nsource: https://example.org/a\ndate: 2020-05-01\n---\nJapan met Russia.\n")
    doc = read_document(path)
    assert (doc.id, doc.url, doc.published) == ("wire-story", "https://example.org/a", dt.date(2020, 5, 1))
    assert doc.with_metadata(published="2021-01-02").published == dt.date(2021, 1, 2)


def test_a_folder_reads_txt_and_md_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Japan met Russia.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("China praised Brazil.")
    (tmp_path / "c.json").write_text("{}")
    assert [d.id for d in read_documents([str(tmp_path)])] == ["a", "b"]


def test_same_id_twice_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Japan met Russia.")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.md").write_text("China praised Brazil.")
    with pytest.raises(InputError, match="same document id"):
        read_documents([str(tmp_path)])


def test_bad_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\nJapan met Russia.\n")
    with pytest.raises(InputError, match="front matter"):
        read_document(path)


def test_text_ingest_through_the_api(kg: KnowledgeGraph) -> None:
    (report,) = kg.ingest("Japan praised Russia.", id="praise", published="2024-03-01")
    assert report.graph.endswith("/doc/praise") and report.acts == 1
    with pytest.raises(InputError):
        kg.ingest("   ")
    with pytest.raises(InputError, match="no such file"):
        kg.ingest("missing-file.txt")
    assert Document.from_text("x", id="A B").id == "a-b"
