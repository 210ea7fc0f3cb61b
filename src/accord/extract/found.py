"""A document's actor and place mentions as the resolver finds them, and how gazetteer entities become refs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .. import gazetteer as gz
from . import syntax as sx
from .records import ActorRef, PlaceRef, Span


@dataclass
class Found:
    """A span of the parse that stands for one or more actors, or for a place."""

    start: int                        # token index
    end: int                          # token index, exclusive
    actors: tuple[ActorRef, ...] = ()
    place: PlaceRef | None = None

    def span(self, doc: Doc) -> Span:
        s = doc[self.start:self.end]
        return Span(s.text, s.start_char, s.end_char)


@dataclass
class Resolution:
    """Every actor and place mention of a document, findable by token."""

    doc: Doc
    gazetteer: gz.Gazetteer
    day: dt.date | None = None
    found: list[Found] = field(default_factory=list)
    by_token: dict[int, Found] = field(default_factory=dict)
    groups: list[tuple[int, tuple[ActorRef, ...]]] = field(default_factory=list)
    people: dict[str, ActorRef] = field(default_factory=dict)   # first name and surname → the person named last
    home: ActorRef | None = None      # the state a first-person statement speaks for ("we", "the Government")
    title: str = ""                   # the document's title, "" if it has none

    def add(self, item: Found) -> None:
        self.found.append(item)
        for i in range(item.start, item.end):
            self.by_token[i] = item
        for actor in item.actors:
            if actor.kind == gz.PERSON:
                self.people[actor.label.split()[0]] = self.people[sx.surname(actor.label)] = actor

    def at(self, token: Token) -> Found | None:
        return self.by_token.get(token.i)

    def actors_before(self, index: int) -> list[tuple[int, ActorRef]]:
        """(position, actor) of every actor mentioned before token `index`, most recent first."""
        out = [(f.start, a) for f in self.found if f.start < index for a in f.actors]
        return sorted(out, key=lambda pair: -pair[0])


def actor_of(entity: gz.Entity) -> ActorRef:
    return ActorRef(entity.name, entity.kind, entity.wikidata)


def place_of(entity: gz.Entity) -> PlaceRef:
    return PlaceRef(entity.name, entity.wikidata, entity.of)
