"""Acts told as a response to another's: a response promised on a condition ("if X does Y, we will respond")
threatens X (CAMEO 130); a response made with an act ("the government responded with internet blackouts and
gunfire") is that act by the one responding."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from . import aims
from . import syntax as sx
from .framing import CONDITIONAL
from .mentions import Resolution
from .phrases import actors_at
from .records import Act, ActorRef
from .unnamed import group_in

# verbs of answering what another does, which tell no act of their own kind: held out against a condition
# they are a threat of an unnamed step ("the United States will respond", "we shall retaliate"); with a "with"
# phrase they are the act it names ("retaliated with airstrikes")
ANSWERING = {"respond", "retaliate", "react", "reply", "answer"}
PROMISING = {"will", "shall", "'ll"}
# nouns of dissent a response may answer: "as the protests spread, the government responded with ..."
DISSENT = {"protest", "demonstration", "rally", "riot", "uprising", "unrest", "march", "strike"}


def conditional_responses(res: Resolution, told: set[int]) -> list[tuple[int, Act]]:
    """Responses promised by a clause's subject if the subject of its "if"/"unless" clause acts: a threat at
    that one. A negated promise ("will not respond") threatens nothing."""
    out = []
    for token in res.doc:
        if token.i in told or token.pos_ != "VERB" or token.lemma_.lower() not in ANSWERING \
                or not any(c.dep_ == "aux" and c.lower_ in PROMISING for c in token.children) \
                or any(c.dep_ == "neg" for c in token.children):
            continue
        agents = [a for c in token.children if c.dep_ == "nsubj" for a in actors_at(c, res)]
        targets = [a for clause in _conditions(token) for s in sx.subject_tokens(clause)
                   for a in actors_at(s, res) if a not in agents]
        if agents and targets:
            out.append((token.i, Act("THREATEN", "130", "threatened", tuple(agents), tuple(dict.fromkeys(targets)),
                                     sx.sentence_span(token), sx.token_span(token), aims.location(token, res),
                                     None)))
    return out


def _conditions(verb: Token) -> list[Token]:
    return [c for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL for m in c.children)]


def answered_with(verb: Token, prep: Token) -> bool:
    """Whether a verb answers something with the act its "with" phrase names ("retaliated with airstrikes"):
    its subject does that act, as with a light verb."""
    if verb.lemma_.lower() not in ANSWERING:
        return False
    if prep.dep_ == "prep" and prep.lower_ == "with":
        return True
    # "responded with blackouts, restrictions on travel and gunfire": the small parser hangs the list's later
    # items on the verb as loose dependents after the "with" phrase
    return prep.dep_ == "dep" and any(c.dep_ == "prep" and c.lower_ == "with" and c.i < prep.i for c in verb.children)


def protesters_answered(token: Token, agents: list[ActorRef]) -> list[ActorRef]:
    """The protesters a state's response is aimed at, or [] where the act answers no protest.

    "As the protests spread, the government responded with internet blackouts": the blackouts are aimed at those
    who protest, the people of the responding state (the protest's own clause names no one).
    """
    node = token
    while node.dep_ in ("pobj", "prep", "conj", "compound", "dep") and node.head.i != node.i:
        below, node = node, node.head
        if node.pos_ == "VERB":
            break
    else:
        return []
    if node.pos_ != "VERB" or not answered_with(node, below):
        return []
    answered = [c for c in node.children if c.dep_ in ("advcl", "prep") and c is not below and c.lower_ != "with"]
    if not any(t.lemma_.lower() in DISSENT for c in answered for t in c.subtree):
        return []
    states = {a if a.kind == gz.STATE else a.related for a in agents}
    states.discard(None)
    if len(states) != 1:
        return []
    state = states.pop()
    if state.kind != gz.STATE:
        return []
    return [group_in("protesters", state)]
