"""accord's data describing itself in VoID and DCAT: size, classes, link sets, licences and source documents."""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF

from ..namespaces import ID, PREFIXES, bind_prefixes
from ..store import Store

# Open namespaces: rdflib's closed ones confuse pytest's doctest collection (it probes them for mock attributes).
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DATASET = ID["dataset"]
CC_BY = URIRef("https://creativecommons.org/licenses/by/4.0/")
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
TARGETS = {"wikidata": "http://www.wikidata.org/entity/", "dbpedia": "http://dbpedia.org/resource/",
           "geonames": "https://sws.geonames.org/"}
FORMATS = {"trig": "application/trig", "nquads": "application/n-quads", "jsonld": "application/ld+json"}


def _count(store: Store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)


def describe(store: Store) -> Graph:
    """The VoID/DCAT description of what `store` holds, counted from the store itself."""
    g = bind_prefixes(Graph())
    g.bind("void", VOID)
    g.bind("dcat", DCAT)
    d = DATASET
    g.add((d, RDF.type, VOID.Dataset))
    g.add((d, RDF.type, DCAT.Dataset))
    g.add((d, DCTERMS.title, Literal("accord: actors, alliances and diplomatic acts in the news", lang="en")))
    g.add((d, DCTERMS.description, Literal(
        "Acts, alliances and actors extracted from news documents, each act with the sentence it rests on; "
        "actors and places linked to Wikidata, DBpedia and GeoNames.", lang="en")))
    # The extracted graphs inherit the documents' licence (the sample is CC BY 4.0); Wikidata's facts are CC0.
    g.add((d, DCTERMS.license, CC_BY))
    g.add((d, VOID.uriSpace, Literal(PREFIXES["id"])))
    g.add((d, VOID.vocabulary, URIRef(PREFIXES["acc"])))
    g.add((d, VOID.triples, Literal(len(store))))
    g.add((d, VOID.entities, Literal(_count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }"))))
    for s in store.query("SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c . "
                         "FILTER(STRSTARTS(STR(?c), STR(acc:))) } GROUP BY ?c ORDER BY ?c"):
        part = ID[f"dataset/class/{s['c'].value.rsplit('#', 1)[-1]}"]
        g.add((d, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(s["c"].value)))
        g.add((part, VOID.entities, Literal(int(s["n"].value))))
    for s in store.query("SELECT ?doc ?url WHERE { ?doc a acc:Document OPTIONAL { ?doc schema:url ?url } } "
                         "ORDER BY ?doc"):
        g.add((d, DCTERMS.source, URIRef(s["doc"].value)))
        if s["url"] is not None:
            g.add((URIRef(s["doc"].value), DCAT.landingPage, URIRef(s["url"].value)))
    same = {(s["s"].value, s["o"].value) for s in store.query("SELECT DISTINCT ?s ?o WHERE { ?s owl:sameAs ?o }")}
    for name, prefix in TARGETS.items():
        n = len([o for _, o in same if o.startswith(prefix)])
        if not n:
            continue
        links = ID[f"dataset/links/{name}"]
        g.add((d, VOID.subset, links))
        g.add((links, RDF.type, VOID.Linkset))
        g.add((links, VOID.linkPredicate, OWL.sameAs))
        g.add((links, VOID.subjectsTarget, d))
        g.add((links, VOID.objectsTarget, ID[f"dataset/{name}"]))
        g.add((links, VOID.triples, Literal(n)))
        g.add((ID[f"dataset/{name}"], VOID.uriSpace, Literal(prefix)))
        g.add((links, DCTERMS.license, CC0))
    for fmt, media in FORMATS.items():
        dist = ID[f"dataset/distribution/{fmt}"]
        g.add((d, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.mediaType, Literal(media)))
        g.add((dist, DCTERMS.description, Literal(f"accord export --format {fmt}", lang="en")))
    g.add((d, DCTERMS.conformsTo, URIRef(PREFIXES["acc"].rstrip("#"))))
    return g
