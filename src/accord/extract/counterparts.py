"""Whom an act with no stated target is aimed at: another actor its sentence names, or the counterpart of the
meeting a readout tells, or whoever did the act it is aimed at."""

from __future__ import annotations

from dataclasses import replace

from .. import gazetteer as gz
from .mentions import Resolution
from .phrases import actors_at, on_side, possessors
from .records import Act, ActorRef
from .syntax import infinitive

VIOLENT = {"ASSAULT", "COERCE"}           # the violent acts: those "the incident" stands for, an offensive is made of
# acts against an adversary: one its doer's side does again, naming no one, is against the same adversary
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}
# acts whose counterpart is a party to them (a meeting's guest, an appeal's addressee), whom the aim they are
# held or made for does not name
PURPOSED_AIMS = {"CONSULT", "REQUEST"}
WINDOW = 120                                              # tokens back to look for the thing "the launch" is
# verbs of going away: their "to" phrase is where the actor went
MOTION = {"flee", "retreat", "escape", "move", "relocate", "evacuate", "go", "head", "travel", "fly", "defect"}
# texts whose author a name before them tells: "UN Security Council resolutions", "the EU's regulation"
DOCUMENTS = {"resolution", "charter", "statute", "mandate", "regulation", "law", "report", "constitution"}
# prepositions of a phrase of time: what they name is when an act happened, not whom it was aimed at
TIME_PREPS = {"during", "since", "until", "till", "throughout", "amid", "amidst"}
# second halves of hyphenated modifiers that tell what a thing concerns, not who leads or backs it
# conjunctions joining a clause that tells another actor's doing alongside the act's
CONTRASTING = {"while", "whilst", "whereas"}
# verbs whose object is what is sent or handed over: "sent troops", "provided air and ground forces"
SENDING = {"send", "deploy", "redeploy", "dispatch", "despatch", "provide", "contribute", "supply", "station",
           "mass", "withdraw", "pull"}
DESCRIPTIVE = {"focus", "focused", "base", "based", "relate", "related", "centre", "center", "centred", "centered",
               "specific", "bound", "born", "orient", "oriented"}


