"""Collectives without a name of their own ("rebels in the Ivory Coast", "EU foreign ministers", "Houthi
rebels"), each tied to the state or organisation its phrase names."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer as gz
from . import syntax as sx
from .actorwords import BODY_NOUNS, MEMBERS, with_article
from .found import Found, Resolution, actor_of
from .records import ActorRef

STATE_NOUNS = {"country", "nation", "state"}
# heads of a description of armed forces, and last words of an armed force's name
DESCRIBED_FORCES = {"forces", "military", "army"}
MILITARY_NAMES = {"army", "forces", "force", "military", "guard"}
STEM = 5
QUANTIFIERS = {"all", "every", "each", "some", "many", "several", "various", "most", "both"}


def collective(noun: Token, res: Resolution) -> Found | None:
    """A collective without a name of its own ("university students throughout Indonesia", "rebels in the
    Ivory Coast", "EU foreign ministers", "opposition groups"), tied to the state or organisation named before
    or after it, if any."""
    if noun.lemma_.lower() in STATE_NOUNS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return None                                      # "their countries": the states told before, no new group
    if noun.lemma_.lower() in STATE_NOUNS and noun.tag_ == "NNS" and not any(noun.children):
        return None                                      # "recognised by countries": no states in particular
    for named in (res.at(c) for c in noun.lefts if c.dep_ == "compound" and c.i == noun.i - 1):
        if named is not None and len(named.actors) == 1 and (
                named.actors[0].kind == gz.GROUP and named.actors[0].related
                or named.actors[0].kind in (gz.BODY, gz.ACTOR) and noun.lemma_.lower() in MEMBERS):
            # "Hezbollah guerrillas" are Hezbollah; "Guidance Patrol officers" act as the Guidance Patrol
            return Found(named.start, noun.i + 1, named.actors)
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.i not in res.by_token]
    # "all countries", "every nation": the quantifier is part of the description's name
    modifiers += [c for c in noun.lefts if c.dep_ in ("det", "predet") and c.lower_ in QUANTIFIERS]
    start = min([noun.i] + [t.i for m in modifiers for t in m.subtree])
    if any(i in res.by_token for i in range(start, noun.i + 1)):
        return None
    state: ActorRef | None = None
    owners: list[tuple[Token, ActorRef]] = []
    for modifier in (c for c in noun.lefts if c.dep_ in ("compound", "nmod", "poss", "amod")):
        for word in (modifier, *modifier.conjuncts):
            found = res.at(word)
            if found and len(found.actors) == 1 and found.actors[0].kind in (gz.STATE, gz.ORGANIZATION, gz.ACTOR) \
                    and found.actors[0] not in [o for _, o in owners]:
                owners.append((word, found.actors[0]))    # "EU foreign ministers", "NATO troops"
    if len(owners) > 1 and noun.lemma_.lower() not in BODY_NOUNS:
        # "U.S. and Russian negotiators": one group for each state or organisation
        noun_text = noun.doc[max(w.i for w, _ in owners) + 1:noun.i + 1].text
        return Found(start, noun.i + 1, tuple(ActorRef(f"{w.text} {noun_text}", gz.GROUP, related=o,
                                                       relation="associatedWith") for w, o in owners))
    if owners:
        state = owners[-1][1]
    named = [m for m in noun.lefts if m.dep_ == "compound" and m.pos_ == "PROPN" and m.i == noun.i - 1]
    if not owners and named and noun.lemma_.lower() in MEMBERS and noun.tag_ == "NNS":
        # "Guidance Patrol officers": the people of a body the text names, acting as it
        return Found(start, noun.i + 1, (ActorRef(noun.doc[start:noun.i].text, gz.ACTOR),))
    where = ""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from", "throughout", "across", "inside"):
            continue
        for obj in prep.children:
            found = res.at(obj)
            if found is None:
                continue
            if found.actors and found.actors[0].kind == gz.STATE:
                state = found.actors[0]
            elif found.place and found.place.country and found.place.country in res.gazetteer.entities:
                state = actor_of(res.gazetteer.entities[found.place.country])
            elif len(found.actors) == 1 and found.actors[0].related and found.actors[0].related.kind == gz.STATE:
                state = found.actors[0].related           # "inhabitants of the Syrian Golan Heights"
            else:
                continue
            # "the coup leaders in Niger": a described group keeps where it is in its label
            where = f" in {noun.doc[found.start:found.end].text}" if prep.lower_ == "in" else where
    if state is None and (located := sx.state_right_after(noun, res)) is not None:
        # "giving the coup leaders in Niger one week", where the parser hangs "in Niger" on the verb
        state, where = located
    first = min([start] + [t.i for m in noun.lefts if m.dep_ in ("compound", "nmod") for t in m.subtree])
    label = noun.doc[first:noun.i + 1].text + where     # "NATO foreign ministers", though "NATO" is its own mention
    described = [w for w, o in owners if w.dep_ == "poss" and w.pos_ == "NOUN" and o is state]
    if described and not where:
        # "the country's presidential guard": named by the state the description stands for
        words = [t.text for t in noun.doc[described[0].i + 1:noun.i + 1] if t.dep_ != "case"]
        label = f"{' '.join(words)} of {with_article(state)}"
    if state is None and noun.lemma_.lower() in BODY_NOUNS and (earlier := _same_body(noun, res)) is not None:
        # "The Armenian police ... lines of riot police": the body the text named before, unless another
        # state's is named
        return Found(start, noun.i + 1, (earlier,))
    if state is not None and noun.lemma_.lower() in BODY_NOUNS and state.kind == gz.STATE:
        # "Kosovo's Assembly", "the Israeli cabinet": a government body of the state
        return Found(start, noun.i + 1, (ActorRef(label, gz.BODY, related=state, relation="bodyOf"),))
    if state is not None:
        return Found(start, noun.i + 1, (ActorRef(label, gz.GROUP, related=state, relation="associatedWith"),))
    if (military := _named_military(noun, res)) is not None:
        return Found(start, noun.i + 1, (military,))
    told = sx.told_group(noun, res) if label == noun.text else None
    return Found(start, noun.i + 1, (told or ActorRef(label, gz.GROUP),))


def _named_military(noun: Token, res: Resolution) -> ActorRef | None:
    """The armed force the text named before that "the <name's adjective> armed forces" describe again ("the
    Ruritanian Defence Army ... the Ruritanian armed forces"): one named force whose name begins with the
    modifier's stem and ends in a word for a military; None if none or several."""
    if noun.lower_ not in DESCRIBED_FORCES:
        return None
    words = [c.text.lower() for c in noun.lefts
             if c.dep_ in ("nmod", "compound", "amod") and c.pos_ in ("PROPN", "ADJ")]
    named = {a for _, a in res.actors_before(noun.i) if a.kind in (gz.ACTOR, gz.GROUP, gz.BODY)
             and a.label.split()[-1].lower() in MILITARY_NAMES and len(a.label.split()) > 1
             and any(_same_stem(w, a.label.split()[0].lower()) for w in words)}
    return named.pop() if len(named) == 1 else None


def _same_stem(word: str, other: str) -> bool:
    """Whether two words are one name and its adjective ("Transnistria", "Transnistri"): one begins the other,
    with at least five letters in common."""
    short, long = sorted((word, other), key=len)
    return len(short) >= STEM and long.startswith(short)


def _same_body(noun: Token, res: Resolution) -> ActorRef | None:
    """The one body of a state with this head noun ("police") that the text named before the noun, if one."""
    lemma = noun.lemma_.lower()
    bodies = {a for f in res.found if f.start < noun.i for a in f.actors
              if a.kind == gz.BODY and a.related is not None and a.related.kind == gz.STATE
              and a.label.split()[-1].lower() in (lemma, noun.lower_)}
    return bodies.pop() if len(bodies) == 1 else None
