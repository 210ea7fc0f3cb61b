"""The socket guard itself, without pytest: allow loopback and listed endpoints, refuse and record the rest.

Imported by the pytest plugin (tests/netguard.py) and, through sitecustomize.py in this folder, by every
Python subprocess a test starts, which then appends its events to the file named by $ACCORD_NETGUARD_LOG.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

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

    log: Path | None = None

    def refuse(self, what: str) -> None:
        with self.lock:
            self.refused.append(what)
            self.by_test.setdefault(self.current, []).append(what)
        self._log("refused", what)

    def connected(self, host: str, port: int, local: bool) -> None:
        with self.lock:
            if local:
                self.local += 1
            else:
                self.allowed += 1
        self._log("local" if local else "allowed", f"{host}:{port}")

    def _log(self, kind: str, what: str) -> None:
        if self.log is not None:  # one short append per event: lines from several processes do not interleave
            with open(self.log, "a", encoding="utf-8") as out:
                out.write(f"{kind}\t{os.getpid()}\t{what}\n")

    def absorb(self, lines: list[str]) -> None:
        """Count the events that subprocesses logged, against the running test."""
        for line in lines:
            kind, _, rest = line.rstrip("\n").partition("\t")
            what = f"{rest.partition(chr(9))[2]} (in subprocess {rest.partition(chr(9))[0]})"
            if kind == "refused":
                with self.lock:
                    self.refused.append(what)
                    self.by_test.setdefault(self.current, []).append(what)
            elif kind in ("local", "allowed"):
                with self.lock:
                    setattr(self, kind, getattr(self, kind) + 1)


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
            self.tally.connected(host, port, is_loopback(host))
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


