"""The modality of an act (asserted, intended, requested, threatened, hypothetical, negated, refused) from the
words that govern its trigger: auxiliaries, negation, and the verbs and nouns above it up to the clause that
reports it."""

from __future__ import annotations

from spacy.tokens import Token

from .framing import CONDITIONAL, OBLIGATION_AUX, OCCURRING, PLEDGES, SPEECH, obliging
from .kinds import asking_noun, framed_by, reported_must
from .lexicon import Trigger
from .syntax import antecedent_object
from .topics import warns_off

INTEND = {"seek", "aim", "plan", "intend", "pledge", "promise", "vow", "hope", "want", "agree", "offer",
          "prepare", "propose", "need", "try", "attempt", "strive", "push", "look", "wish", "expect", "commit",
          "willing", "ready", "prepared", "determined", "committed", "eager", "swear"}
REQUEST = {"call", "urge", "demand", "ask", "appeal", "press", "request", "implore", "insist"}
THREATEN = {"threaten", "warn"}
REFUSE = {"refuse", "decline", "reject"}
NEGATE = REFUSE | {"fail", "deny"}
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "can", "should"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# verbs whose object noun is the act their subject does: "launched an attack", "held talks", "paid a visit"
LIGHT_VERBS = {"launch", "carry", "stage", "hold", "conduct", "mount", "begin", "start", "continue", "issue", "make",
               "announce", "declare", "lodge", "file", "open", "undertake", "resume", "intensify", "escalate",
               "have", "pay", "give", "reach", "sign", "complete", "order", "step", "host", "attend", "join",
               "organize", "organise", "call", "be", "end", "renew", "approve", "offer", "accept", "reject",
               "propose", "seek", "want", "plan", "prepare", "threaten", "demand", "urge", "express", "voice",
               "provide", "send", "deliver", "extend", "impose", "maintain", "strengthen", "deepen", "expand",
               "boost", "bolster", "enhance", "agree", "pledge", "promise", "vow", "support", "welcome",
               "back", "endorse", "need", "address", "discuss", "arrange", "plan", "schedule", "arrive", "engage",
               "go", "travel", "come", "return", "lead", "head", "remain", "stay", "put", "place", "speed",
               "accelerate", "finish", "take", "participate", "reaffirm", "reiterate", "affirm", "underscore",
               "emphasize", "emphasise", "stress", "share", "respond"}
# prepositions through which a governing word lends its modality: "call for talks", "the need for a resolution",
# "agreed to end the war through tougher sanctions" (the means of an aim intended are intended too)
MODAL_PREPS = {"for", "to", "of", "on", "toward", "towards", "through"}
# nouns that tell an act only with an owner: "Russia's war", "his war of aggression"
OWNED_ONLY = {"war"}
# verbs by which an act goes on: "will continue to support" is support, intended to go on, not a promise of it
CONTINUING = {"continue", "keep"}
# conjunctions of a clause that tells a statement of its own beside the main one: "..., while Y condemned"
CONTRASTIVE = {"while", "whereas", "although", "though", "whilst"}
HYPOTHETICAL = {"consider", "weigh", "mull", "potential", "possible"}


