"""What extraction finds in one document, as frozen values, and their jsonl record form (DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..documents import Document, slug

MODALITIES = ("asserted", "threatened", "intended", "requested", "hypothetical", "negated")


@dataclass(frozen=True)
class ActorRef:
    """An actor as the document names it; `key` is its identity across documents."""

    label: str
    kind: str                        # State, Person, GovernmentBody, InternationalOrganization, Group, Actor
    wikidata: str | None = None
    related: ActorRef | None = None  # the actor a Group belongs to (associatedWith) or is allied with (allyOf)
    relation: str | None = None      # "associatedWith" or "allyOf"

    @property
    def key(self) -> str:
        return self.wikidata or slug(self.label)


@dataclass(frozen=True)
class PlaceRef:
    label: str
    wikidata: str | None = None
    country: str | None = None

    @property
    def key(self) -> str:
        return self.wikidata or slug(self.label)


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of the document's text."""

    text: str
    start: int
    end: int

    def record(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Mention:
    span: Span
    actor: ActorRef | None = None
    place: PlaceRef | None = None


@dataclass(frozen=True)
class Act:
    type: str                        # PLOVER type, upper case: "THREATEN"
    cameo: str
    modality: str                    # one of MODALITIES
    agents: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    evidence: Span
    trigger: Span
    location: PlaceRef | None = None
    topic: str | None = None

    @property
    def key(self) -> str:
        """Stable within a document: the trigger's offset, the code and the first agent."""
        first = self.agents[0].key if self.agents else "none"
        return f"{self.trigger.start}-{self.cameo}-{first}"


@dataclass(frozen=True)
class Alliance:
    members: tuple[ActorRef, ...]
    evidence: Span

    @property
    def key(self) -> str:
        return "-".join(sorted(m.key for m in self.members))


@dataclass(frozen=True)
class Relation:
    """A fact about actors taken from the gazetteer: a person leads a state, a body belongs to one."""

    subject: ActorRef
    predicate: str                   # leaderOf, officialOf, bodyOf, associatedWith, allyOf, memberOf
    object: ActorRef


@dataclass(frozen=True)
class Extraction:
    document: Document
    acts: tuple[Act, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    places: tuple[PlaceRef, ...] = field(default=())

    @property
    def actors(self) -> tuple[ActorRef, ...]:
        """Every actor the document mentions or an act or relation names, once each, in order of appearance."""
        seen: dict[str, ActorRef] = {}
        for mention in self.mentions:
            if mention.actor:
                seen.setdefault(mention.actor.key, mention.actor)
        for act in self.acts:
            for actor in act.agents + act.targets:
                seen.setdefault(actor.key, actor)
        for alliance in self.alliances:
            for actor in alliance.members:
                seen.setdefault(actor.key, actor)
        for rel in self.relations:
            seen.setdefault(rel.subject.key, rel.subject)
            seen.setdefault(rel.object.key, rel.object)
        return tuple(seen.values())

    def records(self, doc_label: str) -> list[dict]:
        """The jsonl records of DESIGN.md: acts, alliances, then actors with their mentions."""
        out: list[dict] = []
        for act in self.acts:
            out.append({
                "doc": doc_label, "kind": "act", "type": act.type, "cameo": act.cameo,
                "modality": act.modality,
                "agents": [_actor_ref(a) for a in act.agents],
                "targets": [_actor_ref(a) for a in act.targets],
                "location": {"label": act.location.label, "wikidata": act.location.wikidata} if act.location else None,
                "evidence": act.evidence.record(),
            })
        for alliance in self.alliances:
            out.append({"doc": doc_label, "kind": "alliance", "members": [_actor_ref(m) for m in alliance.members],
                        "evidence": alliance.evidence.record()})
        mentions: dict[str, list[str]] = {}
        for mention in self.mentions:
            if mention.actor:
                texts = mentions.setdefault(mention.actor.key, [])
                if mention.span.text not in texts:
                    texts.append(mention.span.text)
        for actor in self.actors:
            out.append({"doc": doc_label, "kind": "actor", "label": actor.label, "wikidata": actor.wikidata,
                        "class": actor.kind, "mentions": mentions.get(actor.key, [])})
        return out


def _actor_ref(actor: ActorRef) -> dict:
    return {"label": actor.label, "wikidata": actor.wikidata}
