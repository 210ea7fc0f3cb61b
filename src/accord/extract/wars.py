"""Wars a text tells as someone's own and going on, where a verb asks to end or condemns them: "urged Putin to
end his war in Ukraine", "condemned Russia's invasion of Ukraine"."""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import Resolution
from .phrases import actors_at, possessors
from .records import Act, ActorRef
from .syntax import sentence_span, token_span

# nouns of a war one side wages on another
WARS = {"war", "invasion", "aggression", "occupation", "onslaught", "bombardment"}
# verbs whose object is a war still going on: to end a war or condemn it, it must be waged
ONGOING = {"end", "halt", "stop", "cease", "condemn", "denounce"}
# "his war in Ukraine", "its aggression against Georgia", "Russia's invasion of Ukraine"
WAGED_ON = {"in", "on", "against", "of", "upon"}


def ongoing_wars(res: Resolution, acts: list[Act]) -> list[tuple[int, Act]]:
    """ASSAULT acts (CAMEO 190, asserted) of a war its owner wages on the state of its "in"/"against" phrase,
    where a verb that ends or condemns it leaves it untold as an act of its own."""
    out: list[tuple[int, Act]] = []
    for token in res.doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in WARS or token.dep_ != "dobj" \
                or token.head.lemma_.lower() not in ONGOING:
            continue
        agents = possessors(token, res)
        targets = [a for a in _waged_on(token, res) if a not in agents]
        if not agents or not targets:
            continue
        if any(a.type == "ASSAULT" and a.trigger.start == token.idx for a in acts):
            continue
        out.append((token.i, Act("ASSAULT", "190", "asserted", tuple(agents), tuple(dict.fromkeys(targets)),
                                 sentence_span(token), token_span(token))))
    return out


def _waged_on(war: Token, res: Resolution) -> list[ActorRef]:
    return [a for p in war.children if p.dep_ == "prep" and p.lower_ in WAGED_ON for o in p.children
            if o.dep_ == "pobj" for a in actors_at(o, res)]
