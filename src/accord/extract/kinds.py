"""Words around a trigger that change which act it tells, or whether it tells one: readiness, sittings, refusals."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from .armedgroups import named_groups
from .framing import OBLIGATION_AUX, SPEECH
from .syntax import ARMED_COLLECTIVES
from .records import ActorRef

# a force that prepares a violent act shows readiness to use force (PLOVER MOBILIZE, CAMEO 152 increase military
# alert status): "the army prepared to resume shelling", "is preparing an offensive"; an actor who says it is
# "prepared" or "ready" to strike threatens (an adjective, not this verb)
PREPARING = {"prepare"}
ALERT = "152"
# verbs whose object is refused: an act told inside it ("rejected a proposal for signing a trade deal", "rebuffed
# calls for aid") did not happen, and the refusal (PLOVER REJECT) is the act
REFUSING = {"reject", "dismiss", "rebuff", "spurn", "veto", "refuse", "decline", "deny"}
# verbs whose object, when they are negated, is refused: "would not meet the hostage-takers' demands to release
# prisoners" tells no release
GRANTING = {"meet", "accept", "heed", "grant", "satisfy"}
# how an act is told inside a noun phrase: "a proposal for signing", "calls by X for aid", "a plan that aims to"
NESTING = ("pobj", "prep", "pcomp", "acl", "relcl", "xcomp", "compound", "amod", "nmod", "appos")
# nouns of a demand, whose clause or "for" phrase is the act asked for: "its demand that Israel ease
# restrictions", "an appeal for deploying troops", "calls for aid"
ASKING = {"demand", "appeal", "request", "plea", "call", "ultimatum"}
# bodies that sit: "the Cabinet met on Sunday" is a session of the body, no consultation with another actor
# nouns of something said: a "must" clause they carry asks it of its subject ("issued a reminder to Iraq that it
# must cooperate": a demand by the one who issued it)
SAID = {"reminder", "warning", "message", "statement", "notice", "ultimatum", "insistence", "declaration"}
# verbs of a joint decision: a "should" or "would" clause they govern is what the parties commit to ("agreed that
# their countries should cooperate": an intent, not a mere possibility)
RESOLVING = {"agree", "decide", "resolve"}
MODAL_OF_DECISION = {"should", "would", "will", "shall", "must"}
# people in flight or turned out: a border opened to them gives them refuge (CAMEO 075 grant asylum, PLOVER AID),
# not access to international actors (086, RETREAT)
REFUGE = "075"
PEOPLE = {"refugee", "migrant", "civilian", "evacuee", "seeker", "exile", "alien", "deportee", "people", "family",
          "national", "displaced", "asylum-seeker"}
# forces and materiel an act moves or gives: "deployed troops", "supplied tanks to Ukraine" name no target
MATERIEL = {"troop", "force", "soldier", "tank", "weapon", "arm", "munition", "ammunition", "missile", "warship",
            "ship", "aircraft", "equipment", "peacekeeper", "battalion", "brigade", "division", "regiment"}
# nouns of something given, whose "of" phrase without an owner names the giver: "the support of the UK"
GIVEN = {"support", "backing", "solidarity", "assistance", "aid", "help", "commitment", "friendship", "mediation"}
# nouns of a third party's good offices, whose phrase frames what the parties do: "under the mediation of China,
# Saudi Arabia and Iran agreed ..." (China mediates between them)
OFFICES = {"mediation", "auspices", "facilitation"}
# words of a warning and auxiliaries of a step announced, whose "if"/"unless" clause only states terms
WARNING = {"threaten", "warn"}
PROMISING_AUX = {"will", "would", "shall", "'ll", "wo"}
SITTING = {"cabinet", "parliament", "council", "committee", "assembly", "congress", "senate", "legislature",
           "politburo", "presidium", "government", "court", "board", "commission", "bureau", "junta"}


# verbs whose object does what their infinitive tells, as a duty or a leave, not a deed: "requires the United
# States to take military action", "the treaty obliges Japan to impose sanctions"
BINDING = {"require", "oblige", "compel", "commit"}
CONTROLLING = BINDING | {"allow", "permit", "enable", "authorize", "authorise", "entitle"}


def controlled(token: Token) -> Token | None:
    """The verb that makes its object do the act a trigger tells, as a duty or a leave, if one does: the
    trigger or the light verb that carries it is that verb's infinitive ("require X to take action")."""
    clause = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in CONTROLLING \
            and any(c.dep_ == "dobj" for c in clause.head.children):
        return clause.head
    return None