def modality_of(token: Token, trigger: Trigger, quiet: set[int] = frozenset()) -> tuple[str, Token | None]:
    """The act's modality from the words that govern its trigger, and the governing word if any."""
    if trigger.modality:
        return trigger.modality, None
    if token.lemma_.lower() in OWNED_ONLY:
        return "asserted", None                          # "holding the Kremlin accountable for its war": it goes on
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and any(c.dep_ == "poss" for c in token.children) \
            and token.head.lemma_.lower() not in LIGHT_VERBS | INTEND | REQUEST | THREATEN | NEGATE:
        return "asserted", None                          # "match the EU's support": the owner's act, as it is
    clause = token
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head                             # "would prohibit aid and would deny entry"
    reported = clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if token.dep_ == "xcomp" and warns_off(token.head) == token:
        return "requested", token.head                   # "warned Israel not to attack": asked to refrain
    if negated(token):
        if _none_excepted(token):
            return "asserted", None                      # "there's no challenge X can't meet": X meets any
        # "Japan will not accept the offer": a refusal (PLOVER REJECT), not an act that did not happen
        return ("refused" if auxiliaries & FUTURE_AUX or (reported and "would" in auxiliaries) else "negated"), None
    if reported and auxiliaries & OBLIGATION_AUX:
        return "requested", token.head                   # "the US said Iraq must allow ..."
    if (framed := framed_by(clause)) is not None:
        return framed                                    # "issued a reminder that it must", "agreed they should"
    if auxiliaries & FUTURE_AUX or (reported and "would" in auxiliaries):
        return "intended", None                          # "Portugal will support", "X said it would ..."
    if auxiliaries & HYPOTHETICAL_AUX:
        return "hypothetical", None
    if any(c.dep_ == "amod" and c.lemma_.lower() in HYPOTHETICAL for c in token.children):
        return "hypothetical", None
    node, relative = token, False
    while node.head.i != node.i and node.dep_ in ("xcomp", "ccomp", "pobj", "pcomp", "prep", "dobj", "advcl", "acl",
                                                 "relcl", "conj", "nsubj", "nsubjpass", "compound", "acomp"):
        asked = asking_noun(node)
        if asked is not None:
            return "requested", asked                    # "its demand that Israel ease", "an appeal for talks"
        if node.dep_ == "pcomp" and node.head.head.pos_ in ("NOUN", "PROPN"):
            break                                        # "a proposal for signing": the proposer's act, not ours
        if node.dep_ == "nsubj" and node.pos_ == "NOUN" and (node.head.lemma_.lower() not in
                LIGHT_VERBS | INTEND | REQUEST | THREATEN | NEGATE | OCCURRING
                or node.head.pos_ == "VERB" and node.head.lemma_.lower() in INTEND - LIGHT_VERBS):
            # "Putin's invasion is not proceeding to plan": it goes on; "our sanctions are pushing back the
            # economy": what an act strives for is not the act intended
            break
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTIVE for c in node.children):
            break                                        # "X promised a response, while Y condemned": Y's own
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in node.children):
            return "hypothetical", None                  # "unless the president arranged a ceasefire"
        if node.head.i in quiet:
            break                                        # "offered a pretext for the invasion": no offer of it
        if node.dep_ == "acl" and node.tag_ == "VBN" and node.i == token.i:
            break                                        # "demanded the return of property seized by X": done
        child, node = node, node.head
        lemma = node.lemma_.lower()
        relative = relative or child.dep_ in ("relcl", "acl")
        if not relative and reported_must(node):
            return "requested", node.head                # "said X must ensure security to allow deliveries"
        if lemma in PLEDGES and node.pos_ == "NOUN" and child.pos_ == "VERB" and child.dep_ in ("acl", "xcomp"):
            return "intended", node                      # "affirmed their commitment to deepen cooperation"
        if lemma in NEGATE:
            return "negated", node
        if lemma in THREATEN:
            return "threatened", node
        if lemma in REQUEST and node.pos_ == "VERB":
            return "requested", node
        if lemma in INTEND:
            speaker = obliging(node)
            return ("requested", speaker) if speaker is not None else ("intended", node)
        if hypothetical_aux(node):
            return "hypothetical", node
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children):
            # "will continue to support": an act already under way, intended to go on (its own code)
            return "intended", node if lemma in CONTINUING else None
        if negated(node):
            return "negated", node
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in node.children):
            return "hypothetical", None                  # "would meet him if he gave them a veto"
        if node.dep_ in ("advcl", "relcl") or node.dep_ == "conj" and node.pos_ != "ADP" or lemma in SPEECH:
            break                                        # "through sanctions; through supplying arms": one clause
        if node.dep_ == "prep" and node.lower_ not in MODAL_PREPS:
            break                                        # "offered talks following the invasion"
        if node.dep_ == "prep" and node.head.pos_ == "VERB" \
                and node.head.lemma_.lower() not in LIGHT_VERBS | INTEND | REQUEST | THREATEN | NEGATE:
            break                                        # "wish to update the House on our support": told about
    return "asserted", None


def negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def hypothetical_aux(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in token.children)


def _none_excepted(verb: Token) -> bool:
    """Whether a negated verb tells of a noun that "no" quantifies ("there is no challenge that X cannot meet"):
    the two negations assert that X does it to every such thing."""
    noun = antecedent_object(verb)
    return noun is not None and any(c.dep_ in ("det", "nummod") and c.lower_ == "no" for c in noun.children)
