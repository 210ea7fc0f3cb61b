"""The links graphs: owl:sameAs from accord's actors and places to Wikidata, one graph per source of links."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

from .. import gazetteer, paths
from ..errors import LinkError
from ..documents import slug
from ..namespaces import ID, WD, bind_prefixes

GAZETTEER_LINKS = ID["graph/links/gazetteer"]
REVIEWED_LINKS = ID["graph/links/reviewed"]
REVIEWED = paths.DATA / "linking" / "reviewed.tsv"
REVIEWED_COLUMNS = ("label", "wikidata", "kind", "score", "evidence", "reviewed_by", "reviewed_on")


@dataclass(frozen=True)
class ReviewedLink:
    """A reconciliation a person accepted: the actor accord minted for `label` is the Wikidata entity `wikidata`."""

    label: str
    wikidata: str
    kind: str
    score: float
    evidence: str
    reviewed_by: str
    reviewed_on: str


def read_reviewed(path: Path | None = None) -> list[ReviewedLink]:
    """The accepted links in data/linking/reviewed.tsv (none when the file is missing).

    Raises:
        LinkError: a row is malformed.
    """
    path = path or REVIEWED
    if not path.exists():
        return []
    links = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            try:
                link = ReviewedLink(row["label"], row["wikidata"], row["kind"], float(row["score"]),
                                    row["evidence"], row["reviewed_by"], row["reviewed_on"])
            except (KeyError, TypeError, ValueError):
                raise LinkError(f"{path}:{n}: want the columns {', '.join(REVIEWED_COLUMNS)}") from None
            if not link.wikidata.startswith("Q") or not link.wikidata[1:].isdigit():
                raise LinkError(f"{path}:{n}: {link.wikidata!r} is not a Wikidata id")
            links.append(link)
    return links


def gazetteer_links(gaz: gazetteer.Gazetteer | None = None) -> Graph:
    """owl:sameAs for every gazetteer actor and place to its Wikidata entity.

    A state is an actor; where a text names it as a place, that place is a different resource (Place and Actor
    are disjoint) and gets no owl:sameAs, so only non-state places and capitals appear here as places.
    """
    gaz = gaz or gazetteer.default()
    g = _graph(GAZETTEER_LINKS, "accord's gazetteer (data/gazetteer/*.tsv), ids checked as its README says")
    for q, entity in sorted(gaz.entities.items()):
        node = ID[f"place/{q}"] if entity.kind == gazetteer.PLACE else ID[f"actor/{q}"]
        g.add((node, OWL.sameAs, WD[q]))
    return g


def reviewed_links(links: list[ReviewedLink] | None = None) -> Graph:
    """owl:sameAs for each accepted link: from the actor later ingests mint for it (the gazetteer reads the
    reviewed file, so the label now resolves to the Wikidata id) and from the one earlier ingests minted."""
    links = read_reviewed() if links is None else links
    g = _graph(REVIEWED_LINKS, "reconciliation candidates accepted by a reviewer (data/linking/reviewed.tsv)")
    for link in links:
        for node in (ID[f"actor/{link.wikidata}"], ID[f"actor/{slug(link.label)}"]):
            g.add((node, OWL.sameAs, WD[link.wikidata]))
    return g


def _graph(name, source: str) -> Graph:
    g = bind_prefixes(Graph())
    g.add((name, RDF.type, PROV.Entity))
    g.add((name, RDFS.label, Literal("owl:sameAs links from " + source, lang="en")))
    g.add((name, DCTERMS.source, Literal(source)))
    return g
