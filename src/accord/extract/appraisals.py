"""Whether a welcome or praise is aimed at another actor: "welcomed Japan's decision" is support for Japan;
"welcomed the launch of the framework", "hailed the U.S.-Japan Alliance" (the agents' own) or "groups
hailing from Syria" are no act between two sides."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import gazetteer as gz
from .lexicon import Trigger, plover_type
from .mentions import Resolution, actor_of
from .phrases import actors_at, of_actors, on_side, possessors
from .records import ActorRef

# verbs whose object is the thing approved of; the act is aimed at the actor behind it
APPRAISING = {"welcome", "hail", "praise", "commend", "applaud"}


def aimed_elsewhere(token: Token, agents: list[ActorRef], res: Resolution) -> bool:
    """Whether the thing a welcoming verb approves of is, or belongs to, an actor outside the agents' side:
    the object itself ("welcomed Japan"), its owner ("Japan's decision", "the statement of Prime Minister
    Abiy") or the subject of a clause telling it ("the dialogue President Duque has convened")."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN"):
        objects.append(token.head)                       # "the agreement welcomed by both sides"
    behind: list[ActorRef] = []
    for obj in (o for n in objects for o in (n, *n.conjuncts)):
        # "welcomed the protection of civilians": people a thing is done for, named by no state, are not behind it
        behind += actors_at(obj, res) + possessors(obj, res) + [a for a in of_actors(obj, res)
                                                              if a.kind != gz.GROUP or a.related is not None]
        behind += [a for c in obj.children if c.dep_ == "relcl" for s in c.children
                   if s.dep_ in ("nsubj", "nsubjpass") for a in actors_at(s, res)]
    return any(not on_side(a, tuple(agents), res) and not _joint_body(a, agents, res) for a in behind)


def _joint_body(actor: ActorRef, agents: list[ActorRef], res: Resolution) -> bool:
    """Whether an actor the gazetteer lacks is named for the agents' own states: the "U.S.-Japan Alliance"
    hailed by an American and a Japanese minister."""
    if actor.wikidata:
        return False
    named = {s.wikidata for part in re.split(r"[-–—/\s]+", actor.label)
             for s in res.gazetteer.surfaces.get(part, ()) if res.gazetteer.entities[s.wikidata].kind == gz.STATE}
    states = [actor_of(res.gazetteer.entities[w]) for w in sorted(named)]
    return bool(states) and all(any(on_side(state, (agent,), res) for agent in agents) for state in states)



# losses and disasters one grieves or worries over without blaming anyone: "concern over the floods"
MISFORTUNE = {"earthquake", "quake", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone", "tsunami",
              "wildfire", "fire", "drought", "famine", "landslide", "mudslide", "disaster", "catastrophe",
              "tragedy", "accident", "crash", "loss", "death", "casualty", "victim", "pandemic", "outbreak",
              "epidemic", "eruption"}


def mourns(token: Token) -> bool:
    """"expressed concern over the floods in Pakistan": sorrow or worry over a loss or disaster that blames no
    one (no "by" phrase, no owner) is no accusation."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "express":
        return False
    about = [o for d in token.children if d.dep_ == "dobj" for p in (d, *d.children, token) for h in p.children
             if h.dep_ == "prep" and h.lower_ in ("over", "about", "at", "for", "regarding", "following")
             for o in h.children if o.dep_ == "pobj"]
    return bool(about) and all(o.lemma_.lower() in MISFORTUNE and not any(t.dep_ in ("agent", "poss")
                                                                         for t in o.subtree) for o in about)


# prepositions that name what a support noun is given to: "commitment to", "support for", "backing towards"
GIVEN_TO = {"to", "for", "toward", "towards"}


def for_a_cause(token: Token, trigger: Trigger, res: Resolution) -> bool:
    """Whether a support noun is given to a cause that no actor stands behind: "reaffirmed the U.S.
    commitment to a two-state solution", "their commitment to peace", "support towards achieving a lasting
    peace" state a stance, not support for another side (no act; a target found elsewhere would be a guess).
    "Support for Ukraine", "commitment to Japan's defence", "support for the people of Venezuela" keep theirs.
    """
    if token.pos_ != "NOUN" or not trigger.cameo or plover_type(trigger.cameo) != "SUPPORT":
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ != "of"]
    if not any(p.lower_ in GIVEN_TO for p in preps):
        return False
    return not any(actors_at(t, res) or t.pos_ == "PRON" for p in preps for t in p.subtree)