def controlled_modality(governor: Token, modality: str) -> str:
    """A duty an act is bound by is intended ("requires X to provide arms"); one not bound, or only allowed,
    may be done ("does not require X to take action", "allows X to deploy troops")."""
    if modality == "asserted" and governor.lemma_.lower() in BINDING:
        return "intended"
    return "hypothetical" if modality in ("asserted", "negated") else modality


def moved_or_given(token: Token, objects: list[Token], plover: str) -> list[Token]:
    """What an act moves or gives, which is not whom it is aimed at: forces or materiel the trigger's row names
    ("supplied tanks to Ukraine", "provided ground forces", "contributed troops"; not the people aided in
    "evacuated civilians") and a mobilizing verb's object ("Serbia deployed troops to the border")."""
    things = [o for o in objects if o.lemma_.lower() in MATERIEL]
    if plover == "MOBILIZE" and token.pos_ == "VERB":
        things += [c for c in token.children if c.dep_ == "dobj"]
    return things


def names_giver(prep: Token) -> bool:
    """Whether an "of" phrase names who gives what its noun names: "assured him of the unwavering support of
    the United Kingdom" (the UK's support, not support for it); but "its support of the rebels" is for them."""
    noun = prep.head
    return prep.lower_ == "of" and noun.pos_ == "NOUN" and noun.lemma_.lower() in GIVEN \
        and not any(c.dep_ == "poss" for c in noun.children)


def readied(governor: Token | None) -> bool:
    """Whether an intended act is one its doer prepares (a verb, not "is prepared to", which states a will)."""
    return governor is not None and governor.pos_ == "VERB" and governor.lemma_.lower() in PREPARING


def refused_content(token: Token) -> bool:
    """Whether a trigger lies inside what a verb of refusal refuses, below its object: "rejected an Indian
    proposal for signing a trade agreement" tells no signing, "rejected calls by Minsk for aid" no aid."""
    node = token
    while node.dep_ in NESTING and node.head.i != node.i:
        node = node.head
    verb, lemma = node.head, node.head.lemma_.lower()
    refusing = lemma in REFUSING or lemma in GRANTING and any(c.dep_ == "neg" for c in verb.children)
    return node.i != token.i and node.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and refusing


def asking_noun(node: Token) -> Token | None:
    """The demand noun whose content `node` is: its "that" clause or infinitive ("the demand that Israel ease",
    "a call to withdraw"), or the object of its "for" ("calls for aid", "an appeal for deploying troops")."""
    noun = None
    if node.dep_ in ("acl", "ccomp", "xcomp"):
        noun = node.head
        if noun.pos_ == "VERB" and node.dep_ == "ccomp":
            # "reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < node.i), noun)
    elif node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "prep" and node.head.lower_ == "for":
        noun = node.head.head
    if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in ASKING \
            and not (noun.lemma_.lower() == "call" and node.dep_ in ("acl", "ccomp", "xcomp")):
        return noun                                      # but "a phone call to discuss trade" asks nothing
    return None


def sits(token: Token, agents: list[ActorRef]) -> bool:
    """Whether "meet" tells a state's own body sitting: one subject that is a cabinet, council or the like and
    not an international organisation, no one met, no "with" or "between" phrase ("Israel's Cabinet met Sunday
    and decided ...")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "meet" \
            or any(a.kind == "InternationalOrganization" for a in agents):
        return False
    if any(c.dep_ in ("dobj", "agent") or c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and not subjects[0].conjuncts and subjects[0].lemma_.lower() in SITTING


def said_obligation(clause: Token) -> Token | None:
    """The one who asks, when `clause` is a "must"/"should" clause told by a noun of something said or by the
    verb that issues one: "issued a reminder to Iraq that it must cooperate" (who issued it)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
        return None
    if clause.dep_ in ("acl", "ccomp") and clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() in SAID:
        return clause.head.head if clause.head.head.pos_ == "VERB" else clause.head
    if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB" \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in SAID for c in clause.head.children):
        return clause.head                               # "issued a reminder on Monday to X that it must ..."
    return None


