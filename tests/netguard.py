"""A pytest plugin that counts every socket connection the test run makes and fails a test that leaves 127.0.0.1.

Loopback (127.0.0.0/8, ::1, localhost), unix sockets and the endpoints listed in $ACCORD_TEST_ALLOW
(comma-separated host or host:port) are allowed; any other connect, and any name lookup of another host, is
refused with ConnectionRefusedError before a packet leaves, recorded against the running test, and turns that
test into a failure even when the code under test swallows the error. The session ends with one summary line.

Subprocesses are not wrapped (they are separate interpreters); accord's own CLI runs in process in the tests.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from dataclasses import dataclass, field

import pytest

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


@dataclass
class Tally:
    """Connections seen so far, and the refused ones per test."""

    local: int = 0
    allowed: int = 0
    refused: list[str] = field(default_factory=list)
    current: str = "<outside a test>"
    by_test: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def refuse(self, what: str) -> None:
        with self.lock:
            self.refused.append(what)
            self.by_test.setdefault(self.current, []).append(what)


def _allow_list() -> set[tuple[str, int | None]]:
    allowed: set[tuple[str, int | None]] = set()
    for item in filter(None, (x.strip() for x in os.environ.get("ACCORD_TEST_ALLOW", "").split(","))):
        host, sep, port = item.rpartition(":") if item.count(":") == 1 else ("", "", "")
        allowed.add((host, int(port)) if sep and port.isdigit() else (item, None))
    return allowed


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("localhost"), is_loopback("10.0.0.1")
    (True, True, True, False)
    >>> is_loopback("::ffff:127.0.0.1"), is_loopback("0.0.0.0")
    (True, True)
    """
    host = host.strip("[]").lower()
    if host in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    # Connecting to the unspecified address (0.0.0.0, ::) reaches this machine on Linux: servers bound to it
    # are often addressed that way in tests.
    return address.is_loopback or address.is_unspecified or bool(mapped and mapped.is_loopback)


class Guard:
    """Wraps socket.socket.connect/connect_ex and socket.getaddrinfo for the life of the session."""

    def __init__(self, tally: Tally):
        self.tally = tally
        self.allowed = _allow_list()
        self._connect = socket.socket.connect
        self._connect_ex = socket.socket.connect_ex
        self._getaddrinfo = socket.getaddrinfo

    def permitted(self, host: str, port: int | None) -> bool:
        return is_loopback(host) or (host, None) in self.allowed or (host, port) in self.allowed

    def check(self, sock: socket.socket, address) -> None:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
            return  # unix sockets, netlink and the like never leave the machine
        host, port = str(address[0]), int(address[1])
        if self.permitted(host, port):
            with self.tally.lock:
                if is_loopback(host):
                    self.tally.local += 1
                else:
                    self.tally.allowed += 1
            return
        self.tally.refuse(f"connect to {host}:{port}")
        raise ConnectionRefusedError(f"netguard: connection to {host}:{port} is off the test allow-list")

    def install(self) -> None:
        guard = self

        def connect(sock, address):
            guard.check(sock, address)
            return guard._connect(sock, address)

        def connect_ex(sock, address):
            guard.check(sock, address)
            return guard._connect_ex(sock, address)

        def getaddrinfo(host, port, *args, **kwargs):
            name = host.decode() if isinstance(host, bytes) else host
            if name is not None and not guard.permitted(str(name), port if isinstance(port, int) else None):
                guard.tally.refuse(f"name lookup of {name}")
                raise socket.gaierror(socket.EAI_NONAME, f"netguard: lookup of {name} is off the test allow-list")
            return guard._getaddrinfo(host, port, *args, **kwargs)

        socket.socket.connect = connect  # type: ignore[method-assign]
        socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
        socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]

    def uninstall(self) -> None:
        socket.socket.connect = self._connect  # type: ignore[method-assign]
        socket.socket.connect_ex = self._connect_ex  # type: ignore[method-assign]
        socket.getaddrinfo = self._getaddrinfo  # type: ignore[assignment]


TALLY = Tally()
_GUARD = Guard(TALLY)


def pytest_configure(config: pytest.Config) -> None:
    _GUARD.install()


def pytest_unconfigure(config: pytest.Config) -> None:
    _GUARD.uninstall()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    TALLY.current = item.nodeid
    yield
    TALLY.current = "<outside a test>"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    refused = TALLY.by_test.get(item.nodeid)
    if report.when == "call" and refused and not getattr(item, "_netguard_expected", False):
        report.outcome = "failed"
        report.longrepr = f"netguard: this test tried to reach the network: {'; '.join(refused)}"


@pytest.fixture
def netguard() -> Tally:
    """The session's tally; a test that uses it may cause refused connections on purpose (and check them)."""
    return TALLY


@pytest.fixture
def expect_refused(request: pytest.FixtureRequest) -> Tally:
    """Mark the test as one that provokes refused connections deliberately; they do not fail it."""
    request.node._netguard_expected = True
    return TALLY


def pytest_terminal_summary(terminalreporter) -> None:
    terminalreporter.write_line(
        f"netguard: {TALLY.local + TALLY.allowed + len(TALLY.refused)} connection attempts — {TALLY.local} to "
        f"loopback, {TALLY.allowed} to allow-listed endpoints, {len(TALLY.refused)} refused")
