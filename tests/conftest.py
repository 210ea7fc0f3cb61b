"""Shared fixtures: a fresh in-memory graph per test, and the sample document read once."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from accord import KnowledgeGraph
from accord.documents import read_document
from accord.extract import Extraction, extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "documents" / "north-korea-russia-alliance.md"
DATA = Path(__file__).resolve().parent / "data"
# Every test runs under the socket guard: loopback and allow-listed endpoints only, counted (tests/netguard.py).
pytest_plugins = ["netguard"]


@pytest.fixture
def kg() -> KnowledgeGraph:
    """An empty knowledge graph in memory, new for each test."""
    return KnowledgeGraph.open()


@pytest.fixture(scope="session")
def sample() -> Extraction:
    return extract(read_document(SAMPLE))


@pytest.fixture(scope="session")
def sample_kg() -> KnowledgeGraph:
    """The sample document ingested once; tests must not write to it."""
    graph = KnowledgeGraph.open()
    graph.ingest(SAMPLE)
    return graph


@pytest.fixture(scope="session")
def ontology() -> Graph:
    g = Graph()
    g.parse(ROOT / "ontology" / "accord.ttl")
    return g


@pytest.fixture(scope="session")
def virtuoso():
    """One real Virtuoso server on 127.0.0.1 for the whole session (tests/virtuoso.py); never skipped.

    A missing binary or a server that does not start fails the tests that use it: `make test` installs
    Debian's virtuoso-opensource first (`make virtuoso`).
    """
    from virtuoso import Virtuoso, VirtuosoError

    try:
        server = Virtuoso()
        server.start()
    except VirtuosoError as exc:
        pytest.fail(f"Virtuoso test server: {exc}", pytrace=False)
    try:
        yield server
    finally:
        server.stop()


# Serving (issue 6): one `accord serve` subprocess on 127.0.0.1 over a copy of the sample, for the protocol and
# page tests. It runs with a short time limit, a small row cap, an update token and one allowed endpoint.
SERVE_TOKEN = "test-token"
SERVE_ROW_CAP = 50


def start_server(store: Path, *args: str):
    """Start `accord serve` on a free port and wait until it answers; returns (process, base URL)."""
    from accord.serve.launch import start

    return start(store, *args)


def stop_server(process) -> None:
    from accord.serve.launch import stop

    stop(process)


@pytest.fixture(scope="session")
def served_store(tmp_path_factory, sample_kg: KnowledgeGraph) -> Path:
    """A store on disk holding the sample, for servers to open."""
    path = tmp_path_factory.mktemp("served") / "store"
    with KnowledgeGraph.open(path) as graph:
        graph.load(sample_kg.export("trig"), format="trig")
    return path


@pytest.fixture(scope="session")
def remote_sparql():
    """A stand-in remote SPARQL endpoint on 127.0.0.1 that answers every query with one fixed row."""
    import http.server
    import threading

    body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"from afar"}}]}}'

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self.rfile.read(length)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def server(served_store: Path, remote_sparql: str):
    """The base URL of a running `accord serve` with a token, a 1 s time limit and a row cap of 50."""
    process, base = start_server(served_store, "--time-limit", "1", "--row-cap", str(SERVE_ROW_CAP),
                                 "--update-token", SERVE_TOKEN, "--allow-endpoint", remote_sparql)
    yield base
    stop_server(process)


@pytest.fixture(scope="session")
def plain_server(served_store: Path):
    """The base URL of `accord serve` with its defaults: no update token, no allowed endpoints."""
    process, base = start_server(served_store)
    yield base
    stop_server(process)
