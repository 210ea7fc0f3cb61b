"""The event lexicon (data/lexicon/events.tsv): trigger words to CAMEO codes, and CAMEO codes to PLOVER types."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import paths

# PLOVER 2.0 types of the CAMEO cue categories; CAMEO 02 (appeals) are requests.
_ROOT_TYPES = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
    "20": "ASSAULT",
}
_TABLE_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "YIELD": "CONCEDE",
                "FIGHT": "ASSAULT"}
# Where the PLOVER 2.0 manual and the 2021 table disagree the manual wins, the code unchanged (the reasons,
# quoting the manual, are in scripts/gen_codes.py): international sanctions are SANCTION, easing a curfew or
# a state of emergency CONCEDE, a resignation RETREAT, occupying territory ASSAULT.
_OVERRIDES = {"163": "SANCTION", "0813": "CONCEDE", "0814": "CONCEDE", "0831": "RETREAT", "192": "ASSAULT"}
_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    prep: str | None
    with_: frozenset[str]
    cameo: str
    intend: str | None
    request: str | None
    threaten: str | None
    modality: str | None
    reciprocal: bool


@lru_cache(maxsize=1)
def plover_types() -> dict[str, str]:
    """CAMEO code → PLOVER 2.0 type, from ontology/CAMEO2PLOVER-2021.txt with the manual's corrections."""
    table: dict[str, str] = {}
    source = paths.ONTOLOGY / "CAMEO2PLOVER-2021.txt"
    if source.exists():
        for line in source.read_text(encoding="utf-8").splitlines():
            match = _LINE.match(line)
            if match and len(match.group(1)) > 2:
                table.setdefault(match.group(1), _TABLE_NAMES.get(match.group(2), match.group(2)))
    table.update(_OVERRIDES)
    return table


def plover_type(cameo: str) -> str:
    """The PLOVER type of a CAMEO code.

    >>> plover_type("1312"), plover_type("163"), plover_type("0242")
    ('THREATEN', 'SANCTION', 'REQUEST')
    """
    return plover_types().get(cameo) or _ROOT_TYPES[cameo[:2]]


def _opt(cell: str | None) -> str | None:
    return cell.strip() or None if cell else None


def load(path: Path | None = None) -> dict[tuple[str, str], list[Trigger]]:
    """Triggers by (lemma, pos), in file order; a row whose code is "-" (kept as "") tells no act."""
    path = path or paths.LEXICON / "events.tsv"
    table: dict[tuple[str, str], list[Trigger]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            trigger = Trigger(
                lemma=row["lemma"], pos=row["pos"], prep=_opt(row["prep"]),
                with_=frozenset(w for w in (row["with"] or "").split("|") if w),
                cameo="" if row["cameo"] == "-" else row["cameo"], intend=_opt(row["intend"]), request=_opt(row["request"]),
                threaten=_opt(row["threaten"]), modality=_opt(row["modality"]), reciprocal=row["reciprocal"] == "yes",
            )
            table.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    return table


@lru_cache(maxsize=1)
def default() -> dict[tuple[str, str], list[Trigger]]:
    return load()
