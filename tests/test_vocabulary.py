"""Every ontology term the code, the queries and the lexicon use is declared; codes agree with the code list."""

from __future__ import annotations

import re

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SKOS

from accord.extract import lexicon
from accord.namespaces import ACC, CAMEO, PLOVER

from conftest import ROOT

ACC_NS = str(ACC._NS)
DECLARED = {"Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "NamedIndividual"}


@pytest.fixture(scope="module")
def codes() -> Graph:
    g = Graph()
    g.parse(ROOT / "ontology" / "cameo.ttl")
    return g


def _declared(ontology: Graph) -> set[str]:
    return {str(s)[len(ACC_NS):] for s, o in ontology.subject_objects(RDF.type)
            if str(s).startswith(ACC_NS) and str(o).rsplit("#", 1)[-1] in DECLARED}


def test_terms_in_python_code_are_declared(ontology: Graph) -> None:
    used = set()
    for path in (ROOT / "src" / "accord").rglob("*.py"):
        if path.name != "namespaces.py":
            used |= set(re.findall(r"\bACC\.([A-Za-z][A-Za-z0-9]*)", path.read_text(encoding="utf-8")))
            used |= set(re.findall(r'getattr\(ACC, "([A-Za-z]+)"\)', path.read_text(encoding="utf-8")))
    assert used and used <= _declared(ontology), used - _declared(ontology)


def test_terms_in_queries_are_declared(ontology: Graph) -> None:
    used = set()
    for path in (ROOT / "queries").rglob("*.rq"):
        used |= set(re.findall(r"\bacc:([A-Za-z][A-Za-z0-9]*)", path.read_text(encoding="utf-8")))
    assert used and used <= _declared(ontology), used - _declared(ontology)


def test_actor_kinds_and_act_types_are_classes(ontology: Graph) -> None:
    for kind in ("State", "Person", "GovernmentBody", "InternationalOrganization", "Group", "Actor", "Place"):
        assert getattr(ACC, kind) in set(ontology.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")))
    for plover in ("AGREE", "CONSULT", "SANCTION", "THREATEN", "REQUEST", "ACCUSE"):
        assert getattr(ACC, plover.capitalize())


def test_every_lexicon_code_is_a_concept_of_its_type(codes: Graph) -> None:
    for triggers in lexicon.default().values():
        for t in triggers:
            for code in filter(None, (t.cameo, t.intend, t.request, t.threaten)):
                concept = CAMEO[code]
                assert (concept, RDF.type, SKOS.Concept) in codes, code
                (plover,) = codes.objects(concept, ACC.ploverType)
                assert plover == PLOVER[lexicon.plover_type(code)], (code, plover)


def test_lexicon_modalities_are_known() -> None:
    for triggers in lexicon.default().values():
        for t in triggers:
            # a trigger may carry its own modality: "warn" threatens, "call for" requests, "pledge" intends
            assert t.modality in (None, "threatened", "requested", "intended"), t
            assert t.pos in ("VERB", "NOUN", "ADJ"), t