def decided(clause: Token) -> Token | None:
    """The verb of a joint decision whose "that" clause, with "should" or "would", `clause` is."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in RESOLVING \
            and any(c.dep_ == "aux" and c.lower_ in MODAL_OF_DECISION for c in clause.children):
        return clause.head
    return None


def gives_refuge(token: Token, cameo: str) -> bool:
    """Whether opening a border lets in people rather than international actors: "opened its borders to refugees",
    "to West Africans ordered out of Nigeria" (a plural people's name), not "to UN peacekeepers" or "to trade"."""
    if cameo != "086" or token.lemma_.lower() != "open":
        return False
    to = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in PEOPLE or o.ent_type_ == "NORP" and o.tag_ == "NNPS" for o in to)


def framed_by(clause: Token) -> tuple[str, Token] | None:
    """The modality and governing word a clause's frame gives its act: a demand by the issuer of something said
    ("issued a reminder to Iraq that it must cooperate"), an intent of the parties to a decision ("agreed that
    their countries should cooperate")."""
    if (asker := said_obligation(clause)) is not None:
        return "requested", asker
    if (decision := decided(clause)) is not None:
        return "intended", decision
    return None


def reported_must(clause: Token) -> bool:
    """Whether a clause an act lies in is a reported obligation: "said US forces must ensure security to allow
    deliveries" asks the allowing too (but the caller stops at a relative clause: "must return the helicopter
    that was captured" tells what was done)."""
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH \
        and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in clause.children)


def conditional_threat(token: Token) -> bool:
    """Whether a hostile act that its doer "may", "could" or "might" take carries its own condition: "the European
    Community may halt mediation if cooperation founders" holds the step out as a threat (CAMEO 13x)."""
    may = any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in token.children)
    return token.pos_ == "VERB" and may \
        and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for c in token.children)


def terms_of_warning(token: Token) -> bool:
    """Whether a trigger lies in the "if" or "unless" clause of a threat, a warning or a step announced with
    "will" or "would": "threatened to launch an offensive unless Baghdad accepted its conditions", "will withdraw
    its force unless the president arranged a ceasefire". The clause states the terms; it tells no act."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children):
            head = node.head
            return head.lemma_.lower() in WARNING or head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() \
                in WARNING or any(c.dep_ == "aux" and c.lower_ in PROMISING_AUX for c in head.children)
        node = node.head
    return False


# a state's support for an armed movement is material help (PLOVER AID, CAMEO 070): "Iran's support of the
# Houthis", "its support for the rebels"; support for a state or a person is endorsement (051)
BACKING = "070"


def backs_armed_group(token: Token, cameo: str, agents: list[ActorRef], targets: list[ActorRef]) -> bool:
    """Whether a state's "support" noun is aimed only at armed movements that are no state: a group tied to a
    state it fights in or for, named (the Houthis) or described by its fighters ("Houthi rebels")."""
    if cameo != "051" or token.pos_ != "NOUN" or not targets or not any(a.kind == gz.STATE for a in agents):
        return False
    return all(t.kind == gz.GROUP and t.relation == "associatedWith" and t.related is not None
               and t.related.kind == gz.STATE and t.related not in agents and _armed(t) for t in targets)


def _armed(group: ActorRef) -> bool:
    """Whether a group is an armed movement: one of the named groups of groups.tsv, or fighters by its head noun."""
    head = group.label.split(" in ")[0].split()[-1].lower().rstrip("s")
    return head in ARMED_COLLECTIVES or group.label in named_groups()


# verbs by which a pledge of protection comes into force: "an attack would invoke its mutual defence commitments"
INVOKING = {"invoke", "trigger", "activate"}
PROTECTION_PLEDGED = "0334"                               # express intent to provide military protection
PROTECTION = "074"                                        # provide military protection (PLOVER AID)


def invoked_protection(token: Token, cameo: str) -> str | None:
    """The modality of the protection a defence pledge gives when the text says what invokes it ("an armed attack
    would invoke U.S. mutual defense commitments"): the protection itself (CAMEO 074), given should that happen,
    not the pledge again; None for a pledge not invoked."""
    if cameo != PROTECTION_PLEDGED or token.dep_ != "dobj" or token.head.lemma_.lower() not in INVOKING:
        return None
    auxiliaries = {c.lower_ for c in token.head.children if c.dep_ == "aux"}
    if auxiliaries & {"would", "could", "might", "may"}:
        return "hypothetical"
    return "intended" if auxiliaries & {"will", "shall"} else "asserted"
