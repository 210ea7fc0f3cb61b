"""A short fuzz run of every target of scripts/fuzz.py, each in its own process: only AccordError, no crash."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT


def test_fuzz_targets_raise_only_accord_errors_and_never_crash() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "fuzz.py"), "--total", "3300"],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    summary = re.search(r"fuzz: ([\d,]+) inputs across (\d+) targets, (\d+) uncaught .*, (\d+) crashed", result.stdout)
    assert summary, result.stdout
    inputs, targets, uncaught, crashed = (int(g.replace(",", "")) for g in summary.groups())
    assert inputs >= 3300 and targets == 12 and uncaught == 0 and crashed == 0
