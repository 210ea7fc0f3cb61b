"""Scoring extractions against gold passages: acts by PLOVER type, modality, and actors by Wikidata id."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import gazetteer as gz
from ..extract import ActorRef, Extraction
from .gold import GoldAct, GoldActor, GoldSet, Passage, PLOVER_TYPES

_DROP = re.compile(r"[^a-z0-9 ]+")
_LEADING = ("the ", "a ", "an ")
# Parts of a person's name that its text form carries and its usual name often drops.
_NAME_EXTRAS = {"jr", "sr", "ii", "iii", "iv"}
# Relations of an extracted actor that are acc:actsFor (a group's acc:associatedWith and acc:allyOf are not).
ACTS_FOR = ("leaderOf", "officialOf", "bodyOf")


def normalise(name: str) -> str:
    """A name reduced for comparison: case, accents, punctuation, a leading article and a possessive go.

    >>> normalise("The U.S.-led Coalition's")
    'us led coalition'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    text = re.sub(r"'s?$", "", text).replace(".", "")
    text = " ".join(_DROP.sub(" ", text).split())
    for article in _LEADING:
        if text.startswith(article):
            text = text[len(article):]
    return text


def name_key(name: str) -> str:
    """A normalised name without middle initials and generational suffixes: gold labels are usual names
    ("Lloyd Austin"), the text has its full form ("Lloyd J. Austin III").

    >>> name_key("Lloyd J. Austin III") == name_key("Lloyd Austin")
    True
    """
    words = normalise(name).split()
    kept = [w for w in words if len(w) > 1 and w not in _NAME_EXTRAS]
    return " ".join(kept if len(kept) > 1 else words)


@dataclass(frozen=True)
class Counts:
    """Act counts of one PLOVER type (or of all): gold, predicted, matched, and modality on matched acts."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0                 # pairs of a gold and an extracted act, each used once
    type_hits: int = 0               # acts of the type found, actors aside (min of gold and predicted per passage)
    modality_judged: int = 0
    modality_right: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple())))

    def as_tuple(self) -> tuple[int, ...]:
        return (self.gold, self.predicted, self.matched, self.type_hits, self.modality_judged, self.modality_right)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def type_f1(self) -> float:
        return _f1(_ratio(self.type_hits, self.predicted), _ratio(self.type_hits, self.gold))

    @property
    def modality_accuracy(self) -> float | None:
        return self.modality_right / self.modality_judged if self.modality_judged else None


@dataclass(frozen=True)
class Report:
    """The scores of one gold set."""

    name: str
    passages: int
    by_type: dict[str, Counts]
    actors_gold: int
    actors_predicted: int
    actors_matched: int               # Wikidata ids both the gold and the extraction hold
    errors: dict[str, int] = field(default_factory=dict)
    # The same count over every actor the extraction finds in the text, named by an act or not: how well actors
    # are recognised, apart from whether an act was found for them.
    found_predicted: int = 0
    found_matched: int = 0

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_type.values():
            total = total + counts
        return total

    @property
    def types(self) -> list[str]:
        """The PLOVER types that occur in the gold or the predictions, in PLOVER order."""
        return [t for t in PLOVER_TYPES if self.by_type.get(t, Counts()).gold or self.by_type.get(t, Counts()).predicted]

    @property
    def macro_f1(self) -> float:
        """Mean act F1 over the types that the gold holds."""
        return _mean([self.by_type[t].f1 for t in self.types if self.by_type[t].gold])

    @property
    def macro_type_f1(self) -> float:
        """Mean F1 of PLOVER types alone (acts counted by type, actors aside) over the types the gold holds."""
        return _mean([self.by_type[t].type_f1 for t in self.types if self.by_type[t].gold])

    @property
    def actor_precision(self) -> float:
        return _ratio(self.actors_matched, self.actors_predicted)

    @property
    def actor_recall(self) -> float:
        return _ratio(self.actors_matched, self.actors_gold)

    @property
    def found_precision(self) -> float:
        return _ratio(self.found_matched, self.found_predicted)

    @property
    def found_recall(self) -> float:
        return _ratio(self.found_matched, self.actors_gold)


def score(gold: GoldSet, extractions: list[Extraction], gazetteer: gz.Gazetteer) -> Report:
    """Compare each passage's extraction (in the same order as `gold.passages`) with its gold."""
    by_type: dict[str, Counts] = {}
    errors: Counter[str] = Counter()
    named, found = [0, 0, 0], [0, 0, 0]
    for passage, extraction in zip(gold.passages, extractions, strict=True):
        ids = _Identities(gazetteer, passage)
        for plover, counts in _score_acts(passage, extraction, ids, errors).items():
            by_type[plover] = by_type.get(plover, Counts()) + counts
        for totals, actors in ((named, named_actors(extraction)), (found, extraction.actors)):
            for n, value in enumerate(_score_actors(passage, actors, ids)):
                totals[n] += value
    return Report(gold.name, len(gold.passages), dict(sorted(by_type.items())), *named,
                  errors=dict(sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))),
                  found_predicted=found[1], found_matched=found[2])


