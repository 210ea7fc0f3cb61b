"""A Wikidata-shaped graph of every gazetteer entity, for timing `accord link` against a local server.

The test fixture (tests/data/wikidata/fixture.ttl) holds a dozen entities with real facts; timed against it,
a refresh of the gazetteer's 534 entities gets empty answers for all but those. This graph gives every entity
what the Wikidata Query Service would send back in kind and about in size: labels and descriptions in the six UN
languages, P31, capital, ISO codes and an English Wikipedia sitelink for states, full statements with P580/P582
qualifiers and time values for the gazetteer's dated offices, P463 memberships of its organisations, and a P530
statement from every state to every other (Wikidata has about 190 for most states). The facts the gazetteer
holds are its own; the labels in other languages, descriptions, foreign-minister position items
(https://w3id.org/accord/bench/position/...) and the full P530 mesh are made up for volume and say so in their
text. Nothing here ships as data or reaches a store outside the benchmark.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from accord import gazetteer

WD, WDT, P, PS, PQ, PQV = ("http://www.wikidata.org/entity/", "http://www.wikidata.org/prop/direct/",
                           "http://www.wikidata.org/prop/", "http://www.wikidata.org/prop/statement/",
                           "http://www.wikidata.org/prop/qualifier/", "http://www.wikidata.org/prop/qualifier/value/")
WDS, WDV, WIKIBASE = ("http://www.wikidata.org/entity/statement/", "http://www.wikidata.org/value/",
                      "http://wikiba.se/ontology#")
SCHEMA, RDFS = "http://schema.org/", "http://www.w3.org/2000/01/rdf-schema#"
DATETIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
KIND = {gazetteer.STATE: "Q3624078", gazetteer.PERSON: "Q5", gazetteer.ORGANIZATION: "Q484652",
        gazetteer.BODY: "Q327333"}
OFFICE_PROPERTY = {"head_of_state": "P35", "head_of_government": "P6"}
FOREIGN_MINISTER = "Q7330070"
POSITION = "https://w3id.org/accord/bench/position/"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _statement(item: str, prop: str, value: str, key: str, start=None, end=None) -> Iterator[ox.Triple]:
    """A full statement: p:/ps: links, normal rank, and start/end qualifiers with their time values."""
    st = _n(f"{WDS}{key}")
    yield ox.Triple(_n(WD + item), _n(P + prop), st)
    yield ox.Triple(st, _n(PS + prop), _n(value))
    yield ox.Triple(st, _n(WIKIBASE + "rank"), _n(WIKIBASE + "NormalRank"))
    for qualifier, day in (("P580", start), ("P582", end)):
        if day is None:
            continue
        stamp = ox.Literal(f"{day.isoformat()}T00:00:00Z", datatype=DATETIME)
        time_value = _n(f"{WDV}{key}-{qualifier}")
        yield ox.Triple(st, _n(PQ + qualifier), stamp)
        yield ox.Triple(st, _n(PQV + qualifier), time_value)
        yield ox.Triple(time_value, _n(WIKIBASE + "timeValue"), stamp)
        yield ox.Triple(time_value, _n(WIKIBASE + "timePrecision"), ox.Literal("11", datatype=INTEGER))


def triples(gaz: gazetteer.Gazetteer | None = None) -> Iterator[ox.Triple]:
    """The Wikidata-shaped triples for every entity of `gaz` (the project's gazetteer by default)."""
    gaz = gaz or gazetteer.default()
    states = sorted(q for q, e in gaz.entities.items() if e.kind == gazetteer.STATE)
    for q, entity in sorted(gaz.entities.items()):
        item = _n(WD + q)
        for lang in LANGUAGES:
            label = entity.name if lang == "en" else f"{entity.name} (synthetic {lang} label)"
            yield ox.Triple(item, _n(RDFS + "label"), ox.Literal(label, language=lang))
            yield ox.Triple(item, _n(SCHEMA + "description"),
                            ox.Literal(f"synthetic {lang} description of {entity.kind.lower()} {q}", language=lang))
        if entity.kind in KIND:
            yield ox.Triple(item, _n(WDT + "P31"), _n(WD + KIND[entity.kind]))
        article = _n("https://en.wikipedia.org/wiki/" + entity.name.replace(" ", "_"))
        yield ox.Triple(article, _n(SCHEMA + "about"), item)
        yield ox.Triple(article, _n(SCHEMA + "isPartOf"), _n("https://en.wikipedia.org/"))
        if entity.capital_wikidata:
            yield ox.Triple(item, _n(WDT + "P36"), _n(WD + entity.capital_wikidata))
        for member in entity.members:
            yield from _statement(member, "P463", WD + q, f"{member}-P463-{q}")
    for q in states:
        for other in states:
            if other != q:
                yield from _statement(q, "P530", WD + other, f"{q}-P530-{other}")
    for n, role in enumerate(gaz.roles):
        key = f"{role.of}-{role.role}-{n}"
        if role.role in OFFICE_PROPERTY:
            yield from _statement(role.of, OFFICE_PROPERTY[role.role], WD + role.person, key, role.start, role.end)
        elif role.role == "foreign_minister":
            position = f"{POSITION}foreign-minister-{role.of}"
            yield ox.Triple(_n(position), _n(WDT + "P279"), _n(WD + FOREIGN_MINISTER))
            yield ox.Triple(_n(position), _n(WDT + "P1001"), _n(WD + role.of))
            yield from _statement(role.person, "P39", position, key, role.start, role.end)


def ntriples(gaz: gazetteer.Gazetteer | None = None) -> str:
    """`triples(gaz)` as N-Triples text."""
    return "".join(f"{t} .\n" for t in triples(gaz))
