"""The parallel bulk import holds exactly the quads a plain load does: blank nodes stay one node per label."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from accord.errors import InputError
from accord.store import Store, _blank_node_spans, _line_pieces

EX = "https://example.org/"


def _filler(n: int, graph: str = "g1") -> bytes:
    return b"".join(b'<%sitem%d> <%slabel> "item %d" <%s%s> .\n' % (EX.encode(), i, EX.encode(), i, EX.encode(),
                                                                        graph.encode()) for i in range(n))


def _canonical(quads) -> ox.Dataset:
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


def _bulk_import(tmp_path: Path, data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[list[ox.Quad], int]:
    """The quads of `data` imported into an empty store on disk in pieces of about 500 bytes, and how many pieces."""
    monkeypatch.setattr("accord.store.BULK_PIECE_BYTES", 500)
    path = tmp_path / "data.nq"
    path.write_bytes(data)
    store = Store.open(tmp_path / "store")
    store.import_file(path, "nquads")
    quads = list(store._inner)
    store.close()
    return quads, len(_line_pieces(data, 500, _blank_node_spans(data)))


def _plain_load(data: bytes) -> list[ox.Quad]:
    store = ox.Store()
    store.load(data, ox.RdfFormat.N_QUADS)
    return list(store)


def _blank_nodes(quads: list[ox.Quad]) -> set[ox.BlankNode]:
    return {term for q in quads for term in (q.subject, q.object, q.graph_name) if isinstance(term, ox.BlankNode)}


def test_a_blank_node_named_far_apart_stays_one_node(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = (b'_:meeting <%stype> <%sMeeting> <%sg1> .\n' % (EX.encode(), EX.encode(), EX.encode()) + _filler(40)
            + b'_:meeting <%swhere> "a hall" <%sg2> .\n' % (EX.encode(), EX.encode()) + _filler(40, "g3"))
    quads, pieces = _bulk_import(tmp_path, data, monkeypatch)
    assert pieces > 1  # the filler after the blank node's last line is still cut
    assert len(_blank_nodes(quads)) == 1
    assert _canonical(quads) == _canonical(_plain_load(data))


def test_two_labels_stay_two_nodes_across_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Labels are kept apart as well as together: _:a and _:b in different pieces are not merged."""
    data = (b'_:a <%sp> "first" <%sg1> .\n' % (EX.encode(), EX.encode()) + _filler(30)
            + b'_:b <%sp> "second" <%sg1> .\n' % (EX.encode(), EX.encode()) + _filler(30))
    quads, pieces = _bulk_import(tmp_path, data, monkeypatch)
    assert pieces > 2
    assert len(_blank_nodes(quads)) == 2
    assert _canonical(quads) == _canonical(_plain_load(data))


