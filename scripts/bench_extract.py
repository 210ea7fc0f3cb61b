"""Throughput of extraction beside spaCy's own parse-only throughput on the same texts (`make bench-extract`).

Usage: ``python scripts/bench_extract.py [GSR.json] [--processes N] [--repeat R]``. The documents are built
from real text: the PLOVER gold-standard sentences (../shared/data/plover/, CC BY-SA 4.0) taken three at a
time in a sliding window, plus the documents under data/documents/. Each measurement runs in a fresh process
(the model loaded before the clock starts) and prints the median of R runs; peak memory is the parent's
high-water mark plus N times the largest worker's.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GSR = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
WINDOW = 3
DOCUMENTS = 300


def texts(gsr: Path) -> list[str]:
    """At least DOCUMENTS texts: windows of WINDOW consecutive GSR sentences, then the sample documents."""
    from accord.documents import read_documents

    records = [r["text"] for r in json.loads(gsr.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    out = [" ".join(records[(i + k) % len(records)] for k in range(WINDOW)) for i in range(DOCUMENTS)]
    out += [d.text for d in read_documents([str(ROOT / "data" / "documents")])]
    return out


def _peak_mb(processes: int) -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + processes * children) / 1024


def measure(mode: str, gsr: Path, processes: int, repeat: int) -> dict:
    """One mode in this process: 'parse' (spaCy's nlp.pipe with n_process) or 'extract' (accord end to end)."""
    from accord.documents import Document
    from accord.extract import extract, extract_many
    from accord.extract.nlp import pipeline

    items = texts(gsr)
    nlp = pipeline()
    tokens = sum(len(nlp.make_doc(t)) for t in items)
    documents = [Document.from_text(t, id=f"bench-{n}") for n, t in enumerate(items)]
    extract(documents[0])                         # load the model, gazetteer and lexicon before the clock
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        if mode == "parse":
            for _doc in nlp.pipe(items, batch_size=64, n_process=processes):
                pass
        else:
            extract_many(documents, processes=processes, batch_size=64)
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    return {"mode": mode, "documents": len(items), "tokens": tokens, "seconds": round(seconds, 3),
            "docs_per_s": round(len(items) / seconds, 1), "tokens_per_s": round(tokens / seconds),
            "peak_mb": round(_peak_mb(processes))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gsr", nargs="?", type=Path, default=DEFAULT_GSR)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--mode", choices=("parse", "extract"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.gsr.exists():
        print(f"error: {args.gsr}: no PLOVER gold-standard file to build documents from", file=sys.stderr)
        return 2
    if args.mode:
        print(json.dumps(measure(args.mode, args.gsr, args.processes, args.repeat)))
        return 0
    rows = {}
    for mode in ("parse", "extract"):
        out = subprocess.run([sys.executable, __file__, str(args.gsr), "--mode", mode, "--processes",
                              str(args.processes), "--repeat", str(args.repeat)],
                             check=True, capture_output=True, text=True).stdout
        rows[mode] = json.loads(out)
    print(f"{rows['parse']['documents']} documents, {rows['parse']['tokens']} tokens, {args.processes} processes, "
          f"batches of 64, median of {args.repeat} runs")
    print(f"{'':<28} {'docs/s':>8} {'tokens/s':>9} {'seconds':>8} {'peak MB':>8}")
    for mode, name in (("parse", "spaCy parse only (nlp.pipe)"), ("extract", "accord extraction")):
        r = rows[mode]
        print(f"{name:<28} {r['docs_per_s']:>8} {r['tokens_per_s']:>9} {r['seconds']:>8} {r['peak_mb']:>8}")
    ratio = rows["extract"]["docs_per_s"] / rows["parse"]["docs_per_s"]
    print(f"extraction / parse-only throughput: {ratio:.2f}× (target ≥ 0.80); "
          f"peak memory {rows['extract']['peak_mb']} MB (target ≤ 1024)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
