"""The actors a noun phrase names, and whose side an actor is on."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .mentions import Resolution
from .records import ActorRef

# kinds of actor that the small parser's appositions list: "Australia, the United Kingdom and the United States"
LISTED_KINDS = (gz.STATE, gz.ORGANIZATION)


def actors_at(token: Token, res: Resolution) -> list[ActorRef]:
    """The actors a noun phrase names, with its conjuncts: "the United States and its allies"."""
    out: list[ActorRef] = []
    nodes = [token, *token.conjuncts]
    if not (res.at(token) and res.at(token).actors and res.at(token).actors[0].kind == gz.PERSON):
        # "the President of Venezuela, Nicolas Maduro": the person named beside a title (or, as the small
        # parser reads it, beside the state)
        nodes += [a for a in token.children if a.dep_ == "appos" and res.at(a) and res.at(a).actors
                  and res.at(a).actors[0].kind == gz.PERSON]
    if _is_country_list_head(token, res):
        # "Australia, the United Kingdom and the United States": the small parser reads a list as an apposition
        nodes += [n for a in token.children if a.dep_ == "appos" for n in (a, *a.conjuncts)]
    elif not res.at(token):
        # "U.S. conservatives, Israel, Saudi Arabia and allies have supported it": the parser hangs the rest of
        # a list on its first item, which names no actor, as an apposition; a coordinated apposition is no
        # description of the first item but the list going on
        nodes += [n for a in token.children if a.dep_ == "appos" and a.conjuncts and res.at(a)
                  for n in (a, *a.conjuncts)]
    for node in nodes:
        found = res.at(node)
        for actor in found.actors if found else ():
            if actor not in out:
                out.append(actor)
    return out


def _is_country_list_head(token: Token, res: Resolution) -> bool:
    found = res.at(token)
    if not found and token.pos_ == "NOUN" and token.tag_ == "NNS":
        # "U.S. conservatives, Israel, Saudi Arabia and allies": a list whose first item names no actor
        found = next((res.at(a) for a in token.children if a.dep_ == "appos" and res.at(a)), None)
    if not found or not found.actors or found.actors[0].kind not in LISTED_KINDS:
        return False
    appositions = [a for a in token.children if a.dep_ == "appos"]
    return bool(appositions) and all(res.at(a) and res.at(a).actors and res.at(a).actors[0].kind in LISTED_KINDS
                                     for a in appositions)


def of_actors(noun: Token, res: Resolution) -> list[ActorRef]:
    """"Thousands of students", "leaders of the Fatah party": the actors after "of"."""
    out: list[ActorRef] = []
    for o in (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
              if o.dep_ == "pobj"):
        out += actors_at(o, res) or of_actors(o, res)   # "tens of thousands of students"
    return out


def possessors(noun: Token, res: Resolution) -> list[ActorRef]:
    out: list[ActorRef] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and res.at(child):
            out.extend(a for a in actors_at(child, res) if a not in out)
    return out


def on_side(actor: ActorRef, agents: tuple[ActorRef, ...], res: Resolution) -> bool:
    """Whether `actor` is an agent, or a state, body or person on an agent's side."""
    sides = {a.wikidata for a in agents if a.wikidata} | {a.label for a in agents}
    for agent in agents:
        sides |= states_of(agent, res)
    return actor.label in sides or bool((states_of(actor, res) | {actor.wikidata}) & sides)


def states_of(actor: ActorRef, res: Resolution) -> set[str]:
    out: set[str] = set()
    if actor.related is not None and actor.related.wikidata:
        out.add(actor.related.wikidata)
    entity = res.gazetteer.entities.get(actor.wikidata or "")
    if entity is not None and entity.of:
        out.add(entity.of)
    if entity is not None and entity.kind == gz.PERSON:
        out.update(r.of for r in res.gazetteer.roles_of(entity.wikidata, res.day))
    return out


# nouns for the states or people a speaker may address as a whole: "all countries", "other donors"
ADDRESSED = {"country", "nation", "state", "government", "donor", "partner", "member", "ally", "party", "side",
             "power", "neighbour", "neighbor", "democracy", "leader"}


def addressed_group(noun: Token, res: Resolution) -> list[ActorRef]:
    """The group a request is addressed to when the text names it by description only ("we call on other
    donors", "urged all countries", "every nation"): a group labelled with its words; none for a name."""
    if noun.pos_ != "NOUN" or res.at(noun) or noun.lemma_.lower() not in ADDRESSED:
        return []
    words = [c for c in noun.lefts if c.dep_ in ("det", "amod", "predet") and c.lower_ not in ("the", "a", "an")]
    if not words:
        return []
    start = min(c.i for c in words)
    return [ActorRef(noun.doc[start:noun.i + 1].text, gz.GROUP)]
