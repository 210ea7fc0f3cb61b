"""Doers the text leaves unnamed: the protesters of a protest, the attackers of a bombing no one is said to have done.

News often tells a protest or an attack without saying who did it ("protests against the government grew", "a
roadside bombing killed a soldier", "three servicemen were killed by a roadside bomb"). The act happened; its doer
is a group the text only implies, tied to the state where the act happened or (for dissent) at which it is aimed,
as CAMEO codes such events by the country. Nothing is invented beyond that: the group has no name of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .actorwords import with_article
from .mentions import Resolution, actor_of
from .phrases import actors_at
from .records import ActorRef, PlaceRef

# things by which an attack is told as its own subject: "a car bomb explosion killed", "the blast wounded"
WEAPONS = {"bomb", "bombing", "explosion", "blast", "attack", "device", "mine", "minefield", "shell", "shelling",
           "rocket", "missile", "grenade", "strike", "raid", "ambush", "fire", "gunfire", "explosive", "airstrike"}
# where a protest noun tells news of its own ("protests began", "staged a rally"), not a means ("by boycotts")
_TOLD_DEPS = {"nsubj", "nsubjpass", "dobj", "conj", "ROOT", "attr", "appos"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "around"}
# clauses that tell a setting or a description, not news: "the province where 28 were killed", "killed in 1998"
_SETTING_DEPS = {"relcl", "acl", "amod", "pcomp"}


def unnamed_doers(token: Token, plover: str, modality: str, targets: list[ActorRef], location: PlaceRef | None,
                  res: Resolution) -> list[ActorRef]:
    """The implied doers of a protest or an attack whose text names none, or [] where none can be implied.

    A protest noun ("the protests against him") or a protest by people the text does not name ("thousands
    marched") is done by protesters; an attack told only by its harm ("were
    killed", "a bombing killed") by unidentified attackers. Each is tied to the state where the act happened,
    else (dissent) the state of its target, else the one state the sentence places it in.
    """
    if modality != "asserted" or _in_setting(token):
        return []
    if plover == "PROTEST" and token.pos_ == "NOUN" and _growing(token):
        # "the rallies kept swelling": a protest told before is news again as it grows, where it was
        earlier = next(t for t in token.doc[:token.i] if t.lemma_ == token.lemma_)
        state = _state(location, targets, res, token) or _state(None, [], res, earlier)
        return [group_in("protesters", state)] if state else []
    if plover == "PROTEST" and (token.pos_ == "NOUN" and token.dep_ in _TOLD_DEPS and not _told_before(token)
                                or token.pos_ == "VERB" and _people_only(token, res)):
        state = _state(location, targets, res, token)
        return [group_in("protesters", state)] if state else []
    if plover == "ASSAULT" and token.pos_ == "VERB" and _unsaid(token, res):
        state = _state(location, [], res, token)
        return [group_in("unidentified attackers", state)] if state else []
    return []


def _people_only(verb: Token, res: Resolution) -> bool:
    """Whether a protest verb's subject is people the text does not name as an actor: "thousands marched"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ in ("NOUN", "NUM") and not actors_at(s, res) for s in subjects)


def _told_before(noun: Token) -> bool:
    """Whether "the protests" are the protests the text has told before (a noun of the same lemma earlier)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(t.lemma_ == noun.lemma_ for t in noun.doc[:noun.i])


# verbs by which a main clause tells a protest told before growing: news of its own (CAMEO codes escalation)
GROWING = {"grow", "spread", "swell", "escalate", "intensify", "widen", "expand"}


def _growing(noun: Token) -> bool:
    """Whether a protest noun told before is the subject of a main clause that tells it growing: "the protests
    kept swelling", "the demonstrations spread"; not "as the protests spread, ..." (the setting of news)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.dep_ != "ROOT" or not _told_before(noun):
        return False
    return verb.lemma_.lower() in GROWING or any(c.dep_ == "xcomp" and c.lemma_.lower() in GROWING
                                                 for c in verb.children)


def _in_setting(token: Token) -> bool:
    """Whether the word's clause describes a setting: "the province where 28 were killed in riots"."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.pos_ in ("VERB", "AUX") and node.dep_ in _SETTING_DEPS


def _unsaid(verb: Token, res: Resolution) -> bool:
    """Whether a harm verb leaves its doer unsaid: a passive with no actor in its "by" phrase, or a weapon or
    attack as its subject ("a roadside bombing killed one soldier")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        return all(s.lemma_.lower() in WEAPONS or any(c.dep_ == "compound" and c.lemma_.lower() in WEAPONS
                                                      for c in s.children)
                   for s in subjects) and not any(actors_at(s, res) for s in subjects)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    by = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return passive and not any(actors_at(o, res) for o in by)


def _state(location: PlaceRef | None, targets: list[ActorRef], res: Resolution, token: Token) -> ActorRef | None:
    entities = res.gazetteer.entities
    if location is not None and location.country in entities:
        return actor_of(entities[location.country])
    for target in targets:
        if target.kind == gz.STATE:
            return target
        if target.related is not None and target.related.kind == gz.STATE:
            return target.related
    sentence = token.sent
    countries = set()
    for found in res.found:
        if not sentence.start <= found.start < sentence.end:
            continue
        if found.place is not None and found.place.country in entities:
            countries.add(found.place.country)
        elif len(found.actors) == 1 and found.actors[0].kind == gz.STATE and _locative(res.doc[found.start]):
            countries.add(found.actors[0].wikidata)     # "in Beirut", "outside the Iraqi city of Basra"
    countries.discard(None)
    return actor_of(entities[countries.pop()]) if len(countries) == 1 else None


def _locative(token: Token) -> bool:
    """Whether a word stands in a phrase of place: "in eastern Beirut", "near the Iraqi city of Basra"."""
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
        if node.dep_ == "prep" and node.lower_ in LOCATIVE:
            return True
    return False


def group_in(people: str, state: ActorRef) -> ActorRef:
    """An unnamed group of people in a state: "protesters in Iran", tied to Iran."""
    return ActorRef(f"{people} in {with_article(state)}", gz.GROUP, related=state, relation="associatedWith")


# the last words of forces that hold people at home: a passive arrest with no doer told is theirs
HOLDING_FORCES = {"police", "policemen", "gendarmerie", "guard", "guards"}


def holding_force(token: Token, plover: str, modality: str, res: Resolution) -> tuple[list[ActorRef], list[ActorRef]]:
    """The force that made a passive arrest of unnamed people ("eight were detained", "despite hundreds of
    arrests"), and those it faced, or ([], []).

    "Gunmen attacked the police ... Eight people were later detained": news that tells an arrest without its doer
    tells the arrests the police told before made, of the side the police faced since (the last group told
    since the police were told). Nothing is implied where no police, or no side they faced, were told before.
    """
    if plover != "COERCE" or modality != "asserted" or _in_setting(token):
        return [], []
    if token.pos_ == "VERB":
        held = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not held or any(actors_at(c, res) for c in held) or not _unsaid(token, res):
            return [], []
    elif token.pos_ != "NOUN" or token.tag_ != "NNS" or any(c.dep_ in ("poss", "prep", "compound", "amod")
                                                            for c in token.children):
        return [], []                                    # "hundreds of arrests", not "the arrests of X by Y"
    start = token.sent.start
    forces = [(i, a) for i, a in res.actors_before(start) if a.label.split()[-1].lower() in HOLDING_FORCES]
    if not forces:
        return [], []
    since, force = forces[0]
    faced = [a for i, a in res.actors_before(start) if i >= res.doc[since].sent.start and a.kind == gz.GROUP
             and a != force and a.label.split()[-1].lower() not in HOLDING_FORCES]
    if not faced:
        return [], []
    return [force], [_named_before(faced[0], res.actors_before(start))]


def _named_before(group: ActorRef, before: list[tuple[int, ActorRef]]) -> ActorRef:
    """The group a bare plural names again: "the militants" after "Serb militants" are those militants, not
    militants of the place the sentence is in."""
    people = group.label.split(" in ")[0].split()[-1].lower()
    named = [a for _, a in before if a.kind == gz.GROUP and " in " not in a.label
             and a.label.split()[-1].lower() == people]
    return named[-1] if named else group


# the last words of a state's armed forces, as a text names them: "Russian forces", "Serbian troops"
ARMED_FORCES = {"forces", "troops", "army", "military", "soldiers", "navy", "units", "battalions"}
BUILD_UP = {"153", "154"}


def forces_owner(cameo: str, modality: str, res: Resolution) -> list[ActorRef]:
    """The state whose forces an agentless build-up moves, or [] where the text names no one state's forces.

    "There are 110 battalions massed around the border", "an increase in troop numbers": the text tells the
    forces' build-up, not who made it; where it names the armed forces of one state only ("Russian forces"),
    before or after, they are the forces built up, and their state does it. Only a build-up (CAMEO 153, 154):
    an exercise or an alert is no growth of forces the text names.
    """
    if cameo not in BUILD_UP or modality != "asserted":
        return []
    states = {a.related for f in res.found for a in f.actors
              if a.kind == gz.GROUP and a.related is not None and a.related.kind == gz.STATE
              and a.relation == "associatedWith" and a.label.split()[-1].lower() in ARMED_FORCES}
    return list(states) if len(states) == 1 else []


def built_up_against(token: Token, targets: list[ActorRef], agents: list[ActorRef], res: Resolution) -> list[ActorRef]:
    """Whom a build-up is aimed at: not its doer, nor the forces it moves ("40 battalions massed near X's border"
    moves the battalions, toward X)."""
    moved = actors_at(token.head, res) if token.dep_ == "acl" else []
    return [t for t in targets if t not in agents and t not in moved]
