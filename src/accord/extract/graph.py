"""An Extraction as RDF: the triples of one document's named graph, in accord's vocabulary."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

from ..gazetteer import default as default_gazetteer
from ..namespaces import ACC, CAMEO, ID, SCHEMA, WD, XSD, bind_prefixes
from .records import Act, ActorRef, Alliance, Extraction, PlaceRef, Span

MODALITY = {"asserted": ACC.Asserted, "threatened": ACC.Threatened, "intended": ACC.Intended,
            "requested": ACC.Requested, "hypothetical": ACC.Hypothetical, "negated": ACC.Negated}
RELATIONS = {"leaderOf": ACC.leaderOf, "officialOf": ACC.officialOf, "bodyOf": ACC.bodyOf,
             "associatedWith": ACC.associatedWith, "allyOf": ACC.allyOf}


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which also names its graph in the store."""
    return ID[f"doc/{doc_id}"]


def actor_iri(actor: ActorRef) -> URIRef:
    """Derived from the Wikidata id where known, so the same actor has one IRI in every document.

    >>> actor_iri(ActorRef("Russia", "State", "Q159"))
    rdflib.term.URIRef('https://w3id.org/accord/id/actor/Q159')
    """
    return ID[f"actor/{actor.key}"]


def place_iri(place: PlaceRef) -> URIRef:
    return ID[f"place/{place.key}"]


def act_class(plover: str) -> URIRef:
    """The ontology class of a PLOVER type: "THREATEN" → acc:Threaten."""
    return getattr(ACC, plover.capitalize())


def to_graph(extraction: Extraction) -> Graph:
    """The document's graph: the document, its actors and places, acts, alliances, mentions and evidence."""
    g = bind_prefixes(Graph())
    doc = extraction.document
    d = document_iri(doc.id)
    g.add((d, RDF.type, ACC.Document))
    g.add((d, RDFS.label, Literal(doc.title or doc.id)))
    g.add((d, ACC.contentHash, Literal(doc.content_hash)))
    if doc.title:
        g.add((d, DCTERMS.title, Literal(doc.title)))
    if doc.url:
        g.add((d, SCHEMA.url, Literal(doc.url, datatype=XSD.anyURI)))
    if doc.published:
        g.add((d, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date)))
    for actor in extraction.actors:
        _actor(g, actor)
        _tenures(g, actor)
    for relation in extraction.relations:
        g.add((actor_iri(relation.subject), RELATIONS[relation.predicate], actor_iri(relation.object)))
    for place in extraction.places:
        _place(g, place)
    for act in extraction.acts:
        _act(g, d, doc.id, act)
    for alliance in extraction.alliances:
        _alliance(g, d, doc.id, alliance)
    for mention in extraction.mentions:
        refs = [(mention.actor.key, actor_iri(mention.actor))] if mention.actor else []
        if mention.place and not mention.actor:
            refs.append((mention.place.key, place_iri(mention.place)))
        for key, target in refs:
            m = ID[f"mention/{doc.id}/{mention.span.start}-{mention.span.end}/{key}"]
            g.add((m, RDF.type, ACC.Mention))
            g.add((m, ACC.mentionOf, target))
            _span(g, m, mention.span, d)
    return g


def _actor(g: Graph, actor: ActorRef) -> None:
    a = actor_iri(actor)
    g.add((a, RDF.type, getattr(ACC, actor.kind)))
    g.add((a, RDFS.label, Literal(actor.label)))
    if actor.wikidata:
        g.add((a, OWL.sameAs, WD[actor.wikidata]))
        g.add((a, ACC.wikidataId, Literal(actor.wikidata)))


# The gazetteer's role names, as the ontology's offices.
OFFICES = {"head_of_state": ACC.HeadOfState, "head_of_government": ACC.HeadOfGovernment,
           "foreign_minister": ACC.ForeignMinister}


def tenure_iri(state: str, office: str, person: str, start: str | None) -> URIRef:
    """One IRI per holding of an office, whoever states it (a document's gazetteer roles or linking's Wikidata).

    >>> tenure_iri("Q159", "head_of_state", "Q7747", "2012-05-07")
    rdflib.term.URIRef('https://w3id.org/accord/id/tenure/Q159/head_of_state/Q7747/2012-05-07')
    """
    return ID["tenure/" + "/".join(part.replace("/", "-") for part in (state, office, person, start or "undated"))]