def complete_targets(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give each act without a target one: the actor its sentence names nearest after the trigger (else
    before it) that is not an agent nor one of an agent's own; else, in a text that tells a meeting, call or
    agreement, its other side ("X met Y. X reaffirmed the partnership": with Y; "X and Y agreed to normalise
    relations. X agreed to suspend its plans": toward Y). Acts still without a target
    are kept, with none: what kind of act happened is news even when the text names no one it is aimed at
    (dropping them raises act precision but loses their PLOVER types)."""
    meetings = sorted((act for _, act in acts if act.type in ("CONSULT", "AGREE") and act.targets),
                      key=lambda act: (act.evidence.start, act.trigger.start))
    out = []
    for i, act in acts:
        kept = tuple(a for a in act.targets if not _only_author(res, act, a) and not _only_refuge(res, act, a)
                     and not _only_sent(res, act, a))
        kept += tuple(a for a in _included(res, act, kept) if a not in kept and not on_side(a, act.agents, res))
        if kept != act.targets:
            act = replace(act, targets=kept)
        if not act.targets:
            targets = _doer_of_told_act(res, i, act, acts) or _urged_after_addressing(res, act, acts) \
                or _aimed_before(res, act, acts) or _in_sentence(res, act) \
                or _counterpart(res, act, meetings)
            if targets:
                act = replace(act, targets=targets)
        out.append((i, act))
    return out


def _doer_of_told_act(res: Resolution, i: int, act: Act, acts: list[tuple[int, Act]]) -> tuple[ActorRef, ...]:
    """"Responsibility for the attack was claimed by X. Y condemned the attack.": an act aimed at an act told
    before ("the attack", "the incident") is aimed at whoever did it."""
    trigger = res.doc[i]
    told = [o for o in trigger.children if o.dep_ == "dobj" and o.pos_ == "NOUN"
            and any(d.lower_ in ("the", "this", "that") for d in o.children if d.dep_ == "det")]
    for noun in told:
        lemma = noun.lemma_.lower()
        for j, earlier in sorted(acts, key=lambda pair: -pair[0]):
            if j >= noun.i or not earlier.agents or j == i:
                continue
            if res.doc[j].lemma_.lower() == lemma or lemma == "incident" and earlier.type in VIOLENT:
                doers = tuple(a for a in earlier.agents if not on_side(a, act.agents, res))
                if doers:
                    return doers
        # "the DPRK's reckless launch of a ballistic missile ... condemned the launch": whose the thing was
        for earlier in reversed(res.doc[max(0, noun.i - WINDOW):noun.i]):
            if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN":
                owners = tuple(a for a in possessors(earlier, res) if not on_side(a, act.agents, res))
                if owners:
                    return owners
    return ()


def _urged_after_addressing(res: Resolution, act: Act, acts: list[tuple[int, Act]]) -> tuple[ActorRef, ...]:
    """"The United States commends the parties for their progress. The United States urges continued
    follow-through": a request that names no one to do it asks those its agent addressed in the sentence before."""
    if act.type != "REQUEST":
        return ()
    sentence = res.doc.char_span(act.evidence.start, act.evidence.end, alignment_mode="expand")
    if sentence is None or sentence.start == 0:
        return ()
    before = res.doc[sentence.start - 1].sent
    agents = {a.key for a in act.agents}
    for _, earlier in acts:
        if earlier.evidence.start == before.start_char and earlier.targets \
                and {a.key for a in earlier.agents} == agents:
            return earlier.targets
    return ()


def _aimed_before(res: Resolution, act: Act, acts: list[tuple[int, Act]]) -> tuple[ActorRef, ...]:
    """"Russia invaded Georgia ... concern that Putin is committed to a new invasion": a hostile act intended,
    threatened or asked for with no stated target, that its agent's side did before in an earlier sentence, is
    aimed where that one was. One told as done is that act told again (merging.drop_restated drops it)."""
    if act.type not in HOSTILE or act.modality == "asserted":
        return ()
    earlier = [other for _, other in acts if other.type == act.type and other.targets
               and other.evidence.end <= act.evidence.start
               and any(_one_side(a, b, res) for a in act.agents for b in other.agents)]
    if not earlier:
        return ()
    last = max(earlier, key=lambda other: other.trigger.start)
    return tuple(a for a in last.targets if not on_side(a, act.agents, res))


def _one_side(actor: ActorRef, other: ActorRef, res: Resolution) -> bool:
    """Whether two actors are one, or one acts for the other (a leader and his state); a group only tied to a
    state ("a Pakistan-based group") is its own side."""
    def tied(a: ActorRef) -> bool:
        return a.kind == gz.GROUP and a.relation == "associatedWith"
    return actor == other or not tied(actor) and not tied(other) and (
        on_side(actor, (other,), res) or on_side(other, (actor,), res))


def _in_sentence(res: Resolution, act: Act) -> tuple[ActorRef, ...]:
    start, end = act.evidence.start, act.evidence.end
    trigger = res.doc.char_span(act.trigger.start, act.trigger.end, alignment_mode="expand")
    # "Germany commended Qatar for hosting the talks": the subject of a clause above the act judges it
    # ("the leaders of France, Germany and the United Kingdom stated ..."), with all its subject phrase names
    judges = {d.i for t in trigger.root.ancestors for c in t.children if c.dep_ in ("nsubj", "nsubjpass")
              for d in c.subtree} if trigger is not None else set()
    after, before = [], []
    for found in res.found:
        span = found.span(res.doc)
        if span.start < start or span.end > end or not found.actors:
            continue
        if span.start <= act.trigger.start < span.end or any(i in judges for i in range(found.start, found.end)):
            continue
        if _describes(res, found) or _place_in_state(res, found) or _setting(res, found) or _author(res, found) \
                or _refuge(res, act, found) or _sent(res, found) or _subject_elsewhere(res, found, trigger) \
                or act.type == "REQUEST" and _for_whom(res, found) or _modifies_actor(res, found) \
                or act.type in PURPOSED_AIMS and _in_purpose(res, found, trigger):
            continue
        actors = tuple(a for a in found.actors if not on_side(a, act.agents, res))
        if actors:
            (after if span.start > act.trigger.start else before).append(actors)
    chosen = after[0] if after else before[-1] if before else ()
    return tuple(dict.fromkeys(chosen))


def _in_purpose(res: Resolution, found, trigger) -> bool:
    """Whether a mention lies in the aim an infinitive gives another clause ("an event hosted by X to call for
    action on the crisis in Y", "met to discuss the war in Y"): what the act is for, not who takes part in it.
    The infinitive's own subject ("called for Y to withdraw") is still its counterpart."""
    if trigger is None:
        return False
    above = {trigger.root.i} | {t.i for t in trigger.root.ancestors}
    node = res.doc[found.start:found.end].root
    while node.head.i != node.i:
        if node.dep_ in ("nsubj", "nsubjpass"):
            return False
        node = node.head
        if node.i in above:
            return False
        if node.pos_ == "VERB" and node.dep_ in ("advcl", "xcomp", "acl") and infinitive(node):
            return True
    return False


def _modifies_actor(res: Resolution, found) -> bool:
    """Whether a name only modifies a noun the text reads as an actor of its own ("the Transnistri armed forces",
    where the recogniser takes "Transnistri" for a name): the phrase's actor is the counterpart, not the modifier."""
    root = res.doc[found.start:found.end].root
    if root.dep_ not in ("nmod", "compound", "amod") or root.head.i < found.end:
        return False
    head = res.at(root.head)
    return head is not None and head.start >= found.end and bool(head.actors) \
        and all(a.kind in (gz.GROUP, gz.BODY, gz.ACTOR) and not a.wikidata for a in head.actors)


def _for_whom(res: Resolution, found) -> bool:
    """Whether a mention names those a thing is done for ("monitors for the protection of civilians", "aid for
    refugees"): whom an appeal would benefit, not whom it is put to."""
    node = res.doc[found.start:found.end].root
    while node.dep_ in ("pobj", "prep", "compound", "amod") and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.lower_ == "for":
            return True
    return False


def _counterpart(res: Resolution, act: Act, meetings: list[Act]) -> tuple[ActorRef, ...]:
    for meeting in meetings:
        if meeting.evidence.start > act.evidence.start:
            break
        parties = meeting.agents + meeting.targets
        if not any(on_side(a, act.agents, res) for a in parties):
            continue
        others = tuple(a for a in parties if not on_side(a, act.agents, res))
        if others:
            return others
    return ()


def _describes(res: Resolution, found) -> bool:
    """Whether a mention only tells what a thing is about or where it is from ("a Sudan-focused event",
    "a Pakistan-based group"), not who stands behind it as "the US-led war" does: no counterpart of an act."""
    doc = res.doc
    return found.end + 1 < len(doc) and doc[found.end].text in ("-", "–") \
        and doc[found.end + 1].lemma_.lower() in DESCRIPTIVE


def _included(res: Resolution, act: Act, targets: tuple[ActorRef, ...]) -> list[ActorRef]:
    """The actors a described target names as its members: "met with leaders of several Arab countries,
    including King Salman of Saudi Arabia", "urged donors such as Japan"."""
    out: list[ActorRef] = []
    for found in res.found:
        if not any(a.kind == gz.GROUP and a in targets for a in found.actors) \
                or not act.evidence.start <= found.span(res.doc).start < act.evidence.end:
            continue
        noun = res.doc[found.start:found.end].root
        for word in noun.subtree:
            if word.dep_ == "prep" and (word.lower_ == "including" or word.lower_ == "as" and word.i > 0
                                        and res.doc[word.i - 1].lower_ == "such"):
                out += [a for o in word.children if o.dep_ == "pobj" for a in actors_at(o, res) if a not in out]
    return out


def _refuge(res: Resolution, act: Act, found) -> bool:
    """Whether a mention is where a retreating actor went ("fled ... before retreating to Singapore"): a
    place of refuge, not the one the retreat yields to."""
    root = res.doc[found.start:found.end].root
    if act.type != "RETREAT" or root.dep_ != "pobj" or root.head.lower_ not in ("to", "into", "toward", "towards"):
        return False
    verb = root.head.head                                 # "fled the country, accompanied by ..., to the Maldives"
    return verb.lemma_.lower() in MOTION or verb.dep_ == "advcl" and verb.head.lemma_.lower() in MOTION


def _only_refuge(res: Resolution, act: Act, actor: ActorRef) -> bool:
    mentions = _mentions_in(res, act, actor)
    return bool(mentions) and all(_refuge(res, act, f) for f in mentions)


def _subject_elsewhere(res: Resolution, found, trigger) -> bool:
    """Whether a mention is the subject of a clause joined to the act's ("X provided forces, while Kuwait headed
    ground operations", "Brazil sent troops and the US conducted exercises"): the doer of another act, not this
    one's counterpart. What a clause of speech says of someone ("resigned, saying that X was right") is about them,
    and so is the condition of a threat ("threatened to stop talks if the United States goes ahead")."""
    node = res.doc[found.start:found.end].root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    verb = node.head
    joined = verb.dep_ == "conj" or verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTING
                                                                 for c in verb.children)
    return node.dep_ in ("nsubj", "nsubjpass") and joined and trigger is not None \
        and verb.i != trigger.root.i and verb.i not in {t.i for t in trigger.root.ancestors}


def _sent(res: Resolution, found) -> bool:
    """Whether a mention is an unnamed group sent or handed over ("sent troops to the border", "deploying
    additional monitors", "dispatched inspectors"): what the act moves, not whom it is aimed at. "provided the
    refugees with food" names its recipients."""
    root = res.doc[found.start:found.end].root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head                                  # "withdraw inspectors and aid workers"
    verb = root.head
    return bool(found.actors) and all(a.kind == gz.GROUP and not a.wikidata for a in found.actors) \
        and root.dep_ == "dobj" and verb.lemma_.lower() in SENDING \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _only_sent(res: Resolution, act: Act, actor: ActorRef) -> bool:
    mentions = _mentions_in(res, act, actor)
    return bool(mentions) and all(_sent(res, f) for f in mentions)


def _mentions_in(res: Resolution, act: Act, actor: ActorRef) -> list:
    """The mentions of `actor` in the act's sentence."""
    return [f for f in res.found if actor in f.actors
            and act.evidence.start <= f.span(res.doc).start and f.span(res.doc).end <= act.evidence.end]


def _author(res: Resolution, found) -> bool:
    """Whether a mention only names who wrote a text an act is about ("in violation of UN Security Council
    resolutions", "the EU's regulation"): no party to the act."""
    root = res.doc[found.start:found.end].root
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in DOCUMENTS


def _only_author(res: Resolution, act: Act, actor: ActorRef) -> bool:
    """Whether every mention of a target in the act's sentence names the author of a text the act is not done
    to ("condemned the launch and its disregard of UN Security Council resolutions"); supporting or rejecting
    the text itself ("will support a UN Security Council resolution") is aimed at its author."""
    mentions = _mentions_in(res, act, actor)
    return bool(mentions) and all(_author(res, f) and res.doc[f.start:f.end].root.head.head.idx != act.trigger.start
                                  for f in mentions)


def _setting(res: Resolution, found) -> bool:
    """Whether a mention tells when something happened rather than who took part: a name inside a phrase of
    time ("during the UN General Assembly high-level week"). A state named as a place ("in Iraq") stays a
    counterpart: news codes an act with no stated target as aimed at the state it happens in."""
    node = res.doc[found.start:found.end].root
    while node.dep_ in ("compound", "pobj", "poss", "nmod", "amod") and node.head.i != node.i:
        node = node.head
        if node.dep_ == "prep" and node.lower_ in TIME_PREPS:
            return True
    return False


def _place_in_state(res: Resolution, found) -> bool:
    """Whether a name the gazetteer lacks sits in an address that ends in a state ("near Balakot, Khyber
    Pakhtunkhwa, Pakistan"): a place in that state, which is the one to aim at, not an actor."""
    if any(a.wikidata or a.kind not in (gz.ACTOR, gz.PERSON) for a in found.actors):
        return False
    root = res.doc[found.start:found.end].root
    linked = [c for c in root.children if c.dep_ in ("appos", "conj", "npadvmod")]
    return any(res.at(t) and any(a.kind == gz.STATE for a in res.at(t).actors) for t in linked)

