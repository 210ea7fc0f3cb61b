"""Wikidata's answers (or the same rows built from the gazetteer) mapped onto accord's vocabulary, with provenance."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from ..extract.graph import OFFICES, tenure_iri
from ..namespaces import ACC, ID, SCHEMA, WD, XSD, bind_prefixes
from .wikidata import qid

ENRICHMENT_GRAPH = ID["graph/enrichment"]
LINKS_ENRICHMENT_GRAPH = ID["graph/links/enrichment"]
DBPEDIA = "http://dbpedia.org/resource/"
GEONAMES = "https://sws.geonames.org/"
ENWIKI = "https://en.wikipedia.org/wiki/"
# Wikidata classes whose instances are an accord kind; anything else says nothing about the kind.
KINDS = {"Q3624078": "State", "Q5": "Person", "Q484652": "InternationalOrganization", "Q327333": "GovernmentBody"}
ACTOR_KINDS = ("State", "Person", "GovernmentBody", "InternationalOrganization")
_POINT = re.compile(r"^\s*Point\(\s*(-?[0-9.]+)\s+(-?[0-9.]+)\s*\)\s*$", re.I)


@dataclass(frozen=True)
class Retrieval:
    """Where rows came from: an endpoint and its queries at a time, or accord's own gazetteer."""

    source: str                       # the endpoint URL, or a path such as "data/gazetteer"
    retrieved: str                    # ISO 8601 date-time
    method: str = "sparql"            # "sparql" or "gazetteer"
    queries: tuple[tuple[str, str], ...] = ()   # (name, text as sent)

    @property
    def iri(self) -> URIRef:
        # The queries carry the batch's ids, so two batches sent within the same second stay apart.
        text = "\n".join([self.source, self.retrieved, *(q for _, q in self.queries)])
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        return ID[f"retrieval/{digest}"]


@dataclass(frozen=True)
class Entry:
    """Everything learnt about one Wikidata entity: rows by query name ("labels", "facts", "statements")."""

    qid: str
    retrieval: Retrieval
    rows: Mapping[str, list[dict]] = field(default_factory=dict)


def value(row: dict, name: str) -> str | None:
    cell = row.get(name)
    return cell.get("value") if isinstance(cell, dict) else None


def date_literal(text: str | None, precision: str | None) -> Literal | None:
    """A Wikidata time as xsd:date, xsd:gYearMonth or xsd:gYear by its precision (11 day, 10 month, 9 year).

    >>> date_literal("2012-05-07T00:00:00Z", "11"), date_literal("1999-01-01T00:00:00Z", "9")
    (rdflib.term.Literal('2012-05-07', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')), rdflib.term.Literal('1999', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYear')))
    >>> date_literal("-0500-01-01T00:00:00Z", "9") is None
    True
    """
    if not text or not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    day, p = text[:10], int(precision) if precision and precision.isdigit() else 11
    if p >= 11:
        return Literal(day, datatype=XSD.date)
    if p == 10:
        return Literal(day[:7], datatype=XSD.gYearMonth)
    if p == 9:
        return Literal(day[:4], datatype=XSD.gYear)
    return None


def _slug(*parts: str) -> str:
    return "/".join(part.replace("/", "-") for part in parts)


