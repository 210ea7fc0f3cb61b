"""One writer, many readers: a second writing process is refused; writes of one process are serialised."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from accord import KnowledgeGraph, StoreError

COUNTER = ox.NamedNode("https://w3id.org/accord/id/test/counter")
VALUE = ox.NamedNode("https://w3id.org/accord/id/test/value")
SHADOW = ox.NamedNode("https://w3id.org/accord/id/test/shadow")
XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")


def _read(tx_or_kg, predicate: ox.NamedNode = VALUE) -> int:
    rows = tx_or_kg.sparql("SELECT ?n WHERE { GRAPH $g { $c $p ?n } }", {"g": COUNTER, "c": COUNTER, "p": predicate})
    return int(rows[0]["n"]) if len(rows) else 0


def _quad(predicate: ox.NamedNode, n: int) -> ox.Quad:
    return ox.Quad(COUNTER, predicate, ox.Literal(str(n), datatype=XSD_INT), COUNTER)


def _increment(kg: KnowledgeGraph) -> None:
    with kg.transaction() as tx:
        n = _read(tx)
        if n:
            tx.remove([_quad(VALUE, n), _quad(SHADOW, n)])
        tx.add([_quad(VALUE, n + 1), _quad(SHADOW, n + 1)])


@pytest.mark.parametrize("where", ["memory", "disk"])
def test_four_threads_of_500_increments_end_at_2000_and_readers_see_whole_states(tmp_path: Path, where: str) -> None:
    kg = KnowledgeGraph.open(None if where == "memory" else tmp_path / "store")
    torn: list[tuple[int, int]] = []
    seen: list[list[int]] = [[], []]
    done = threading.Event()

    def reader(mine: list[int]) -> None:
        # value and shadow change in one update: a reader that saw them differ would have seen half a write
        while not done.is_set():
            rows = kg.sparql("SELECT ?v ?s WHERE { GRAPH $g { $c $pv ?v ; $ps ?s } }",
                             {"g": COUNTER, "c": COUNTER, "pv": VALUE, "ps": SHADOW})
            for row in rows:
                if row["v"] != row["s"]:
                    torn.append((row["v"], row["s"]))
                mine.append(int(row["v"]))
            if len(rows) > 1:
                torn.append((len(rows), -1))

    def writer() -> None:
        for _ in range(500):
            _increment(kg)

    readers = [threading.Thread(target=reader, args=(mine,)) for mine in seen]
    writers = [threading.Thread(target=writer) for _ in range(4)]
    for t in readers + writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    for t in readers:
        t.join()
    assert _read(kg) == 2000 and _read(kg, SHADOW) == 2000
    assert torn == []
    assert all(mine == sorted(mine) for mine in seen)  # committed states only, and never an older one later
    kg.close()


def test_a_failed_transaction_writes_nothing(kg: KnowledgeGraph) -> None:
    _increment(kg)
    with pytest.raises(RuntimeError):
        with kg.transaction() as tx:
            tx.add([_quad(SHADOW, 99)])
            raise RuntimeError("changed my mind")
    assert _read(kg) == 1 and _read(kg, SHADOW) == 1


def test_second_writer_process_gets_store_busy_and_exit_2(tmp_path: Path) -> None:
    store = tmp_path / "store"
    doc = tmp_path / "note.txt"
    doc.write_text("Japan praised Russia.")
    with KnowledgeGraph.open(store):
        accord = str(Path(sys.executable).parent / "accord")
        result = subprocess.run([accord, "--store", str(store), "ingest", str(doc)], capture_output=True, text=True,
                                timeout=300)
    assert result.returncode == 2
    assert result.stderr.startswith("error: store busy: ") and len(result.stderr.splitlines()) == 1
    with KnowledgeGraph.open(store, read_only=True) as kg:
        assert kg.documents() == []


def test_a_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with KnowledgeGraph.open(tmp_path / "store"):
        with pytest.raises(StoreError, match="^store busy: "):
            KnowledgeGraph.open(tmp_path / "store")
