"""A numbered group of persons that the next sentence names: "sanctioned two officials. A was ... and B is ..."."""

from __future__ import annotations

from dataclasses import replace

from .. import gazetteer as gz
from .mentions import Resolution
from .records import Act

NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# nouns of persons whose names a statement gives after the count: "designated three individuals"
PERSONS = {"official", "individual", "person", "leader", "minister", "commander", "general", "oligarch",
           "executive", "judge", "officer", "member"}


def named_after(res: Resolution, acts: list[tuple[int, Act]]) -> list[tuple[int, Act]]:
    """Replace a target that is a count of persons ("two officials") by the persons whose clauses the next
    sentence opens, when it opens exactly that many and none was named before; otherwise leave it."""
    out = []
    for i, act in acts:
        targets = []
        for target in act.targets:
            targets.extend(_persons_named(res, act, target) or (target,))
        out.append((i, replace(act, targets=tuple(dict.fromkeys(targets))) if list(targets) != list(act.targets)
                    else act))
    return out


def _persons_named(res: Resolution, act: Act, target) -> tuple:
    if target.kind != gz.GROUP or target.wikidata:
        return ()
    doc = res.doc
    found = next((f for f in res.found if f.actors == (target,)
                  and act.evidence.start <= doc[f.start].idx < act.evidence.end), None)
    if found is None:
        return ()
    head = doc[found.end - 1]
    count = next((NUMBERS[c.lower_] for c in head.children if c.dep_ == "nummod" and c.lower_ in NUMBERS), None)
    if count is None or head.lemma_.lower() not in PERSONS:
        return ()
    sentence = head.sent
    if sentence.end >= len(doc):
        return ()
    following = doc[sentence.end].sent
    # the persons it newly names, exactly as many as counted: one named before is not one of the group
    known = {a for f in res.found if f.start < following.start for a in f.actors}
    persons = list(dict.fromkeys(f.actors[0] for f in res.found if following.start <= f.start < following.end
                                 and len(f.actors) == 1 and f.actors[0].kind == gz.PERSON
                                 and _opens_clause(doc, f.start, following.start)))
    return tuple(persons) if len(persons) == count and not known.intersection(persons) else ()


def _opens_clause(doc, start: int, sentence_start: int) -> bool:
    """Whether a name begins a clause of its sentence, as the subject it is told about: "A was the minister
    and B is a judge" (the small parser may read B as a conjunct of "the minister"), not "the detention of C"."""
    return start == sentence_start or doc[start - 1].lower_ in ("and", ";", "while", "whereas") \
        or doc[start].head.dep_ in ("nsubj", "nsubjpass") and doc[start].head.i >= start
