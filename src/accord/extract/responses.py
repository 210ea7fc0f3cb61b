"""A response promised on a condition: "if X does Y, we will respond" threatens X (CAMEO 130)."""

from __future__ import annotations

from spacy.tokens import Token

from . import aims
from . import syntax as sx
from .framing import CONDITIONAL
from .mentions import Resolution
from .phrases import actors_at
from .records import Act

# verbs of answering what another does, which tell no act of their own kind: held out against a condition
# they are a threat of an unnamed step ("the United States will respond", "we shall retaliate")
ANSWERING = {"respond", "retaliate", "react", "reply", "answer"}
PROMISING = {"will", "shall", "'ll"}


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
