"""Each stored query's time through `accord serve` (HTTP, JSON) against in-process on the same store (make bench-serve).

In-process is `KnowledgeGraph.query` returning Rows; served is GET /queries/NAME?... and decoding the JSON, one
client at a time so the figures are latencies, not queueing. Prints the medians, their ratio per query and the
geometric mean of the ratios (target: at most 1.3).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import build_store, calls  # noqa: E402

from accord.serve.launch import start as start_server  # noqa: E402
from accord.serve.launch import stop as stop_server  # noqa: E402

from accord import KnowledgeGraph  # noqa: E402


def timed(fn, repeats: int) -> tuple[float, object]:
    fn()  # warm caches once
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--copies", type=int, default=1,
                        help="copies of the sample graph in the store (1: the sample as ingested)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-bench-serve-") as tmp:
        store = Path(tmp) / "store"
        triples = build_store(store, args.copies)
        local: dict[str, tuple[float, int]] = {}
        with KnowledgeGraph.open(store, read_only=True) as graph:
            for name, params in calls():
                seconds, rows = timed(lambda: graph.query(name, **params), args.repeats)
                local[name] = (seconds, len(rows))
        process, base = start_server(store, "--row-cap", "1000000", "--time-limit", "120")
        served: dict[str, tuple[float, int]] = {}
        try:
            with httpx.Client(base_url=base, timeout=120) as http:
                for name, params in calls():
                    def call(name=name, params=params):
                        response = http.get(f"/queries/{name}", params=params)
                        response.raise_for_status()
                        return json.loads(response.content)
                    seconds, rows = timed(call, args.repeats)
                    served[name] = (seconds, len(rows))
        finally:
            stop_server(process)
    print(f"stored queries through accord serve vs in-process: store of {triples:,} triples, "
          f"median of {args.repeats} runs each")
    print(f"{'query':<32} {'rows':>6} {'in-process ms':>14} {'served ms':>10} {'ratio':>6}")
    ratios = []
    for name, (seconds, rows) in local.items():
        served_seconds, served_rows = served[name]
        if served_rows != rows:
            print(f"{name}: {served_rows} rows served but {rows} in-process", file=sys.stderr)
            return 1
        ratio = served_seconds / seconds
        ratios.append(ratio)
        print(f"{name:<32} {rows:>6} {seconds * 1000:>14.2f} {served_seconds * 1000:>10.2f} {ratio:>6.2f}")
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    total_local = sum(s for s, _ in local.values())
    total_served = sum(s for s, _ in served.values())
    print(f"geometric mean of the ratios {geomean:.2f}; all queries together {total_served / total_local:.2f} "
          f"({total_local * 1000:.1f} ms in-process, {total_served * 1000:.1f} ms served); target <= 1.3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
