"""Content negotiation: which result or graph format a request accepts, by Accept header or ?format=."""

from __future__ import annotations

from collections.abc import Mapping

# Server preference comes first in each table: the first acceptable entry wins a tie.
RESULTS = {
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
GRAPHS = {
    "text/turtle": "turtle", "application/n-triples": "ntriples", "application/trig": "trig",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
    "text/plain": "ntriples", "application/json": "jsonld",
}
TABLES = {"application/json": "json", "text/csv": "csv"}
# What a response says it is, per format name.
MEDIA_TYPES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples", "trig": "application/trig",
    "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml",
}
# Short names a ?format= parameter may use (browsers cannot set Accept on a download link).
ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld", "rdf": "rdfxml"}


def accepted(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values, malformed q-values read as 0.

    >>> accepted("text/csv;q=0.5, application/json")
    [('text/csv', 0.5), ('application/json', 1.0)]
    """
    ranges = []
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            key, _, val = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(val), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]]) -> float:
    kind = media_type.split("/")[0]
    best, specificity = 0.0, -1
    for rng, q in ranges:
        level = 2 if rng == media_type else 1 if rng == f"{kind}/*" else 0 if rng == "*/*" else -1
        if level > specificity:
            best, specificity = q, level
    return best if specificity >= 0 else 0.0


def choose(accept: str | None, offers: Mapping[str, str], requested: str | None = None) -> str | None:
    """The format name to answer with, or None when nothing offered is acceptable.

    A `requested` format name (from ?format=) overrides the header; no header means the first offer.

    >>> choose("text/csv, */*;q=0.1", RESULTS)
    'csv'
    >>> choose("text/html, application/xml;q=0.9", GRAPHS) is None
    True
    >>> choose(None, GRAPHS, "ttl")
    'turtle'
    """
    names = list(dict.fromkeys(offers.values()))
    if requested:
        name = ALIASES.get(requested.lower(), requested.lower())
        return name if name in names else None
    ranges = accepted(accept)
    if not ranges:
        return names[0]
    best, best_q = None, 0.0
    for media_type, name in offers.items():
        q = _quality(media_type, ranges)
        if q > best_q:
            best, best_q = name, q
    return best
