"""Time `accord link` for every gazetteer entity against a local Virtuoso loaded with the Wikidata-shaped fixture.

Usage: ``python scripts/bench_link.py [REPEATS]`` (``make bench-link``). Prints the median wall time of the
refresh (three queries a batch of 50, no rate limit) and of the offline rebuild from the cache.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from virtuoso import Virtuoso  # noqa: E402

from accord import KnowledgeGraph, gazetteer  # noqa: E402
from accord.linking import Client, link  # noqa: E402


def main(repeats: int = 3) -> None:
    qids = sorted(gazetteer.default().entities, key=lambda q: int(q[1:]))
    online, offline = [], []
    with Virtuoso() as v:
        v.load((ROOT / "tests" / "data" / "wikidata" / "fixture.ttl").read_text(encoding="utf-8"),
               "http://www.wikidata.org/")
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as cache:
                kg = KnowledgeGraph.open()
                client = Client(v.query_url, allowed=(v.query_url,), interval=0, deadline=60)
                started = time.monotonic()
                report = link(kg.store, cache_dir=Path(cache), client=client, qids=qids, snapshot=None)
                online.append(time.monotonic() - started)
                assert report.failure is None and report.refreshed == len(qids), report
                started = time.monotonic()
                link(kg.store, cache_dir=Path(cache), offline=True, qids=qids, snapshot=None)
                offline.append(time.monotonic() - started)
    print(f"entities: {len(qids)} in {-(-len(qids) // 50)} batches of 50, 3 queries each")
    print(f"refresh from local Virtuoso: median {statistics.median(online):.2f}s over {repeats} runs")
    print(f"rebuild from the cache (offline): median {statistics.median(offline):.2f}s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
