"""Whom an act is aimed at, who joins it, and where it happens, read from the parse around its trigger.

`targets` follows a trigger's objects and prepositions ("sanctions against Iran", "talks with Japan"),
`participants` the parties a meeting noun joins ("the summit between the two leaders"), `addressees` whom a
request is put to ("urged Japan", "called on the parties"), `location` the place named by "in" or "at".
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from . import syntax as sx
from .kinds import GIVEN, OFFICES, names_giver
from .mentions import Resolution, actor_of
from .phrases import actors_at, addressed_group, of_actors, possessors
from .records import ActorRef, PlaceRef

TARGET_PREPS = {"on", "against", "with", "to", "toward", "towards", "at", "over", "between", "of", "about",
                "from", "for", "by", "into", "upon"}
PARTICIPANT_PREPS = {"between", "with"}
JOINTLY = {"together", "along", "jointly"}               # "together with X", "along with X": X acts alongside
PARTNERS = {"partner", "friend", "ally", "neighbour", "neighbor", "guarantor"}   # "as a partner to X": X stood by
BORDERS = {"border", "frontier", "boundary"}     # "troops massed along the Kosovo border": aimed at Kosovo
BORDER_PREPS = ("along", "near", "across", "around")


def moved_to_border(verb: Token) -> list[Token]:
    """The subject of a verb without an object that brings it to a border ("Russian troops massed along the
    border", "forces gathered near the frontier"): what the verb moves, as its object would be."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    if not any(p.dep_ == "prep" and p.lower_ in (*BORDER_PREPS, "to", "at", "on")
               and any(o.lemma_.lower() in BORDERS for o in p.children) for p in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def participants(token: Token, res: Resolution) -> tuple[ActorRef, ...]:
    """Actors a meeting noun joins: "their meeting", "the summit between the two leaders"."""
    if token.pos_ != "NOUN":
        return ()
    out = list(possessors(token, res))
    # "a cessation of hostilities between X and Y", "an exchange of prisoners between": the parties of the
    # thing the noun ends or trades are its own
    held = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for prep in [*token.children, *(c for o in held for c in o.children)]:
        if prep.dep_ == "prep" and prep.lower_ in PARTICIPANT_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":      # "between the Government of Ethiopia and the TPLF"
                    out.extend(a for a in actors_at(obj, res) if a not in out)
                    out.extend(a for n in (obj, *obj.conjuncts) if not res.at(n) for a in of_actors(n, res)
                               if a not in out)
    return tuple(out)


def targets(token: Token, objects: list[Token], res: Resolution) -> list[ActorRef]:
    out: list[ActorRef] = mediated(token, res) + stood_by(token, res)
    starts = [token, *objects]
    if token.pos_ == "VERB":
        # "X was attacked": the passive subject is the target
        starts += [c for c in token.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    for start in starts:
        for actor in _under(start, res, depth=3, top=start.i != token.i):
            if actor not in out:
                out.append(actor)
    if token.pos_ == "VERB" and not out:
        # "threatened to cut off electricity to X", "demanded that the US cancel ...": the act told in the
        # complement clause is aimed at its subject (a that-clause) or its objects
        for clause in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] if clause.dep_ == "ccomp" else []
            for start in subjects + [clause]:
                for actor in _under(start, res, depth=2, top=start.i != clause.i):
                    if actor not in out:
                        out.append(actor)
    return out


def _under(node: Token, res: Resolution, *, depth: int, top: bool) -> list[ActorRef]:
    """Actors named at `node` (when it is an object) or reached from it through prepositions."""
    out = list(actors_at(node, res)) if top else []
    if node.pos_ == "NOUN":
        out += [a for a in possessors(node, res) if a not in out]
    if depth == 0:
        return out
    for child in node.children:
        if child.dep_ == "prep" and names_giver(child):
            continue                                     # "the support of the UK": the UK gives it
        if child.dep_ == "prep" and any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in child.children):
            continue                                     # "together with its allies": who acts alongside
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or child.lower_ in BORDER_PREPS
                                     and any(o.lemma_.lower() in BORDERS for o in child.children)):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += [a for a in _under(obj, res, depth=depth - 1, top=True) if a not in out]
        elif child.dep_ in ("dobj", "dative") and node.pos_ == "VERB":
            out += [a for a in _under(child, res, depth=depth - 1, top=True) if a not in out]
    return out


