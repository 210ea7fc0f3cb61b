"""Organisations the recogniser misses where a passive clause names its doer: "Amini had been arrested by the
Guidance Patrol" is the Guidance Patrol's act."""

from __future__ import annotations

from .. import gazetteer as gz
from .actorwords import ORG_BODY_WORDS
from .found import Found, Resolution
from .records import ActorRef


def find_passive_doers(res: Resolution) -> None:
    """Read "by the X Y" after a passive verb, with X Y capitalised proper nouns that no mention covers, as an
    organisation named X Y (a body if its name says so: "the Border Police", "the Revolutionary Court")."""
    added = False
    for noun in res.doc:
        if noun.dep_ != "pobj" or noun.head.dep_ != "agent" or noun.pos_ != "PROPN" or noun.i in res.by_token:
            continue
        words = [c for c in noun.lefts if c.dep_ == "compound"] + [noun]
        the = [c for c in noun.lefts if c.dep_ == "det" and c.lower_ == "the"]
        if not the or len(words) < 2 or any(w.pos_ != "PROPN" or not w.text[:1].isupper() or w.i in res.by_token
                                            for w in words) or words[-1].i - words[0].i != len(words) - 1:
            continue
        label = res.doc[words[0].i:noun.i + 1].text
        kind = gz.BODY if any(w in label for w in ORG_BODY_WORDS) else gz.ACTOR
        res.add(Found(the[0].i, noun.i + 1, (ActorRef(label, kind),)))
        added = True
    if added:
        res.found.sort(key=lambda f: f.start)
