"""Time `accord link` for every gazetteer entity against a local Virtuoso that answers for all of them.

Usage: ``python scripts/bench_link.py [REPEATS]`` (``make bench-link``). The server holds a Wikidata-shaped
graph of every gazetteer entity (scripts/wikidata_shaped.py), so each batch brings back about what the Wikidata
Query Service would. Prints the median wall time of the refresh (three queries a batch of 50, no rate limit),
the triples one refresh writes, and the median time of the offline rebuild from the cache.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from virtuoso import Virtuoso  # noqa: E402
from wikidata_shaped import ntriples  # noqa: E402

from accord import KnowledgeGraph, gazetteer  # noqa: E402
from accord.linking import Client, link  # noqa: E402


def main(repeats: int = 3) -> None:
    qids = sorted(gazetteer.default().entities, key=lambda q: int(q[1:]))
    online, offline, triples = [], [], 0
    served = ntriples()
    with Virtuoso() as v:
        v.load(served, "http://www.wikidata.org/", format="ntriples")
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as cache:
                kg = KnowledgeGraph.open()
                client = Client(v.query_url, allowed=(v.query_url,), interval=0, deadline=60)
                started = time.monotonic()
                report = link(kg.store, cache_dir=Path(cache), client=client, qids=qids, snapshot=None)
                online.append(time.monotonic() - started)
                assert report.failure is None and report.refreshed == len(qids), report
                triples = report.triples
                started = time.monotonic()
                link(kg.store, cache_dir=Path(cache), offline=True, qids=qids, snapshot=None)
                offline.append(time.monotonic() - started)
    print(f"entities: {len(qids)} in {-(-len(qids) // 50)} batches of 50, 3 queries each; the server holds "
          f"{served.count(chr(10)):,} Wikidata-shaped triples about them")
    print(f"linked data written by one refresh: {triples:,} triples (links and enrichment graphs)")
    print(f"refresh from local Virtuoso: median {statistics.median(online):.2f}s over {repeats} runs")
    print(f"rebuild from the cache (offline): median {statistics.median(offline):.2f}s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
