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


def test_reason_killed_keeps_the_asserted_graphs_and_an_old_or_new_inferred_graph() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "crashtest.py"), "--kills", "0", "--reason-kills",
                             "4", "--docs", "3", "--seed", "5"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    figures = re.search(r"crashtest reason: (\d+) kills, (\d+) survived .* old in (\d+), new in (\d+)\).* (\d+) failures",
                        result.stdout)
    assert figures, result.stdout
    kills, survived, old, new, failures = map(int, figures.groups())
    assert (kills, survived, failures) == (4, 4, 0) and old + new == 4
