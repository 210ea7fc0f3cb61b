"""Plural descriptions whose members the sentence lists: "other countries supported Guyana's position,
including Brazil, the UK and US" are Brazil, the UK and the US."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .found import Found, Resolution
from .records import ActorRef

# plural nouns of states or bodies that a list can spell out
DESCRIBED = {"country", "nation", "state", "government", "power", "ally", "partner", "member", "organization",
             "organisation", "donor"}
LISTING = ("including", "notably", "especially")
LISTED_KINDS = (gz.STATE, gz.ORGANIZATION)


def find_listed(res: Resolution) -> None:
    """Read a plural description with no actor of its own as the states or organisations an "including" phrase
    of its clause lists, the list being after it (the parser may hang the list on a later noun)."""
    added = False
    for noun in res.doc:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in DESCRIBED \
                or noun.i in res.by_token or noun.dep_ not in ("nsubj", "nsubjpass"):
            continue
        listed = [a for mark in noun.head.subtree if mark.lower_ in LISTING and mark.i > noun.i
                  for a in _members(mark, res)]
        if listed:
            start = min(t.i for t in noun.subtree if t.i <= noun.i)
            res.add(Found(start, noun.i + 1, tuple(dict.fromkeys(listed))))
            added = True
    if added:
        res.found.sort(key=lambda f: f.start)


def _members(mark: Token, res: Resolution) -> list[ActorRef]:
    out: list[ActorRef] = []
    for head in (c for c in mark.children if c.dep_ == "pobj"):
        apposed = [n for a in head.children if a.dep_ == "appos" for n in (a, *a.conjuncts)]
        for node in (head, *head.conjuncts, *apposed):
            found = res.at(node)
            out += [a for a in (found.actors if found else ()) if a.kind in LISTED_KINDS and a not in out]
    return out
