"""Endpoints that misbehave: each request ends within its deadline, says why, and leaves the cache as it was."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord import KnowledgeGraph
from accord.linking import Client, EndpointError, link
from accord.linking.cache import Cache
from accord.linking.mapping import Entry, Retrieval

RESULTS = json.dumps({"head": {"vars": ["item"]}, "results": {"bindings": []}}).encode()


class Misbehaving(http.server.BaseHTTPRequestHandler):
    """Answers every POST as `self.server.mode` says; counts the requests."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.requests += 1
        mode = self.server.mode
        if mode == "hang":
            time.sleep(30)
            return
        if mode == "drip":   # headers at once, then a byte every 0.2 s without end: never a whole answer
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:   # the client gave up, as it should
                pass
            return
        if mode == "slow":   # a byte every half second: every read is quick, the whole answer is not
            self._head(200, "application/sparql-results+json", len(RESULTS))
            for byte in RESULTS:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.5)
            return
        if mode == "html":
            body = b"<html><body>Service temporarily unavailable</body></html>"
            self._head(200, "text/html", len(body))
        elif mode == "garbage":
            body = b"\x00\x01{not json"
            self._head(200, "application/sparql-results+json", len(body))
        elif mode == "429" or (mode == "429-then-ok" and self.server.requests == 1):
            body = b"Too Many Requests"
            self._head(429, "text/plain", len(body), {"Retry-After": "1"})
        elif mode == "503":
            body = b"down"
            self._head(503, "text/plain", len(body))
        else:
            body = RESULTS
            self._head(200, "application/sparql-results+json", len(body))
        self.wfile.write(body)

    def _head(self, status: int, kind: str, length: int, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(length))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server() -> Iterator[http.server.ThreadingHTTPServer]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    srv.daemon_threads = True
    srv.mode, srv.requests = "ok", 0
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _url(srv) -> str:
    return f"http://127.0.0.1:{srv.server_port}/sparql"


def _cache_with_one_entry(folder: Path) -> bytes:
    Cache(folder).put([Entry("Q159", Retrieval("https://query.wikidata.org/sparql", "2026-01-01T00:00:00Z"), {
        "labels": [{"what": {"type": "literal", "value": "label"},
                    "text": {"type": "literal", "value": "Russia", "xml:lang": "en"}}]})])
    return (folder / "Q159.json").read_bytes()


@pytest.mark.parametrize("mode, message", [
    ("hang", "no answer within the 2s deadline"),
    ("slow", "no answer within the 2s deadline"),
    ("drip", "no answer within the 2s deadline"),
    ("html", "answered text/html, not SPARQL JSON results"),
    ("garbage", "answer is not valid SPARQL JSON results"),
    ("429", "HTTP 429"),
    ("503", "HTTP 503"),
])
def test_bad_endpoint_ends_in_time_with_a_clear_error(server, tmp_path: Path, mode: str, message: str) -> None:
    server.mode = mode
    before = _cache_with_one_entry(tmp_path)
    client = Client(_url(server), allowed=(_url(server),), deadline=2, interval=0, retries=2, backoff=0.2)
    kg = KnowledgeGraph.open()
    started = time.monotonic()
    report = link(kg.store, cache_dir=tmp_path, client=client, qids=["Q159", "Q423"], snapshot=None)
    took = time.monotonic() - started
    assert took < 2 + 1, took   # the deadline covers the whole call, retries included, plus 1 s of slack
    print(f"\n{mode} endpoint: ended after {took:.2f} s (deadline 2 s): {report.failure}")
    assert message in report.failure
    assert report.summary().startswith(f"could not refresh 2 entities from {_url(server)}: ")
    assert (tmp_path / "Q159.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Q159.json"]   # no stray temporary file either
    assert (report.from_cache, report.unknown) == (1, 1)
    assert kg.sparql("ASK { <https://w3id.org/accord/id/actor/Q159> skos:prefLabel 'Russia'@en }")


def test_429_is_retried_after_the_time_asked(server, tmp_path: Path) -> None:
    server.mode = "429-then-ok"
    client = Client(_url(server), allowed=(_url(server),), deadline=10, interval=0, retries=2, backoff=0.1)
    started = time.monotonic()
    assert client.select("SELECT * WHERE { ?s ?p ?o }") == []
    assert server.requests == 2 and time.monotonic() - started >= 1


def test_requests_are_spaced_by_the_rate_limit(server) -> None:
    client = Client(_url(server), allowed=(_url(server),), interval=0.3)
    started = time.monotonic()
    for _ in range(3):
        client.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - started >= 0.6


def test_an_endpoint_off_the_allow_list_is_never_contacted(server, monkeypatch) -> None:
    monkeypatch.delenv("ACCORD_ENDPOINTS", raising=False)
    with pytest.raises(EndpointError, match="not on the allow-list"):
        Client(_url(server))
    monkeypatch.setenv("ACCORD_ENDPOINTS", _url(server))
    assert Client(_url(server)).select("SELECT * WHERE { ?s ?p ?o }") == []
    assert server.requests == 1


def test_user_agent_is_descriptive(server) -> None:
    seen = []
    original = Misbehaving.do_POST

    def record(self) -> None:
        seen.append(self.headers.get("User-Agent"))
        original(self)

    Misbehaving.do_POST = record
    try:
        Client(_url(server), allowed=(_url(server),)).select("SELECT * WHERE { ?s ?p ?o }")
    finally:
        Misbehaving.do_POST = original
    assert seen and seen[0].startswith("accord/") and "https://" in seen[0]
