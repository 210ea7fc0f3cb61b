"""Accusations a predicate tells rather than a verb: "such actions are inconsistent with international law",
"Russia was responsible for the attack", "launches in violation of UN resolutions"."""

from __future__ import annotations

from spacy.tokens import Token

from .found import Resolution
from .framing import SPEECH
from .phrases import actors_at, of_actors, possessors
from .modality import negated
from .records import Act, ActorRef
from .syntax import sentence_span, token_span

# adjectives that find fault with their subject by a norm it breaks: "inconsistent with international law"
AT_ODDS = {"inconsistent", "incompatible", "contrary"}
NORMS = {"law", "resolution", "obligation", "commitment", "norm", "principle", "charter", "agreement", "treaty",
         "convention", "ceasefire", "sovereignty", "rule", "order", "accord", "pledge", "right"}
# nouns of a norm broken: "in violation of", "in breach of", "a flagrant violation of"
BREACHES = {"violation", "breach", "contravention", "defiance"}
# adjectives that blame their subject for a harm: "responsible for the attack", "culpable for the murder"
BLAMING = {"responsible", "culpable", "guilty", "complicit"}
HARMS = {"attack", "murder", "killing", "death", "assassination", "poisoning", "bombing", "crime", "atrocity",
         "abuse", "act", "shooting", "massacre", "downing", "explosion", "incident", "violence", "invasion",
         "aggression", "war", "strike", "kidnapping", "abduction", "hack", "cyberattack", "sabotage", "genocide"}
CRIMES = {"murder", "killing", "assassination", "poisoning", "crime", "kidnapping", "abduction", "hack",
          "cyberattack", "sabotage"}
# nouns by which a predicate condemns its subject: "Maduro is a dictator", "the regime is a pariah"
PEJORATIVES = {"dictator", "tyrant", "despot", "terrorist", "criminal", "murderer", "thug", "aggressor", "pariah",
               "warmonger", "usurper"}
# verbs of starting hostilities, which charge their subject when a statement tells them: "said that Kyrgyzstan
# had instigated the conflict", "its position that the rebels provoked the clashes"
INSTIGATING = {"instigate", "provoke", "start", "initiate", "incite", "orchestrate", "unleash", "trigger"}
HOSTILITIES = {"conflict", "war", "clash", "fighting", "hostility", "violence", "escalation", "attack", "aggression",
               "unrest", "riot", "crisis", "incident", "confrontation", "skirmish"}
# contempt a conduct shows, which finds fault with whoever shows it: "its response demonstrated complete disdain"
SHOWING = {"demonstrate", "show", "display", "betray", "reveal"}
CONTEMPT = {"disdain", "contempt", "disregard", "disrespect", "indifference", "callousness"}
# a past of wrongdoing: "Russia's record of conducting state-sponsored assassinations", "a history of attacks"
RECORDS = {"record", "history", "pattern", "track"}
# conduct a judging adjective finds fault with: "destabilizing military activities by the PRC"
CONDUCTS = {"activity", "action", "behaviour", "behavior", "conduct", "move", "practice", "operation"}
MALIGN = {"destabilizing", "destabilising", "provocative", "aggressive", "coercive", "unlawful", "malign",
          "reckless", "irresponsible", "belligerent", "illegitimate", "unprofessional"}
# verbs whose object is conduct asked to stop: "must cease its provocative actions" is a demand, told as one
CEASING = {"cease", "stop", "halt", "end", "refrain", "desist", "abandon"}
# claims a judging adjective discredits, which finds fault with whoever makes them: "fictitious allegations"
CLAIMS = {"allegation", "claim", "accusation", "charge", "narrative", "story", "report"}
DISCREDITING = {"fictitious", "false", "baseless", "unfounded", "fabricated", "groundless", "bogus", "spurious",
                "absurd", "fake"}
# verbs that name a thing as what it is judged to be: "classified the incident as a terrorist attack"
LABELLING = {"classify", "label", "brand", "describe", "characterize", "characterise", "term", "designate", "call",
             "denounce", "condemn", "qualify"}
# what a thing is named as that finds fault with its doer; an attack or act only with a word that condemns it
GUILTY_AS = {"crime", "terrorism", "aggression", "atrocity", "provocation", "violation", "genocide", "massacre",
             "murder", "invasion"}
CONDEMNING = {"terrorist", "criminal", "barbaric", "cowardly", "unprovoked", "heinous", "deliberate", "hostile",
              "illegal", "unlawful", "aggressive", "brutal"}
