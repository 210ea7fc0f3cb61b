"""Inference rules: the OWL 2 RL rules as SPARQL patterns, rules compiled from the ontology, and stored rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from .. import paths
from ..errors import ReasoningError
from ..namespaces import ID, PREFIXES

RULES_DIR = "rules"
_HEADER = re.compile(r"^#\s*summary:\s*(.*)$", re.M)
_CONSTRUCT = re.compile(r"CONSTRUCT\s*\{(?P<head>[^{}]*)\}\s*WHERE\s*\{(?P<body>.*)\}\s*$", re.S)
_TRIPLE = re.compile(r"^\s*(\S+)\s+(\S+)\s+(\S+)\s*\.?\s*$")


@dataclass(frozen=True)
class Rule:
    """One inference rule: when `body` and the `data` patterns match, the single triple pattern `head` holds.

    `data` lists the premises about individuals; `body` holds the premises about the ontology (classes,
    properties, lists) and any FILTER. The split is what semi-naive evaluation needs: after the first round a
    rule only has to look for matches where some data premise is a triple new in the last round. A rule with no
    data premise ("schema") depends on the ontology alone; a stored rule is always evaluated whole.

    `kind` is "owl" for the OWL 2 RL rules (named as in the OWL 2 Profiles recommendation, section 4.3),
    "schema" for rules compiled from axioms of the ontology (property chains, intersections), and
    "stored" for accord's domain rules in queries/rules/*.rq.
    """

    name: str
    head: str
    body: str
    data: tuple[str, ...] = ()
    kind: str = "owl"
    summary: str = ""

    @property
    def where(self) -> str:
        """The whole condition, as one SPARQL group body."""
        return " ".join([*(f"{d} ." for d in self.data), self.body])

    @property
    def semi_naive(self) -> bool:
        return bool(self.data) and self.kind != "stored"

    def update(self, new: str, delta: str | None = None, position: int = 0) -> str:
        """The SPARQL update adding each new conclusion to the default graph and to graph `new`.

        With `delta`, data premise number `position` must match a triple of graph `delta` (the last round's
        conclusions). NOT EXISTS keeps the rule from re-deriving a triple the default graph already holds.
        """
        data = list(f"{d} ." for d in self.data)
        if delta is not None:
            data[position] = f"GRAPH <{delta}> {{ {self.data[position]} }}"
        where = " ".join([*data, self.body])
        return (f"INSERT {{ {self.head} . GRAPH <{new}> {{ {self.head} }} }}\n"
                f"WHERE {{ {where}\nFILTER NOT EXISTS {{ {self.head} }} }}")


@dataclass(frozen=True)
class Check:
    """An OWL 2 RL rule whose conclusion is false: every solution of `body` is an inconsistency."""

    name: str
    body: str
    message: str


# Strictly narrower only: of two equivalent classes (or properties) neither is dropped.
_NARROWEST = ("FILTER NOT EXISTS { ?p rdfs:%s ?c2 . ?c2 rdfs:subClassOf ?c . FILTER(?c2 != ?c) "
              "FILTER NOT EXISTS { ?c rdfs:subClassOf ?c2 } } "
              "FILTER NOT EXISTS { ?p rdfs:subPropertyOf ?q . ?q rdfs:%s ?c . FILTER(?q != ?p) "
              "FILTER NOT EXISTS { ?q rdfs:subPropertyOf ?p } }")

# The OWL 2 RL/RDF rules (OWL 2 Profiles, tables 4-9), minus those listed in LEFT_OUT. Each head is one triple;
# rules with several conclusions (scm-cls, scm-eqc1, ...) are split into one Rule per conclusion.
OWL_RULES: tuple[Rule, ...] = (
    # equality (table 4); eq-ref is left out (see LEFT_OUT), so eq-trans and eq-rep do not derive x sameAs x
    Rule("eq-sym", "?y owl:sameAs ?x", "", ("?x owl:sameAs ?y",)),
    Rule("eq-trans", "?x owl:sameAs ?z", "FILTER(?x != ?z)", ("?x owl:sameAs ?y", "?y owl:sameAs ?z")),
    Rule("eq-rep-s", "?s2 ?p ?o", "FILTER(?s != ?s2 && !(?p = owl:sameAs && ?o = ?s2))",
         ("?s owl:sameAs ?s2", "?s ?p ?o")),
    Rule("eq-rep-p", "?s ?p2 ?o", "FILTER(?p != ?p2)", ("?p owl:sameAs ?p2", "?s ?p ?o")),
    Rule("eq-rep-o", "?s ?p ?o2", "FILTER(?o != ?o2 && !(?p = owl:sameAs && ?s = ?o2))",
         ("?o owl:sameAs ?o2", "?s ?p ?o")),
    # properties (table 5)
    # prp-dom/prp-rng read only the most specific domains and ranges: a wider one that scm-dom1/2 or
    # scm-rng1/2 derived (a superclass, or the domain of a superproperty) adds nothing that cax-sco and
    # prp-spo1 do not add anyway, and leaving it out spares a join per data triple. Same closure, less work.
    Rule("prp-dom", "?x rdf:type ?c", f"{{ SELECT ?p ?c WHERE {{ ?p rdfs:domain ?c . {_NARROWEST % ('domain', 'domain')} }} }}",
         ("?x ?p ?y",)),
    Rule("prp-rng", "?y rdf:type ?c", f"{{ SELECT ?p ?c WHERE {{ ?p rdfs:range ?c . {_NARROWEST % ('range', 'range')} }} }} "
         "FILTER(!isLiteral(?y))", ("?x ?p ?y",)),
    Rule("prp-fp", "?y1 owl:sameAs ?y2", "?p rdf:type owl:FunctionalProperty . "
         "FILTER(?y1 != ?y2 && !isLiteral(?y1) && !isLiteral(?y2))", ("?x ?p ?y1", "?x ?p ?y2")),
    Rule("prp-ifp", "?x1 owl:sameAs ?x2", "?p rdf:type owl:InverseFunctionalProperty . FILTER(?x1 != ?x2)",
         ("?x1 ?p ?y", "?x2 ?p ?y")),
    Rule("prp-symp", "?y ?p ?x", "?p rdf:type owl:SymmetricProperty .", ("?x ?p ?y",)),
    Rule("prp-trp", "?x ?p ?z", "?p rdf:type owl:TransitiveProperty .", ("?x ?p ?y", "?y ?p ?z")),
    Rule("prp-spo1", "?x ?p2 ?y", "?p1 rdfs:subPropertyOf ?p2 . FILTER(?p1 != ?p2)", ("?x ?p1 ?y",)),
    Rule("prp-eqp1", "?x ?p2 ?y", "?p1 owl:equivalentProperty ?p2 . FILTER(?p1 != ?p2)", ("?x ?p1 ?y",)),
    Rule("prp-eqp2", "?x ?p1 ?y", "?p1 owl:equivalentProperty ?p2 . FILTER(?p1 != ?p2)", ("?x ?p2 ?y",)),
    Rule("prp-inv1", "?y ?p2 ?x", "?p1 owl:inverseOf ?p2 . FILTER(!isLiteral(?y))", ("?x ?p1 ?y",)),
    Rule("prp-inv2", "?y ?p1 ?x", "?p1 owl:inverseOf ?p2 . FILTER(!isLiteral(?y))", ("?x ?p2 ?y",)),
    # classes (table 6); cls-int1 is compiled per intersection (schema_rules)
    Rule("cls-int2", "?y rdf:type ?ci", "?c owl:intersectionOf ?l . ?l rdf:rest*/rdf:first ?ci .",
         ("?y rdf:type ?c",)),
    Rule("cls-uni", "?y rdf:type ?c", "?c owl:unionOf ?l . ?l rdf:rest*/rdf:first ?ci .", ("?y rdf:type ?ci",)),
    Rule("cls-svf1", "?u rdf:type ?x", "?x owl:someValuesFrom ?y ; owl:onProperty ?p .",
         ("?u ?p ?v", "?v rdf:type ?y")),
    Rule("cls-svf2", "?u rdf:type ?x", "?x owl:someValuesFrom owl:Thing ; owl:onProperty ?p .", ("?u ?p ?v",)),
    Rule("cls-avf", "?v rdf:type ?y", "?x owl:allValuesFrom ?y ; owl:onProperty ?p . FILTER(!isLiteral(?v))",
         ("?u rdf:type ?x", "?u ?p ?v")),
    Rule("cls-hv1", "?u ?p ?y", "?x owl:hasValue ?y ; owl:onProperty ?p .", ("?u rdf:type ?x",)),
    Rule("cls-hv2", "?u rdf:type ?x", "?x owl:hasValue ?y ; owl:onProperty ?p .", ("?u ?p ?y",)),
    Rule("cls-maxc2", "?y1 owl:sameAs ?y2", "?x owl:maxCardinality ?n ; owl:onProperty ?p . "
         "FILTER(STR(?n) = \"1\" && ?y1 != ?y2 && !isLiteral(?y1) && !isLiteral(?y2))",
         ("?u rdf:type ?x", "?u ?p ?y1", "?u ?p ?y2")),
    Rule("cls-oo", "?yi rdf:type ?c", "?c owl:oneOf ?l . ?l rdf:rest*/rdf:first ?yi ."),
    # class axioms (table 7)
    Rule("cax-sco", "?x rdf:type ?c2", "?c1 rdfs:subClassOf ?c2 . FILTER(?c1 != ?c2)", ("?x rdf:type ?c1",)),
    Rule("cax-eqc1", "?x rdf:type ?c2", "?c1 owl:equivalentClass ?c2 . FILTER(?c1 != ?c2)", ("?x rdf:type ?c1",)),
    Rule("cax-eqc2", "?x rdf:type ?c1", "?c1 owl:equivalentClass ?c2 . FILTER(?c1 != ?c2)", ("?x rdf:type ?c2",)),
    # schema (table 9): premises about the ontology only
    Rule("scm-cls-1", "?c rdfs:subClassOf ?c", "?c rdf:type owl:Class ."),
    Rule("scm-cls-2", "?c owl:equivalentClass ?c", "?c rdf:type owl:Class ."),
    Rule("scm-cls-3", "?c rdfs:subClassOf owl:Thing", "?c rdf:type owl:Class ."),
    Rule("scm-cls-4", "owl:Nothing rdfs:subClassOf ?c", "?c rdf:type owl:Class ."),
    Rule("scm-sco", "?c1 rdfs:subClassOf ?c3", "?c1 rdfs:subClassOf ?c2 . ?c2 rdfs:subClassOf ?c3 ."),
    Rule("scm-eqc1-1", "?c1 rdfs:subClassOf ?c2", "?c1 owl:equivalentClass ?c2 ."),
    Rule("scm-eqc1-2", "?c2 rdfs:subClassOf ?c1", "?c1 owl:equivalentClass ?c2 ."),
    Rule("scm-eqc2", "?c1 owl:equivalentClass ?c2", "?c1 rdfs:subClassOf ?c2 . ?c2 rdfs:subClassOf ?c1 ."),
    Rule("scm-op-1", "?p rdfs:subPropertyOf ?p", "?p rdf:type owl:ObjectProperty ."),
    Rule("scm-op-2", "?p owl:equivalentProperty ?p", "?p rdf:type owl:ObjectProperty ."),
    Rule("scm-dp-1", "?p rdfs:subPropertyOf ?p", "?p rdf:type owl:DatatypeProperty ."),
    Rule("scm-dp-2", "?p owl:equivalentProperty ?p", "?p rdf:type owl:DatatypeProperty ."),
    Rule("scm-spo", "?p1 rdfs:subPropertyOf ?p3", "?p1 rdfs:subPropertyOf ?p2 . ?p2 rdfs:subPropertyOf ?p3 ."),
    Rule("scm-eqp1-1", "?p1 rdfs:subPropertyOf ?p2", "?p1 owl:equivalentProperty ?p2 ."),
    Rule("scm-eqp1-2", "?p2 rdfs:subPropertyOf ?p1", "?p1 owl:equivalentProperty ?p2 ."),
    Rule("scm-eqp2", "?p1 owl:equivalentProperty ?p2",
         "?p1 rdfs:subPropertyOf ?p2 . ?p2 rdfs:subPropertyOf ?p1 ."),
    Rule("scm-dom1", "?p rdfs:domain ?c2", "?p rdfs:domain ?c1 . ?c1 rdfs:subClassOf ?c2 ."),
    Rule("scm-dom2", "?p1 rdfs:domain ?c", "?p2 rdfs:domain ?c . ?p1 rdfs:subPropertyOf ?p2 ."),
    Rule("scm-rng1", "?p rdfs:range ?c2", "?p rdfs:range ?c1 . ?c1 rdfs:subClassOf ?c2 ."),
    Rule("scm-rng2", "?p1 rdfs:range ?c", "?p2 rdfs:range ?c . ?p1 rdfs:subPropertyOf ?p2 ."),
    Rule("scm-hv", "?c1 rdfs:subClassOf ?c2",
         "?c1 owl:hasValue ?i ; owl:onProperty ?p1 . ?c2 owl:hasValue ?i ; owl:onProperty ?p2 . "
         "?p1 rdfs:subPropertyOf ?p2 ."),
    Rule("scm-svf1", "?c1 rdfs:subClassOf ?c2",
         "?c1 owl:someValuesFrom ?y1 ; owl:onProperty ?p . ?c2 owl:someValuesFrom ?y2 ; owl:onProperty ?p . "
         "?y1 rdfs:subClassOf ?y2 ."),
    Rule("scm-svf2", "?c1 rdfs:subClassOf ?c2",
         "?c1 owl:someValuesFrom ?y ; owl:onProperty ?p1 . ?c2 owl:someValuesFrom ?y ; owl:onProperty ?p2 . "
         "?p1 rdfs:subPropertyOf ?p2 ."),
    Rule("scm-avf1", "?c1 rdfs:subClassOf ?c2",
         "?c1 owl:allValuesFrom ?y1 ; owl:onProperty ?p . ?c2 owl:allValuesFrom ?y2 ; owl:onProperty ?p . "
         "?y1 rdfs:subClassOf ?y2 ."),
    Rule("scm-avf2", "?c2 rdfs:subClassOf ?c1",
         "?c1 owl:allValuesFrom ?y ; owl:onProperty ?p1 . ?c2 owl:allValuesFrom ?y ; owl:onProperty ?p2 . "
         "?p1 rdfs:subPropertyOf ?p2 ."),
    Rule("scm-int", "?c rdfs:subClassOf ?ci", "?c owl:intersectionOf ?l . ?l rdf:rest*/rdf:first ?ci ."),
    Rule("scm-uni", "?ci rdfs:subClassOf ?c", "?c owl:unionOf ?l . ?l rdf:rest*/rdf:first ?ci ."),
)

# Equality kept canonical: eq-rep-s/o copy a statement onto a term only if that term is not an alias, that is
# not a non-accord IRI (a Wikidata entity) owl:sameAs an accord IRI. What the full rules add beyond these is
# exactly the copies of statements onto aliases, which `accord reason` does not store anyway (engine.ntriples),
# and in accord's data they are most of the closure: leaving them out halves the work.
_NOT_ALIAS = ("FILTER NOT EXISTS {{ {t} owl:sameAs ?canonical . FILTER(isIRI(?canonical) && "
              f"STRSTARTS(STR(?canonical), \"{ID}\") && !STRSTARTS(STR({{t}}), \"{ID}\")) }}}}")
CANONICAL_EQUALITY = {rule.name: Rule(rule.name, rule.head, f"{rule.body} {_NOT_ALIAS.format(t=target)}", rule.data)
                      for rule in OWL_RULES for name, target in (("eq-rep-s", "?s2"), ("eq-rep-o", "?o2"))
                      if rule.name == name}

# The OWL 2 RL rules whose conclusion is "false": run once the closure is complete.
CHECKS: tuple[Check, ...] = (
    Check("eq-diff1", "?x owl:sameAs ?y . ?x owl:differentFrom ?y .", "{x} is said to be both the same as and different from {y}"),
    Check("eq-diff2", "?d rdf:type owl:AllDifferent ; owl:members ?l . ?l rdf:rest*/rdf:first ?x, ?y . "
          "?x owl:sameAs ?y . FILTER(?x != ?y)", "{x} and {y} are declared all different but inferred the same"),
    Check("eq-diff3", "?d rdf:type owl:AllDifferent ; owl:distinctMembers ?l . ?l rdf:rest*/rdf:first ?x, ?y . "
          "?x owl:sameAs ?y . FILTER(?x != ?y)", "{x} and {y} are declared all different but inferred the same"),
    Check("prp-fp-literal", "?p rdf:type owl:FunctionalProperty . ?x ?p ?y1, ?y2 . "
          "FILTER(isLiteral(?y1) && isLiteral(?y2) && ?y1 != ?y2 && STR(?y1) < STR(?y2))",
          "{x} has two values of the functional property {p}: {y1} and {y2}"),
    Check("prp-irp", "?p rdf:type owl:IrreflexiveProperty . ?x ?p ?x .", "{x} is related to itself by the irreflexive {p}"),
    Check("prp-asyp", "?p rdf:type owl:AsymmetricProperty . ?x ?p ?y . ?y ?p ?x .",
          "{x} and {y} are related both ways by the asymmetric {p}"),
    Check("prp-pdw", "?p1 owl:propertyDisjointWith ?p2 . ?x ?p1 ?y . ?x ?p2 ?y .",
          "{x} is related to {y} by the disjoint properties {p1} and {p2}"),
    Check("cls-nothing2", "?x rdf:type owl:Nothing .", "{x} is an instance of owl:Nothing"),
    Check("cls-com", "?c1 owl:complementOf ?c2 . ?x rdf:type ?c1, ?c2 .", "{x} is in {c1} and in its complement {c2}"),
    Check("cls-maxc1", "?x owl:maxCardinality ?n ; owl:onProperty ?p . FILTER(STR(?n) = \"0\") ?u rdf:type ?x ; ?p ?y .",
          "{u} has a value {y} of {p} where none is allowed"),
    Check("cax-dw", "?c1 owl:disjointWith ?c2 . ?x rdf:type ?c1, ?c2 .", "{x} is in the disjoint classes {c1} and {c2}"),
    Check("cax-adc", "?d rdf:type owl:AllDisjointClasses ; owl:members ?l . ?l rdf:rest*/rdf:first ?c1, ?c2 . "
          "FILTER(?c1 != ?c2 && STR(?c1) < STR(?c2)) ?x rdf:type ?c1, ?c2 .",
          "{x} is in the disjoint classes {c1} and {c2}"),
)

# What accord does not implement, and why; README and the closure test refer to this list.
LEFT_OUT = {
    "eq-ref": "every term owl:sameAs itself: true of everything, says nothing, and would add a triple per term",
    "dt-type1, dt-type2, dt-eq, dt-diff, dt-not-type": "datatype rules: they make literals subjects (generalised RDF)",
    "prp-ap, cls-thing, cls-nothing1": "axiomatic triples about the OWL vocabulary itself",
    "prp-key": "owl:hasKey is not used by the ontology",
    "prp-npa1, prp-npa2": "negative property assertions are not used by the ontology or the extractor",
    "prp-adp, cax-adc for properties": "owl:AllDisjointProperties is not used by the ontology",
    "cls-maxqc1-4": "qualified cardinality restrictions are not used by the ontology",
}


def schema_rules(store: ox.Store, graph: str | None) -> list[Rule]:
    """Rules compiled from the ontology: prp-spo2 for each property chain and cls-int1 for each intersection.

    Both need a whole list to match, which one SPARQL pattern over rdf:first/rdf:rest cannot say, so each
    chain or intersection becomes a rule of its own with the list's members written in.
    """
    rules: list[Rule] = []
    for kind, prop in (("chain", "owl:propertyChainAxiom"), ("intersection", "owl:intersectionOf")):
        where = f"GRAPH <{graph}> {{ ?h {prop} ?l }}" if graph else f"?h {prop} ?l"
        heads = store.query(f"SELECT DISTINCT ?h ?l WHERE {{ {where} }}", prefixes=PREFIXES)
        for solution in heads:
            members = _list(store, graph, solution["l"])
            if kind == "chain":
                rules.append(_chain_rule(store, graph, solution["h"], members))
            elif members:
                data = tuple(f"?y rdf:type {m}" for m in members)
                rules.append(Rule(f"cls-int1 {solution['h']}", f"?y rdf:type {solution['h']}", "", data, "schema"))
    return rules


def _chain_rule(store: ox.Store, graph: str | None, prop: ox.Term, members: list[ox.Term]) -> Rule:
    steps = []
    for n, member in enumerate(members):
        inverse = None
        if isinstance(member, ox.BlankNode):
            inverse = next(iter(store.quads_for_pattern(member, ox.NamedNode(_OWL + "inverseOf"), None,
                                                         _graph(graph))), None)
        if inverse is not None:
            steps.append(f"?u{n + 1} {inverse.object} ?u{n}")
        else:
            steps.append(f"?u{n} {member} ?u{n + 1}")
    return Rule(f"prp-spo2 {prop}", f"?u0 {prop} ?u{len(members)}", "", tuple(steps), "schema")


def _graph(graph: str | None) -> ox.NamedNode | ox.DefaultGraph:
    return ox.NamedNode(graph) if graph else ox.DefaultGraph()


def _list(store: ox.Store, graph: str | None, head: ox.Term) -> list[ox.Term]:
    g = _graph(graph)
    first, rest, nil = (ox.NamedNode(_RDF + n) for n in ("first", "rest", "nil"))
    items: list[ox.Term] = []
    node = head
    while node != nil and len(items) < 1000:
        item = next(iter(store.quads_for_pattern(node, first, None, g)), None)
        nxt = next(iter(store.quads_for_pattern(node, rest, None, g)), None)
        if item is None or nxt is None:
            raise ReasoningError(f"malformed RDF list at {node} in the ontology")
        items.append(item.object)
        node = nxt.object
    return items


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_OWL = "http://www.w3.org/2002/07/owl#"


def parse_stored(path: Path) -> Rule:
    """Read one queries/rules/*.rq file: a summary line and `CONSTRUCT { one triple } WHERE { ... }`.

    Raises:
        ReasoningError: no summary, not a CONSTRUCT, or a head of more or fewer than one triple pattern.
    """
    text = path.read_text(encoding="utf-8")
    summary = _HEADER.search(text)
    body_text = "\n".join(line for line in text.splitlines()
                          if not line.lstrip().startswith(("#", "PREFIX", "prefix")))
    match = _CONSTRUCT.search(body_text)
    if summary is None or match is None:
        raise ReasoningError(f"{path}: a stored rule is '# summary: ...' then CONSTRUCT {{ triple }} WHERE {{ ... }}")
    head = match["head"].strip()
    if not _TRIPLE.match(head) or head.rstrip(" .").count(" . ") or ";" in head or "," in head:
        raise ReasoningError(f"{path}: the head of a stored rule is one triple pattern, not {head!r}")
    return Rule(path.stem, head.rstrip(" ."), match["body"].strip(), (), "stored", summary[1].strip())


@lru_cache(maxsize=1)
def stored_rules() -> tuple[Rule, ...]:
    """accord's domain rules, from queries/rules/*.rq, in file-name order."""
    folder = paths.QUERIES / RULES_DIR
    return tuple(parse_stored(p) for p in sorted(folder.glob("*.rq")))
