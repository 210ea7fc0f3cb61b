"""A pytest plugin that counts every socket connection the test run makes and fails a test that leaves 127.0.0.1.

Loopback (127.0.0.0/8, ::1, localhost), unix sockets and the endpoints listed in $ACCORD_TEST_ALLOW
(comma-separated host or host:port) are allowed; any other connect, and any name lookup of another host, is
refused with ConnectionRefusedError before a packet leaves, recorded against the running test, and turns that
test into a failure even when the code under test swallows the error. The session ends with one summary line.

Python subprocesses that inherit the environment are guarded too: PYTHONPATH gains netguard_site/, whose
sitecustomize.py installs the same guard and logs each event to $ACCORD_NETGUARD_LOG, which this plugin reads
after each test. Other programs (Java, a database server) are not wrapped.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

SITE = Path(__file__).resolve().parent / "netguard_site"
sys.path.insert(0, str(SITE))

from netguard_core import Guard, Tally, is_loopback  # noqa: E402

__all__ = ["Tally", "is_loopback", "read_subprocess_events"]

TALLY = Tally()
_GUARD = Guard(TALLY)
_LOG: dict[str, object] = {}


def pytest_configure(config: pytest.Config) -> None:
    _GUARD.install()
    handle, name = tempfile.mkstemp(prefix="accord-netguard-", suffix=".log")
    os.close(handle)
    _LOG.update(path=Path(name), offset=0, env={k: os.environ.get(k) for k in ("PYTHONPATH", "ACCORD_NETGUARD_LOG")})
    os.environ["ACCORD_NETGUARD_LOG"] = name
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SITE), os.environ.get("PYTHONPATH"))))


def pytest_unconfigure(config: pytest.Config) -> None:
    _GUARD.uninstall()
    for key, value in _LOG.get("env", {}).items():  # type: ignore[union-attr]
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    if isinstance(_LOG.get("path"), Path):
        _LOG["path"].unlink(missing_ok=True)  # type: ignore[union-attr]


def read_subprocess_events() -> None:
    path = _LOG.get("path")
    if not isinstance(path, Path) or not path.exists():
        return
    with open(path, encoding="utf-8") as log:
        log.seek(_LOG["offset"])  # type: ignore[arg-type]
        text = log.read()
    complete = text[: text.rfind("\n") + 1]
    _LOG["offset"] = _LOG["offset"] + len(complete.encode())  # type: ignore[operator]
    TALLY.absorb(complete.splitlines())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem):
    read_subprocess_events()
    TALLY.current = item.nodeid
    yield
    TALLY.current = "<outside a test>"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if report.when != "call":
        return
    read_subprocess_events()
    refused = TALLY.by_test.get(item.nodeid)
    if refused and not getattr(item, "_netguard_expected", False):
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


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    # sitecustomize.py must not be imported by the doctest collector: it is for subprocesses only
    return True if collection_path == SITE / "sitecustomize.py" else None


def pytest_terminal_summary(terminalreporter) -> None:
    read_subprocess_events()
    terminalreporter.write_line(
        f"netguard: {TALLY.local + TALLY.allowed + len(TALLY.refused)} connection attempts — {TALLY.local} to "
        f"loopback, {TALLY.allowed} to allow-listed endpoints, {len(TALLY.refused)} refused")
