"""Acts aimed at an event rather than an actor: "condemned the attack" is aimed at whoever attacked, "hosted the
talks" at the parties to the talks, "declined to participate" at whoever leads what the text tells of.

>>> from accord.documents import Document
>>> from accord.extract import extract
>>> text = "Turkey carried out an airstrike on Iraq. Iran condemned the attack."
>>> [(a.type, [x.label for x in a.agents], [x.label for x in a.targets])
...  for a in extract(Document.from_text(text, id="t")).acts]
[('ASSAULT', ['Turkey'], ['Iraq']), ('ACCUSE', ['Iran'], ['Turkey'])]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from .. import gazetteer as gz
from .mentions import Resolution
from .performers import PERFORMING, performed_by
from .phrases import actors_at, of_actors, on_side, possessors
from .records import Act, ActorRef

# Events one side does to another, by family: an act aimed at one is aimed at whoever did it. A definite noun of
# a family ("the attack", "the strike") refers to the last event of that family the text told ("an airstrike").
DONE = {
    "attack": {"attack", "strike", "airstrike", "raid", "bombing", "bombardment", "assault", "shelling", "shooting",
               "ambush", "massacre", "killing", "assassination", "explosion", "blast", "incursion"},
    "launch": {"launch", "test", "firing"},
    "campaign": {"intervention", "operation", "offensive", "invasion", "campaign", "occupation", "annexation",
                 "mission", "blockade", "crackdown", "coalition", "deployment", "buildup", "build-up"},
    "withdrawal": {"withdrawal", "pullout", "pull-out", "exit", "departure"},
    "coup": {"coup", "takeover", "putsch"},
}
# Events two or more sides take part in: an act aimed at one is aimed at its parties.
JOINT = {
    "talks": {"talk", "talks", "negotiation", "dialogue", "meeting", "summit", "conference", "consultation",
              "process", "round"},
    "agreement": {"agreement", "deal", "accord", "treaty", "pact", "ceasefire", "truce", "armistice", "settlement",
                  "cessation", "memorandum", "arrangement"},
    "exchange": {"exchange", "swap"},
    "conflict": {"conflict", "war", "fighting", "clash", "dispute", "hostility", "confrontation", "skirmish"},
}
# families a definite noun may refer across when its own tells no parties: talks end in an agreement, and an
# agreement ends a conflict ("a ceasefire between X and Y ... hosted the talks")
RELATED = {"talks": ("agreement", "conflict"), "agreement": ("talks", "conflict"), "exchange": ("talks",)}
# events whose "of" phrase names whom they hit: "the invasion of Kuwait" (but "the withdrawal of troops")
DONE_OF = {"invasion", "occupation", "annexation", "bombing", "bombardment", "shelling", "blockade", "killing",
           "assassination", "massacre"}
# verbs that tell an event a definite noun of a family can refer back to: "Rebels attacked a police station ...
# condemned the attack"
TELLING = {"attack": "attack", "strike": "attack", "raid": "attack", "bomb": "attack", "shell": "attack",
           "ambush": "attack", "assassinate": "attack", "invade": "campaign", "occupy": "campaign",
           "annex": "campaign", "intervene": "campaign", "withdraw": "withdrawal", "negotiate": "talks"}
# "the incident": any event one side did to another
ANY_DONE = {"incident"}
# what is joined, attended or taken part in is an undertaking: an operation or a coalition (its leader), or
# talks (their parties)
UNDERTAKINGS = ("campaign", "talks")
PARTAKING = {"participate", "join", "attend", "partake"}
# verbs of putting forces into an undertaking, and the forces put: "Egypt provided air and ground forces"
CONTRIBUTING = {"provide", "contribute", "commit", "supply", "lend"}
FORCES = {"force", "troop", "soldier", "aircraft", "jet", "warship", "ship", "vessel", "unit", "personnel",
          "contingent", "plane", "battalion"}
DEFINITE = {"the", "this", "that", "these", "those"}
# words by which a definite noun tells a new event of its kind: "the second airstrike", "the latest attack"
ANOTHER = {"second", "third", "fourth", "another", "other", "new", "next", "further", "fresh", "latest", "subsequent"}
# prepositions by which a trigger names what it responds to or is aimed at: "responded to the withdrawal",
# "sanctions over the invasion", "protests against the agreement", "condemnation of the attack"
AIMING_PREPS = {"to", "against", "for", "over", "of", "about", "at", "on"}
# the nouns and verbs by which an act answers an event: "in response to the withdrawal", "retaliating for"
ANSWERS = {"response", "retaliation", "reprisal", "revenge", "reaction", "answer", "protest"}
ANSWERING = {"respond", "retaliate", "react", "answer"}
# verbs whose object is a topic of talk, not a thing done to or with anyone
TOPICAL = {"discuss", "review", "debate", "address", "consider", "explain", "describe", "report", "brief", "mention"}
# verbs by which sides take part in a joint event: "X held talks with Y", "X signed an agreement with Y"
JOINING = PERFORMING | {"sign", "conclude", "reach", "negotiate", "begin", "start", "resume", "continue", "enter",
                        "agree", "wage", "fight"}
# verbs by which a third side helps a joint event along: its "by" phrase is no party to it
MEDIATING = {"broker", "mediate", "facilitate", "host", "sponsor", "guarantee", "witness", "oversee", "monitor"}
# verbs that tell whom an event one side did hit: "the bombing killed twelve soldiers", "an attack, which wounded"
HARMING = {"kill", "wound", "injure", "hit", "target", "destroy", "damage", "strike"}
# verbs by which an agreement ends a conflict: its sides are the agreement's
ENDING = {"end", "halt", "stop", "terminate", "settle", "resolve"}
# the ways a clause tells an act was done within a joint event: "under the terms of the agreement", "through
# the exchange", "as part of the deal"
WITHIN = {"under", "through", "via"}
FRAMES = {"term", "terms", "part", "framework", "provision", "provisions"}
PARTY_KINDS = (gz.STATE, gz.ORGANIZATION, gz.GROUP, gz.PERSON, gz.BODY)
# tokens back to look for the event a definite noun refers to (some 20 sentences): bounds the work on long texts
WINDOW = 500


def aim_at_events(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Give each act without a target the participants of the event it is aimed at: the doers of an event one
    side did ("condemned the attack", "the intervention was backed by X"), the parties of one two sides share
    ("hosted the talks", "under the terms of the agreement", not the one that acts), or, for an act its own
    event noun tells ("responsibility for the attack was claimed by X"), whom that event was told to hit."""
    events = _Events(res, acts)
    out = []
    for i, act in acts:
        trigger = res.doc[i]
        # forces put in go to an undertaking even when the forces were read as the act's target
        targets = (events.undertaking(trigger, act) if _forces_only(trigger, act, res) else ()) \
            or (events.aimed(trigger, act) if not act.targets else ())
        if targets:
            act = replace(act, targets=targets)
        out.append((i, act))
    return out