class _Identities:
    """What a predicted actor can be matched by in one passage: its ids (with the states it acts for: a
    leader or official on the passage's date, a body, a group tied to a state) and its normalised names."""

    def __init__(self, gazetteer: gz.Gazetteer, passage: Passage):
        self.gaz = gazetteer
        self.passage = passage

    def ids(self, actor: ActorRef, *, acting_for: bool = True, tied: bool = True) -> set[str]:
        """The actor's id and, with `acting_for`, the ids of the states it acts for (as acc:actsFor does: a
        leader or official on the passage's date, a body); with `tied` as well, the actor a group is
        associated with or allied to ("Russian companies" → Russia), which is not acting for it."""
        out = {actor.wikidata} if actor.wikidata else set()
        if not acting_for:
            return out
        if actor.related is not None and actor.related.wikidata and (tied or actor.relation in ACTS_FOR):
            out.add(actor.related.wikidata)
            owner = self.gaz.entities.get(actor.related.wikidata)
            if owner is not None and owner.kind == gz.BODY and owner.of:
                out.add(owner.of)                       # acc:actsFor is transitive: an official of a body
        entity = self.gaz.entities.get(actor.wikidata or "")
        if entity is not None and entity.kind == gz.BODY and entity.of:
            out.add(entity.of)
        if entity is not None and entity.kind == gz.PERSON:
            out.update(r.of for r in self.gaz.roles_of(entity.wikidata, self.passage.published))
            if self.passage.published is None:
                out.update(r.of for r in self.gaz.roles if r.person == entity.wikidata)
        return out

    def names(self, actor: ActorRef) -> set[str]:
        out = {name_key(actor.label)}
        if self.passage.state_level and actor.related is not None:
            out.add(name_key(actor.related.label))      # "European Community foreign ministers" acts for the EC
        entity = self.gaz.entities.get(actor.wikidata or "")
        if entity is not None:
            out.update(name_key(n) for n in (entity.name, *entity.aliases, *entity.demonyms))
        return out

    def agree(self, gold: GoldActor, actor: ActorRef) -> bool:
        if gold.wikidata:
            return gold.wikidata in self.ids(actor)
        return name_key(gold.label) in self.names(actor)


def _agree_any(gold: tuple[GoldActor, ...], predicted: tuple[ActorRef, ...], ids: _Identities) -> bool:
    return not gold or any(ids.agree(g, p) for g in gold for p in predicted)


def _score_acts(passage: Passage, extraction: Extraction, ids: _Identities,
                errors: Counter[str]) -> dict[str, Counts]:
    predicted = list(extraction.acts)
    used: set[int] = set()
    matched: dict[str, int] = Counter()
    modality: dict[str, list[int]] = {}
    absorbed: set[int] = set()
    for gold in passage.acts:
        n = _find(gold, predicted, used, ids)
        if n is None:
            errors[_miss_kind(gold, predicted, ids)] += 1
            continue
        used.add(n)
        matched[gold.type] += 1
        # A joint act ("the two leaders agreed") is one gold entry with each party as agent and target; the
        # extractor reads it as one directed act per party from the same trigger: those are one act here.
        for k, other in enumerate(predicted):
            if k not in used and other.trigger.start == predicted[n].trigger.start and other.type == gold.type \
                    and _agree_any(gold.agents, other.agents, ids) and _agree_any(gold.targets, other.targets, ids):
                used.add(k)
                absorbed.add(k)
        if gold.modality is not None:
            judged = modality.setdefault(gold.type, [0, 0])
            judged[0] += 1
            judged[1] += predicted[n].modality == gold.modality
            if predicted[n].modality != gold.modality:
                errors[f"modality {gold.modality} read as {predicted[n].modality}"] += 1
    for n, act in enumerate(predicted):
        if n not in used:
            errors[f"spurious {act.type}"] += 1
    gold_counts = Counter(a.type for a in passage.acts)
    predicted_counts = Counter(a.type for k, a in enumerate(predicted) if k not in absorbed)
    out = {}
    for plover in sorted(set(gold_counts) | set(predicted_counts)):
        judged, right = modality.get(plover, [0, 0])
        out[plover] = Counts(gold_counts[plover], predicted_counts[plover], matched[plover],
                             min(gold_counts[plover], predicted_counts[plover]), judged, right)
    return out


def _find(gold: GoldAct, predicted: list, used: set[int], ids: _Identities) -> int | None:
    for n, act in enumerate(predicted):
        if n not in used and act.type == gold.type and _agree_any(gold.agents, act.agents, ids) \
                and _agree_any(gold.targets, act.targets, ids):
            return n
    return None


def _miss_kind(gold: GoldAct, predicted: list, ids: _Identities) -> str:
    """Why a gold act found no match, for the error summary."""
    same_type = [a for a in predicted if a.type == gold.type]
    if same_type:
        if not any(_agree_any(gold.agents, a.agents, ids) for a in same_type):
            return f"{gold.type}: agent missed"
        return f"{gold.type}: target missed"
    if predicted:
        return f"{gold.type}: read as {'/'.join(sorted({a.type for a in predicted}))}"
    return f"{gold.type}: no act found"


def named_actors(extraction: Extraction) -> tuple[ActorRef, ...]:
    """The actors an extraction's acts and alliances name, once each in order: the predicted side of the actor
    scores, as the gold's `actors` are "every political actor the acts and alliances name" (an actor the text
    only mentions, such as a state named as a place, is not a prediction)."""
    named = [a for act in extraction.acts for a in act.agents + act.targets]
    named += [m for alliance in extraction.alliances for m in alliance.members]
    return tuple(dict.fromkeys(named))


def _score_actors(passage: Passage, actors: Iterable[ActorRef], ids: _Identities) -> tuple[int, int, int]:
    """Gold ids, predicted ids, and ids both hold: a predicted actor with a wrong id is a false id and leaves
    the right one a miss."""
    gold = {a.wikidata for a in passage.actors if a.wikidata}
    predicted: set[str] = set()
    for actor in actors:
        if not passage.state_level:
            # the gold lists a person and the state they act for ("Antony Blinken" and "United States"), not
            # the state a group belongs to: the prediction is the actor and the states it acts for
            predicted |= ids.ids(actor, tied=False)
            continue
        found = ids.ids(actor)
        # coded by country: a leader or body counts once, as its state
        predicted |= (found - {actor.wikidata}) or found
    return len(gold), len(predicted), len(gold & predicted)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