# verbs by which a judgement is given: "the Government concluded that Russia was responsible"
JUDGING = SPEECH | {"find", "believe", "assess", "judge", "consider", "determine", "establish", "note"}
# verbs by which a thing bears a judgement out, whose own subject judges nothing: "the elections confirm that"
BEARING_OUT = {"confirm", "show", "prove", "demonstrate", "reveal", "underline", "underscore", "make"}
# nouns of a stance whose owner holds the clause they take: "its position that Kyrgyzstan had instigated"
STANCES = {"position", "view", "belief", "claim", "assessment", "conclusion", "contention", "assertion", "stance",
           "allegation", "accusation", "charge", "finding", "judgement", "judgment"}


def predicated_accusations(res: Resolution, acts: list[Act]) -> list[tuple[int, Act]]:
    """ACCUSE acts that a predicate about a wrongdoer tells, by whoever judges it: the subject of the verb
    that reports the judgement ("the Government concluded that ..."), else the state a statement speaks for."""
    out: list[tuple[int, Act]] = []
    for token in res.doc:
        found = _fault(token)
        if found is None:
            continue
        cameo, clause = found
        if negated(clause):
            continue                                     # "X is not responsible for the attack": no blame
        targets = _wrongdoers(clause, res)
        judge = _judge(clause, res)
        targets = [t for t in targets if t not in judge]
        if not targets or not judge:
            continue
        sent = token.sent
        if any(a.type == "ACCUSE" and sent.start_char <= a.trigger.start < sent.end_char
               and set(a.targets) & set(targets) for a in acts):
            continue                                     # "condemned X's launches, which violate ...": told already
        out.append((token.i, Act("ACCUSE", cameo, "asserted", tuple(judge), tuple(dict.fromkeys(targets)),
                                 sentence_span(token), token_span(token))))
    return out


def labelled_accusations(res: Resolution, acts: list[Act]) -> list[tuple[int, Act]]:
    """ACCUSE acts (CAMEO 111) of naming a thing or an actor as a wrong: "X classified the incident as a terrorist
    attack", "branded the strike an act of aggression". An event named is aimed at its doers later (eventrefs),
    so it is told only where the text has told an attack before it."""
    out: list[tuple[int, Act]] = []
    for verb in res.doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LABELLING or negated(verb):
            continue
        named = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "oprd"]
        if not any(_condemning(n) for n in named):
            continue
        agents = list(dict.fromkeys(a for c in verb.children if c.dep_ == "nsubj" for a in actors_at(c, res)))
        things = [c for c in verb.children if c.dep_ == "dobj"]
        targets = [a for t in things for a in actors_at(t, res) if a not in agents]
        if not agents or not targets and not (any(t.lemma_.lower() in HARMS for t in things) and any(
                a.type == "ASSAULT" and a.agents and a.trigger.start < verb.idx for a in acts)):
            continue
        out.append((verb.i, Act("ACCUSE", "111", "asserted", tuple(agents), tuple(dict.fromkeys(targets)),
                                sentence_span(verb), token_span(verb))))
    return out


def _condemning(noun: Token) -> bool:
    """Whether what a thing is named as condemns it: "a terrorist attack", "an act of aggression", "a crime"."""
    lemma = noun.lemma_.lower()
    if lemma in GUILTY_AS or any(c.dep_ == "amod" and c.lower_ in CONDEMNING for c in noun.children):
        return True
    return any(_condemning(o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj")


def _fault(token: Token) -> tuple[str, Token] | None:
    """The code of the fault a word finds and the clause whose subject is at fault, if it finds one."""
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma in AT_ODDS \
            and _object_in(token, ("with", "to"), NORMS):
        return "111", token.head
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and lemma in BLAMING:
        harms = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "in")
                 for o in p.children if o.dep_ in ("pobj", "pcomp")]
        if any(o.lemma_.lower() in HARMS or o.pos_ == "VERB" for o in harms) or lemma != "responsible" and harms:
            return ("1121" if any(o.lemma_.lower() in CRIMES for o in harms) else "112"), token.head
    if token.pos_ == "NOUN" and lemma in BREACHES and _object_in(token, ("of",), NORMS):
        if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ in ("VERB", "AUX"):
            return "111", token.head.head                # "launches which have been in violation of"
        if token.dep_ == "attr" and token.head.lemma_ == "be":
            return "111", token.head                     # "the test is a violation of the resolutions"
    if token.pos_ == "VERB" and lemma in INSTIGATING and token.dep_ in ("ccomp", "acl") \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTILITIES for c in token.children):
        return "112", token                              # told as someone's charge, never the text's own
    if token.pos_ == "VERB" and lemma in SHOWING \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in CONTEMPT for c in token.children):
        return "111", token
    if token.pos_ == "NOUN" and lemma in RECORDS and any(c.dep_ == "poss" for c in token.children) \
            and _past_harms(token):
        return "112", token                              # the record's owner is at fault: see _wrongdoers
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in (MALIGN if lemma in CONDUCTS else DISCREDITING)
                                    for c in token.children) and lemma in CONDUCTS | CLAIMS \
            and not (token.head.lemma_.lower() in CEASING and token.dep_ in ("dobj", "pobj")):
        return "111", token                              # "destabilizing activities by X", "X's false claims"
    if token.pos_ == "NOUN" and lemma in PEJORATIVES and token.dep_ == "attr" and token.head.lemma_ == "be":
        return "111", token.head                         # "Maduro is a dictator"
    return None


