"""Whom an act with no stated target is aimed at: another actor its sentence names, or the counterpart of the
meeting a readout tells; an act aimed at no one is not an act between political actors."""

from __future__ import annotations

from dataclasses import replace

from .mentions import Resolution
from .phrases import on_side
from .records import Act, ActorRef


def complete_targets(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give each act without a target one: the actor its sentence names nearest after the trigger (else
    before it) that is not an agent nor one of an agent's own; else, in a text that tells a meeting or call,
    that meeting's other side ("X met Y. X reaffirmed the partnership": with Y). Acts still without a target
    are dropped, as PLOVER codes acts between two actors."""
    meetings = sorted((act for _, act in acts if act.type == "CONSULT" and act.targets),
                      key=lambda act: (act.evidence.start, act.trigger.start))
    out = []
    for i, act in acts:
        if not act.targets:
            targets = _in_sentence(res, act) or _counterpart(res, act, meetings)
            if targets:
                act = replace(act, targets=targets)
        out.append((i, act))
    return out


def _in_sentence(res: Resolution, act: Act) -> tuple[ActorRef, ...]:
    start, end = act.evidence.start, act.evidence.end
    trigger = res.doc.char_span(act.trigger.start, act.trigger.end, alignment_mode="expand")
    # "Germany commended Qatar for hosting the talks": the subject of a clause above the act judges it
    judges = {c.i for t in trigger.root.ancestors for c in t.children if c.dep_ in ("nsubj", "nsubjpass")} \
        if trigger is not None else set()
    after, before = [], []
    for found in res.found:
        span = found.span(res.doc)
        if span.start < start or span.end > end or not found.actors:
            continue
        if span.start <= act.trigger.start < span.end or any(i in judges for i in range(found.start, found.end)):
            continue
        actors = tuple(a for a in found.actors if not on_side(a, act.agents, res))
        if actors:
            (after if span.start > act.trigger.start else before).append(actors)
    chosen = after[0] if after else before[-1] if before else ()
    return tuple(dict.fromkeys(chosen))


def _counterpart(res: Resolution, act: Act, meetings: list[Act]) -> tuple[ActorRef, ...]:
    for meeting in meetings:
        if meeting.evidence.start > act.evidence.start:
            break
        parties = meeting.agents + meeting.targets
        if not any(on_side(a, act.agents, res) for a in parties):
            continue
        others = tuple(a for a in parties if not on_side(a, act.agents, res))
        if others:
            return others
    return ()
