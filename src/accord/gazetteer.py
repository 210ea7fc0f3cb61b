"""The gazetteer: states, people, government bodies, organisations and places with their Wikidata ids."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import paths

STATE, PERSON, BODY, ORGANIZATION, PLACE, GROUP, ACTOR = (
    "State", "Person", "GovernmentBody", "InternationalOrganization", "Place", "Group", "Actor",
)
LEADER_ROLES = ("head_of_state", "head_of_government")


@dataclass(frozen=True)
class Entity:
    """One named thing the gazetteer knows, keyed by its Wikidata id."""

    wikidata: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    of: str | None = None            # the state a body belongs to, or the country a place is in
    capital: str | None = None
    capital_wikidata: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Role:
    """A person holding an office of a state between two dates (end None: still in office)."""

    person: str
    role: str
    of: str
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Surface:
    """What a string in a text can stand for: an entity, and how the string names it."""

    wikidata: str
    how: str  # "name", "alias", "demonym" or "capital"


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    surfaces: dict[str, list[Surface]] = field(default_factory=lambda: defaultdict(list))

    def add(self, entity: Entity) -> None:
        self.entities[entity.wikidata] = entity
        for text in (entity.name, *entity.aliases):
            self._index(text, Surface(entity.wikidata, "name" if text == entity.name else "alias"))
        for text in entity.demonyms:
            self._index(text, Surface(entity.wikidata, "demonym"))
        if entity.capital:
            self._index(entity.capital, Surface(entity.wikidata, "capital"))

    def _index(self, text: str, surface: Surface) -> None:
        text = text.strip()
        if text and surface not in self.surfaces[text]:
            self.surfaces[text].append(surface)
        if "'" in text:
            # news spells the apostrophe either way: "People's Republic", "People’s Republic"
            self._index(text.replace("'", "\u2019"), surface)

    def roles_of(self, person: str, day: dt.date | None) -> list[Role]:
        """The offices `person` held on `day` (with no day: the offices held now)."""
        return [r for r in self.roles if r.person == person and r.holds_on(day)]

    def holder(self, role: str, state: str, day: dt.date | None) -> str | None:
        """Who held `role` of `state` on `day`, or None when the gazetteer does not know."""
        for r in self.roles:
            if r.role == role and r.of == state and r.holds_on(day):
                return r.person
        return None


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _date(cell: str | None) -> dt.date | None:
    return dt.date.fromisoformat(cell) if cell else None


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load(folder: Path | None = None) -> Gazetteer:
    """Read the gazetteer's TSV files from `folder` (data/gazetteer by default)."""
    folder = folder or paths.GAZETTEER
    gaz = Gazetteer()
    for row in _rows(folder / "states.tsv"):
        gaz.add(Entity(row["wikidata"], row["name"], STATE, _split(row["aliases"]), _split(row["demonyms"]),
                       capital=row["capital"] or None, capital_wikidata=row["capital_wikidata"] or None))
        if row["capital_wikidata"] and row["capital"]:
            capital = Entity(row["capital_wikidata"], row["capital"], PLACE, of=row["wikidata"])
            gaz.entities.setdefault(capital.wikidata, capital)
    for row in _rows(folder / "bodies.tsv"):
        gaz.add(Entity(row["wikidata"], row["name"], BODY, _split(row["aliases"]), of=row["of"] or None))
    for row in _rows(folder / "organizations.tsv"):
        gaz.add(Entity(row["wikidata"], row["name"], ORGANIZATION, _split(row["aliases"]),
                       members=_split(row["members"])))
    for row in _rows(folder / "places.tsv"):
        gaz.add(Entity(row["wikidata"], row["name"], PLACE, _split(row["aliases"]), of=row["country"] or None))
    for row in _rows(folder / "people.tsv"):
        known = gaz.entities.get(row["wikidata"])
        aliases = tuple(dict.fromkeys((known.aliases if known else ()) + _split(row["aliases"])))
        gaz.add(Entity(row["wikidata"], row["name"], PERSON, aliases))
        gaz.roles.append(Role(row["wikidata"], row["role"], row["of"], _date(row["start"]), _date(row["end"])))
    # Links a reviewer accepted from `accord link --reconcile`: later ingests resolve these labels to their ids.
    for row in _rows(folder.parent / "linking" / "reviewed.tsv"):
        known = gaz.entities.get(row["wikidata"])
        if known is None:
            gaz.add(Entity(row["wikidata"], row["label"], row["kind"]))
        else:
            gaz._index(row["label"], Surface(known.wikidata, "alias"))
    return gaz


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The project's gazetteer, read once per process."""
    return load()
