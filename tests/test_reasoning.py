"""accord reason: the OWL 2 RL closure in its own graph, the domain rules on the sample, and owlrl as the oracle."""

from __future__ import annotations

from pathlib import Path

import owlrl
import pyoxigraph as ox
import pytest
from rdflib import OWL, RDF, BNode, Graph, Literal, URIRef

from accord import KnowledgeGraph
from accord.namespaces import ACC, ID, PLOVER, PREFIXES
from accord.reasoning import INFERRED_GRAPH, compute, reason
from accord.reasoning.rules import stored_rules

from conftest import DATA, ROOT, SAMPLE

THREAT = ID["act/north-korea-russia-alliance/742-1312-Q789915"]
BUILTIN = tuple(PREFIXES[p] for p in ("rdf", "rdfs", "owl", "xsd"))


@pytest.fixture(scope="module")
def reasoned() -> KnowledgeGraph:
    """The sample ingested and reasoned over once; tests must not write to it."""
    kg = KnowledgeGraph.open()
    kg.ingest(SAMPLE)
    report = kg.reason()
    assert report.written and report.inferred > 0
    return kg


def _holds(kg: KnowledgeGraph, s, p, o, *, graph: str | None = None) -> bool:
    triple = f"{ox.NamedNode(str(s))} {ox.NamedNode(str(p))} {ox.NamedNode(str(o))}"
    where = f"GRAPH <{graph}> {{ {triple} }}" if graph else triple
    return kg.sparql(f"ASK {{ {where} }}")


# --- the domain rules on the sample ----------------------------------------------------------------


def test_russia_and_north_korea_are_allies_both_ways(reasoned: KnowledgeGraph) -> None:
    russia, north_korea = ID["actor/Q159"], ID["actor/Q423"]
    assert _holds(reasoned, russia, ACC.allyOf, north_korea)
    assert _holds(reasoned, north_korea, ACC.allyOf, russia)
    # the sample asserts one direction; the other is inferred, and lives only in the inferred graph
    assert _holds(reasoned, north_korea, ACC.allyOf, russia, graph=INFERRED_GRAPH)
    assert not _holds(reasoned, russia, ACC.allyOf, russia)


def test_state_department_threat_is_attributed_to_the_united_states(reasoned: KnowledgeGraph) -> None:
    assert _holds(reasoned, THREAT, ACC.agent, ID["actor/Q789915"])
    assert _holds(reasoned, THREAT, ACC.attributedAgent, ID["actor/Q30"], graph=INFERRED_GRAPH)
    # attribution is kept apart from what was said of the state directly
    assert not _holds(reasoned, THREAT, ACC.agent, ID["actor/Q30"])


def test_north_korea_and_russia_are_sanctioned_actors(reasoned: KnowledgeGraph) -> None:
    rows = reasoned.sparql("SELECT ?x WHERE { ?x a acc:SanctionedActor . FILTER(STRSTARTS(STR(?x), STR(id:))) }")
    assert {r["x"] for r in rows} == {str(ID["actor/Q159"]), str(ID["actor/Q423"])}


def test_goldstein_and_quad_class_follow_from_the_code(reasoned: KnowledgeGraph) -> None:
    (row,) = reasoned.sparql(f"SELECT ?g ?q WHERE {{ <{THREAT}> acc:goldstein ?g ; acc:actQuadClass ?q }}")
    assert float(row["g"]) == -5.8
    assert row["q"] == str(PLOVER.VerbalConflict)


def test_secondary_sanction(kg: KnowledgeGraph) -> None:
    kg.load((DATA / "reasoning" / "secondary_sanction.trig").read_text(encoding="utf-8"))
    assert kg.reason().written
    rows = kg.sparql("SELECT ?act WHERE { ?act a acc:SecondarySanction }")
    assert [r["act"] for r in rows] == [str(ID["act/s/2"])]


# --- the inferred graph ----------------------------------------------------------------------------


def test_inferred_graph_never_repeats_an_asserted_triple(reasoned: KnowledgeGraph) -> None:
    overlap = reasoned.sparql(f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }} "
                              f"FILTER(?g != <{INFERRED_GRAPH}>) }}")
    assert overlap is False


def test_aliases_are_linked_not_copied(reasoned: KnowledgeGraph) -> None:
    assert _holds(reasoned, URIRef(PREFIXES["wd"] + "Q159"), OWL.sameAs, ID["actor/Q159"], graph=INFERRED_GRAPH)
    copies = reasoned.sparql(f"ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?s acc:allyOf ?o }} "
                             f"FILTER(STRSTARTS(STR(?s), STR(wd:)) || STRSTARTS(STR(?o), STR(wd:))) }}")
    assert copies is False


def test_stored_queries_see_inferred_facts_unless_asked_for_asserted_only(reasoned: KnowledgeGraph) -> None:
    inferred = {(r["property"], r["value"]) for r in reasoned.query("actor_profile", actor="Q159")}
    asserted = {(r["property"], r["value"]) for r in reasoned.query("actor_profile", actor="Q159", asserted=True)}
    assert ("class", "sanctioned actor") in inferred - asserted
    assert asserted <= inferred


def test_reasoning_again_replaces_the_graph(tmp_path: Path) -> None:
    kg = KnowledgeGraph.open(tmp_path / "store")
    kg.ingest("Russia imposed sanctions on Japan.", id="n")
    first = kg.reason()
    assert _holds(kg, ID["actor/Q17"], RDF.type, ACC.SanctionedActor)
    kg.ingest("Russia criticised Japan.", id="n")  # the same document, now without the sanction
    second = kg.reason()
    assert second.written and second.inferred != first.inferred
    assert not _holds(kg, ID["actor/Q17"], RDF.type, ACC.SanctionedActor)
    kg.close()


