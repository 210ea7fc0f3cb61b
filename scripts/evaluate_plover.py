"""How often the gold PLOVER type of a gold-standard sentence is among the types accord extracts from it.

Usage: ``python scripts/evaluate_plover.py [PLOVER_GSR_CAMEO.json]`` (``make evaluate``); the file is the
Open Event Data Alliance's gold standard (CC BY-SA 4.0), by default from ../shared/data/plover/.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from accord.documents import Document
from accord.extract import extract

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
# The records predate PLOVER 2.0's names (data/plover/README.md says how they map).
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "YIELD": "CONCEDE",
           "FIGHT": "ASSAULT"}


def gold_type(record: dict) -> str:
    return RENAMED.get(record["event"], record["event"])


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    hits, total, found_any = Counter(), Counter(), 0
    for n, record in enumerate(records):
        gold = gold_type(record)
        found = {a.type for a in extract(Document.from_text(record["text"], id=f"gsr-{n}")).acts}
        total[gold] += 1
        hits[gold] += gold in found
        found_any += bool(found)
        # FIGHT may be COERCE where no violence is done
        if record["event"] == "FIGHT" and gold not in found and "COERCE" in found:
            hits[gold] += 1
    print(f"{'type':<10} {'records':>7} {'gold found':>10}")
    for plover in sorted(total):
        print(f"{plover:<10} {total[plover]:>7} {hits[plover]:>10}  {hits[plover] / total[plover]:6.1%}")
    n, h = sum(total.values()), sum(hits.values())
    print(f"{'all':<10} {n:>7} {h:>10}  {h / n:6.1%}   (sentences with any act: {found_any}/{n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
