"""Each stored query's time through `accord serve` (HTTP, JSON) against in-process on the same store (make bench-serve).

In-process is `KnowledgeGraph.query` returning Rows; served is GET /queries/NAME?... on a kept-alive connection and
decoding the JSON, one client at a time so the figures are latencies, not queueing. The two are timed in turn,
call by call, so that other work on the machine weighs on both alike. The client is the standard library's
http.client: a heavier client (httpx adds about 1.5 ms a call on its own) would be timed as the server's cost.

Two kinds of store: the sample as ingested (`--copies N` adds renamed copies of it), and with `--synthetic N,...`
the synthetic graphs of make bench (scripts/bench/synth.py, N triples, imported with `accord import`) called
with make bench's parameters. Prints the medians, their ratio per query, the geometric mean of the ratios and the
ratio of the summed medians (target: at most 1.3).
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent / "bench"))
from serving import build_store, calls  # noqa: E402

from accord import KnowledgeGraph, queries  # noqa: E402
from accord.errors import QueryError  # noqa: E402
from accord.namespaces import ID  # noqa: E402
from accord.rdfinput import Limits  # noqa: E402
from accord.serve.launch import start as start_server  # noqa: E402
from accord.serve.launch import stop as stop_server  # noqa: E402
from accord.store import Store  # noqa: E402


def synthetic_store(path: Path, size: int) -> tuple[int, list[tuple[str, dict[str, str]]]]:
    """Import make bench's synthetic graph of `size` triples into a new store at `path` (written to bench/data/
    once); its triples, and every stored query make bench's parameters can call, with them."""
    import run as bench  # scripts/bench/run.py: its parameters and data folder
    import synth

    data = bench.OUT / "data" / f"synthetic-{size}.nq"
    if not data.exists():
        data.parent.mkdir(parents=True, exist_ok=True)
        synth.write(size, data)
    store = Store.open(path)
    store.import_file(data, "nquads", Limits(max_bytes=data.stat().st_size))
    triples = len(store)
    store.close()
    params = bench.params_for(data)
    found = []
    for stored in queries.catalogue().values():
        given = params.get(stored.name, {})
        try:
            stored.bind(given, lambda text: str(ID[f"actor/{text}"]))
        except QueryError:  # a required parameter make bench gives no value for
            continue
        found.append((stored.name, given))
    return triples, found


def measure(local: Callable[[], int], served: Callable[[], int], repeats: int) -> tuple[float, float, int]:
    """Median seconds of `local` and of `served`, called in turn after one warm-up each, and their row count."""
    rows, served_rows = local(), served()
    if rows != served_rows:
        raise SystemExit(f"{served_rows} rows served but {rows} in-process")
    local_times, served_times = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        local()
        local_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        served()
        served_times.append(time.perf_counter() - start)
    return statistics.median(local_times), statistics.median(served_times), rows


def bench(store: Path, triples: int, called: list[tuple[str, dict[str, str]]], repeats: int, label: str) -> float:
    """Time every call in-process and served; print the table; return the geometric mean of the ratios."""
    process, base = start_server(store, "--row-cap", "1000000", "--time-limit", "120")
    results: dict[str, tuple[float, float, int]] = {}
    try:
        connection = http.client.HTTPConnection(urllib.parse.urlsplit(base).netloc, timeout=120)
        with KnowledgeGraph.open(store, read_only=True) as graph:
            for name, params in called:
                def local(name=name, params=params) -> int:
                    return len(graph.query(name, **params))

                def served(name=name, params=params) -> int:
                    connection.request("GET", f"/queries/{name}?{urllib.parse.urlencode(params)}")
                    response = connection.getresponse()
                    body = response.read()
                    if response.status != 200:
                        raise SystemExit(f"{name}: HTTP {response.status}: {body[:200]!r}")
                    return len(json.loads(body))

                results[name] = measure(local, served, repeats)
        connection.close()
    finally:
        stop_server(process)
    print(f"\nstored queries through accord serve vs in-process: {label}, {triples:,} triples, "
          f"median of {repeats} runs each")
    print(f"{'query':<32} {'rows':>6} {'in-process ms':>14} {'served ms':>10} {'ratio':>6}")
    ratios = []
    for name, (local_s, served_s, rows) in results.items():
        ratios.append(served_s / local_s)
        print(f"{name:<32} {rows:>6} {local_s * 1000:>14.2f} {served_s * 1000:>10.2f} {ratios[-1]:>6.2f}")
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    total_local = sum(r[0] for r in results.values())
    total_served = sum(r[1] for r in results.values())
    print(f"geometric mean of the ratios {geomean:.2f}; all queries together {total_served / total_local:.2f} "
          f"({total_local * 1000:.1f} ms in-process, {total_served * 1000:.1f} ms served); target <= 1.3",
          flush=True)
    return geomean


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--copies", type=int, default=1,
                        help="copies of the sample graph in the store (1: the sample as ingested)")
    parser.add_argument("--synthetic", default="", metavar="TRIPLES[,TRIPLES...]",
                        help="also time make bench's synthetic graphs of these sizes (e.g. 100000,1000000)")
    parser.add_argument("--only-synthetic", action="store_true", help="skip the sample store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-bench-serve-") as tmp:
        if not args.only_synthetic:
            store = Path(tmp) / "sample"
            triples = build_store(store, args.copies)
            label = "the sample" if args.copies == 1 else f"{args.copies} copies of the sample"
            bench(store, triples, calls(), args.repeats, label)
        for size in (int(n) for n in args.synthetic.split(",") if n):
            store = Path(tmp) / f"synthetic-{size}"
            triples, called = synthetic_store(store, size)
            bench(store, triples, called, args.repeats, "make bench's synthetic graph")
    return 0


if __name__ == "__main__":
    sys.exit(main())
