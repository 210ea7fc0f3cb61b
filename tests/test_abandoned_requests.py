"""A request given up at its deadline does not keep the process alive: the command ends when it reports the failure.

Each case runs in a process of its own, beside a server (a daemon thread of that process) that sends the headers
and then a byte every 0.2 s for 200 s (test_linking_endpoints' "drip" endpoint): every read arrives within the
socket's timeout, the answer never does.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from test_linking_endpoints import server  # noqa: F401  (the fixture)

from accord.linking import Client, EndpointError

TESTS = Path(__file__).resolve().parent
# The misbehaving endpoint of test_linking_endpoints, dripping: in a daemon thread of the process under test.
SERVER = textwrap.dedent(f"""
    import http.server, sys, threading
    sys.path.insert(0, {str(TESTS)!r})
    from test_linking_endpoints import Misbehaving

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    server.daemon_threads = True
    server.mode, server.requests = "drip", 0
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{{server.server_port}}/sparql"
""")

CASES = {
    "linking client": """
        from accord.linking import Client, EndpointError
        try:
            Client(url, allowed=(url,), deadline=1, interval=0, retries=0).select("SELECT * WHERE { ?s ?p ?o }")
        except EndpointError as exc:
            print(exc)
    """,
    "remote store": """
        from accord.errors import StoreError
        from accord.remote import RemoteStore
        try:
            RemoteStore.open(url, timeout=1)
        except StoreError as exc:
            print(exc)
    """,
}


@pytest.mark.parametrize("case", CASES)
def test_the_process_ends_when_the_request_is_given_up(case: str) -> None:
    started = time.monotonic()
    # Before: the request ran on a concurrent.futures worker, which the interpreter joins at exit, so the process
    # lived until the server stopped sending (200 s).
    result = subprocess.run([sys.executable, "-c", SERVER + textwrap.dedent(CASES[case])], capture_output=True,
                            text=True, timeout=60)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "no answer within" in result.stdout, result.stdout
    assert took < 20, took  # the deadline is 1 s; the rest is the interpreter starting and importing accord


def test_the_abandoned_request_stops_reading_at_the_deadline(server) -> None:
    # In a long-lived process (accord serve on a remote store, a notebook) a request given up must not keep
    # reading a dripping answer in the background: its thread ends by itself soon after the deadline.
    server.mode = "drip"
    url = f"http://127.0.0.1:{server.server_port}/sparql"
    with pytest.raises(EndpointError, match="no answer within"):
        Client(url, allowed=(url,), deadline=1, interval=0, retries=0).select("SELECT * WHERE { ?s ?p ?o }")
    give_up = time.monotonic() + 5
    while any(t.name == "accord-request" for t in threading.enumerate()) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert not any(t.name == "accord-request" for t in threading.enumerate())
