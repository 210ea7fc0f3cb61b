# Generated from ontology/accord.ttl by scripts/gen_namespace.py (make namespace). Do not edit.
"""The accord vocabulary: the closed ACC namespace, the other namespaces, the one prefix map."""

from __future__ import annotations

from typing import TypeVar

import rdflib.namespace
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS

__all__ = [
    "ACC",
    "ID",
    "WD",
    "WDT",
    "CAMEO",
    "PLOVER",
    "XSD",
    "SCHEMA",
    "SEM",
    "DCTERMS",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "bind_prefixes",
]


# DefinedNamespace is reached through its module and XSD is a plain Namespace because pytest's
# doctest collection probes every module-level name, and rdflib's open namespaces warn on that.
class ACC(rdflib.namespace.DefinedNamespace):
    """Terms of the accord ontology; an undeclared name is an AttributeError, not a new IRI.

    >>> ACC.Threaten
    rdflib.term.URIRef('https://w3id.org/accord/ontology#Threaten')
    >>> ACC.Sanctoin
    Traceback (most recent call last):
    ...
    AttributeError: term 'Sanctoin' not in namespace 'https://w3id.org/accord/ontology#'
    """

    _fail = True
    _NS = Namespace("https://w3id.org/accord/ontology#")

    #: An actor criticises, condemns, blames, accuses, sues or investigates another actor.
    Accuse: URIRef
    #: Anyone who can do something in international politics or have something done to them: a
    #: state, a person, a government body, an international organisation or an unnamed group.
    Actor: URIRef
    #: An actor says it is willing or committed to cooperate: it agrees, offers, promises or pledges
    #: to do something cooperative.
    Agree: URIRef
    #: An actor provides material help whose benefit goes mainly to the target: money, arms,
    #: personnel, humanitarian relief or asylum.
    Aid: URIRef
    #: A lasting relationship of alignment between two or more actors, reported as an alliance,
    #: partnership, axis or bloc; its members are linked with acc:member.
    Alliance: URIRef
    #: An actor uses violence that can cause serious physical harm: attacks, bombings, killings,
    #: abductions, or armed fighting.
    Assault: URIRef
    #: The text reports the act as done or under way.
    Asserted: URIRef
    #: An actor represses or restricts others by non-lethal force or legal power: arrests,
    #: deportations, bans, curfews, martial law, seizures, blockades or occupation.
    Coerce: URIRef
    #: An actor makes or promises a concession that has no immediate material effect, such as easing
    #: restrictions, granting an amnesty or declaring a ceasefire.
    Concede: URIRef
    #: Actors meet, visit, host, talk by phone, negotiate or otherwise hold discussions.
    Consult: URIRef
    #: Actors start, resume or expand material cooperation that benefits both sides: trade, joint
    #: military exercises, judicial cooperation or intelligence sharing.
    Cooperate: URIRef
    #: Something one or more political actors do, say, promise, demand or threaten towards others,
    #: as reported in a text; typed by one of the sixteen PLOVER event types.
    DiplomaticAct: URIRef
    #: A source text that accord read, such as a news article; its statements are kept in a named
    #: graph of their own.
    Document: URIRef
    #: A stretch of a document's text, normally one sentence, on which an extracted act or alliance
    #: rests.
    Evidence: URIRef
    #: A state's minister of foreign affairs: in Wikidata a position held (P39) that is a foreign
    #: minister (Q7330070) and applies to the state (P1001).
    ForeignMinister: URIRef
    #: A ministry, department, office, agency or other organ of one state's government, such as a
    #: foreign ministry or a presidential office.
    GovernmentBody: URIRef
    #: A collective that a text refers to without a name of its own, such as "Russian companies" or
    #: "the United States' allies".
    Group: URIRef
    #: The office Wikidata records with head of government (P6).
    HeadOfGovernment: URIRef
    #: The office Wikidata records with head of state (P35).
    HeadOfState: URIRef
    #: The text presents the act only as possible, conditional or speculated about (may, could,
    #: would).
    Hypothetical: URIRef
    #: The text reports the act as something its agent plans, seeks, pledges or offers to do.
    Intended: URIRef
    #: A named organisation whose members are states or whose remit crosses borders, such as the
    #: United Nations, NATO or the African Union.
    InternationalOrganization: URIRef
    #: An actor belonging to an organisation between a start and an end date, as a Wikidata member
    #: of (P463) statement with its qualifiers records it.
    Membership: URIRef
    #: A stretch of a document's text that names or refers to an actor or a place, such as "Putin"
    #: or "the Kremlin".
    Mention: URIRef
    #: An actor moves, alerts or builds up military or police forces without using them.
    Mobilize: URIRef
    #: How a text presents an act: as having happened, as threatened, intended, requested, merely
    #: possible, or as not having happened.
    Modality: URIRef
    #: The text says the act did not happen or is not happening.
    Negated: URIRef
    #: An office of a state whose holders act for it: head of state, head of government or foreign
    #: minister.
    Office: URIRef
    #: An individual human being who acts or is acted upon, such as a head of state, minister or
    #: envoy.
    Person: URIRef
    #: A geographic location where an act happens or which an act concerns: a city, region, country-
    #: as-territory or body of water.
    Place: URIRef
    #: People act collectively in public against a policy or an actor: demonstrations, strikes,
    #: boycotts, hunger strikes, blockades or riots.
    Protest: URIRef
    #: An actor refuses a proposal, request or demand, declines to cooperate or to yield, defies a
    #: norm, or vetoes.
    Reject: URIRef
    #: An actor calls on, urges or demands that another actor do something or change course.
    Request: URIRef
    #: The text reports the act as something someone calls for, urges or demands, not as done.
    Requested: URIRef
    #: An actor makes a concession with immediate material effect: releases prisoners, returns
    #: property, lets observers in, disarms, withdraws or observes a ceasefire.
    Retreat: URIRef
    #: An actor reduces or ends normal relations with another: imposes sanctions or embargoes, cuts
    #: aid, breaks off talks, or expels or withdraws diplomats or missions.
    Sanction: URIRef
    #: An actor that is the target of a sanction the text reports as imposed (an acc:Sanction act
    #: with modality acc:Asserted).
    SanctionedActor: URIRef
    #: A sanction aimed at the firms or other groups of a third state, imposed by an actor that also
    #: sanctions another state: a penalty on third parties for dealing with the sanctioned state.
    SecondarySanction: URIRef
    #: A country acting as a political unit, through its government, head of state or people as a
    #: whole.
    State: URIRef
    #: An actor gives non-material, political backing: it praises, endorses, defends, recognises, or
    #: signs or ratifies an agreement.
    Support: URIRef
    #: A person holding an office of a state between a start and an end date, as a Wikidata
    #: statement with start time (P580) and end time (P582) qualifiers records it.
    Tenure: URIRef
    #: An actor warns that it will harm another actor's interests, for example by sanctions, by
    #: cutting ties or aid, or by force, unless that actor complies.
    Threaten: URIRef
    #: The text reports the act as something its agent warns it may do if the target does not
    #: comply.
    Threatened: URIRef
    #: Links an act to the PLOVER quad class of its CAMEO code: verbal cooperation, material
    #: cooperation, verbal conflict or material conflict.
    actQuadClass: URIRef
    #: Holds when what the first actor does in office counts as done by the second, as a leader's or
    #: official's acts count as their state's.
    actsFor: URIRef
    #: Links an act to an actor that performs it (PLOVER's source actor); an act may have several.
    agent: URIRef
    #: Holds between two actors that the text presents as allies or partners; it holds in both
    #: directions.
    allyOf: URIRef
    #: Links an unnamed group to the named actor it is described by, as "Russian companies" to
    #: Russia or "the United States' allies" to the United States.
    associatedWith: URIRef
    #: Links an act to an actor it counts as done by because one of its agents acts for that actor:
    #: a leader's, official's or government body's act is attributed to their state.
    attributedAgent: URIRef
    #: Links a government body to the state whose government it belongs to.
    bodyOf: URIRef
    #: The act's CAMEO event code as a string of two to four digits, leading zero kept, such as
    #: "042" or "1312".
    cameoCode: URIRef
    #: Links an act to the concept for its CAMEO code in the CAMEO concept scheme, whose broader
    #: concepts and PLOVER type can then be followed.
    cameoConcept: URIRef
    #: Links a state to its capital city (Wikidata's capital, P36).
    capital: URIRef
    #: The SHA-256 digest of a document's text encoded as UTF-8, as 64 lower-case hexadecimal
    #: digits.
    contentHash: URIRef
    #: Links a place to the state it lies in.
    country: URIRef
    #: Holds between two states that maintain diplomatic relations, as Wikidata's diplomatic
    #: relation (P530) records.
    diplomaticRelation: URIRef
    #: The offset just past a span's last character in its document's text (exclusive), so that
    #: text[start:end] is the span.
    end: URIRef
    #: The day a tenure or membership ended (Wikidata's end time qualifier, P582).
    endDate: URIRef
    #: Links an act or alliance to a span of text that supports it.
    evidence: URIRef
    #: The id of a state's or place's GeoNames feature (Wikidata P1566), such as "2017370".
    geonamesId: URIRef
    #: The Goldstein scale value, from -10 (most conflictual) to +10 (most cooperative), of a CAMEO
    #: code, or of an act through its CAMEO code.
    goldstein: URIRef
    #: Links a tenure to the person who held the office.
    holder: URIRef
    #: Links a span of text to the document whose text it is part of.
    inDocument: URIRef
    #: Names the stored rule (a file in queries/rules/, without .rq) by which accord's reasoner
    #: infers instances of a class or values of a property that OWL axioms cannot define.
    inferredBy: URIRef
    #: A state's two-letter ISO 3166-1 code, such as "RU" (Wikidata P297).
    iso3166Alpha2: URIRef
    #: A state's three-letter ISO 3166-1 code, such as "RUS" (Wikidata P298).
    iso3166Alpha3: URIRef
    #: Links a person to the state they lead as head of state or head of government.
    leaderOf: URIRef
    #: Links an act to the place where it happened.
    location: URIRef
    #: Links an alliance to one of the actors that belong to it.
    member: URIRef
    #: Links a membership to the actor that is the member.
    memberActor: URIRef
    #: Links an actor to an organisation it belongs to now (a membership without an end date).
    memberOf: URIRef
    #: Links a mention to the actor or place it names or refers to.
    mentionOf: URIRef
    #: Links an act to the one modality in which the text presents it: asserted, threatened,
    #: intended, requested, hypothetical or negated.
    modality: URIRef
    #: Links a tenure to the office held.
    office: URIRef
    #: Links a tenure to the state whose office was held.
    officeOf: URIRef
    #: Links a person to the state, government body or organisation they serve as a minister,
    #: spokesperson, envoy or other official.
    officialOf: URIRef
    #: Links a membership to the organisation the member belongs to.
    organization: URIRef
    #: Links a PLOVER act class to the concept for the same event type in the PLOVER concept scheme.
    ploverConcept: URIRef
    #: Links a CAMEO concept to the PLOVER event type concept it falls under.
    ploverType: URIRef
    #: Links a PLOVER event type concept to its quad class: verbal cooperation, material
    #: cooperation, verbal conflict or material conflict.
    quadClass: URIRef
    #: The text of the SPARQL query a retrieval sent to an endpoint, kept as provenance of what it
    #: learnt.
    sparqlQuery: URIRef
    #: The offset of a span's first character in its document's text, counting Unicode code points
    #: from 0.
    start: URIRef
    #: The day a tenure or membership began (Wikidata's start time qualifier, P580).
    startDate: URIRef
    #: Links an act to an actor it is aimed at or done to (PLOVER's recipient); an act may have
    #: several.
    target: URIRef
    #: The characters a span covers, exactly as they stand in the document.
    text: URIRef
    #: What the act is about, in the text's words, such as "peaceful resolution" or "potential
    #: sanctions".
    topic: URIRef
    #: The words in the text that signal the act, such as "warned of" or "called for".
    trigger: URIRef
    #: The id of the Wikidata item for an actor or place, such as "Q423".
    wikidataId: URIRef

ID = Namespace("https://w3id.org/accord/id/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
CAMEO = Namespace("https://w3id.org/accord/cameo/")
PLOVER = Namespace("https://w3id.org/accord/plover/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

PREFIXES: dict[str, str] = {
    "acc": "https://w3id.org/accord/ontology#",
    "id": "https://w3id.org/accord/id/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "cameo": "https://w3id.org/accord/cameo/",
    "plover": "https://w3id.org/accord/plover/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
}
"""Every prefix accord writes, to the namespace it stands for; bind_prefixes binds them all."""

G = TypeVar("G", bound=Graph)


def bind_prefixes(graph: G) -> G:
    """Bind every prefix in PREFIXES on a Graph or Dataset, replacing other bindings, and return it.

    Serialisations then use these prefixes and never invent ``ns1:``.

    >>> from rdflib import Graph
    >>> g = bind_prefixes(Graph())
    >>> g.add((ID.doc1, RDF.type, ACC.Document)) is g
    True
    >>> "ns1:" in g.serialize(format="turtle")
    False
    >>> dict(g.namespaces())["acc"] == URIRef(ACC._NS)
    True
    """
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)
    return graph
