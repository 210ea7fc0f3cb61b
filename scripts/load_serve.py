"""Load test: 50 concurrent clients against `accord serve` on 127.0.0.1 for a bounded time (make load).

Each client loops over every stored query (with sample parameters) and a few SPARQL queries until the time is up.
Prints throughput, latency p50/p99, errors, and the server's memory (with its workers) sampled every second.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import build_store, calls, percentile, tree_rss_mb  # noqa: E402

from accord.serve.launch import start as start_server  # noqa: E402
from accord.serve.launch import stop as stop_server  # noqa: E402

SPARQL = ["SELECT ?a ?l WHERE { ?a a acc:State ; rdfs:label ?l } ORDER BY ?l",
          "SELECT (COUNT(*) AS ?n) WHERE { ?act a ?c . ?c rdfs:subClassOf acc:DiplomaticAct }",
          "CONSTRUCT { ?a acc:member ?m } WHERE { ?a a acc:Alliance ; acc:member ?m }",
          "ASK { ?a acc:allyOf ?b }"]


async def client(base: str, until: float, latencies: list[float], errors: list[str], seed: int) -> None:
    requests = [("GET", f"/queries/{name}", params, None) for name, params in calls()]
    requests += [("POST", "/sparql", None, q) for q in SPARQL]
    random.Random(seed).shuffle(requests)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        for method, path, params, query in itertools.cycle(requests):
            if time.monotonic() >= until:
                return
            start = time.perf_counter()
            try:
                if method == "GET":
                    response = await http.get(path, params=params)
                else:
                    response = await http.post(path, content=query,
                                               headers={"Content-Type": "application/sparql-query"})
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path}: {response.text[:80]}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {path}")
            latencies.append(time.perf_counter() - start)


async def sample_memory(pid: int, until: float, samples: list[tuple[float, float]], start: float) -> None:
    while time.monotonic() < until:
        samples.append((time.monotonic() - start, tree_rss_mb(pid)))
        await asyncio.sleep(1)


async def drive(base: str, pid: int, clients: int, seconds: float) -> tuple[list, list, list, float]:
    latencies: list[float] = []
    errors: list[str] = []
    memory: list[tuple[float, float]] = []
    start = time.monotonic()
    until = start + seconds
    await asyncio.gather(sample_memory(pid, until, memory, start),
                         *(client(base, until, latencies, errors, seed) for seed in range(clients)))
    return latencies, errors, memory, time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--copies", type=int, default=1, help="copies of the sample graph in the store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-load-") as tmp:
        store = Path(tmp) / "store"
        triples = build_store(store, args.copies)
        process, base = start_server(store, "--workers", str(args.workers))
        try:
            latencies, errors, memory, elapsed = asyncio.run(drive(base, process.pid, args.clients, args.seconds))
        finally:
            stop_server(process)
    print(f"accord serve load: {args.clients} clients for {elapsed:.0f} s, {args.workers} workers, store of "
          f"{triples:,} triples")
    print(f"  requests    {len(latencies):,} ({len(latencies) / elapsed:.1f}/s)")
    print(f"  latency     p50 {percentile(latencies, 0.5) * 1000:.1f} ms   p99 {percentile(latencies, 0.99) * 1000:.1f} ms")
    print(f"  errors      {len(errors)}")
    for line in sorted(set(errors))[:10]:
        print(f"    {line}")
    if memory:
        third = max(len(memory) // 3, 1)
        first = sum(m for _, m in memory[:third]) / third
        last = sum(m for _, m in memory[-third:]) / third
        print("  memory (server + workers, MB) over time: " +
              " ".join(f"{t:.0f}s:{m:.0f}" for t, m in memory[:: max(len(memory) // 12, 1)]))
        print(f"  memory      first third {first:.0f} MB, last third {last:.0f} MB, change {last - first:+.0f} MB "
              f"({(last - first) / first * 100:+.1f}%)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