def _forces_only(trigger: Token, act: Act, res: Resolution) -> bool:
    """Whether an act of putting forces in ("Egypt provided air and ground forces") names no recipient: no target
    or only the forces themselves, with no state or organisation of their own."""
    if trigger.lemma_.lower() not in CONTRIBUTING \
            or any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in trigger.children):
        return False
    forces = [a for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in FORCES
              for a in actors_at(c, res)]
    return bool(forces) and all(a in forces and a.related is None and a.wikidata is None for a in act.targets)


def drop_retold(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Drop the act a definite or owned event noun tells when the text told that event before: "The United
    States announced its withdrawal ... In a statement responding to the U.S. withdrawal, ..." tells one
    withdrawal, and "Putin's invasion is not proceeding to plan" the invasion told earlier. An event noun of
    the same family with an act by the same side, in an earlier sentence, is the event told again, unless the
    noun names whom it hit and the earlier act was aimed at no one of theirs ("India's attack on Bangladesh"
    after India's attack on Pakistan is another attack)."""
    told: dict[str, list[tuple[int, Act]]] = {}
    for j, act in acts:
        family = _family(res.doc[j])
        if family in DONE:
            told.setdefault(family, []).append((j, act))
    out = []
    for i, act in acts:
        noun = res.doc[i]
        family = _family(noun)
        if family in DONE and (_definite(noun) or any(c.dep_ == "poss" for c in noun.children)):
            earlier = [a for j, a in told[family] if j < noun.sent.start]
            doers, hit = _phrase_doers(noun, res), _phrase_undergoers(noun, res)
            if any(any(_same_side(d, a.agents, res) for d in doers)
                   and (not hit or any(_same_side(h, a.targets, res) for h in hit)) for a in earlier):
                continue
        out.append((i, act))
    return out


def _same_side(actor: ActorRef, agents: tuple[ActorRef, ...], res: Resolution) -> bool:
    """Whether `actor` is one of `agents` or on an agent's side. A group only tied to a state ("a Pakistan-based
    group") is its own side, not that state's: a state condemns an attack by its own militants."""
    def tied(a: ActorRef) -> bool:
        return a.kind == gz.GROUP and a.relation == "associatedWith"
    return actor in agents or not tied(actor) and on_side(actor, tuple(a for a in agents if not tied(a)), res)


def parties_told(verb: Token, res: Resolution) -> list[ActorRef]:
    """The parties of the joint event a passive verb without agent tells of ("the agreement was signed"), as the
    text told them for that event or the one the definite noun refers back to."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    events = _Events(res, [])
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass" and _family(c) in JOINT):
        if _definite(subject):
            return events.participants(subject)
        own = _phrase_parties(subject, res)          # "a ceasefire ending X's offensive against Y was reached"
        return own if len(own) > 1 else []
    return []


def joint_parties(noun: Token, res: Resolution, acts: list[tuple[int, Act]]) -> list[ActorRef]:
    """The parties of the joint event a noun names ("the exchange"), as its phrase, the acts extracted at it, or
    the event a definite noun refers back to tell them; none for a noun of no joint event."""
    if _family(noun) not in JOINT:
        return []
    return _Events(res, acts).participants(noun)


class _Events:
    """The event nouns of one document, by family, with the acts extracted at them, to find who took part in
    each."""

    def __init__(self, res: Resolution, acts: list[tuple[int, Act]]):
        self.res = res
        self.acts: dict[int, list[Act]] = {}
        for i, act in acts:
            self.acts.setdefault(i, []).append(act)
        self.nouns: dict[str, list[int]] = {}
        for token in res.doc:
            family = _family(token) or (TELLING.get(token.lemma_.lower()) if token.pos_ == "VERB" else None)
            if family and family != "incident":
                self.nouns.setdefault(family, []).append(token.i)

    def aimed(self, trigger: Token, act: Act) -> tuple[ActorRef, ...]:
        """Whom an act without a stated target is aimed at through an event, if anyone."""
        for noun in _event_objects(trigger) + _answered_events(trigger) + self._pronoun_events(trigger):
            found = self._others(self.participants(noun), act)
            if found:
                return found
        if _family(trigger) and _definite(trigger):
            # "Responsibility for the attack was claimed by X": the attack the text told before hit whom it hit,
            # unless another side did that one
            for earlier in self._antecedents(trigger):
                doers = self._own(earlier, 1)
                if doers and not any(_same_side(a, act.agents, self.res) for a in doers):
                    continue
                found = self._others(self._undergoers(earlier), act)
                if found:
                    return found
        for verb in _partaking(trigger):
            # "France, Italy and Spain declined to participate": in what the text has told of, as its leader's
            found = self.undertaking(verb, act)
            if found:
                return found
        for noun in _framing_events(trigger):
            # the other side of an agreement or exchange the act was done under, though the text names only it
            found = self._others(self.participants(noun, least=1), act)
            if found:
                return found
        return ()

    def undertaking(self, word: Token, act: Act) -> tuple[ActorRef, ...]:
        """The leader (or the parties) of the undertaking the text told last before `word`, not on the act's
        side: what one joins, takes part in or puts forces into ("Egypt provided air and ground forces")."""
        for family in UNDERTAKINGS:
            for noun in self._earlier(word, (family,)):
                found = self._others(self.participants(noun), act)
                if found:
                    return found
        return ()

    def participants(self, noun: Token, *, least: int = 2) -> list[ActorRef]:
        """The doers of an event one side did, or the parties of a joint one (at least `least` of them), from
        the noun's own phrase, else from the event the text told before that a definite noun refers to."""
        found = self._own(noun, least)
        if found or not _definite(noun):
            return found
        for earlier in self._antecedents(noun):
            found = self._own(earlier, least)
            if found:
                return found
        return []

    def _own(self, noun: Token, least: int) -> list[ActorRef]:
        told = self.acts.get(noun.i, [])
        if noun.pos_ == "VERB":
            # "Rebels attacked a police station ... condemned the attack": the event a verb told
            sides = [a for act in told for a in act.agents + (act.targets if TELLING[noun.lemma_.lower()] in JOINT
                                                              else ())]
            sides = list(dict.fromkeys(sides or _subjects(noun, self.res)))
            return sides if TELLING[noun.lemma_.lower()] not in JOINT or len(sides) >= least else []
        if _family(noun) in JOINT:
            verb = _joined_by(noun)
            if verb is not None:
                told = told + self.acts.get(verb.i, [])       # "the agreement was signed" by whom it names
            parties = [a for act in told for a in act.agents + act.targets] or _phrase_parties(noun, self.res)
            parties = list(dict.fromkeys(parties))
            return parties if len(parties) >= least else []
        return list(dict.fromkeys(a for act in told for a in act.agents)) or _phrase_doers(noun, self.res)

    def _undergoers(self, noun: Token) -> list[ActorRef]:
        """Whom an event one side did was aimed at, as the act extracted at it or its own phrase tells."""
        told = self.acts.get(noun.i, [])
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HARMING:
            told = told + self.acts.get(noun.head.i, [])     # "a car bombing killed twelve soldiers"
        if told:
            return list(dict.fromkeys(a for act in told for a in act.targets))
        if noun.pos_ == "VERB":
            return [a for o in noun.children if o.dep_ == "dobj" for a in _named(o, self.res)]
        return _phrase_undergoers(noun, self.res)

    def _pronoun_events(self, trigger: Token) -> list[Token]:
        """The event an object pronoun refers to when no actor but the act's own side could be meant: the event
        noun told last in its sentence or the one before ("Russia backed the agreement, but Albania rejected
        it")."""
        out: list[Token] = []
        for pronoun in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON"
                        and c.lower_ in ("it", "this", "that")):
            sentences = [pronoun.sent.start] + ([self.res.doc[pronoun.sent.start - 1].sent.start]
                                                if pronoun.sent.start else [])
            earlier = [i for nouns in self.nouns.values() for i in nouns
                       if min(sentences) <= i < pronoun.i and self.res.doc[i].pos_ == "NOUN"]
            out += [self.res.doc[max(earlier)]] if earlier else []
        return out

    def _antecedents(self, noun: Token) -> Iterator[Token]:
        """The earlier event nouns a definite noun may refer to, nearest first: its own family's, then, for a
        joint event, a related family's."""
        family = _family(noun)
        yield from self._earlier(noun, tuple(DONE) if family == "incident" else (family,) if family else ())
        for related in RELATED.get(family or "", ()):
            yield from self._earlier(noun, (related,))

    def _earlier(self, word: Token, families: tuple[str, ...]) -> Iterator[Token]:
        """The nouns of `families` in the WINDOW tokens before `word`, nearest first."""
        found: list[int] = []
        for family in families:
            nouns = self.nouns.get(family, [])
            found += nouns[bisect_left(nouns, word.i - WINDOW):bisect_left(nouns, word.i)]
        return (self.res.doc[i] for i in sorted(found, reverse=True))

    def _others(self, actors: list[ActorRef], act: Act) -> tuple[ActorRef, ...]:
        """The actors not on the act's own side."""
        return tuple(dict.fromkeys(a for a in actors if a.kind in PARTY_KINDS
                                   and not _same_side(a, act.agents, self.res)))


def _family(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN":
        return None
    if lemma in ANY_DONE:
        return "incident"
    return next((name for name, words in (*DONE.items(), *JOINT.items()) if lemma in words), None)


def _definite(noun: Token) -> bool:
    """Whether a noun refers to a thing told before: "the attack", not "the second attack" or "another"."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
        and not any(c.lower_ in ANOTHER for c in noun.children if c.dep_ in ("amod", "det"))


def _event_objects(trigger: Token) -> list[Token]:
    """The event nouns a trigger is aimed at: its object or passive subject ("condemned the attack", "the
    intervention was backed by X"), the noun of an aiming preposition ("sanctions over the invasion"), and
    those of a verb it governs ("refused to back the offensive", "commended X for hosting the talks")."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp"]
    out: list[Token] = []
    for head in heads:
        if head.lemma_.lower() in TOPICAL:
            continue
        for child in head.children:
            if child.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
                out += [child, *child.conjuncts]
            elif child.dep_ == "prep" and (child.lower_ in AIMING_PREPS or child.lower_ == "in"
                                           and head.lemma_.lower() in PARTAKING):
                out += [o for p in child.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    return [o for o in out if _family(o)]


def _answered_events(trigger: Token) -> list[Token]:
    """The event an act answers: "in response to the U.S. withdrawal", "in retaliation for the raid", "responding
    to the attack"; the act is aimed at whoever did it."""
    heads = (trigger, trigger.head) if trigger.dep_ in ("xcomp", "ccomp") else (trigger,)
    answered: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                answered += [p for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in ANSWERS
                             for p in o.children if p.dep_ == "prep" and p.lower_ in ("to", "for")]
            elif child.dep_ == "advcl" and child.lemma_.lower() in ANSWERING:
                answered += [p for p in child.children if p.dep_ == "prep" and p.lower_ in ("to", "for")]
    return [n for p in answered for o in p.children if o.dep_ == "pobj" for n in (o, *o.conjuncts) if _family(n)]


def _partaking(trigger: Token) -> list[Token]:
    """The verbs of taking part a trigger tells or governs without saying in what: "declined to participate",
    "refused to join"."""
    verbs = [v for v in (trigger, *(c for c in trigger.children if c.dep_ == "xcomp"))
             if v.pos_ == "VERB" and v.lemma_.lower() in PARTAKING]
    return [v for v in verbs if not any(c.dep_ in ("dobj", "prep") for c in v.children)]


def _framing_events(trigger: Token) -> list[Token]:
    """The joint event within whose frame an act was done: "under the terms of the agreement, X disbanded",
    "released through the prisoner exchange"."""
    out: list[Token] = []
    for head in (trigger, trigger.head) if trigger.dep_ == "xcomp" else (trigger,):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            as_part = prep.lower_ == "as" and any(o.lemma_.lower() == "part" for o in prep.children)
            if prep.lower_ not in WITHIN and not as_part:
                continue
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if noun.lemma_.lower() in FRAMES:
                    noun = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for o in p.children if o.dep_ == "pobj"), noun)
                if _family(noun) in JOINT:
                    out.append(noun)
    return out


def _phrase_doers(noun: Token, res: Resolution) -> list[ActorRef]:
    """Who did an event one side did, as the noun's phrase or the clause around it tells: "Russia's invasion",
    "the Saudi-led intervention", "the attack by X", "X launched an offensive", "responsibility for the attack
    was claimed by X"."""
    # the small parser often hangs the "by" phrase on the object: "the bombing of the embassy by X"
    holders = [noun, *(o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj")]
    by = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
          if o.dep_ == "pobj" for a in _named(o, res)]
    owners = possessors(noun, res) + by
    if owners:
        return list(dict.fromkeys(owners))
    performers = performed_by(noun, res)[0]
    if performers:
        return performers
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PERFORMING:
        return _subjects(noun.head, res)
    return []


def _phrase_undergoers(noun: Token, res: Resolution) -> list[ActorRef]:
    """Whom an event one side did was aimed at, as its phrase tells: "the offensive against X", "the attack in
    Kashmir, which killed 40 Indian police officers"."""
    out: list[ActorRef] = []
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ in ("on", "against", "upon", "at", "into")
                                     or child.lower_ == "of" and noun.lemma_.lower() in DONE_OF):
            out += [a for o in child.children if o.dep_ == "pobj" for a in _named(o, res)]
        elif child.dep_ == "relcl" and child.lemma_.lower() in HARMING:
            out += [a for o in child.children if o.dep_ == "dobj" for a in _named(o, res)]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HARMING:
        out += [a for o in noun.head.children if o.dep_ == "dobj" for a in _named(o, res)]
    return list(dict.fromkeys(out))


def _phrase_parties(noun: Token, res: Resolution) -> list[ActorRef]:
    """The sides of a joint event as its phrase or the clause around it names them: "talks between X and Y",
    "the X–Y agreement", "an agreement reached by X and Y", "X held talks with Y", "a cessation of
    hostilities between X and Y"."""
    out: list[ActorRef] = []
    nodes = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and _family(o) in JOINT]
    for node in nodes:
        out += possessors(node, res)
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among", "with", "by"):
                out += [a for o in child.children if o.dep_ == "pobj" for a in _named(o, res)]
            elif child.dep_ == "acl" and child.lemma_.lower() in ENDING:
                # "a ceasefire agreement ending the Azerbaijani offensive against X": the sides of what it ends
                out += [a for o in child.children if o.dep_ == "dobj" and _family(o)
                        for a in _phrase_doers(o, res) + _phrase_undergoers(o, res)]
            elif child.dep_ == "acl" and child.lemma_.lower() not in MEDIATING:
                out += [a for c in child.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                        for a in _named(o, res)]
    verb = _joined_by(noun)
    if verb is not None:
        out = _subjects(verb, res) + out                 # "X signed an agreement with Y", "agreed to a truce"
        out += [a for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                for a in _named(o, res)]                 # "the agreement was reached by X and Y"
        out += [a for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                for o in p.children if o.dep_ == "pobj" for a in _named(o, res)]
    return list(dict.fromkeys(out))


