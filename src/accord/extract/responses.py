"""Acts told as a response: "the government responded with internet blackouts and gunfire" does both."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .actorwords import with_article
from .records import ActorRef

# verbs that answer something with an act named in their "with" phrase
RESPONSES = {"respond", "retaliate", "react", "reply", "answer"}


def answered_with(verb: Token, prep: Token) -> bool:
    """Whether a verb answers something with the act its "with" phrase names ("retaliated with airstrikes"):
    its subject does that act, as with a light verb."""
    return verb.lemma_.lower() in RESPONSES and prep.dep_ == "prep" and prep.lower_ == "with"


# nouns of dissent a response may answer: "as the protests spread, the government responded with ..."
DISSENT = {"protest", "demonstration", "rally", "riot", "uprising", "unrest", "march", "strike"}


def protesters_answered(token: Token, agents: list[ActorRef]) -> list[ActorRef]:
    """The protesters a state's response is aimed at, or [] where the act answers no protest.

    "As the protests spread, the government responded with internet blackouts": the blackouts are aimed at those
    who protest, the people of the responding state (the protest's own clause names no one).
    """
    node = token
    while node.dep_ in ("pobj", "prep", "conj", "compound") and node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ == "VERB":
            break
    else:
        return []
    if node.pos_ != "VERB" or not answered_with(node, below):
        return []
    answered = [c for c in node.children if c.dep_ in ("advcl", "prep") and c is not below]
    if not any(t.lemma_.lower() in DISSENT for c in answered for t in c.subtree):
        return []
    states = {a if a.kind == gz.STATE else a.related for a in agents}
    states.discard(None)
    if len(states) != 1:
        return []
    state = states.pop()
    if state.kind != gz.STATE:
        return []
    return [ActorRef(f"protesters in {with_article(state)}", gz.GROUP, related=state, relation="associatedWith")]
