"""Refresh data/linking/snapshot.json from a live Wikidata endpoint, for the gazetteer's entities.

Usage: ``python scripts/refresh_snapshot.py [ENDPOINT]`` (``make refresh-snapshot``); the endpoint must be on the
allow-list (Wikidata's by default). Asks the same queries as `accord link`, batch by batch; the snapshot is
replaced only when every batch answered, so a failure leaves the shipped one as it was.
"""

from __future__ import annotations

import sys
import time

from accord import gazetteer
from accord.errors import AccordError
from accord.linking.cache import write_snapshot
from accord.linking.client import WIKIDATA, Client
from accord.linking.enrich import BATCH, SNAPSHOT, fetch


def main(endpoint: str = WIKIDATA) -> int:
    qids = sorted(gazetteer.default().entities, key=lambda q: int(q[1:]))
    started = time.monotonic()
    try:
        client = Client(endpoint)
        entries = [e for i in range(0, len(qids), BATCH) for e in fetch(client, qids[i:i + BATCH])]
    except AccordError as exc:
        print(f"error: {exc}; {SNAPSHOT.name} left as it was", file=sys.stderr)
        return 2
    write_snapshot(SNAPSHOT, entries, note=f"Fetched from {endpoint} by scripts/refresh_snapshot.py.")
    print(f"{SNAPSHOT.name}: {len(entries)} entities from {endpoint} in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
