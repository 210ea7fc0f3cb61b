"""Hostile acts a text tells only as the parts of a military undertaking, without their doer: "The first month of
the intervention consisted of airstrikes on X and a blockade", "troops were deployed as part of a broader offensive
against X". They are done by whoever leads the undertaking, where the text names one led coalition or force ("the
Saudi-led coalition", "the NATO-led force")."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from . import aims
from .counterparts import VIOLENT
from .eventrefs import DONE
from .ledby import LED_GROUPS
from .mentions import Resolution
from .records import ActorRef

# verbs by which an undertaking is said to be made of acts: "the operation consisted of airstrikes"
COMPOSING = {"consist", "comprise", "include", "involve", "entail"}
UNDERTAKING_WORDS = DONE["campaign"] - {"coalition", "blockade", "crackdown", "deployment", "buildup", "build-up"}


def undertaking_leader(token: Token, plover: str, modality: str, res: Resolution) -> list[ActorRef]:
    """The led coalition or force that does a hostile act told without its doer as (a part of) an undertaking,
    or [] where the act is told otherwise or the text names no one led coalition or force."""
    if plover not in VIOLENT or modality != "asserted" or token.pos_ != "NOUN" or not _part_of_undertaking(token):
        return []
    led = list(dict.fromkeys(a for f in res.found for a in f.actors if _led_group(a)))
    return led if len(led) == 1 else []


def aimed_as_first(noun: Token, res: Resolution) -> list[ActorRef]:
    """Whom a conjoined act with no aim of its own is aimed at: that of the act before it ("airstrikes on X and a
    full blockade": the blockade of X too)."""
    first = _first_act(noun)
    return aims.targets(first, [], res) if first.i != noun.i else []


def _part_of_undertaking(noun: Token) -> bool:
    """Whether a noun is an undertaking told without its doer ("as part of a broader offensive against X") or an
    act an undertaking is said to be made of ("the intervention consisted of airstrikes")."""
    if noun.lemma_.lower() in UNDERTAKING_WORDS:
        return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ == "PROPN" for c in noun.children)
    first = _first_act(noun)
    if first.dep_ != "pobj" or first.head.lower_ != "of" or first.head.head.lemma_.lower() not in COMPOSING:
        return first.dep_ == "dobj" and first.head.lemma_.lower() in COMPOSING and _undertaking_subject(first.head)
    return _undertaking_subject(first.head.head)


def _first_act(noun: Token) -> Token:
    """The first of the acts a noun is joined to by "and": "airstrikes on X and a full blockade" (which the parser
    may join to X, the thing the first act is aimed at)."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first.i != noun.i and first.dep_ == "pobj" and first.head.lower_ in ("on", "against") \
            and first.head.head.pos_ == "NOUN":
        first = first.head.head
    return first


def _undertaking_subject(verb: Token) -> bool:
    """Whether a verb's subject names an undertaking: "the first month of the intervention", "Operation X"; or the
    noun a participle modifies does ("the first phase of the intervention consisted of ...", read as a modifier)."""
    if verb.dep_ == "acl" and any(t.lemma_.lower() in UNDERTAKING_WORDS for t in (verb.head, verb.head.head)):
        return True
    return any(t.lemma_.lower() in UNDERTAKING_WORDS or t.lower_ == "operation" and t.pos_ == "PROPN"
               for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)


def _led_group(actor: ActorRef) -> bool:
    """Whether an actor is a body of forces or states led by another: "the Saudi-led coalition"."""
    words = actor.label.lower().split()
    return actor.kind == gz.GROUP and actor.related is not None and len(words) > 1 \
        and words[-2].endswith("led") and words[-1].rstrip("s") in LED_GROUPS
