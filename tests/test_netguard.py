"""The socket guard: loopback is allowed and counted, anything else is refused and fails the test that tried."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from netguard import Tally

HERE = Path(__file__).resolve().parent


def test_loopback_server_is_reachable_and_counted(netguard: Tally) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    accepted = threading.Thread(target=lambda: server.accept()[0].close())
    accepted.start()
    before = netguard.local
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    accepted.join(5)
    server.close()
    assert netguard.local == before + 1


def test_other_hosts_are_refused_before_a_packet_leaves(expect_refused: Tally) -> None:
    before = len(expect_refused.refused)
    with pytest.raises(ConnectionRefusedError, match="allow-list"):
        socket.socket().connect(("192.0.2.1", 80))  # TEST-NET-1: would hang, never answer
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("example.org", 443)
    assert len(expect_refused.refused) == before + 2


def test_subprocesses_still_run() -> None:
    out = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True, check=True)
    assert out.stdout == "42\n"


def test_a_test_that_swallows_the_refusal_still_fails(tmp_path: Path) -> None:
    (tmp_path / "test_leaky.py").write_text(
        "import socket\n"
        "def test_leaky():\n"
        "    try:\n"
        "        socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
        "    except OSError:\n"
        "        pass\n"
        "def test_local():\n"
        "    import socket\n"
        "    s = socket.create_server(('127.0.0.1', 0))\n"
        "    socket.create_connection(s.getsockname()).close()\n")
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "netguard", "-p", "no:cacheprovider",
                             str(tmp_path / "test_leaky.py")], capture_output=True, text=True, cwd=tmp_path,
                            env={"PYTHONPATH": str(HERE), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert result.returncode == 1, result.stdout
    assert "netguard: this test tried to reach the network: name lookup of 192.0.2.1" in result.stdout
    assert "1 failed, 1 passed" in result.stdout
    assert "netguard: 2 connection attempts — 1 to loopback, 0 to allow-listed endpoints, 1 refused" in result.stdout


def test_python_subprocesses_are_guarded_and_counted(expect_refused: Tally) -> None:
    from netguard import read_subprocess_events

    code = ("import socket\n"
            "server = socket.create_server(('127.0.0.1', 0))\n"
            "socket.create_connection(server.getsockname()).close()\n"
            "try:\n"
            "    socket.socket().connect(('192.0.2.1', 80))\n"
            "except ConnectionRefusedError as exc:\n"
            "    print(exc)\n")
    before_local, before_refused = expect_refused.local, len(expect_refused.refused)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "off the test allow-list" in result.stdout, result.stderr
    read_subprocess_events()
    assert expect_refused.local == before_local + 1
    assert len(expect_refused.refused) == before_refused + 1 and "in subprocess" in expect_refused.refused[-1]