def _joined_by(noun: Token) -> Token | None:
    """The verb by which sides take part in the joint event a noun names: "signed an agreement", "the agreement
    was reached", "agreed to a truce", and through an apposition, "X, the agreement, was agreed to by A and B"."""
    told = noun.head if noun.dep_ == "appos" else noun
    if told.dep_ in ("dobj", "nsubjpass") and told.head.lemma_.lower() in JOINING:
        return told.head
    if told.dep_ == "pobj" and told.head.lower_ in ("to", "into", "on") \
            and told.head.head.lemma_.lower() in JOINING:
        return told.head.head
    return None


def _subjects(verb: Token, res: Resolution) -> list[ActorRef]:
    return [a for c in verb.children if c.dep_ == "nsubj" for a in _named(c, res)]


def _named(node: Token, res: Resolution) -> list[ActorRef]:
    """The actors a noun phrase names, by itself, by its owners ("Indian police officers") or by its "of" phrase
    ("the Government of Ethiopia"), each conjunct on its own."""
    out: list[ActorRef] = []
    for conjunct in (node, *node.conjuncts):
        found = res.at(conjunct)
        named = list(found.actors) if found else possessors(conjunct, res) or of_actors(conjunct, res)
        out += [a for a in named if a not in out]
    return out + [a for a in actors_at(node, res) if a not in out]