def _tenures(g: Graph, actor: ActorRef) -> None:
    """The dated offices the gazetteer knows for a person, so that a query can ask who held one on a day."""
    if actor.kind != "Person" or not actor.wikidata:
        return
    for role in default_gazetteer().roles:
        if role.person != actor.wikidata or role.role not in OFFICES:
            continue
        t = tenure_iri(role.of, role.role, role.person, role.start.isoformat() if role.start else None)
        g.add((t, RDF.type, ACC.Tenure))
        g.add((t, ACC.holder, actor_iri(actor)))
        g.add((t, ACC.office, OFFICES[role.role]))
        g.add((t, ACC.officeOf, ID[f"actor/{role.of}"]))
        if role.start:
            g.add((t, ACC.startDate, Literal(role.start.isoformat(), datatype=XSD.date)))
        if role.end:
            g.add((t, ACC.endDate, Literal(role.end.isoformat(), datatype=XSD.date)))


def _place(g: Graph, place: PlaceRef) -> None:
    p = place_iri(place)
    g.add((p, RDF.type, ACC.Place))
    g.add((p, RDFS.label, Literal(place.label)))
    if place.wikidata:
        # A state named as a place ("in Russia") is its territory: Place and Actor are disjoint, so only the
        # state itself is owl:sameAs the Wikidata item, and the place points to it through acc:country.
        if place.country != place.wikidata:
            g.add((p, OWL.sameAs, WD[place.wikidata]))
        g.add((p, ACC.wikidataId, Literal(place.wikidata)))
    if place.country:
        g.add((p, ACC.country, ID[f"actor/{place.country}"]))


def _span(g: Graph, node: URIRef, span: Span, doc: URIRef) -> None:
    g.add((node, ACC.text, Literal(span.text)))
    g.add((node, ACC.start, Literal(span.start)))
    g.add((node, ACC.end, Literal(span.end)))
    g.add((node, ACC.inDocument, doc))


def _evidence(g: Graph, doc: URIRef, doc_id: str, span: Span) -> URIRef:
    e = ID[f"evidence/{doc_id}/{span.start}-{span.end}"]
    g.add((e, RDF.type, ACC.Evidence))
    _span(g, e, span, doc)
    return e


def _act(g: Graph, doc: URIRef, doc_id: str, act: Act) -> None:
    a = ID[f"act/{doc_id}/{act.key}"]
    g.add((a, RDF.type, act_class(act.type)))
    g.add((a, ACC.cameoCode, Literal(act.cameo)))
    g.add((a, ACC.cameoConcept, CAMEO[act.cameo]))
    g.add((a, ACC.modality, MODALITY[act.modality]))
    g.add((a, ACC.trigger, Literal(act.trigger.text)))
    for agent in act.agents:
        g.add((a, ACC.agent, actor_iri(agent)))
    for target in act.targets:
        g.add((a, ACC.target, actor_iri(target)))
    if act.location:
        g.add((a, ACC.location, place_iri(act.location)))
    if act.topic:
        g.add((a, ACC.topic, Literal(act.topic)))
    g.add((a, ACC.evidence, _evidence(g, doc, doc_id, act.evidence)))
    g.add((a, PROV.wasDerivedFrom, doc))


def _alliance(g: Graph, doc: URIRef, doc_id: str, alliance: Alliance) -> None:
    a = ID[f"alliance/{alliance.key}"]
    g.add((a, RDF.type, ACC.Alliance))
    g.add((a, RDFS.label, Literal("–".join(m.label for m in alliance.members) + " alliance")))
    for member in alliance.members:
        g.add((a, ACC.member, actor_iri(member)))
    members = sorted(alliance.members, key=lambda m: m.key)
    for n, member in enumerate(members):
        for other in members[n + 1:]:
            g.add((actor_iri(member), ACC.allyOf, actor_iri(other)))
    g.add((a, ACC.evidence, _evidence(g, doc, doc_id, alliance.evidence)))
    g.add((a, PROV.wasDerivedFrom, doc))
