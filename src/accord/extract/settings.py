"""Events a sentence tells as its setting: "following the NATO bombing of Belgrade", "since the signing of the
agreement between X and Y", "after months of negotiations". News codes such an event once, as done, when the text
names who did it and tells it nowhere else; a setting without named sides ("after two days of fighting",
"following the protests") stays scenery.
"""

from __future__ import annotations

from spacy.tokens import Token

from .actorwords import COLLECTIVES, GROUP_HEADS
from .eventrefs import joint_parties
from .mentions import Resolution
from .phrases import states_of
from .records import Act, ActorRef

BACKGROUND_PREPS = {"after", "following", "during", "amid", "amidst", "since", "before"}
# first words of a phrase of cause: what it names is why the reported thing happened
CAUSES = {"because", "due", "owing", "thanks"}
# what a reply is to is the occasion of what the sentence reports: "a statement responding to the withdrawal"
RESPONSES = {"respond", "response", "react", "reaction", "reply", "retaliate", "retaliation"}


def background(noun: Token) -> bool:
    """Whether a noun names the time or cause of what a sentence reports: "after the attack", "during
    demonstrations", "in the wake of the execution", "following the shooting", "in response to the withdrawal",
    "because of the fighting"."""
    return _setting_word(noun) is not None


def _setting_word(noun: Token) -> Token | None:
    """The word that makes a noun the setting of its clause ("after", "following", "because", "wake"), if any."""
    node = noun
    while node.dep_ in ("pobj", "conj", "compound", "prep", "pcomp") and node.head.i != node.i:
        node = node.head
        if node.lower_ in CAUSES:
            return node                                  # "because of the fighting", "owing to Iran's support"
        if node.lower_ in BACKGROUND_PREPS and (node.dep_ == "prep" or node.pos_ == "VERB" and node.tag_ == "VBG"):
            return node                                  # "following" parsed as a participle is still "after"
        if node.lemma_.lower() in ("wake", "aftermath"):
            return node
        if node.lower_ == "to" and node.dep_ == "prep" and node.head.lemma_.lower() in RESPONSES:
            return node
    return None


def setting_parties(noun: Token, res: Resolution, acts: list[tuple[int, Act]]) -> tuple[ActorRef, ...]:
    """The sides of the joint event whose clause a joint event without sides of its own sets: "The exchange took
    place following months of negotiations": the negotiations were between the exchange's parties."""
    word = _setting_word(noun)
    if word is None or word.head.pos_ not in ("VERB", "AUX"):
        return ()
    for subject in (c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")):
        return tuple(joint_parties(subject, res, acts))
    return ()


def new_setting(act: Act, acts: list[Act], res: Resolution) -> bool:
    """Whether an act read from a setting is worth telling: done, with named doers (a state, an organisation, a
    known person or a named group, not "protesters"), aimed at someone named, and told by no act of its type
    between the same sides."""
    if act.modality != "asserted" or not act.agents or not all(_named(a) for a in act.agents) \
            or not any(_named(a) or a.related is not None for a in act.targets):
        return False
    return not any(other.type == act.type and (_meets(act.agents, other.agents, res)
                                               and _meets(act.targets, other.targets, res)
                                               or _meets(act.agents, other.targets, res)
                                               and _meets(act.targets, other.agents, res)) for other in acts)


def _named(actor: ActorRef) -> bool:
    if actor.wikidata:
        return True
    head = actor.label.split(" in ")[0].split()[-1].lower()
    return actor.related is not None and head.rstrip("s") not in COLLECTIVES | GROUP_HEADS \
        and head not in COLLECTIVES | GROUP_HEADS


def _meets(these: tuple[ActorRef, ...], those: tuple[ActorRef, ...], res: Resolution) -> bool:
    """Whether two lists of actors share a side: an actor, or the state a person or body acts for (not the state
    a group is only tied to: the Houthis are no side of Yemen's)."""
    def sides(actors: tuple[ActorRef, ...]) -> set[str]:
        return {s for a in actors for s in (a.wikidata or a.label,
                                            *(states_of(a, res) if a.relation != "associatedWith" else ()))}
    return bool(sides(these) & sides(those))
