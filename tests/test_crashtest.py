"""A short crash test: ingest killed with SIGKILL at random points keeps exactly the acknowledged documents."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def test_kills_lose_no_acknowledged_document_and_leave_none_partial() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "crashtest.py"), "--kills", "4", "--docs", "4",
                             "--seed", "11"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    figures = re.search(r"crashtest: (\d+) kills, (\d+) survived, (\d+) documents checked .* (\d+) failures",
                        result.stdout)
    assert figures, result.stdout
    kills, survived, checked, failures = map(int, figures.groups())
    assert (kills, survived, failures) == (4, 4, 0) and checked >= 4
