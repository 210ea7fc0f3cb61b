"""The ontology, the CAMEO/PLOVER code lists and the generated namespace module agree and reason cleanly."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS

from accord import namespaces
from accord.namespaces import ACC, CAMEO, PLOVER, PREFIXES, bind_prefixes

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology"
ACCORD_TTL = ONTOLOGY / "accord.ttl"
CAMEO_TTL = ONTOLOGY / "cameo.ttl"
TABLE = ONTOLOGY / "CAMEO2PLOVER-2021.txt"
NAMESPACES_PY = ROOT / "src" / "accord" / "namespaces.py"

ACC_NS = str(ACC._NS)
BUILTIN = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")
DECLARING = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual}
PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT"
).split()


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def accord() -> Graph:
    return Graph().parse(ACCORD_TTL, format="turtle")


@pytest.fixture(scope="module")
def cameo() -> Graph:
    return Graph().parse(CAMEO_TTL, format="turtle")


def _acc_terms(graph: Graph) -> set[URIRef]:
    return {node for triple in graph for node in triple if isinstance(node, URIRef) and str(node).startswith(ACC_NS)}


def _declared(graph: Graph) -> set[URIRef]:
    return {s for s, o in graph.subject_objects(RDF.type) if o in DECLARING and isinstance(s, URIRef)}


# --- accord.ttl -------------------------------------------------------------------------------------


def test_every_acc_term_used_is_declared_with_label_and_definition(accord: Graph, cameo: Graph) -> None:
    used = _acc_terms(accord) | _acc_terms(cameo)
    problems = []
    for term in sorted(used):
        if term not in _declared(accord):
            problems.append(f"{term} has no OWL type")
        for prop in (RDFS.label, SKOS.definition):
            if not any(isinstance(v, Literal) and v.language == "en" for v in accord.objects(term, prop)):
                problems.append(f"{term} has no English {prop}")
    assert problems == []


def test_every_external_term_is_declared(accord: Graph, cameo: Graph) -> None:
    """Without owl:imports, OWL 2 DL needs a declaration for every class and property used."""
    declared = _declared(accord)
    external: set[URIRef] = set()
    for s, p, o in accord:
        external.add(p)
        if p == RDF.type or p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range):
            external.add(o)
        if p in {SKOS.closeMatch, SKOS.exactMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch}:
            external.add(o)
    for s, p, o in cameo:
        external.add(p)
        if p == RDF.type:
            external.add(o)
    missing = sorted(
        t for t in external if isinstance(t, URIRef) and not str(t).startswith(BUILTIN) and t not in declared
    )
    assert missing == []


def test_fixed_terms_are_declared(accord: Graph) -> None:
    classes = (
        "Actor State Person GovernmentBody InternationalOrganization Group Place Alliance DiplomaticAct "
        "Agree Consult Support Concede Cooperate Aid Retreat Request Accuse Reject Threaten Protest Sanction "
        "Mobilize Coerce Assault Modality Document Evidence Mention"
    ).split()
    objects = (
        "member allyOf agent target location modality actsFor leaderOf officialOf bodyOf associatedWith "
        "country evidence inDocument mentionOf cameoConcept ploverType quadClass"
    ).split()
    data = "cameoCode trigger topic text start end wikidataId contentHash".split()
    expected = (
        [(c, OWL.Class) for c in classes]
        + [(p, OWL.ObjectProperty) for p in objects]
        + [(p, OWL.DatatypeProperty) for p in data]
        + [("ploverConcept", OWL.AnnotationProperty)]
    )
    missing = [(n, t) for n, t in expected if (URIRef(ACC_NS + n), RDF.type, t) not in accord]
    assert missing == []
    assert (ACC.allyOf, RDF.type, OWL.SymmetricProperty) in accord
    assert (ACC.actsFor, RDF.type, OWL.TransitiveProperty) in accord
    assert (ACC.associatedWith, RDFS.subPropertyOf, ACC.actsFor) not in accord


def test_modality_is_closed_list_of_six(accord: Graph) -> None:
    (one_of,) = [o for o in accord.objects(None, OWL.oneOf)]
    members = list(accord.items(one_of))
    names = {"Asserted", "Threatened", "Intended", "Requested", "Hypothetical", "Negated"}
    assert {str(m)[len(ACC_NS) :] for m in members} == names
    assert all((m, RDF.type, ACC.Modality) in accord for m in members)


def test_each_plover_class_names_its_concept(accord: Graph, cameo: Graph) -> None:
    for subclass in accord.subjects(RDFS.subClassOf, ACC.DiplomaticAct):
        (concept,) = accord.objects(subclass, ACC.ploverConcept)
        assert str(concept) == str(PLOVER) + str(subclass)[len(ACC_NS) :].upper()
        assert (concept, RDF.type, SKOS.Concept) in cameo
    assert len(set(accord.subjects(RDFS.subClassOf, ACC.DiplomaticAct))) == 16


# --- namespaces.py ----------------------------------------------------------------------------------


def test_namespace_matches_ontology(accord: Graph) -> None:
    in_module = {URIRef(ACC_NS + name) for name in ACC.__annotations__ if not name.startswith("_")}
    in_ontology = {t for t in _declared(accord) if str(t).startswith(ACC_NS)}
    assert in_module == in_ontology
    assert ACC.Sanction == URIRef(ACC_NS + "Sanction")


def test_namespace_is_closed() -> None:
    with pytest.raises(AttributeError):
        ACC.Sanctoin  # noqa: B018


def test_namespace_module_is_up_to_date() -> None:
    generated = _script("gen_namespace").render(ACCORD_TTL.read_text(encoding="utf-8"))
    assert generated == NAMESPACES_PY.read_text(encoding="utf-8"), "run `make namespace`"


def test_prefix_map_is_complete_and_bound() -> None:
    assert set(PREFIXES) == set(
        "acc id wd wdt cameo plover rdf rdfs owl xsd skos prov dcterms schema org sem".split()
    )
    graph = bind_prefixes(Graph())
    graph.add((namespaces.ID.act1, namespaces.ACC.agent, namespaces.WD.Q30))
    graph.add((namespaces.ID.act1, namespaces.SEM.hasActor, namespaces.WD.Q30))
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    assert all(bound[prefix] == iri for prefix, iri in PREFIXES.items())
    assert not re.search(r"\bns\d+:", graph.serialize(format="turtle"))


# --- cameo.ttl --------------------------------------------------------------------------------------


def test_cameo_ttl_is_up_to_date() -> None:
    gen_codes = _script("gen_codes")
    generated = gen_codes.render(gen_codes.source_text())
    assert generated == CAMEO_TTL.read_text(encoding="utf-8"), "run `make codes`"


def _table_codes() -> set[str]:
    codes = set()
    text = (ONTOLOGY / "CAMEO-appeals.txt").read_text(encoding="utf-8") + TABLE.read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("~~~"):
            break
        match = re.match(r"(\d{2,4}):", line.strip())
        if match:
            codes.add(match[1])
    return codes


def test_every_table_code_has_one_concept(cameo: Graph) -> None:
    codes = _table_codes()
    assert len(codes) > 250
    for code in codes:
        concept = CAMEO[code]
        assert (concept, RDF.type, SKOS.Concept) in cameo, code
        assert list(cameo.objects(concept, SKOS.notation)) == [Literal(code)]
        assert len(list(cameo.objects(concept, SKOS.prefLabel))) == 1, code
        if len(code) > 2:
            assert list(cameo.objects(concept, SKOS.broader)) == [CAMEO[code[:-1]]], code
        else:
            assert (concept, SKOS.topConceptOf, URIRef(str(CAMEO))) in cameo


def test_each_concept_has_one_plover_type(cameo: Graph) -> None:
    plover_concepts = {PLOVER[name] for name in PLOVER_TYPES}
    for concept in cameo.subjects(SKOS.inScheme, URIRef(str(CAMEO))):
        types = list(cameo.objects(concept, ACC.ploverType))
        assert len(types) == 1 and types[0] in plover_concepts, concept


def test_overrides_and_duplicates(cameo: Graph) -> None:
    assert list(cameo.objects(CAMEO["163"], ACC.ploverType)) == [PLOVER.SANCTION]
    assert list(cameo.objects(CAMEO["163"], RDFS.comment))
    labels = set(cameo.objects(CAMEO["175"], SKOS.prefLabel)) | set(cameo.objects(CAMEO["175"], SKOS.altLabel))
    assert len(labels) == 2


def test_plover_quad_classes(cameo: Graph) -> None:
    expected = {
        "VerbalCooperation": {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
        "MaterialCooperation": {"COOPERATE", "AID", "RETREAT"},
        "VerbalConflict": {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
        "MaterialConflict": {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
    }
    for quad, members in expected.items():
        found = {str(s)[len(str(PLOVER)) :] for s in cameo.subjects(ACC.quadClass, PLOVER[quad])}
        assert found == members
    for name in PLOVER_TYPES:
        assert list(cameo.objects(PLOVER[name], SKOS.notation)) == [Literal(name)]


# --- reasoning --------------------------------------------------------------------------------------


def _load_world(tmp_path: Path, extra: Graph | None = None) -> tuple[owlready2.World, owlready2.Ontology]:
    graph = Graph().parse(ACCORD_TTL, format="turtle").parse(CAMEO_TTL, format="turtle")
    if extra is not None:
        graph += extra
    path = tmp_path / "accord.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    return world, world.get_ontology(path.as_uri()).load(format="ntriples")


def test_hermit_finds_ontology_consistent(tmp_path: Path) -> None:
    world, ontology = _load_world(tmp_path)
    with ontology:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []


def test_hermit_sees_the_disjointness(tmp_path: Path) -> None:
    """Guards the test above against a load that silently dropped the axioms."""
    ns = Namespace("https://w3id.org/accord/id/")
    bad = Graph()
    bad.add((ns.russia, RDF.type, ACC.State))
    bad.add((ns.russia, RDF.type, ACC.Place))
    world, ontology = _load_world(tmp_path, bad)
    with ontology, pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
