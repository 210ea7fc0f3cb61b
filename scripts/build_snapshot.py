"""Build data/linking/snapshot.json from the gazetteer's own facts, mapped like Wikidata's answers.

Usage: ``python scripts/build_snapshot.py`` (``make snapshot``). No network: the rows are the gazetteer's English
names, kinds, capitals, ISO codes, bloc memberships and dated offices, and say they came from the gazetteer.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from accord.linking.cache import write_snapshot
from accord.linking.enrich import SNAPSHOT
from accord.linking.snapshot import from_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def gazetteer_date() -> str:
    """When the gazetteer last changed (its last commit), so that the same gazetteer gives the same bytes."""
    out = subprocess.run(["git", "log", "-1", "--format=%cI", "--", "data/gazetteer"], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout.strip()
    return out or "1970-01-01T00:00:00+00:00"


if __name__ == "__main__":
    entries = from_gazetteer(gazetteer_date())
    write_snapshot(SNAPSHOT, entries, note="Built from accord's gazetteer (data/gazetteer/*.tsv) by "
                   "scripts/build_snapshot.py; refresh from Wikidata with scripts/refresh_snapshot.py.")
    print(f"{SNAPSHOT.relative_to(ROOT)}: {len(entries)} entities")
