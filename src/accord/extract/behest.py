"""Acts done at someone's request: "intervened at the request of President X", "withdrew at Moscow's behest". The
phrase tells that the one named asked for the act (PLOVER REQUEST, made), aimed at the one who did it.

>>> from accord.documents import Document
>>> from accord.extract import extract
>>> text = "France sent troops to Mali at the request of the government of Mali."
>>> [(a.type, a.modality, [x.label for x in a.agents], [x.label for x in a.targets])
...  for a in extract(Document.from_text(text, id="t")).acts if a.type == "REQUEST"]
[('REQUEST', 'asserted', ['Mali'], ['France'])]
"""

from __future__ import annotations

from .mentions import Resolution
from .phrases import actors_at, of_actors, possessors
from .records import Act
from .syntax import sentence_span, token_span

# nouns of asking by which a phrase says on whose word something was done: "at the request of", "at X's urging"
ASKING = {"request", "behest", "urging", "bidding"}


def at_request(res: Resolution, told: set[int]) -> list[tuple[int, Act]]:
    """REQUEST acts (CAMEO 020, asserted) of those at whose request a clause's subject acted, aimed at the
    subject; none where the clause names no doer ("troops were sent at the request of X")."""
    out: list[tuple[int, Act]] = []
    for noun in res.doc:
        if noun.i in told or noun.pos_ != "NOUN" or noun.lemma_.lower() not in ASKING or noun.dep_ != "pobj" \
                or noun.head.lower_ not in ("at", "upon", "on") or noun.head.head.pos_ != "VERB":
            continue
        askers = possessors(noun, res) or of_actors(noun, res)
        doers = [a for s in noun.head.head.children if s.dep_ == "nsubj" for a in actors_at(s, res)
                 if a not in askers]
        if askers and doers:
            out.append((noun.i, Act("REQUEST", "020", "asserted", tuple(askers), tuple(doers), sentence_span(noun),
                                    token_span(noun))))
    return out
