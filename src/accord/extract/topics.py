"""Objects that are a topic or an aim, not a party to the act: "discussed Iran", "meet a challenge"."""

from __future__ import annotations

from spacy.tokens import Token

from .mentions import Resolution
from .phrases import actors_at, of_actors, possessors
from .records import ActorRef
from .syntax import antecedent_object, infinitive

# adverbs of acting as one: a challenge met "together" is joint work (CAMEO 06x), not a meeting
JOINTLY = {"together", "jointly"}
# verbs whose direct object is what is talked about: the parties are the subject and the "with" phrase
TOPICAL = {"discuss"}
# verbs that tell a meeting only when what is met is an actor: "met Xi", not "met the challenge" or "were met by
# the heroism of the defenders"
MEETING = {"meet"}
# what one meets by giving way to whoever asks it: "would not meet the hostage-takers' demands" is a refusal
YIELDED = {"demand", "condition", "request", "term", "requirement", "call"}


def topic_actors(token: Token, res: Resolution) -> list[ActorRef]:
    """The actors a talk verb's direct object names: the subject of the talks, not a side of them."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TOPICAL:
        return []
    return [a for c in token.children if c.dep_ == "dobj" for a in actors_at(c, res)]


def met_no_one(token: Token, res: Resolution) -> bool:
    """Whether "meet" has a direct object or a "by" phrase and none of them names or belongs to an actor."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in MEETING:
        return False
    met = [c for c in token.children if c.dep_ == "dobj"]
    by = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if any(actors_at(b, res) for b in by):
        return False                                     # "was met by Xi at the airport"
    met += by
    if any(m.lemma_.lower() in YIELDED for m in met):
        return False
    # "a challenge that the two can meet", "the levels it meets": the noun the relative clause tells of
    met = [token.head if m.lower_ in ("that", "which") and token.dep_ == "relcl" else m for m in met]
    if not met and token.dep_ == "relcl" and token.head.pos_ == "NOUN" \
            and not any(c.dep_ in ("prep", "nsubjpass") for c in token.children):
        met = [token.head]                               # "no challenge Kenya and the United States can't meet"
    if not met and (antecedent := antecedent_object(token)) is not None:
        met = [antecedent]                               # "no challenge, I think, that X and Y can't meet"
    if not met:
        return False
    # "met leaders of Iran", "met Japan's envoy", "met a delegation from Japan"; but not "met by the heroism of X"
    return not any(actors_at(m, res) or m not in by and (
        possessors(m, res) or of_actors(m, res)
        or [a for p in m.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
            for a in actors_at(o, res)])
        for n in met for m in (n, *n.conjuncts))


def met_jointly(token: Token) -> bool:
    """Whether a "meet" that met no one (met_no_one) met its challenge or need "together" ("a challenge Kenya and
    the United States can meet together"): the parties work on it as one, which is cooperation, not a meeting."""
    return any(c.dep_ == "advmod" and c.lower_ in JOINTLY for c in token.children)


# verbs that request only when someone is asked or something is asked for: "asked Japan to", "pressed for talks"
ASKING = {"ask", "press"}


def asks_nothing(token: Token, res: Resolution) -> bool:
    """Whether "ask", "press" or "insist" requests nothing of anyone: "asking whether the region should ..." is a
    question, "pressed its claim" an assertion of the claim, "insisted the unrest was ethnic" a view; not "asked
    Japan to ...", "pressed for talks", "insisted on its demands"."""
    if token.pos_ == "VERB" and token.lemma_.lower() == "insist":
        # "insisted on its demands", "insisted that Iraq withdraw / must withdraw"; not "insisted unrest reflected
        # ethnic tensions", which asserts a view
        return not any(c.dep_ == "prep" and c.lower_ == "on" or c.dep_ == "ccomp" and (
            c.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in c.children))
            for c in token.children)
    if token.pos_ != "VERB" or token.lemma_.lower() not in ASKING:
        return False
    if any(c.dep_ in ("xcomp", "dative") or c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
           for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if any(actors_at(o, res) for o in objects):
        return False
    question = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
                   for c in token.children)
    return question or bool(objects) and not any(c.dep_ == "ccomp" for c in token.children)


# words by which a warning names what follows if it goes unheeded: "... or face retaliation", "or else"
CONSEQUENCE = {"or", "else", "otherwise", "consequence", "consequences", "retaliation", "response", "price"}


def warns_off(verb: Token) -> Token | None:
    """"warned Israel not to attack Rafah": a warning to someone not to act, naming no consequence, is a request
    that they refrain (CAMEO 02x), not a threat; the negated complement, if so."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "warn" \
            or not any(c.dep_ in ("dobj", "dative") for c in verb.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return None
    complement = next((c for c in verb.children if c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children)
                       and infinitive(c)), None)
    if complement is None or any(t.lower_ in CONSEQUENCE or t.dep_ == "aux" and t.lower_ in ("will", "would")
                                 for t in verb.subtree):
        return None
    return complement
