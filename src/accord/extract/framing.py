"""How the words around a trigger frame its act: word lists, and small tests of what a noun or clause tells."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Trigger, plover_type

# verbs that report what a speaker said: "X said Y would ..." is the speaker's statement of Y's intent
SPEECH = {"say", "announce", "declare", "state", "tell", "insist", "reiterate", "confirm", "add", "report",
          "conclude", "stress", "warn", "claim"}
OBLIGATION_AUX = {"must", "should"}
# adjectival passives whose subject does what their "in" phrase names: "were engaged in fighting"
ENGAGED = {"engage", "involve"}
# what an actor issues that can tell an act of its own: "a declaration demanding ...", "a law recognizing ..."
DOCUMENTS = {"declaration", "statement", "resolution", "letter", "communique", "communiqué", "report", "note",
             "message", "motion", "bill", "law", "decree", "proposal", "document", "ultimatum", "appeal"}
# verbs whose "of"/"with" complement is what someone is alleged to have done, which the text does not report
ACCUSING = {"accuse", "charge", "suspect", "indict", "convict"}
# nouns that a hostile act's noun before them makes an act of its kind: "a sanctions package", "a bombing campaign"
EVENT_HEADS = {"package", "regime", "measure", "campaign", "operation", "explosion", "wave", "action", "programme",
               "program", "mission", "threat", "effort", "shipment", "delivery", "airlift", "pledge"}
# nouns of a promise that make what they are to do intended: "a commitment to deepen", "a pledge to withdraw"
PLEDGES = {"commitment", "pledge", "promise", "vow", "undertaking"}
# verbs of an attempt: a hostile act attempted was done (CAMEO codes the attempt: 185 "attempt to assassinate")
ATTEMPT = {"try", "attempt"}
# conjunctions of a condition: an act in their clause is hypothetical ("unless he arranged a ceasefire")
CONDITIONAL = {"if", "unless"}
# verbs by which an act noun as their subject happens or not: "the attack did not take place"
OCCURRING = {"happen", "occur", "take", "materialize", "materialise"}
# PLOVER types of conflict: announcing one of these is a threat (CAMEO 13x), not an intent to cooperate
CONFLICT_TYPES = {"REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def objects_of(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrase: "the buildup of *forces*"."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def kind_of_thing(token: Token, trigger: Trigger, triggers) -> bool:
    """Whether a hostile act's, a retreat's or aid's noun only names a kind of the noun it modifies: "riot police",
    "invasion forces", "war crimes", "truce monitors", "aid workers", "aid convoys" (but "sanctions package", "a
    car bomb explosion", "an aid shipment" are acts)."""
    if not trigger.cameo or token.dep_ != "compound" or token.head.pos_ != "NOUN" \
            or plover_type(trigger.cameo) not in CONFLICT_TYPES | {"RETREAT", "AID"}:
        return False
    head = token.head.lemma_.lower()
    return head not in EVENT_HEADS and (head, "NOUN") not in triggers


def obliging(intent: Token) -> Token | None:
    """The speaker who says someone must intend: "Mubarak said the US must be ready to mediate" is his demand."""
    clause = intent.head if intent.dep_ == "acomp" else intent
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH \
            and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children):
        return clause.head
    return None


# verbs of holding or punishing someone: their "for" phrase tells what the person is held or punished for
PUNISHING = {"arrest", "detain", "jail", "imprison", "convict", "sentence", "charge", "indict", "prosecute",
             "punish", "fine", "execute", "expel", "deport"}
# adverbs by which the text only reports what someone is said to have done
ALLEGEDLY = {"allegedly", "purportedly", "supposedly"}


def charged_for(token: Token) -> bool:
    """Whether an act is only what someone is said to have done by those who hold or punish them: "was arrested
    for allegedly violating the hijab law" reports the arrest and an allegation, not a violation (CAMEO codes the
    arrest). Without "allegedly" the text tells the act itself ("arrested for attacking a diplomat")."""
    node = token
    alleged = False
    for _ in range(6):
        alleged = alleged or any(c.dep_ == "advmod" and c.lower_ in ALLEGEDLY for c in node.children)
        head = node.head
        if head.i == node.i:
            return False
        if alleged and node.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ == "for" \
                and head.head.pos_ == "VERB" and head.head.lemma_.lower() in PUNISHING:
            return True
        node = head
    return False


def pledged_hostility(token: Token, trigger: Trigger, triggers) -> bool:
    """Whether a pledge row's prepositional object is itself a hostile act ("is committed to an invasion"):
    PLOVER AGREE is an intent to cooperate, so the pledge only tells the invasion's modality, and the invasion is
    the act."""
    if trigger.modality != "intended" or not trigger.prep or plover_type(trigger.cameo or "120") != "AGREE":
        return False
    pledged = [o for p in token.children if p.dep_ == "prep" and p.lower_ == trigger.prep for o in p.children
               if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return any(row.cameo and not row.with_ and plover_type(row.cameo) in CONFLICT_TYPES
               for o in pledged for row in triggers.get((o.lemma_.lower(), "NOUN"), ()))


# words of fearing what another will do: a hostile intent they hold is someone's fear, not its owner's threat
APPREHENSIONS = {"concern", "fear", "worry", "suspicion", "apprehension", "alarm", "suspect"}


def apprehended(token: Token) -> bool:
    """Whether a trigger lies in the clause that a word of fear takes ("cause for concern that Putin is committed
    to an invasion", "fears that Iran will attack"): the intent is told by whoever fears it, so it threatens no
    one (CAMEO 13x is a threat its maker voices) and stays the intended act."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        child, node = node, node.head
        if node.lemma_.lower() in APPREHENSIONS and child.dep_ in ("acl", "ccomp") \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
            return True
        if node.lemma_.lower() in SPEECH:
            return False
    return False
