"""Who speaks in a document written in the first person: the state its "we" is, and "the Government" alone."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from .. import gazetteer as gz
from . import syntax as sx
from .actorwords import FIRST_PLURAL, PARLIAMENT_MARKERS, PARLIAMENT_TITLES, UK
from .found import Found, Resolution, actor_of
from .records import ActorRef


def home_state(res: Resolution, gazetteer: gz.Gazetteer) -> ActorRef | None:
    """The state a document written in the first person speaks for: the United Kingdom in a statement
    to Parliament ("Mr Speaker", "the House", "noble Lords", or a debate's title); else the state that is most
    often the subject of a verb in the simple present, more often than any other; None if it says no "we"."""
    doc = res.doc
    if not any(t.pos_ == "PRON" and t.lower_ in FIRST_PLURAL for t in doc):
        return None
    if in_parliament(res) and UK in gazetteer.entities:
        return actor_of(gazetteer.entities[UK])
    # a government speaks of itself in the present: "The United States condemns ...", "... calls on"
    subjects = Counter(f.actors[0] for f in res.found if len(f.actors) == 1 and f.actors[0].kind == gz.STATE
                       and sx.states_now(doc[f.start:f.end].root))
    ranked = subjects.most_common(2)
    if not ranked:
        # or of itself to come: "the United States will respond", "... will continue to support"
        subjects = Counter(f.actors[0] for f in res.found if len(f.actors) == 1 and f.actors[0].kind == gz.STATE
                           and sx.announces(doc[f.start:f.end].root))
        ranked = subjects.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def government(token: Token, home: ActorRef | None, res: Resolution) -> Found | None:
    """"The government" alone: the state whose statement it is ("the Government concluded"), else, in a text
    not in the first person, the state it last made a subject ("Iran ... the government responded with")."""
    if token.lower_ != "government" or token.tag_ not in ("NN", "NNP") \
            or [c.lower_ for c in token.lefts] != ["the"] \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) or sx.is_location(token):
        return None
    if home is None and any(t.pos_ == "PRON" and t.lower_ in FIRST_PLURAL for t in res.doc):
        return None       # a first-person text whose state is not known: "the Government" is the speaker's
    state = home or sx.salient(token, res, gz.STATE)
    return Found(token.i - 1, token.i + 1, (state,)) if state else None


def in_parliament(res: Resolution) -> bool:
    """Whether a document is spoken in the UK Parliament: its text addresses the House ("Mr Speaker", "the hon.
    Gentleman") or its title is that of a debate's record ("..., House of Commons, ...")."""
    return any(marker in res.doc.text for marker in PARLIAMENT_MARKERS) \
        or any(marker in res.title for marker in PARLIAMENT_TITLES)
