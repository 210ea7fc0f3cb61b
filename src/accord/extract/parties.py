"""The parties of an agreement told earlier: "The Israel–UAE agreement ... The agreement was signed at the
White House" is signed by Israel and the UAE."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .found import Resolution
from .records import ActorRef

PARTY_KINDS = (gz.STATE, gz.ORGANIZATION, gz.GROUP)
# nouns of a formal agreement: "the treaty agreed by the United Kingdom and China" is one they concluded
AGREEMENTS = {"treaty", "agreement", "accord", "deal", "pact", "convention", "declaration", "protocol",
              "memorandum", "charter", "settlement"}


def earlier_parties(verb: Token, res: Resolution) -> list[ActorRef]:
    """The parties of the thing a passive verb without an agent tells of ("the agreement was signed"), as the
    text named them when it first told of a thing of that kind: the states, organisations or groups named
    inside that phrase ("the Serbia–Kosovo agreement", "an agreement between Serbia and Kosovo"); none unless
    two or more."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
            continue                                     # "an agreement was signed": a new one, not told before
        for earlier in (t for t in res.doc[:subject.i] if t.lemma_ == subject.lemma_ and t.pos_ == subject.pos_):
            named: list[ActorRef] = []
            for word in earlier.subtree:
                found = res.at(word)
                for actor in found.actors if found else ():
                    if actor.kind in PARTY_KINDS and actor not in named:
                        named.append(actor)
            if len(named) > 1:
                return named
    return []


def concluded(verb: Token) -> bool:
    """Whether an agreeing verb is a participle that tells who concluded a formal agreement: "the treaty
    agreed by the United Kingdom and China" (signed, CAMEO 057), not an intent to agree."""
    return verb.lemma_.lower() == "agree" and verb.tag_ == "VBN" and verb.dep_ == "acl" \
        and verb.head.lemma_.lower() in AGREEMENTS and any(c.dep_ == "agent" for c in verb.children)


def terms_of(verb: Token) -> bool:
    """Whether a participle without a subject tells what an agreement just signed or concluded does ("signed the
    Budapest accord, guaranteeing the integrity of Ukraine"): its terms, which the signing already tells, not a
    second act done there and then."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and head.i != verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENTS for c in head.children)
