"""The people of a state as a group: "people in need in Sudan", "the people of Sudan" are no state, and an
act aimed at them (aid, support) is aimed at a population tied to the state, not at its government."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .found import Found, Resolution, actor_of
from .records import ActorRef

# nouns for a state's population as a whole
POPULATION_NOUNS = {"people", "population", "person"}
# words that lead from such a noun to where its people are: "people in need in Sudan", "people across Sudan"
WHERE = {"in", "of", "across", "throughout", "inside", "from"}
# words the phrase may hold before the place: "people in need in", "people affected by the war in"
BETWEEN_TAGS = {"IN", "DT", "JJ", "NN", "NNS", "VBN", "RB", "PRP$"}


def find_populations(res: Resolution) -> None:
    """Add a group for each population noun tied, within its phrase, to the state it lives in."""
    added = False
    for token in res.doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in POPULATION_NOUNS or token.i in res.by_token:
            continue
        item = _population(token, res)
        if item is not None:
            res.add(item)
            added = True
    if added:
        res.found.sort(key=lambda f: f.start)


def _population(noun: Token, res: Resolution) -> Found | None:
    doc = noun.doc
    if noun.i + 1 >= noun.sent.end or doc[noun.i + 1].lower_ not in WHERE:
        return None
    for i in range(noun.i + 1, min(noun.i + 8, noun.sent.end)):
        found = res.at(doc[i])
        if found is not None:
            state = _state(found, res)
            if state is None or doc[i - 1].lower_ not in WHERE and doc[i - 1].lower_ != "the":
                return None
            start = min([noun.i] + [c.i for c in noun.lefts if c.dep_ == "amod"])
            label = doc[start:found.end].text
            return Found(start, found.end, (ActorRef(label, gz.GROUP, related=state, relation="associatedWith"),))
        if doc[i].tag_ not in BETWEEN_TAGS:
            return None
    return None


def _state(found: Found, res: Resolution) -> ActorRef | None:
    if len(found.actors) == 1 and found.actors[0].kind == gz.STATE:
        return found.actors[0]
    if found.place is not None and found.place.country in res.gazetteer.entities:
        return actor_of(res.gazetteer.entities[found.place.country])
    return None
