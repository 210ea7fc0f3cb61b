"""Alliances a text names: "the X-Y alliance", "a pact between X and Y", "X and Y signed a partnership",
"Finland joined NATO"."""

from __future__ import annotations

from .. import gazetteer as gz
from .events import ALLIANCE_KINDS, actors_at
from .mentions import Resolution
from .modality import negated
from .syntax import sentence_span
from .records import ActorRef, Alliance

ALLIANCE_NOUNS = {"alliance", "partnership", "pact", "axis", "bloc", "coalition", "entente"}
PACT_VERBS = {"sign", "form", "forge", "establish", "conclude", "strike", "seal", "create", "build", "launch"}


def find_alliances(res: Resolution) -> list[Alliance]:
    """Alliances named in the text: "the North Korea-Russia alliance", "a pact between X and Y"."""
    out: dict[str, Alliance] = {}
    for token in res.doc:
        if token.lemma_.lower() not in ALLIANCE_NOUNS or token.pos_ != "NOUN":
            continue
        members: list[ActorRef] = []
        for child in token.subtree:
            if child.i >= token.i and child.head.i != token.i:
                continue
            found = res.at(child)
            if child.i < token.i and found:
                members.extend(a for a in found.actors if a.kind in ALLIANCE_KINDS and a not in members)
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "with", "of"):
                for obj in prep.children:
                    members.extend(a for a in actors_at(obj, res) if a.kind in ALLIANCE_KINDS and a not in members)
        if len(members) > 1:
            alliance = Alliance(tuple(members), sentence_span(token))
            out.setdefault(alliance.key, alliance)
    for alliance in _accessions(res) + _pacts(res):
        out.setdefault(alliance.key, alliance)
    return list(out.values())


def _pacts(res: Resolution) -> list[Alliance]:
    """"The United States and Japan signed a partnership": an alliance of the verb's subjects."""
    out = []
    for token in res.doc:
        if token.lemma_.lower() not in ALLIANCE_NOUNS or token.dep_ != "dobj" \
                or token.head.lemma_.lower() not in PACT_VERBS or negated(token.head):
            continue
        members: list[ActorRef] = []
        for subject in (c for c in token.head.children if c.dep_ == "nsubj"):
            members.extend(a for a in actors_at(subject, res) if a.kind in ALLIANCE_KINDS and a not in members)
        if len(members) > 1:
            out.append(Alliance(tuple(members), sentence_span(token)))
    return out


def _accessions(res: Resolution) -> list[Alliance]:
    """Membership and accession: "Finland joined NATO", "Sweden acceded to NATO", "Ukraine is a member of X"."""
    out = []
    for token in res.doc:
        lemma = token.lemma_.lower()
        if lemma in ("join", "accede") and token.pos_ == "VERB" and not negated(token):
            objects = [c for c in token.children if c.dep_ == "dobj"]
            objects += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                        if o.dep_ == "pobj"]
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
        elif lemma == "member" and token.pos_ == "NOUN" and token.dep_ == "attr":
            objects = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"] if not negated(token.head) else []
        else:
            continue
        blocs = [a for o in objects for a in actors_at(o, res) if a.kind == gz.ORGANIZATION]
        joiners = [a for s in subjects for a in actors_at(s, res) if a.kind in ALLIANCE_KINDS]
        for bloc in blocs:
            for joiner in joiners:
                if joiner != bloc:
                    out.append(Alliance((joiner, bloc), sentence_span(token)))
    return out
