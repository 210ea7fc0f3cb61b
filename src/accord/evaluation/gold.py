"""Gold annotations for the evaluation: the PLOVER gold-standard records and accord's own passage files."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import gazetteer as gz, paths
from ..errors import InputError

# The GSR records predate PLOVER 2.0's names (../shared/data/plover/README.md).
RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "YIELD": "CONCEDE",
           "FIGHT": "ASSAULT"}
# CAMEO country codes that are not the ISO 3166 alpha-3 code of the same state.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
MODALITIES = ("asserted", "threatened", "intended", "requested", "hypothetical", "negated")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True)
class GoldActor:
    """An actor as a gold file names it: a label, and its Wikidata id where the annotator gave one."""

    label: str
    wikidata: str | None = None


@dataclass(frozen=True)
class GoldAct:
    type: str
    agents: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    cameo: str | None = None
    modality: str | None = None      # None: the gold file does not say (the GSR never does)


@dataclass(frozen=True)
class Passage:
    """One gold text with the acts and actors it holds.

    `state_level` is true for gold that codes actors by their country (the GSR's CAMEO codes): a predicted
    person, body or group then counts only as the state it acts for in the actor scores.
    """

    id: str
    text: str
    acts: tuple[GoldAct, ...]
    actors: tuple[GoldActor, ...]
    published: dt.date | None = None
    state_level: bool = False
    title: str | None = None         # the source's title and address, as a reader of the text sees them
    url: str | None = None


@dataclass(frozen=True)
class GoldSet:
    name: str
    passages: tuple[Passage, ...]


def load(path: Path, gazetteer: gz.Gazetteer) -> GoldSet:
    """A gold set from a GSR file, one passage file, or a folder of passage files (read in name order)."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json") if p.is_file())
        return GoldSet(str(path), tuple(_passage(_read(f), f) for f in files))
    data = _read(path)
    if isinstance(data, list):
        return GoldSet(str(path), tuple(_gsr(data, path, gazetteer)))
    return GoldSet(str(path), (_passage(data, path),))


def _read(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: not a readable JSON gold file ({exc})") from None


# the PLOVER gold-standard records -------------------------------------------------------------------------
def _gsr(records: list, path: Path, gazetteer: gz.Gazetteer) -> list[Passage]:
    by_iso = _states_by_iso()
    out = []
    dates = {r.get("date") for r in records if isinstance(r, dict) and r.get("event") != "DOCUMENT"}
    # One date on every record (the GSR's is 2000-01-01, on texts from the 1980s to 2009) is a placeholder,
    # not the day of each text: read as none, so that a leader is not judged by who held office that day.
    placeholder = dates.pop() if len(dates) == 1 and len(records) > 2 else None
    for n, record in enumerate(records):
        if not isinstance(record, dict) or "event" not in record:
            raise InputError(f"{path}: record {n} is not a PLOVER gold-standard record")
        if record["event"] == "DOCUMENT":
            continue
        if not isinstance(record.get("text"), str):
            raise InputError(f"{path}: record {n} ({record.get('id')}) has no text")
        agents = _gsr_actors(record.get("source"), by_iso, gazetteer)
        targets = _gsr_actors(record.get("target"), by_iso, gazetteer)
        act = GoldAct(RENAMED.get(record["event"], record["event"]), agents, targets)
        actors = tuple(dict.fromkeys(agents + targets))
        out.append(Passage(str(record.get("id") or n), record["text"], (act,), actors,
                           _date(None if record.get("date") == placeholder else record.get("date"), path),
                           state_level=True))
    return out


def _states_by_iso(folder: Path | None = None) -> dict[str, str]:
    """ISO 3166 alpha-3 code → the state's Wikidata id, from the gazetteer's states.tsv."""
    path = (folder or paths.GAZETTEER) / "states.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["iso3"]: row["wikidata"] for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row.get("iso3") and row.get("wikidata")}


def _gsr_actors(cell, by_iso: dict[str, str], gazetteer: gz.Gazetteer) -> tuple[GoldActor, ...]:
    """Actors of a GSR source/target cell; a country code gives the state's id, a sector code (IGO, NGO...)
    none, unless the actor's text is a name the gazetteer knows for an organisation."""
    if not isinstance(cell, list):
        return ()
    out = []
    for item in cell:
        if not isinstance(item, dict) or not item.get("actorText"):
            continue
        code = str(item.get("code") or "")
        qid = by_iso.get(CAMEO_TO_ISO.get(code, code))
        if qid is None:
            named = gazetteer.surfaces.get(item["actorText"], [])
            qid = next((s.wikidata for s in named if gazetteer.entities[s.wikidata].kind == gz.ORGANIZATION), None)
        out.append(GoldActor(item["actorText"], qid))
    return tuple(dict.fromkeys(out))


# accord's own passage format (data/evaluation/README.md) ---------------------------------------------------
def _passage(data, path: Path) -> Passage:
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not isinstance(data.get("acts"), list):
        raise InputError(f"{path}: a passage file is a JSON object with 'text' and 'acts'")
    acts = []
    for n, act in enumerate(data["acts"]):
        if not isinstance(act, dict) or act.get("type") not in PLOVER_TYPES:
            raise InputError(f"{path}: act {n} has no PLOVER type (one of {', '.join(PLOVER_TYPES)})")
        modality = act.get("modality")
        if modality is not None and modality not in MODALITIES:
            raise InputError(f"{path}: act {n} has modality {modality!r}, not one of {', '.join(MODALITIES)}")
        acts.append(GoldAct(act["type"], _actors(act.get("agents"), path), _actors(act.get("targets"), path),
                            act.get("cameo"), modality))
    source = data.get("source") if isinstance(data.get("source"), dict) else {}
    return Passage(str(data.get("id") or path.stem), data["text"], tuple(acts), _actors(data.get("actors"), path),
                   _date(data.get("published"), path), title=_text(source.get("title")), url=_text(source.get("url")))


def _text(cell) -> str | None:
    return cell if isinstance(cell, str) and cell.strip() else None


def _actors(cell, path: Path) -> tuple[GoldActor, ...]:
    if cell is None:
        return ()
    if not isinstance(cell, list):
        raise InputError(f"{path}: actors must be a list of {{label, wikidata}} objects")
    out = []
    for item in cell:
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise InputError(f"{path}: an actor without a label: {item!r}")
        qid = item.get("wikidata")
        if qid is not None and not (isinstance(qid, str) and _QID.match(qid)):
            raise InputError(f"{path}: {item['label']!r} has a malformed Wikidata id {qid!r}")
        out.append(GoldActor(item["label"], qid))
    return tuple(dict.fromkeys(out))


def _date(cell, path: Path) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(str(cell))
    except ValueError:
        raise InputError(f"{path}: {cell!r} is not a YYYY-MM-DD date") from None
