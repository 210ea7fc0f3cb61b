"""Domestic coercion: people a state's police or authorities coerce, with no state of their own named, are that
state's ("Egyptian police arrested demonstrators": demonstrators in Egypt), as CAMEO codes them."""

from __future__ import annotations

from dataclasses import replace

from .. import gazetteer as gz
from .found import Resolution
from .records import Act, ActorRef

# the last words of agents that coerce people at home: "Egyptian police", "the Iranian authorities"
HOME_FORCES = {"police", "policemen", "authorities", "gendarmerie", "government"}
DOMESTIC_TYPES = {"COERCE"}


def tie_domestic(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give the state of the police or authorities that coerce them to targeted groups that have none."""
    out = []
    for i, act in acts:
        state = _home_state(act, res)
        if state is not None and any(t.kind == gz.GROUP and t.related is None for t in act.targets):
            targets = tuple(replace(t, related=state, relation="associatedWith")
                            if t.kind == gz.GROUP and t.related is None else t for t in act.targets)
            act = replace(act, targets=targets)
        out.append((i, act))
    return out


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
