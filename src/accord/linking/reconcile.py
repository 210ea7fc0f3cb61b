"""Reconciliation: Wikidata candidates for actors without an id, scored with the evidence, accepted only when sure."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..documents import slug
from ..store import Store
from .cache import write_atomically
from .client import Client
from .links import REVIEWED, REVIEWED_COLUMNS, ReviewedLink, read_reviewed
from .mapping import KINDS, value
from .wikidata import PREFIXES, qid, with_values

THRESHOLD = 0.75
MARGIN = 0.1   # the best candidate must beat the next by this much to be accepted: a wrong link is worse than none
BATCH = 25

CANDIDATES = PREFIXES + """SELECT ?text ?item ?how ?description ?class ?country ?start ?end WHERE {
  { ?item rdfs:label ?text . BIND("label" AS ?how) } UNION { ?item skos:altLabel ?text . BIND("alias" AS ?how) }
  OPTIONAL { ?item schema:description ?description FILTER(LANG(?description) = "en") }
  OPTIONAL { ?item wdt:P31 ?class }
  OPTIONAL { ?item wdt:P17 ?country }
  OPTIONAL { ?item wdt:P571|wdt:P569 ?start }
  OPTIONAL { ?item wdt:P576|wdt:P570 ?end }
}"""

# Actors the graph names without a Wikidata id (groups have no name of their own and are never linked), with the
# state they are tied to and the dates of the documents that mention them.
UNLINKED = """SELECT ?label ?kind (SAMPLE(?c) AS ?country) (MIN(?d) AS ?date) WHERE {
  ?actor a ?class ; rdfs:label ?label .
  VALUES (?class ?kind) { (acc:Actor "Actor") (acc:State "State") (acc:Person "Person")
                          (acc:GovernmentBody "GovernmentBody") (acc:InternationalOrganization "InternationalOrganization") }
  FILTER NOT EXISTS { ?actor acc:wikidataId ?id }
  OPTIONAL { ?actor acc:associatedWith|acc:bodyOf|acc:leaderOf|acc:officialOf ?s . ?s acc:wikidataId ?c }
  OPTIONAL { ?m acc:mentionOf ?actor ; acc:inDocument ?doc . ?doc schema:datePublished ?d }
}
GROUP BY ?label ?kind
ORDER BY ?label"""


@dataclass(frozen=True)
class Unlinked:
    label: str
    kind: str
    country: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Candidate:
    """A Wikidata entity that may be the actor called `label`, with a score in [0, 1] and why."""

    label: str
    wikidata: str
    score: float
    evidence: str
    kind: str


def unlinked(store: Store) -> list[Unlinked]:
    found = []
    for s in store.query(UNLINKED):
        date = s["date"]
        found.append(Unlinked(s["label"].value, s["kind"].value, s["country"].value if s["country"] else None,
                              dt.date.fromisoformat(date.value[:10]) if date is not None else None))
    return found


def _year(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def score(actor: Unlinked, item: str, facts: dict[str, set[str]]) -> Candidate:
    """Weigh one candidate: how the name matched, whether kind, country and the document's date agree.

    >>> c = score(Unlinked("John Kerry", "Person", None, dt.date(2015, 1, 1)), "Q22316",
    ...           {"how": {"label"}, "class": {"http://www.wikidata.org/entity/Q5"}, "country": set(),
    ...            "start": {"1943-12-11T00:00:00Z"}, "end": set(), "description": set()})
    >>> c.score, c.evidence
    (0.85, 'English label matches; instance of Q5 (Person) agrees; existed on 2015-01-01')
    """
    points, why = 0.0, []
    if "label" in facts["how"]:
        points, why = 0.5, ["English label matches"]
    else:
        points, why = 0.35, ["an English alias matches"]
    kinds = {KINDS[q] for q in (qid(c) for c in facts["class"]) if q in KINDS}
    if actor.kind != "Actor" and kinds:
        points += _weigh(why, actor.kind in kinds, 0.25,
                         f"instance of {_kind_ids(actor.kind)} ({actor.kind}) agrees",
                         f"is a {'/'.join(sorted(kinds))}, not a {actor.kind}")
    elif kinds:
        points += 0.1
        why.append(f"is a {'/'.join(sorted(kinds))}")
    countries = {qid(c) for c in facts["country"]}
    if actor.country and countries:
        points += _weigh(why, actor.country in countries, 0.15, f"country {actor.country} agrees",
                         f"country {'/'.join(sorted(c for c in countries if c))} is not {actor.country}")
    if actor.date:
        starts = [d for d in map(_year, facts["start"]) if d]
        ends = [d for d in map(_year, facts["end"]) if d]
        if (starts and min(starts) > actor.date) or (ends and max(ends) < actor.date):
            points -= 0.3
            why.append(f"did not exist on {actor.date}")
        elif starts or ends:
            points += 0.1
            why.append(f"existed on {actor.date}")
    kind = actor.kind if actor.kind != "Actor" else (sorted(kinds)[0] if len(kinds) == 1 else "Actor")
    return Candidate(actor.label, item, round(max(0.0, min(1.0, points)), 2), "; ".join(why), kind)


def _weigh(why: list[str], agrees: bool, weight: float, yes: str, no: str) -> float:
    """+weight when a fact agrees, -weight when it contradicts; the reason goes into `why`."""
    why.append(yes if agrees else no)
    return weight if agrees else -weight


def _kind_ids(kind: str) -> str:
    return "/".join(sorted(q for q, k in KINDS.items() if k == kind))


def candidates(store: Store, client: Client) -> dict[str, list[Candidate]]:
    """Every unlinked actor's candidates, best first (an actor with none is absent).

    Raises:
        EndpointError: the endpoint failed.
    """
    actors = unlinked(store)
    found: dict[str, list[Candidate]] = {}
    for i in range(0, len(actors), BATCH):
        chunk = actors[i:i + BATCH]
        text = with_values(CANDIDATES, "text", [ox.Literal(a.label, language="en") for a in chunk])
        facts: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(
            lambda: {k: set() for k in ("how", "class", "country", "start", "end", "description")})
        for row in client.select(text):
            item = qid(value(row, "item") or "")
            if item:
                entry = facts[(value(row, "text") or "", item)]
                for key in entry:
                    if value(row, key):
                        entry[key].add(value(row, key))
        for actor in chunk:
            scored = [score(actor, item, f) for (label, item), f in facts.items() if label == actor.label]
            if scored:
                found[actor.label] = sorted(scored, key=lambda c: (-c.score, int(c.wikidata[1:])))
    return found


def accepted(found: dict[str, list[Candidate]], threshold: float = THRESHOLD) -> list[Candidate]:
    """The best candidate of each actor when it reaches `threshold` and beats the runner-up by MARGIN."""
    chosen = []
    for options in found.values():
        best = options[0]
        runner_up = options[1].score if len(options) > 1 else 0.0
        if best.score >= threshold and best.score - runner_up >= MARGIN:
            chosen.append(best)
    return chosen


def record(chosen: list[Candidate], *, by: str, path: Path | None = None) -> list[ReviewedLink]:
    """Add accepted links to the reviewed file (rewritten atomically); labels already there are kept as they are."""
    path = path or REVIEWED
    existing = read_reviewed(path)
    known = {link.label for link in existing}
    today = dt.date.today().isoformat()
    added = [ReviewedLink(c.label, c.wikidata, c.kind, c.score, c.evidence, by, today)
             for c in chosen if c.label not in known and slug(c.label)]
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writerow(REVIEWED_COLUMNS)
    for link in existing + added:
        writer.writerow([link.label, link.wikidata, link.kind, f"{link.score:.2f}", link.evidence.replace("\t", " "),
                         link.reviewed_by, link.reviewed_on])
    write_atomically(path, out.getvalue())
    return added