def test_blank_graph_names_labels_ending_a_statement_and_look_alikes(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A blank graph name, '_:x.' with the final dot touching the label, and '_:' inside an IRI or a literal (with
    an escaped line break) all load as a plain load reads them."""
    data = (b'<%ss> <%sp> "line one\\nline two _:x" _:graph .\n' % (EX.encode(), EX.encode()) + _filler(30)
            + b'<%ss> <%sp> _:x.\n' % (EX.encode(), EX.encode()) + _filler(30)
            + b'_:x <%sp> <%sa_:x> _:graph .\n' % (EX.encode(), EX.encode()) + _filler(30))
    quads, pieces = _bulk_import(tmp_path, data, monkeypatch)
    assert pieces > 1
    assert len(_blank_nodes(quads)) == 2
    assert any(isinstance(q.object, ox.Literal) and q.object.value == "line one\nline two _:x" for q in quads)
    assert _canonical(quads) == _canonical(_plain_load(data))


def test_without_blank_nodes_the_file_is_cut_as_before() -> None:
    data = _filler(100)
    assert _blank_node_spans(data) == []
    assert _line_pieces(data, 500, []) == _line_pieces(data, 500)
    assert len(_line_pieces(data, 500)) > 10


def test_a_blank_node_used_throughout_keeps_the_file_whole() -> None:
    line = b'_:same <%sp> <%so> <%sg1> .\n' % (EX.encode(), EX.encode(), EX.encode())
    data = line + _filler(50) + line.replace(b"<%so>" % EX.encode(), b'"end"')
    assert _line_pieces(data, 500, _blank_node_spans(data)) == [(0, len(data))]


def test_pieces_cover_the_file_and_end_at_line_ends() -> None:
    data = _filler(20) + b'_:n <%sp> "x" <%sg1> .\n' % (EX.encode(), EX.encode()) + _filler(20) \
        + b'_:n <%sp> "y" <%sg1> .\n' % (EX.encode(), EX.encode()) + _filler(20)
    pieces = _line_pieces(data, 300, _blank_node_spans(data))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(data[end - 1:end] == b"\n" for _, end in pieces)
    holding = [p for p in pieces if b"_:n" in data[p[0]:p[1]]]
    assert len(holding) == 1 and data[holding[0][0]:holding[0][1]].count(b"_:n") == 2


class _Counting:
    """A pyoxigraph store that counts its bulk loads running at once, and can fail the one starting at `fail_at`;
    `compacted_after` is how many bulk loads had finished when the store was last compacted (None: never), and
    `compactions` how many times it was."""

    def __init__(self, inner: ox.Store, fail_at: int | None = None):
        self.inner, self.fail_at = inner, fail_at
        self.running = self.most = self.calls = 0
        self.pieces = self.quads = 0  # set by _counted_import
        self.finished = 0
        self.compacted_after: int | None = None
        self.compactions = 0
        self.lock = threading.Lock()

    def bulk_load(self, data: bytes, fmt: ox.RdfFormat) -> None:
        with self.lock:
            self.calls += 1
            self.running += 1
            self.most = max(self.most, self.running)
            fail = self.calls == self.fail_at
        try:
            time.sleep(0.01)  # long enough for the pool to start every piece it is allowed to
            self.inner.bulk_load(b"<x> garbage\n" if fail else data, fmt)
        finally:
            with self.lock:
                self.running -= 1
                self.finished += 1

    def optimize(self) -> None:
        self.compacted_after = self.finished
        self.compactions += 1
        self.inner.optimize()

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def _counted_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int | None = None) -> _Counting:
    """Import 200 quads in pieces of about 500 bytes on 2 CPUs into a new store on disk, counting the bulk loads
    (the counter holds the pieces there were and the quads the store held after); raises what the import raised,
    with the counter as its `counting` attribute."""
    monkeypatch.setattr("accord.store.BULK_PIECE_BYTES", 500)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    path = tmp_path / "data.nq"
    path.write_bytes(_filler(200))
    store = Store.open(tmp_path / "store")
    counting = store._inner = _Counting(store._inner, fail_at)
    try:
        store.import_file(path, "nquads")
    except InputError as exc:
        exc.counting = counting
        raise
    finally:
        store._inner = counting.inner
        counting.pieces = len(_line_pieces(path.read_bytes(), 500))
        counting.quads = len(counting.inner)
        store.close()
    return counting


def test_pieces_load_one_per_cpu_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The piece size bounds the memory a bulk import takes only if the pieces do not all load at once."""
    counting = _counted_import(tmp_path, monkeypatch)
    assert counting.calls == counting.pieces > 10 and counting.most == 2
    assert counting.quads == 200


def test_the_pieces_are_compacted_once_all_have_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each piece leaves files of its own, which the server's read-only query workers cannot merge."""
    counting = _counted_import(tmp_path, monkeypatch)
    assert counting.compacted_after == counting.pieces and counting.compactions == 1


def test_a_failed_piece_stops_the_pieces_not_yet_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="not valid nquads") as failed:
        _counted_import(tmp_path, monkeypatch, fail_at=2)
    counting = failed.value.counting
    assert counting.calls < counting.pieces  # the ones queued behind the failure never ran
    assert counting.quads == 0  # and what ran is undone
    assert counting.compacted_after is None
