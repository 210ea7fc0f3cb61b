"""Installs the test suite's socket guard in a Python subprocess started under pytest (see tests/netguard.py)."""

from __future__ import annotations

import os

if os.environ.get("ACCORD_NETGUARD_LOG"):
    from pathlib import Path

    from netguard_core import Guard, Tally

    Guard(Tally(log=Path(os.environ["ACCORD_NETGUARD_LOG"]))).install()