class Mapper:
    """Turns entries into the enrichment graph and the enrichment links graph.

    `kind_of(qid)` is what the gazetteer says an entity is ("State", "Place", ...), or None when it does not know:
    places get place IRIs, and Wikidata's classes never override a kind the gazetteer gives.
    """

    def __init__(self, kind_of: Callable[[str], str | None]):
        self.kind_of = kind_of
        self.graph = bind_prefixes(Graph())
        self.links = bind_prefixes(Graph())

    def subject(self, q: str) -> URIRef:
        return ID[f"place/{q}"] if self.kind_of(q) == "Place" else ID[f"actor/{q}"]

    def add_all(self, entries: Iterable[Entry]) -> Mapper:
        for entry in entries:
            self.add(entry)
        return self

    def add(self, entry: Entry) -> None:
        g, s, activity = self.graph, self.subject(entry.qid), entry.retrieval.iri
        self._retrieval(entry.retrieval)
        g.add((activity, PROV.used, WD[entry.qid]))
        for row in entry.rows.get("labels", []):
            text = row.get("text") or {}
            lang = text.get("xml:lang")
            if not lang or "value" not in text:
                continue
            prop = SKOS.prefLabel if value(row, "what") == "label" else SCHEMA.description
            g.add((s, prop, Literal(text["value"], lang=lang)))
        for row in entry.rows.get("facts", []):
            self._fact(entry.qid, s, value(row, "what"), value(row, "value"), activity)
        for row in entry.rows.get("statements", []):
            self._statement(entry.qid, s, row, activity)

    def _retrieval(self, r: Retrieval) -> None:
        g, a = self.graph, r.iri
        if (a, RDF.type, PROV.Activity) in g:
            return
        g.add((a, RDF.type, PROV.Activity))
        g.add((a, PROV.endedAtTime, Literal(r.retrieved, datatype=XSD.dateTime)))
        g.add((a, DCTERMS.source, URIRef(r.source) if r.source.startswith(("http://", "https://"))
               else Literal(r.source)))
        if r.method == "gazetteer":
            g.add((a, RDFS.comment, Literal("Built from accord's own gazetteer (data/gazetteer/*.tsv), whose facts "
                                            "were recorded from Wikidata; not fetched from an endpoint.", lang="en")))
        for _name, text in r.queries:
            g.add((a, ACC.sparqlQuery, Literal(text)))
        g.add((ENRICHMENT_GRAPH, PROV.wasGeneratedBy, a))
        self.links.add((LINKS_ENRICHMENT_GRAPH, PROV.wasGeneratedBy, a))

    def _kind(self, q: str, s: URIRef, kind: str | None) -> None:
        known = self.kind_of(q)
        # Only for entities the gazetteer does not know: the documents' graphs already type the others, and a
        # triple restated in a second graph is a second row wherever a query reads the union of the graphs.
        if kind in ACTOR_KINDS and known is None and str(s).startswith(str(ID["actor/"])):
            self.graph.add((s, RDF.type, getattr(ACC, kind)))

    def _other(self, q: str, label: str | None, kind: str | None = None) -> URIRef:
        """An entity a statement points to: its IRI, a Wikidata link, and a label when the gazetteer lacks it."""
        o = self.subject(q)
        if label:
            self.graph.add((o, SKOS.prefLabel, Literal(label, lang="en")))
        if self.kind_of(q) is None:
            if label:
                self.graph.add((o, RDFS.label, Literal(label)))
            if kind:
                self._kind(q, o, kind)
            if kind != "Place":
                self.links.add((o, OWL.sameAs, WD[q]))
        return o

    def _fact(self, q: str, s: URIRef, what: str | None, raw: str | None, activity: URIRef) -> None:
        g = self.graph
        if not what or raw is None:
            return
        if what == "instance_of":
            self._kind(q, s, KINDS.get(qid(raw) or ""))
        elif what == "kind":
            self._kind(q, s, raw)
        elif what == "capital" and qid(raw):
            c = qid(raw)
            place = ID[f"place/{c}"]
            g.add((s, ACC.capital, place))
            if self.kind_of(c) is None:
                g.add((place, RDF.type, ACC.Place))
            self.links.add((place, OWL.sameAs, WD[c]))
        elif what == "iso2":
            g.add((s, ACC.iso3166Alpha2, Literal(raw)))
        elif what == "iso3":
            g.add((s, ACC.iso3166Alpha3, Literal(raw)))
        elif what == "geonames" and raw.isdigit():
            g.add((s, ACC.geonamesId, Literal(raw)))
            # A GeoNames feature is a place: the same thing as a place, only related to a state as an actor.
            link = OWL.sameAs if self.kind_of(q) == "Place" else RDFS.seeAlso
            self.links.add((s, link, URIRef(f"{GEONAMES}{raw}/")))
        elif what == "coordinates":
            m = _POINT.match(raw)
            if m:
                g.add((s, SCHEMA.longitude, Literal(m.group(1), datatype=XSD.decimal)))
                g.add((s, SCHEMA.latitude, Literal(m.group(2), datatype=XSD.decimal)))
        elif what == "enwiki" and raw.startswith(ENWIKI):
            title = unquote(raw[len(ENWIKI):])
            if title:
                self.links.add((s, OWL.sameAs, URIRef(DBPEDIA + title.replace(" ", "_"))))

    def _statement(self, q: str, s: URIRef, row: dict, activity: URIRef) -> None:
        g = self.graph
        what, other = value(row, "what"), qid(value(row, "value") or "")
        if not what or not other:
            return
        start = date_literal(value(row, "start"), value(row, "startPrecision"))
        end = date_literal(value(row, "end"), value(row, "endPrecision"))
        label = value(row, "valueLabel")
        since = str(start) if start is not None else "undated"
        if what in OFFICES:
            person = self._other(other, label, "Person")
            t = tenure_iri(q, what, other, str(start) if start is not None else None)
            g.add((t, RDF.type, ACC.Tenure))
            g.add((t, ACC.holder, person))
            g.add((t, ACC.office, OFFICES[what]))
            g.add((t, ACC.officeOf, s))
            self._dates(t, start, end, activity)
        elif what == "member_of":
            org = self._other(other, label)
            m = ID[f"membership/{_slug(q, other, since)}"]
            g.add((m, RDF.type, ACC.Membership))
            g.add((m, ACC.memberActor, s))
            g.add((m, ACC.organization, org))
            self._dates(m, start, end, activity)
            if end is None:
                g.add((s, ACC.memberOf, org))
        elif what == "diplomatic_relation":
            g.add((s, ACC.diplomaticRelation, self._other(other, label)))

    def _dates(self, node: URIRef, start: Literal | None, end: Literal | None, activity: URIRef) -> None:
        if start is not None:
            self.graph.add((node, ACC.startDate, start))
        if end is not None:
            self.graph.add((node, ACC.endDate, end))
        self.graph.add((node, PROV.wasGeneratedBy, activity))
