"""The store: one named graph per document, replaced atomically; export and re-import; persistence."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from accord import KnowledgeGraph, StoreError
from accord.errors import InputError

from conftest import SAMPLE


def _dataset(trig: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=trig, format="trig")
    return ds


def _assert_same_dataset(a: str, b: str) -> None:
    left, right = _dataset(a), _dataset(b)
    names = {g.identifier for g in left.graphs()} | {g.identifier for g in right.graphs()}
    for name in names:
        ga, gb = left.graph(name), right.graph(name)
        if not isomorphic(ga, gb):
            _, only_a, only_b = graph_diff(to_isomorphic(ga), to_isomorphic(gb))
            pytest.fail(f"graph {name} differs:\nonly before:\n{only_a.serialize(format='nt')}\n"
                        f"only after:\n{only_b.serialize(format='nt')}")


def test_one_named_graph_per_document(kg: KnowledgeGraph) -> None:
    kg.ingest(SAMPLE)
    kg.ingest("Russia imposed sanctions on Japan.", id="note")
    assert kg.documents() == ["https://w3id.org/accord/id/doc/north-korea-russia-alliance",
                              "https://w3id.org/accord/id/doc/note"]


def test_reingest_gives_same_iris_and_count(kg: KnowledgeGraph) -> None:
    kg.ingest(SAMPLE)
    before, size = kg.export("nquads"), len(kg.store)
    kg.ingest(SAMPLE)
    assert len(kg.store) == size
    assert sorted(before.splitlines()) == sorted(kg.export("nquads").splitlines())


def test_reingest_replaces_an_edited_document(kg: KnowledgeGraph, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Russia imposed sanctions on Japan.")
    kg.ingest(doc)
    doc.write_text("Japan praised Russia.")
    kg.ingest(doc)
    rows = kg.query("acts_in_document", document="note")
    assert {r["type"] for r in rows} == {"support"}


@pytest.mark.parametrize("fmt", ["trig", "nquads", "jsonld"])
def test_export_then_import_is_isomorphic(kg: KnowledgeGraph, fmt: str) -> None:
    kg.ingest(SAMPLE)
    exported = kg.export(fmt)
    fresh = KnowledgeGraph.open()
    fresh.load(exported, format=fmt)
    _assert_same_dataset(kg.export("trig"), fresh.export("trig"))
    assert len(fresh.store) == len(kg.store)


def test_persistent_store_reopens(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.ingest(SAMPLE)
        count = len(kg.store)
    with KnowledgeGraph.open(tmp_path / "store", read_only=True) as kg:
        assert len(kg.store) == count
        assert kg.query("allies_of", actor="Q159")[0]["ally"] == "North Korea"


def test_second_writer_gets_store_busy(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "store"):
        with pytest.raises(StoreError, match="store busy"):
            KnowledgeGraph.open(tmp_path / "store")


def test_stats(kg: KnowledgeGraph) -> None:
    kg.ingest(SAMPLE)
    stats = kg.stats()
    assert stats["documents"] == 1 and stats["acts"] == 9 and stats["alliances"] == 1
    assert stats["actors"] == 9
    assert stats["acts_by_type"] == {"AGREE": 4, "ACCUSE": 1, "CONSULT": 1, "REQUEST": 1, "SANCTION": 1,
                                     "THREATEN": 1}


def test_plain_literals_compare_equal_whichever_way_they_travelled(kg: KnowledgeGraph) -> None:
    kg.ingest(SAMPLE)
    kg.load('<https://w3id.org/accord/id/x> <http://www.w3.org/2000/01/rdf-schema#label> '
            '"Russia"^^<http://www.w3.org/2001/XMLSchema#string> <https://w3id.org/accord/id/g> .', format="nquads")
    rows = kg.sparql('SELECT DISTINCT ?s WHERE { ?s rdfs:label "Russia" }')
    assert {"https://w3id.org/accord/id/actor/Q159", "https://w3id.org/accord/id/x"} <= {r["s"] for r in rows}


def _nquads(n: int) -> bytes:
    return b"".join(b'<https://w3id.org/accord/id/x%d> <http://www.w3.org/2000/01/rdf-schema#label> "x%d" '
                    b'<https://w3id.org/accord/id/doc/d%d> .\n' % (i, i, i % 7) for i in range(n))


def test_bulk_import_in_pieces_holds_every_quad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big N-Quads file into an empty store is bulk-loaded in parallel pieces; the store ends the same."""
    monkeypatch.setattr("accord.store.BULK_PIECE_BYTES", 1000)
    path = tmp_path / "d.nq"
    path.write_bytes(_nquads(500) + _nquads(20))  # the repeated quads count once
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        kg.import_file(path, format="nquads")
        assert len(kg.store) == 500 and len(kg.documents()) == 7
    with KnowledgeGraph.open(tmp_path / "memory") as kg:
        kg.store.load(path.read_bytes(), "nquads")
        expected = kg.export("nquads")
    with KnowledgeGraph.open(tmp_path / "store", read_only=True) as kg:
        assert sorted(kg.export("nquads").splitlines()) == sorted(expected.splitlines())


def test_bulk_import_that_fails_in_a_late_piece_leaves_the_store_empty(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("accord.store.BULK_PIECE_BYTES", 1000)
    path = tmp_path / "d.nq"
    path.write_bytes(_nquads(300) + b"<https://w3id.org/accord/id/x> garbage\n" + _nquads(10))
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        with pytest.raises(InputError, match=r"d\.nq: line 301: not valid nquads"):
            kg.import_file(path, format="nquads")
        assert len(kg.store) == 0