def _object_in(token: Token, preps: tuple[str, ...], lemmas: set[str]) -> bool:
    return any(o.lemma_.lower() in lemmas for p in token.children if p.dep_ == "prep" and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj")


# adverbs of a harm no one meant: "anti-aircraft fire accidentally downed a helicopter, killing six airmen"
ACCIDENTAL = {"accidentally", "inadvertently", "mistakenly", "unintentionally", "erroneously"}


def untold(token: Token) -> bool:
    """Whether a trigger tells no act of its own: a past of wrongdoing ("its record of conducting assassinations"),
    a claim the text discredits ("outlets carrying fictitious allegations": the fault is the maker's), or a harm
    done by accident ("accidentally downed a helicopter, killing six"), which is no one's attack."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in ACCIDENTAL for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    if token.pos_ == "NOUN" and token.lemma_.lower() in CLAIMS \
            and any(c.dep_ == "amod" and c.lower_ in DISCREDITING for c in token.children):
        return True
    return in_record(token)


def in_record(token: Token) -> bool:
    """Whether a trigger tells a past of wrongdoing: "its record of conducting assassinations"."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in RECORDS and _past_harms(node):
            return True
    return False


def _past_harms(record: Token) -> bool:
    """Whether a record's "of" phrase tells harms done: "of conducting assassinations", "of attacks"."""
    told = [o for p in record.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ in ("pobj", "pcomp")]
    told += [d for o in told if o.pos_ == "VERB" for d in o.children if d.dep_ == "dobj"]
    return any(o.lemma_.lower() in HARMS - {"act", "incident"} for o in told)


def _wrongdoers(clause: Token, res: Resolution) -> list[ActorRef]:
    """Who is at fault: the clause's subject, its owner or its "by" phrase ("such actions by the PRC"); the noun
    a relative clause tells of ("the DPRK's launches, which have been ..."); a record's owner."""
    if clause.pos_ == "NOUN":
        # the owner, the "by" phrase, or who makes or carries out what the noun names: "outlets carrying
        # fictitious allegations", "China conducted provocative actions"
        by = [a for p in clause.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
              if o.dep_ == "pobj" for a in actors_at(o, res)]
        doer = clause.head if clause.dep_ == "dobj" else None
        if doer is not None and not any(c.dep_ == "auxpass" for c in doer.children):
            # the small parser hangs the noun's "by" on an active verb: "counter activities by China"
            by += [a for p in doer.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
                   if o.dep_ == "pobj" for a in actors_at(o, res)]
        makers = [] if doer is None else [a for c in doer.children if c.dep_ == "nsubj"
                                          for a in actors_at(c, res) or possessors(c, res)]
        if doer is not None and doer.dep_ == "acl" and not makers:
            makers = actors_at(doer.head, res) or possessors(doer.head, res)
        return list(dict.fromkeys(possessors(clause, res) + by + makers))
    out: list[ActorRef] = []
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in ("which", "that", "who") and clause.dep_ == "relcl":
            subject = clause.head
        by = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children
              if o.dep_ == "pobj"]
        out += actors_at(subject, res) or possessors(subject, res) \
            or [a for o in by for a in actors_at(o, res)] or of_actors(subject, res)
    return list(dict.fromkeys(out))


def _judge(clause: Token, res: Resolution) -> list[ActorRef]:
    """Whoever the text says judges the clause: the subject of the nearest verb of saying or finding above it,
    else the state a statement speaks for; none where the judgement is someone else's, unnamed."""
    node = clause
    participle = False
    while node.head.i != node.i:
        node = node.head
        if participle and node.pos_ in ("VERB", "AUX"):
            return list(dict.fromkeys(a for c in node.children if c.dep_ == "nsubj" for a in actors_at(c, res)))
        if node.pos_ == "NOUN" and node.lemma_.lower() in STANCES and possessors(node, res):
            return possessors(node, res)                 # "reiterated its position that ...": the holder's
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in JUDGING | BEARING_OUT:
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            judges = list(dict.fromkeys(a for s in subjects for a in actors_at(s, res)))
            if not subjects and node.dep_ in ("advcl", "conj", "xcomp") and node.tag_ == "VBG":
                participle = True
                continue                                 # "..., noting that ...": the judge is the clause's subject
            if judges or not all(s.pos_ == "NOUN" for s in subjects) or node.lemma_.lower() not in BEARING_OUT:
                return judges
            break                                        # "the elections confirm that ...": the statement's judgement
    return [res.home] if res.home is not None else []
