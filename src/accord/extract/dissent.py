"""Dissent at home: a group that protests against its own state, with no state of its own named, is that
state's people ("ethnic Albanians demonstrated in Serbia": Serbia's), as CAMEO codes domestic dissidents."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .. import gazetteer as gz
from . import aims
from .actorwords import with_article
from .found import Resolution
from .mentions import actor_of
from .records import Act, ActorRef
from .syntax import infinitive

DISSENT_TYPES = {"PROTEST"}
# people named by their dissent: their criticism of a policy is a protest against it, not a state's accusation
PROTESTERS = {"protester", "protestor", "demonstrator", "marcher"}
DEMONSTRATE = "141"


def tie_dissenters(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give protesting groups that have no state the one they protest in ("ethnic Albanians demonstrated in
    Serbia", "students in Paris protested against the United States": France's) or, with no place told, the
    state their protest is aimed at through its government or officials ("Islamic fundamentalists continued
    their hunger strike to demand the resignation of Algerian President X": Algeria's); not when the only
    target is a state itself, which they may stand outside of."""
    out = []
    for i, act in acts:
        act = _protest_told_as_criticism(act)
        state = _home_state(act, res)
        if state is not None and any(a.kind == gz.GROUP and a.related is None for a in act.agents):
            agents = tuple(replace(a, label=_where(a.label, act, state), related=state, relation="associatedWith")
                           if a.kind == gz.GROUP and a.related is None else a for a in act.agents)
            act = replace(act, agents=agents)
        out.append((i, act))
    return out


def _protest_told_as_criticism(act: Act) -> Act:
    """Criticism by protesters and no one else ("the treaty was denounced by protesters") is their protest
    (CAMEO 141): news calls an accusation a crowd voices in the street a demonstration."""
    if act.type != "ACCUSE" or act.modality != "asserted" or not act.agents or not all(
            a.kind == gz.GROUP and a.label.split()[0].lower().rstrip("s") in PROTESTERS for a in act.agents):
        return act
    return replace(act, type="PROTEST", cameo=DEMONSTRATE)


def protested_in_purpose(token: Token, res: Resolution) -> list[ActorRef]:
    """Whom a protest with no stated target is aimed at, as the purpose its clause gives tells: "began a hunger
    strike to protest against X's decision", "blocked a road to show their disapproval of X's policies"."""
    clause = token.head if token.dep_ in ("dobj", "nsubj", "nsubjpass") else token
    out: list[ActorRef] = []
    for purpose in (c for c in clause.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                    and infinitive(c)):
        out += [a for a in aims.targets(purpose, [], res) if a not in out]
    return out


def protested_persons(token: Token, agents: list[ActorRef], res: Resolution) -> list[ActorRef]:
    """The persons a protest with no stated target is aimed at besides its state: those its sentence names,
    other than its doers ("After the president was re-elected, the protests grew": at the president)."""
    sentence = token.sent
    out: list[ActorRef] = []
    for found in res.found:
        if sentence.start <= found.start < sentence.end:
            out += [a for a in found.actors if a.kind == gz.PERSON and a not in agents and a not in out]
    return out


def _where(label: str, act: Act, state: ActorRef) -> str:
    """A bare group's label with where it protests, the place told ("protesters in Leipzig") or its state; a
    label that says more ("students from the north") stays as it is."""
    if len(label.split()) != 1:
        return label
    return f"{label} in {act.location.label if act.location is not None else with_article(state)}"


def _home_state(act: Act, res: Resolution) -> ActorRef | None:
    if act.type not in DISSENT_TYPES:
        return None
    country = act.location.country if act.location is not None else None
    if country is not None:
        state = country                                  # "ethnic Albanians demonstrated in Serbia": Serbia's
    else:
        states = [_state_of(t, res) for t in act.targets]
        if len(set(states)) != 1 or states[0] is None:
            return None                                  # no target, or one that is no state's
        if any(t.kind == gz.STATE for t in act.targets):
            return None                                  # "protested the sending of troops to Iraq": no home told
        state = states[0]
    return actor_of(res.gazetteer.entities[state]) if state in res.gazetteer.entities else None


def _state_of(actor: ActorRef, res: Resolution) -> str | None:
    """The state an actor is or acts for: the state itself, its government or official, a body of it."""
    if actor.kind == gz.STATE:
        return actor.wikidata
    entity = res.gazetteer.entities.get(actor.wikidata or "")
    if entity is not None and entity.kind == gz.BODY and entity.of in res.gazetteer.entities \
            and res.gazetteer.entities[entity.of].kind == gz.STATE:
        return entity.of
    if actor.kind != gz.GROUP and actor.related is not None and actor.related.kind == gz.STATE:
        return actor.related.wikidata
    return None