def test_an_inconsistent_store_is_reported_and_the_inferred_graph_kept(kg: KnowledgeGraph) -> None:
    kg.ingest("Russia imposed sanctions on Japan.", id="n")
    kg.reason()
    before = kg.export("nquads")
    kg.load(f"<{ID['actor/Q17']}> <{RDF.type}> <{ACC.Place}> <{ID['doc/bad']}> .\n", format="nquads")
    report = kg.reason()
    assert not report.written
    assert any(i.rule == "cax-adc" and "id:actor/Q17" in i.message for i in report.inconsistencies)
    after = {line for line in kg.export("nquads").splitlines() if "doc/bad" not in line}
    assert after == set(before.splitlines())


def test_every_stored_rule_is_documented_in_the_ontology(ontology: Graph) -> None:
    named = {str(o) for o in ontology.objects(None, ACC.inferredBy)}
    assert named == {rule.name for rule in stored_rules()}
    assert all(rule.summary for rule in stored_rules())


# --- owlrl as the oracle ---------------------------------------------------------------------------


def _compared(triples) -> set:
    """What the comparison looks at: every inferred triple but those accord leaves out on purpose (LEFT_OUT).

    Left out of both sides: triples with a literal subject (the datatype rules), reflexive owl:sameAs (eq-ref),
    and triples whose subject is a term of the RDF, RDFS, OWL or XSD vocabulary (the axiomatic triples of
    prp-ap, cls-thing, cls-nothing1 and dt-type1, and what scm-cls derives from them, e.g. owl:Nothing
    rdfs:subClassOf every class).
    """
    return {(s, p, o) for s, p, o in triples
            if not isinstance(s, Literal) and not (p == OWL.sameAs and s == o) and not str(s).startswith(BUILTIN)}


def _owlrl_closure(graph: Graph) -> set:
    expanded = Graph()
    expanded += graph
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(expanded)
    return _compared(set(expanded) - set(graph))


def _accord_closure(graph: Graph) -> set:
    closure = compute(graph.serialize(format="nt").encode(), extra_rules=())
    out = Graph().parse(data=ox.serialize(closure.triples(), format=ox.RdfFormat.N_TRIPLES).decode(), format="nt")
    return _compared(out)


def _skolem(path: Path) -> Graph:
    # Blank nodes get IRIs so that both closures name them alike; OWL 2 RL treats both the same way.
    return Graph().parse(path).skolemize()


@pytest.mark.parametrize("source", ["owl_rl_vocabulary.ttl", "sample"])
def test_closure_equals_owlrl(source: str, tmp_path: Path) -> None:
    if source == "sample":
        kg = KnowledgeGraph.open()
        kg.ingest(SAMPLE)
        path = tmp_path / "sample.nt"
        path.write_bytes(kg.store.dump("ntriples"))
        graph = _skolem(path)
    else:
        graph = _skolem(DATA / "reasoning" / source)
    ours, theirs = _accord_closure(graph), _owlrl_closure(graph)
    assert not any(isinstance(t, BNode) for triple in ours for t in triple)
    assert sorted(ours - theirs) == [] and sorted(theirs - ours) == []
    assert len(ours) > 100


def test_closure_uses_property_chains_with_inverses() -> None:
    ours = _accord_closure(_skolem(DATA / "reasoning" / "owl_rl_vocabulary.ttl"))
    ex = "https://example.org/"
    assert (URIRef(ex + "lavrov"), URIRef(ex + "speaksFor"), URIRef(ex + "government")) in ours
    # putin leads (so serves) russia, which is allied with belarus: the chain (inverse of servedBy) ∘ ally
    assert (URIRef(ex + "putin"), URIRef(ex + "hostedBy"), URIRef(ex + "belarus")) in ours
    assert (URIRef(ex + "putin"), RDF.type, URIRef(ex + "RussianLeader")) in ours


def test_rules_directory_is_not_a_query_catalogue() -> None:
    from accord import queries
    assert not [name for name in queries.catalogue() if name.startswith("rules/")]
    assert (ROOT / "queries" / "rules").is_dir()


# --- dated roles -----------------------------------------------------------------------------------


def test_who_led_russia_on_a_day_has_one_answer(reasoned: KnowledgeGraph) -> None:
    rows = reasoned.query("leader_on_date", state="Russia", date="2019-04-25")
    assert [(r["leader"], r["wikidata"], r["holds"]) for r in rows] == [("Vladimir Putin", "Q7747", "yes")]
    (earlier,) = reasoned.query("leader_on_date", state="Q159", date="2005-06-01")
    assert (str(earlier["start"]), str(earlier["end"]), earlier["holds"]) == ("2000-05-07", "2008-05-07", "yes")


def test_a_day_no_known_tenure_covers_says_so(reasoned: KnowledgeGraph) -> None:
    # Medvedev led Russia in 2010, but the sample does not name him, so the graph has no tenure of his
    (row,) = reasoned.query("leader_on_date", state="Q159", date="2010-01-01")
    assert row["holds"] == "no"


def test_canonical_equality_stores_the_same_triples() -> None:
    kg = KnowledgeGraph.open()
    kg.ingest(SAMPLE)
    kg.ingest("Russia imposed sanctions on Japan. Putin met Kim Jong Un in Moscow.", id="n")
    data = kg.store.dump("ntriples")
    full, canonical = compute(data), compute(data, canonical=True)
    assert canonical.inferred < full.inferred
    assert sorted(canonical.ntriples().splitlines()) == sorted(full.ntriples().splitlines())
