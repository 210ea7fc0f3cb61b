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


def described(people: Token) -> str:
    """The participial clause that says which of a people are meant, as their label goes on: "Haitians
    displaced by the storm" are not all Haitians. The clause's core only (its verb, and each preposition
    with the determiner and head of its object: "displaced by the severe storm in the north" → "displaced
    by the storm"), so that the label names the group, not the story; "" where the clause is no description
    right after the noun, or its core names someone ("Syrians killed by Russian strikes": an act of its own).

    >>> from accord.extract.nlp import pipeline
    >>> described(pipeline()("The agency sent food to Haitians affected by the severe drought in Haiti.")[5])
    ' affected by the drought'
    """
    for clause in people.rights:
        if clause.dep_ != "acl" or clause.i != people.i + 1 or clause.tag_ not in ("VBN", "VBG"):
            continue
        words = [clause.text]
        for prep in (c for c in clause.children if c.dep_ in ("prep", "agent") and c.i > clause.i):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                core = [c for c in obj.lefts if c.dep_ in ("det", "compound")] + [obj]
                if any(w.pos_ == "PROPN" or w.ent_type_ for w in core):
                    return ""
                words += [prep.text, *(w.text for w in core)]
        return " " + " ".join(words) if len(words) > 1 else ""
    return ""


def _state(found: Found, res: Resolution) -> ActorRef | None:
    if len(found.actors) == 1 and found.actors[0].kind == gz.STATE:
        return found.actors[0]
    if found.place is not None and found.place.country in res.gazetteer.entities:
        return actor_of(res.gazetteer.entities[found.place.country])
    return None
