"""Start `accord serve` as a child process on a free port of 127.0.0.1 and wait until it answers (tests, scripts)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path, *args: str, timeout: float = 90, **popen) -> tuple[subprocess.Popen, str]:
    """Start `accord serve --store STORE ARGS...` and return the process and its base URL once /queries answers.

    Raises:
        RuntimeError: the server ended, or did not answer within `timeout` seconds.
    """
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from accord.cli import run; run()", "serve", "--store",
                                str(store), "--port", str(port), *args], **popen)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"accord serve ended with exit code {process.returncode}")
        try:
            with urllib.request.urlopen(base + "/queries", timeout=2) as response:
                if response.status == 200:
                    return process, base
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    stop(process)
    raise RuntimeError(f"accord serve did not answer within {timeout:.0f} s")


def stop(process: subprocess.Popen) -> None:
    """End the server as Ctrl-C would (it stops its workers), killing it if it takes too long."""
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
