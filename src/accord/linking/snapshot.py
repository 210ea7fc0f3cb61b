"""The offline snapshot built from the gazetteer's own facts, as rows shaped like Wikidata's answers."""

from __future__ import annotations

import csv
from pathlib import Path

from .. import gazetteer, paths
from .mapping import Entry, Retrieval
from .wikidata import WD

SOURCE = "data/gazetteer"


def _literal(text: str, lang: str | None = None) -> dict:
    cell = {"type": "literal", "value": text}
    if lang:
        cell["xml:lang"] = lang
    return cell


def _uri(qid: str) -> dict:
    return {"type": "uri", "value": WD + qid}


def _row(**cells: dict | None) -> dict:
    return {k: v for k, v in cells.items() if v is not None}


def from_gazetteer(retrieved: str, folder: Path | None = None) -> list[Entry]:
    """One entry per gazetteer entity with the facts the gazetteer holds, and nothing it does not.

    English names as labels, the kind, capitals, ISO 3166-1 alpha-3 codes, fixed memberships of small blocs
    (undated), and dated offices from people.tsv; the retrieval says the rows come from the gazetteer.
    """
    folder = folder or paths.GAZETTEER
    gaz = gazetteer.load(folder)
    retrieval = Retrieval(SOURCE, retrieved, "gazetteer")
    rows: dict[str, dict[str, list[dict]]] = {
        q: {"labels": [_row(what=_literal("label"), text=_literal(e.name, "en"))],
            "facts": [] if e.kind == gazetteer.PLACE else [_row(what=_literal("kind"), value=_literal(e.kind))],
            "statements": []}
        for q, e in gaz.entities.items()}
    with (folder / "states.tsv").open(encoding="utf-8", newline="") as f:
        for state in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            facts = rows[state["wikidata"]]["facts"]
            if state["capital_wikidata"]:
                facts.append(_row(what=_literal("capital"), value=_uri(state["capital_wikidata"])))
            if state["iso3"]:
                facts.append(_row(what=_literal("iso3"), value=_literal(state["iso3"])))
    for q, e in gaz.entities.items():
        for member in e.members:
            if member in rows:
                rows[member]["statements"].append(_row(what=_literal("member_of"), value=_uri(q),
                                                       valueLabel=_literal(e.name, "en")))
    for role in gaz.roles:
        if role.of in rows:
            person = gaz.entities[role.person]
            rows[role.of]["statements"].append(_row(
                what=_literal(role.role), value=_uri(role.person), valueLabel=_literal(person.name, "en"),
                start=_literal(role.start.isoformat()) if role.start else None,
                end=_literal(role.end.isoformat()) if role.end else None))
    return [Entry(q, retrieval, r) for q, r in rows.items()]
