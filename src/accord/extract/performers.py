"""Who did an act a noun names when a clause around the noun tells it: "an assault carried out by X against Y",
"the raid was conducted by X", "X claimed responsibility for the attack"."""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import Resolution
from .phrases import actors_at
from .records import ActorRef

# verbs by which an act is carried out: their "by" phrase does it, their "against"/"on" phrase suffers it
PERFORMING = {"carry", "conduct", "launch", "stage", "mount", "perpetrate", "commit", "execute", "lead", "hold"}
# "claimed responsibility for the attack", "took credit for the bombing"
OWNING = {"claim", "accept", "admit", "take", "bear"}
BLAME_NOUNS = {"responsibility", "credit"}
AIMED = {"against", "on", "upon"}
# nouns of what is done to someone: their owner undergoes the act ("his arrest", "Navalny's detention")
UNDERGONE = {"arrest", "detention", "imprisonment", "execution", "assassination", "killing", "murder",
             "abduction", "kidnapping", "extradition", "deportation", "expulsion", "trial", "prosecution",
             "indictment", "conviction", "release", "torture", "ouster", "overthrow", "removal"}


def performed_by(noun: Token, res: Resolution) -> tuple[list[ActorRef], list[ActorRef]]:
    """The agents and targets a clause gives a noun trigger that has no owner of its own."""
    if noun.pos_ != "NOUN":
        return [], []
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        # "the Banjska attack was an armed assault carried out by X": the subject is the act its predicate tells
        for attr in (c for c in noun.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            found = performed_by(attr, res)
            if found[0]:
                return found
    # "the second airstrike, a retaliatory one by Pakistan": an apposition that renames the act tells its doer
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        agents = [a for p in appos.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                  if o.dep_ == "pobj" for a in actors_at(o, res)]
        if agents:
            return agents, []
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass":
        verbs.append(noun.head)
    for verb in verbs:
        if verb.lemma_.lower() not in PERFORMING:
            continue
        by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        agents = [a for o in by for a in actors_at(o, res)]
        if agents:
            # the small parser often hangs "against Y" on X: "carried out by X against Y"
            aimed = [o for h in (verb, *by) for p in h.children if p.dep_ == "prep" and p.lower_ in AIMED
                     for o in p.children if o.dep_ == "pobj"]
            return agents, [a for o in aimed for a in actors_at(o, res) if a not in agents]
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is not None and holder.lemma_.lower() in BLAME_NOUNS and holder.head.lemma_.lower() in OWNING \
            and holder.dep_ in ("dobj", "nsubjpass"):
        verb = holder.head
        claimants = [c for c in verb.children if c.dep_ == "nsubj"]
        claimants += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return [a for c in claimants for a in _named(c, res)], []
    return [], []


def _named(node: Token, res: Resolution) -> list[ActorRef]:
    """The actors a claimant's phrase names, or the name beside its description: "a Pakistan-based militant
    group, Jaish-e-Mohammed"."""
    return actors_at(node, res) or [a for c in node.children if c.dep_ == "appos" for a in actors_at(c, res)]


def undergone(noun: Token) -> bool:
    """Whether a noun trigger names what is done to the owner it has ("his subsequent arrest"), so that the
    owner is the act's target, and no agent but a "by" phrase is told."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in UNDERGONE and any(c.dep_ == "poss" for c in noun.children)
