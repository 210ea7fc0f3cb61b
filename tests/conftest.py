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