def addressees(governor: Token, res: Resolution) -> list[ActorRef]:
    """Whom a request is addressed to: "urged Japan", "called on the parties"."""
    nodes = [c for c in governor.children if c.dep_ in ("dobj", "dative")]
    # the parser may read "on" as the verb's particle and still hang its object on it: "we call on every nation"
    nodes += [o for p in governor.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "upon")
              for o in p.children if o.dep_ == "pobj"]
    return [a for n in nodes for a in actors_at(n, res) or addressed_group(n, res)]


def location(token: Token, res: Resolution) -> PlaceRef | None:
    for node in dict.fromkeys((token, token.head, token.head.head)):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    # "in Vladivostok", "in Montenegro province", "at a jail in northern Israel" (the building's
                    # own place)
                    inner = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "in" and not res.at(obj)
                             for o in p.children if o.dep_ == "pobj"]
                    for name in (obj, *(c for c in obj.children if c.dep_ == "compound"), *inner):
                        found = res.at(name)
                        if found and found.place:
                            return found.place
                        if found and name.i != obj.i and len(found.actors) == 1 and found.actors[0].kind == gz.STATE \
                                and name.dep_ in ("compound", "pobj"):
                            state = found.actors[0]
                            return PlaceRef(state.label, state.wikidata, country=state.wikidata)
    return None


def venue_host(token: Token, parties: list[ActorRef], res: Resolution) -> ActorRef | None:
    """The government body whose seat a joint act was done at ("the agreement was signed at the White House",
    "talks at the Kremlin"), when it is none of the parties' own: it hosted them."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found = res.at(obj)
            if found is None:
                continue
            # "at the White House" is read as a venue: the body of that name is the host
            bodies = list(found.actors) + [actor_of(res.gazetteer.entities[s.wikidata]) for s in
                                           res.gazetteer.surfaces.get(found.place.label if found.place else "", [])]
            bodies = [b for b in bodies if b.kind == gz.BODY]
            if len(bodies) == 1:
                host = bodies[0]
                entity = res.gazetteer.entities.get(host.wikidata or "")
                if host not in parties and not (entity and entity.of and any(belongs_to(p, entity.of, res)
                                                                             for p in parties)):
                    return host
    return None


def belongs_to(actor: ActorRef, state: str, res: Resolution) -> bool:
    """Whether `actor` is `state`, one of its groups, its body, or a person who held one of its offices then."""
    if actor.wikidata == state or (actor.related and actor.related.wikidata == state):
        return True
    entity = res.gazetteer.entities.get(actor.wikidata or "")
    if entity and entity.of == state:
        return True
    return any(r.of == state for r in res.gazetteer.roles_of(actor.wikidata, res.day)) if actor.wikidata else False


def stood_by(token: Token, res: Resolution) -> list[ActorRef]:
    """Whom the doer of an act stands with as it says in what role: "expressed support, as a partner to Ethiopia",
    "pledged aid as a friend of Ukraine"; only for what is given, not "imposed sanctions as an ally of X"."""
    if token.lemma_.lower() not in GIVEN:
        return []
    clause = token.head if token.dep_ == "dobj" else token
    roles = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
             for q in (p, *p.conjuncts) for o in q.children if o.dep_ == "pobj" and o.lemma_.lower() in PARTNERS]
    return [a for r in roles for p in r.children if p.dep_ == "prep" and p.lower_ in ("to", "of")
            for o in p.children if o.dep_ == "pobj" for a in actors_at(o, res)]


def givers(noun: Token, res: Resolution) -> list[ActorRef]:
    """Who offers the good offices a noun names, by its "of" phrase: "the mediation of China"; not the
    parties the parser reads as more conjuncts of it ("Under the mediation of China, Saudi Arabia and Iran agreed")."""
    if noun.lemma_.lower() not in OFFICES:
        return []                                        # "went to the support of the Ukrainians": for them
    parties = mediated(noun, res)
    return [a for p in noun.children if p.dep_ == "prep" and names_giver(p) for o in p.children if o.dep_ == "pobj"
            for a in actors_at(o, res) if a not in parties]


def mediated(noun: Token, res: Resolution) -> list[ActorRef]:
    """The parties whose act a noun of good offices frames: the subject of the clause its phrase belongs to
    ("Under the mediation of China, Saudi Arabia and Iran agreed ...": Saudi Arabia and Iran)."""
    if noun.lemma_.lower() not in OFFICES or noun.dep_ != "pobj":
        return []
    verb = noun.head.head
    if verb.dep_ in ("nsubj", "nsubjpass"):
        return actors_at(verb, res)                      # "Chad and Sudan, under the mediation of Norway, agreed"
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [a for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for a in actors_at(c, res)]
    return subjects or sx.subject_read_into_fronted_phrase(verb, res)
