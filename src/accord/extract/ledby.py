"""Actors and acts led by another: "the Saudi-led coalition" is a group tied to Saudi Arabia, later "the
coalition" and "coalition forces"; "Houthi-led attacks" are the Houthis'."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .found import Found, Resolution, actor_of
from .records import ActorRef

# nouns of a body of forces or states that another leads: "the U.S.-led coalition", "NATO-led forces"
LED_GROUPS = {"coalition", "force", "alliance", "mission", "contingent", "troop", "army", "bloc"}
LEADER_KINDS = (gz.STATE, gz.ORGANIZATION, gz.GROUP, gz.BODY, gz.PERSON)


def find_led(res: Resolution) -> None:
    """Read every "X-led" modifier: a group for a body of forces it modifies, its leader for an act it modifies
    (so that the act's owners include the leader); then "the coalition" after a led coalition is that coalition."""
    doc = res.doc
    coalitions: list[tuple[int, ActorRef]] = []
    for led in doc:
        if led.dep_ != "amod" or led.head.i <= led.i or led.head.pos_ != "NOUN":
            continue
        found = _leader(led, res)
        if found is None:
            continue
        start, leader = found
        noun = led.head
        for item in [f for f in res.found if start <= f.start and f.end <= led.i + 1]:
            res.found.remove(item)
        if noun.lemma_.lower() in LED_GROUPS and not any(i in res.by_token for i in range(led.i + 1, noun.i + 1)):
            group = ActorRef(doc[start:noun.i + 1].text, gz.GROUP, related=leader, relation="associatedWith")
            res.add(Found(start, noun.i + 1, (group,)))
            if noun.lemma_.lower() == "coalition":
                coalitions.append((noun.i, group))
        else:
            res.add(Found(start, led.i + 1, (leader,)))   # "Houthi-led attacks": the leader's
    for token in doc:
        if token.lemma_.lower() != "coalition" or token.i in res.by_token or token.pos_ != "NOUN":
            continue
        earlier = [group for i, group in coalitions if i < token.i]
        the = [c for c in token.lefts if c.dep_ == "det" and c.lower_ == "the"]
        if earlier and (the and len(list(token.lefts)) == 1 or token.dep_ == "compound" and not list(token.lefts)):
            res.add(Found(the[0].i if the else token.i, token.i + 1, (earlier[-1],)))
    res.found.sort(key=lambda f: f.start)


def _leader(led: Token, res: Resolution) -> tuple[int, ActorRef] | None:
    """Where the leader's name starts and the leader of an "X-led" modifier, if the name is an actor's."""
    doc = res.doc
    if led.lower_.endswith("-led") and len(led.text) > 4:
        named = _named(led.text[:-4], res)               # "U.S.-led": one token
        return (led.i, named) if named is not None else None
    if led.lower_ != "led" or led.i < 2 or doc[led.i - 1].text not in ("-", "–"):
        return None
    found = res.at(doc[led.i - 2])
    if found is None:
        named = _named(doc[led.i - 2].text, res)         # "Iranian-led": a demonym no mention was made of
        return (led.i - 2, named) if named is not None else None
    if len(found.actors) != 1 or found.actors[0].kind not in LEADER_KINDS:
        return None
    return found.start, found.actors[0]


def _named(text: str, res: Resolution) -> ActorRef | None:
    for surface in res.gazetteer.surfaces.get(text, []):
        entity = res.gazetteer.entities[surface.wikidata]
        if entity.kind in LEADER_KINDS and surface.how != "capital":
            return actor_of(entity)
    return None
