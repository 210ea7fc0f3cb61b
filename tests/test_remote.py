"""The remote store on a real Virtuoso: every stored query gives the same rows as the embedded store."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

from accord import KnowledgeGraph, ingestion, queries
from accord.documents import Document
from accord.errors import QueryError, StoreError
from accord.remote import RemoteStore, open_store, with_prefixes
from accord.store import Store

from conftest import SAMPLE
from test_cli import run
from test_queries_across_documents import TEXTS as ACROSS

TEXTS = {**ACROSS, "four": "The United States urged Iran to resume talks, and France threatened sanctions against Iran."}
PARAMS = {"allies_of": {"actor": "Q159"}, "acts_by_actor": {"actor": "Q30"}, "acts_against_actor": {"actor": "Q159"},
          "actor_profile": {"actor": "Q30"}, "acts_by_type": {"type": "THREATEN"},
          "acts_by_quad_class": {"quad": "verbal-conflict"}, "acts_in_document": {"document": "one"},
          "leader_on_date": {"state": "Q159", "date": "2019-04-25"}, "leaders_over_time": {"actor": "Q159"},
          "network": {"actor": "Q159"}}
MORE = [  # further parameter values, so each parameterised query is compared on more than one answer
    ("allies_of", {"actor": "Q423"}), ("acts_by_actor", {"actor": "Q159"}), ("acts_against_actor", {"actor": "Q17"}),
    ("actor_profile", {"actor": "Q159"}), ("acts_by_type", {"cameo": "163"}), ("acts_by_type", {}),
    ("acts_by_quad_class", {"quad": "verbal-cooperation"}),
    ("acts_in_document", {"document": "north-korea-russia-alliance"}),
]


def documents() -> list[Document]:
    from accord.documents import read_document
    return [read_document(SAMPLE)] + [Document.from_text(t, id=i) for i, t in TEXTS.items()]


def remote(virtuoso, **options) -> RemoteStore:
    return RemoteStore.open(virtuoso.query_url, update_url=virtuoso.update_url, user=virtuoso.user,
                            password=virtuoso.password, auth="digest", **options)


def wipe(store: RemoteStore) -> None:
    for graph in store.documents() + ["https://w3id.org/accord/id/graph/ontology"]:
        store.replace_graph(graph, [])


@pytest.fixture(scope="module")
def both(virtuoso) -> tuple[KnowledgeGraph, KnowledgeGraph]:
    """The same documents in an embedded store and on Virtuoso."""
    store = remote(virtuoso)
    wipe(store)
    embedded, served = KnowledgeGraph.open(), KnowledgeGraph(store)
    embedded.ingest(documents())
    served.ingest(documents())
    return embedded, served


def cases(embedded: KnowledgeGraph) -> list[tuple[str, dict]]:
    out = [(name, dict(PARAMS.get(name, {}))) for name in sorted(queries.catalogue())]
    for name, params in out:
        if name == "act_evidence":
            params["act"] = embedded.query("acts_in_document", document="one")[0]["act"]
    return out + MORE


def test_every_stored_query_gives_the_same_rows(both) -> None:
    embedded, served = both
    compared = 0
    for name, params in cases(embedded):
        here, there = embedded.query(name, **params), served.query(name, **params)
        assert here.columns == there.columns, name
        # Rows are plain values (int, date, str…): a literal typed differently on the server would differ here.
        # Compared as multisets: rows that tie on every ORDER BY key may come in either order.
        assert sorted(map(repr, here)) == sorted(map(repr, there)), (name, params)
        compared += bool(len(here)) or name.startswith("checks/")
    assert compared >= len(queries.catalogue())


def test_values_keep_their_types(both) -> None:
    embedded, served = both
    for kg in both:
        row = kg.query("acts_by_actor", actor="Q159")[0]
        assert isinstance(row["start"], int)
    # Counts come back as integers from both (Virtuoso types aggregates its own way).
    assert embedded.query("actor_mentions")[0] == served.query("actor_mentions")[0]
    assert isinstance(served.query("actor_mentions")[0]["mentions"], int)


def test_same_store_contents(both) -> None:
    embedded, served = both
    assert embedded.documents() == served.documents()
    assert len(embedded.store) == len(served.store)
    assert embedded.stats() == served.stats()


def test_reingest_replaces_the_graph_and_resume_skips(virtuoso) -> None:
    store = remote(virtuoso)
    doc = Document.from_text("Russia imposed sanctions on Japan.", id="remote-replace")
    ingestion.ingest(store, [doc])
    before = len(store)
    again = ingestion.ingest(store, [doc], jobs=1)
    assert not again.written and again.skipped == ("remote-replace",)
    changed = Document.from_text("Russia praised Japan.", id="remote-replace")
    assert len(ingestion.ingest(store, [changed]).written) == 1
    rows = KnowledgeGraph(store).query("acts_in_document", document="remote-replace")
    assert [r["type"] for r in rows] == ["support"] and len(store) != before
    store.replace_graph("https://w3id.org/accord/id/doc/remote-replace", [])
    assert "https://w3id.org/accord/id/doc/remote-replace" not in store.documents()


def test_export_from_server_loads_into_embedded_store(both) -> None:
    embedded, served = both
    moved = Store.open()
    moved.load(served.store.dump("nquads"), "nquads")
    assert sorted(moved.documents()) == sorted(embedded.documents())
    kg = KnowledgeGraph(moved)
    assert kg.query("sanctions").records == embedded.query("sanctions").records


def test_cli_on_the_server(capsys, virtuoso, tmp_path: Path) -> None:
    doc = tmp_path / "cli-note.txt"
    doc.write_text("Germany accused Russia of cyber attacks.")
    base = ["--store", virtuoso.query_url, "--update-url", virtuoso.update_url, "--user", virtuoso.user,
            "--password", virtuoso.password, "--auth", "digest"]
    code, _, err = run(capsys, *base, "ingest", str(doc))
    assert code == 0 and "ingested 1 documents" in err, err
    code, out, _ = run(capsys, *base, "query", "acts_in_document", "-p", "document=cli-note", "--format", "csv")
    assert code == 0 and "accuse" in out
    # Reading needs no credentials on Virtuoso's public /sparql.
    code, out, _ = run(capsys, "--store", virtuoso.query_url, "sparql", "--format", "csv",
                       "SELECT ?t WHERE { <https://w3id.org/accord/id/doc/cli-note> rdfs:label ?t }")
    assert code == 0 and "cli-note" in out
    RemoteStore.open(virtuoso.query_url, update_url=virtuoso.update_url, user=virtuoso.user,
                     password=virtuoso.password, auth="digest").replace_graph(
        "https://w3id.org/accord/id/doc/cli-note", [])


def test_credentials_come_from_the_environment(monkeypatch, virtuoso) -> None:
    monkeypatch.setenv("ACCORD_STORE_UPDATE_URL", virtuoso.update_url)
    monkeypatch.setenv("ACCORD_STORE_USER", virtuoso.user)
    monkeypatch.setenv("ACCORD_STORE_PASSWORD", virtuoso.password)
    monkeypatch.setenv("ACCORD_STORE_AUTH", "digest")
    store = open_store(virtuoso.query_url)
    assert store.endpoint.user == virtuoso.user and store.endpoint.auth == "digest"
    store.ensure_ontology()


def test_wrong_password_is_one_error_line(capsys, virtuoso, tmp_path: Path) -> None:
    doc = tmp_path / "x.txt"
    doc.write_text("Russia praised China.")
    code, _, err = run(capsys, "--store", virtuoso.query_url, "--update-url", virtuoso.update_url, "--user", "dba",
                       "--password", "wrong", "--auth", "digest", "ingest", str(doc))
    assert code == 2 and err.startswith("error: ") and "credentials" in err and len(err.splitlines()) == 1


def test_updates_through_the_read_only_endpoint_fail(virtuoso) -> None:
    store = RemoteStore.open(virtuoso.query_url)  # anonymous /sparql: Virtuoso refuses updates there
    with pytest.raises(StoreError):
        store.replace_graph("https://w3id.org/accord/id/doc/never", [])


def test_bad_query_is_a_query_error(virtuoso) -> None:
    with pytest.raises(QueryError):
        KnowledgeGraph(RemoteStore.open(virtuoso.query_url)).sparql("SELECT ?x WHERE { ?x ")


def test_unreachable_server(capsys) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run(capsys, "--store", f"http://127.0.0.1:{port}/sparql", "stats")
    assert code == 2 and err.startswith("error: ") and "cannot reach" in err


def test_a_silent_server_meets_the_deadline() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.extend(listener.accept() for _ in range(1)), daemon=True).start()
    start = time.monotonic()
    try:
        with pytest.raises(StoreError, match="no answer within"):
            RemoteStore.open(f"http://127.0.0.1:{listener.getsockname()[1]}/sparql", timeout=1.0)
    finally:
        listener.close()
        for conn, _ in held:
            conn.close()
    assert time.monotonic() - start < 5


def test_prefixes_are_declared_once() -> None:
    text = with_prefixes("PREFIX acc: <https://w3id.org/accord/ontology#>\nSELECT ?x WHERE { ?x a acc:Act }")
    assert text.count("PREFIX acc:") == 1 and "PREFIX rdfs:" in text
