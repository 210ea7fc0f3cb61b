"""Domestic groups: people with no state of their own named are the state's whose police coerce them ("Egyptian
police arrested demonstrators": demonstrators in Egypt) or the one state their sentence names, as CAMEO codes
them (protesters: see dissent.py)."""

from __future__ import annotations

from dataclasses import replace

from .. import gazetteer as gz
from .actorwords import OFFICE_WORDS, with_article
from .found import Resolution, actor_of
from .records import Act, ActorRef

# the last words of agents that coerce people at home: "Egyptian police", "the Iranian authorities"
HOME_FORCES = {"police", "policemen", "authorities", "gendarmerie", "government"}
DOMESTIC_TYPES = {"COERCE"}
# prepositions whose object is where something goes, not where the sentence happens
DESTINATIONS = {"to", "into"}
# heads of a state's armed forces: facing a state, they are no domestic group of it ("the Macedonian army")
FORCES = {"army", "military", "forces", "troops", "navy", "soldiers", "warplanes", "warships"}
# words of an office or rank before a person's name
TITLE_WORDS = OFFICE_WORDS | {"gen", "lt", "col", "maj", "judge", "sheikh", "prime"}
# groups that come from outside the state they act in: other states, and those sent to watch or keep the peace
OUTSIDERS = {"country", "countries", "nation", "nations", "state", "states", "ally", "allies", "donor", "donors",
             "monitor", "monitors", "observer", "observers", "peacekeeper", "peacekeepers", "inspector",
             "inspectors", "mediator", "mediators", "partner", "partners"}


def tie_domestic(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give groups that have no state the one their act or sentence tells (see the module docstring)."""
    out = []
    for i, act in acts:
        state = _home_state(act, res)
        if state is not None and any(t.kind == gz.GROUP and t.related is None for t in act.targets):
            targets = tuple(replace(t, label=_at_home(t.label, state), related=state, relation="associatedWith")
                            if t.kind == gz.GROUP and t.related is None else t for t in act.targets)
            act = replace(act, targets=targets)
        out.append((i, _one_state_scene(act, res)))
    return out


def _one_state_scene(act: Act, res: Resolution) -> Act:
    """Groups of no state named in a sentence that names one state, and no other, are that state's people ("the
    Sudanese government accused Darfur rebels", "Chechen refugees protest the Russian government's refusal"); so
    is a person of no known state whom an office titles ("President X", "Judge Y")."""
    titled: set[ActorRef] = set()
    states = set()
    for found in res.found:
        span = res.doc[found.start:found.end]
        if not (act.evidence.start <= span.start_char < act.evidence.end) or span.root.pos_ == "PRON":
            continue                                     # "we", "its": the speaker or one told before, no scene
        if span.root.dep_ == "pobj" and span.root.head.lower_ in DESTINATIONS \
                and all(a.kind == gz.STATE for a in found.actors):
            continue                                     # "the sending of troops to Chile": where things go
        for actor in found.actors:
            owner = actor if actor.kind == gz.STATE else actor.related
            if owner is not None and owner.kind == gz.STATE:
                states.add(owner)
            elif actor.kind == gz.PERSON and actor.wikidata is None and _titled(found, res):
                titled.add(actor)                        # "President Dos Santos", "Judge Alejandro Rivera"
            elif actor.kind != gz.GROUP:
                return act                               # an organisation or person of no known state: unsure
        if found.place is not None and found.place.country:
            states.add(found.place.country)
    if not any(_local(a) or a in titled for a in act.agents + act.targets):
        return act
    ids = {s if isinstance(s, str) else s.wikidata for s in states}
    if len(ids) != 1 or next(iter(ids)) not in res.gazetteer.entities:
        return act
    state = actor_of(res.gazetteer.entities[next(iter(ids))])

    def facing_state(others: tuple[ActorRef, ...]) -> bool:
        # "President Bush threatened Russia", "Mitterand welcomed South African leader de Klerk": a counterpart
        # ("President Museveni banned Ugandan opposition candidates": a group of the state there makes it home)
        ours = [o for o in others if o.related is not None and o.related.wikidata == state.wikidata]
        return not any(o.kind == gz.GROUP for o in ours) and not any(_local(o) for o in others) and (
            any(o in ours and o.kind in (gz.PERSON, gz.BODY) for o in others)
            or any(o.wikidata == state.wikidata for o in others) and _aimed_at(act, state, res))

    def tie(actors: tuple[ActorRef, ...], others: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
        facing = facing_state(others)
        armed_against = any(o.wikidata == state.wikidata for o in others)   # "the army resumed shelling X"
        return tuple(replace(a, label=_at_home(a.label, state), related=state, relation="associatedWith")
                     if _local(a) and not (armed_against and a.label.split()[-1].lower() in FORCES)
                     else replace(a, related=state, relation="associatedWith") if a in titled and not facing else a
                     for a in actors)
    return replace(act, agents=tie(act.agents, act.targets), targets=tie(act.targets, act.agents))


def _home_state(act: Act, res: Resolution) -> ActorRef | None:
    if act.type not in DOMESTIC_TYPES or not act.agents:
        return None
    states = {a.related for a in act.agents if a.related is not None and a.related.kind == gz.STATE
              and a.label.split()[-1].lower() in HOME_FORCES}
    if len(states) != 1 or len(act.agents) != 1:
        return None
    state = next(iter(states))
    if act.location is not None and act.location.country not in (None, state.wikidata):
        return None                                      # coercion abroad: the people are not the agent's
    return state


def _at_home(label: str, state: ActorRef) -> str:
    """A bare group's label with the state it is in, as a described group keeps its place ("protesters in
    Armenia"); a label that says more ("protesters from the north") stays as it is."""
    return f"{label} in {with_article(state)}" if len(label.split()) == 1 else label


def _local(actor: ActorRef) -> bool:
    """A group of no state named that may be people of the place it acts in (not other states or outsiders)."""
    return actor.kind == gz.GROUP and actor.related is None and actor.label.split()[-1].lower() not in OUTSIDERS


def _titled(found, res: Resolution) -> bool:
    """Whether an office title comes just before a person's name ("Lt. Gen. Prosper Avril", "President X")."""
    before = res.doc[max(found.start - 3, res.doc[found.start].sent.start):found.start]
    return any(t.lower_.rstrip(".") in TITLE_WORDS for t in before)


def _aimed_at(act: Act, state: ActorRef, res: Resolution) -> bool:
    """Whether the act's trigger names the state as its object ("threatened action against Russia")."""
    trigger = res.doc.char_span(act.trigger.start, act.trigger.end, alignment_mode="expand")
    if trigger is None:
        return False
    heads = {trigger.root.i} | {c.i for c in trigger.root.children if c.dep_ == "dobj"}
    for found in res.found:
        root = res.doc[found.start:found.end].root
        if any(a.wikidata == state.wikidata for a in found.actors) and (
                root.dep_ == "dobj" and root.head.i in heads
                or root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i in heads):
            return True
    return False
