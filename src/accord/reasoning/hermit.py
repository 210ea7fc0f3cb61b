"""OWL 2 DL checks with HermiT (through owlready2) in a subprocess with a time budget and a Java heap cap."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReasoningError

DEFAULT_SECONDS = 120
DEFAULT_HEAP_MB = 1024
# Above this many asserted triples `accord check` reasons over the ontology alone (HermiT's tableau is slow).
DATA_LIMIT = 50_000


@dataclass(frozen=True)
class HermitReport:
    """What HermiT said: consistency, unsatisfiable classes, and the subclass links it inferred."""

    consistent: bool
    unsatisfiable: tuple[str, ...]
    inferred_subclasses: tuple[tuple[str, str], ...]
    triples: int
    seconds: float


def run_hermit(ntriples: bytes, *, seconds: int = DEFAULT_SECONDS, heap_mb: int = DEFAULT_HEAP_MB) -> HermitReport:
    """Run HermiT over `ntriples` (ontology and, optionally, data) in a child process.

    Raises:
        ReasoningError: HermiT did not finish within `seconds`, or failed; the Java error is reduced to one line.
    """
    with tempfile.TemporaryDirectory(prefix="accord-hermit-") as folder:
        path = Path(folder) / "input.nt"
        path.write_bytes(ntriples)
        try:
            done = subprocess.run([sys.executable, "-m", "accord.reasoning.hermit_worker", str(path), str(heap_mb)],
                                  capture_output=True, text=True, timeout=seconds)
        except subprocess.TimeoutExpired:
            raise ReasoningError(f"HermiT did not finish within {seconds} s (try --timeout, or check the "
                                 "ontology alone with --no-data)") from None
    if done.returncode != 0 or not done.stdout.strip():
        raise ReasoningError(f"HermiT failed: {_java_message(done.stderr)}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if "error" in result:
        raise ReasoningError(f"HermiT failed: {result['error']}")
    return HermitReport(result["consistent"], tuple(result["unsatisfiable"]),
                        tuple(tuple(pair) for pair in result["subclasses"]), result["triples"], result["seconds"])


def _java_message(stderr: str) -> str:
    """The one informative line of a Java or Python failure: the exception's message, never the trace."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "Exception" in line or "Error" in line:
            if not line.startswith(("at ", "File ")):
                return line[:300]
    return (lines[-1][:300] if lines else "no output")
