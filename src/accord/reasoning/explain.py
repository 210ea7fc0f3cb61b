"""Why a triple holds: the document and sentence that assert it, or the rule and premises that infer it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef, Variable
from rdflib.paths import Path as RdfPath
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery

from ..errors import QueryError
from ..namespaces import PREFIXES
from ..store import INFERRED_GRAPH, ONTOLOGY_GRAPH, Store, to_ox
from .engine import short
from .rules import OWL_RULES, Rule, schema_rules, stored_rules

MAX_DEPTH = 12
MAX_TRIES = 8
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


@dataclass(frozen=True)
class Sentence:
    """A span of a document's text that supports a triple: the evidence sentence, or a mention."""

    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Explanation:
    """Why `triple` holds: `how` is "asserted", "ontology", "inferred", "schema-list" or "unknown".

    An asserted triple names its graphs and sentences; an inferred one names its rule and the explanations of
    its premises, down to asserted triples.
    """

    triple: tuple[ox.Term, ox.Term, ox.Term]
    how: str
    graphs: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    rule: str = ""
    premises: tuple[Explanation, ...] = field(default=())

    def all_sentences(self) -> list[Sentence]:
        """Every sentence reached, this triple's and its premises', in order and without repeats."""
        out = list(self.sentences)
        for p in self.premises:
            out += [s for s in p.all_sentences() if s not in out]
        return out

    def lines(self, indent: int = 0) -> list[str]:
        """The explanation as indented text, one line per triple and per sentence."""
        pad = "  " * indent
        s, p, o = (short(t) for t in self.triple)
        where = {"asserted": f"asserted in {', '.join(short(ox.NamedNode(g)) for g in self.graphs)}",
                 "ontology": "stated in the ontology", "inferred": f"inferred by {self.rule}",
                 "schema-list": "a member of an RDF list in the ontology",
                 "unknown": "not found in the store"}[self.how]
        out = [f"{pad}{s} {p} {o}    [{where}]"]
        out += [f"{pad}  sentence {x.start}-{x.end} of {short(ox.NamedNode(x.document))}: {x.text!r}"
                for x in self.sentences]
        for premise in self.premises:
            out += premise.lines(indent + 1)
        return out


def explain(store: Store, triple: tuple[ox.Term, ox.Term, ox.Term]) -> Explanation:
    """Explain one triple of the store (asserted in a document, stated in the ontology, or inferred).

    >>> from accord import KnowledgeGraph
    >>> kg = KnowledgeGraph.open(); _ = kg.ingest("Russia imposed sanctions on Japan.", id="n"); _ = kg.reason()
    >>> from accord.namespaces import ACC, ID, RDF
    >>> e = kg.explain(ID["actor/Q17"], RDF.type, ACC.SanctionedActor)
    >>> e.how, e.rule, [x.text for x in e.all_sentences()]
    ('inferred', 'sanctioned_actors', ['Russia imposed sanctions on Japan.'])
    """
    # Domain rules first and equality last, so that an explanation takes the direct route where there is one
    # rather than a detour through an actor's owl:sameAs alias.
    equality = tuple(r for r in OWL_RULES if r.name.startswith("eq-"))
    others = tuple(r for r in OWL_RULES if not r.name.startswith("eq-"))
    rules = (*stored_rules(), *_schema_rules(store), *others, *equality)
    return _explain(store, triple, rules, frozenset())


def _schema_rules(store: Store) -> list[Rule]:
    scratch = ox.Store()
    scratch.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(ONTOLOGY_GRAPH))
                   for q in store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"))
    return schema_rules(scratch, ONTOLOGY_GRAPH)


def _explain(store: Store, triple, rules, ancestors: frozenset) -> Explanation:
    s, p, o = triple
    graphs = [row["g"] for row in store.query(
        "SELECT DISTINCT ?g WHERE { VALUES (?s ?p ?o) { (" + " ".join(str(t) for t in triple) + ") } "
        "GRAPH ?g { ?s ?p ?o } }")]
    names = sorted(g.value for g in graphs if g.value != INFERRED_GRAPH)
    if names:
        if names == [ONTOLOGY_GRAPH]:
            return Explanation(triple, "ontology", tuple(names))
        return Explanation(triple, "asserted", tuple(names), tuple(_sentences(store, triple, names)))
    if len(graphs) == 0 or len(ancestors) >= MAX_DEPTH:
        return Explanation(triple, "unknown")
    for rule in rules:
        binding = _unify(rule.head, triple)
        if binding is None:
            continue
        for premises in _premise_sets(store, rule, binding):
            if any(t in ancestors or t == triple for t in premises if not isinstance(t[1], str)):
                continue
            parts = tuple(_explain(store, t, rules, ancestors | {triple}) if not isinstance(t[1], str)
                          else Explanation((t[0], ox.NamedNode(PREFIXES["rdf"] + "first"), t[2]), "schema-list")
                          for t in premises)
            if all(part.how != "unknown" for part in parts):
                return Explanation(triple, "inferred", rule=rule.name, premises=parts)
    return Explanation(triple, "unknown")


def to_term(value) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An explain argument as a pyoxigraph term: a term already, an rdflib term, or an IRI / prefixed name.

    >>> to_term("acc:allyOf")
    <NamedNode value=https://w3id.org/accord/ontology#allyOf>
    """
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    if isinstance(value, (URIRef, BNode, Literal)):
        return to_ox(value)
    text = str(value).strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise QueryError(f"{text!r} is not an IRI or prefixed name") from None


def _unify(head: str, triple) -> dict[str, ox.Term] | None:
    binding: dict[str, ox.Term] = {}
    for token, term in zip(head.split(), triple):
        if token.startswith("?"):
            if binding.setdefault(token[1:], term) != term:
                return None
        elif _term(token) != term:
            return None
    return binding


def _term(token: str) -> ox.NamedNode:
    if token.startswith("<"):
        return ox.NamedNode(token[1:-1])
    prefix, _, local = token.partition(":")
    return ox.NamedNode(PREFIXES[prefix] + local)


def _premise_sets(store: Store, rule: Rule, binding: dict[str, ox.Term]):
    """The rule's body patterns, instantiated by up to MAX_TRIES solutions that agree with `binding`."""
    patterns = _patterns(rule.where)
    names = sorted(binding)
    # An inline VALUES joins inside the group, so the body's FILTERs see the bound head variables.
    values = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(binding[n]) for n in names)}) }}"
    solutions = store.query(f"SELECT * WHERE {{ {values} {rule.where} }} LIMIT {MAX_TRIES}")
    for solution in solutions:
        yield [tuple(_instantiate(x, solution) for x in pattern) for pattern in patterns]


def _instantiate(node, solution):
    if isinstance(node, Variable):
        return solution[str(node)]
    if isinstance(node, RdfPath):
        return "list"  # a list-membership path: shown as such, not explained further
    return ox.NamedNode(str(node))


@lru_cache(maxsize=256)
def _patterns(body: str) -> tuple[tuple, ...]:
    algebra = translateQuery(parseQuery(_PROLOGUE + f"SELECT * WHERE {{ {body} }}")).algebra
    found: list[tuple] = []
    _walk(algebra, found)
    return tuple(found)


def _walk(node, found: list) -> None:
    if getattr(node, "name", None) == "BGP":
        found.extend(tuple(t) for t in node["triples"])
        return
    for key in ("p", "p1", "p2"):
        child = node.get(key) if hasattr(node, "get") else None
        if child is not None:
            _walk(child, found)


_SPAN = " ?e acc:inDocument ?d ; acc:start ?start ; acc:end ?end ; acc:text ?text ."
# Where a triple's sentence is found, best first: the evidence of an act (or alliance) it is about, the
# evidence of an alliance of its subject and object, else the places its subject is mentioned.
_SUPPORT = ("?s acc:evidence ?e .", "?x a acc:Alliance ; acc:member ?s, ?o ; acc:evidence ?e .", "?e acc:mentionOf ?s .")


def _sentences(store: Store, triple, graphs: list[str]) -> list[Sentence]:
    """Up to five spans in `graphs` that support an asserted triple."""
    s, _, o = triple
    values = f"VALUES (?s ?o) {{ ({s} {o}) }}"
    for pattern in _SUPPORT:
        rows = store.query(f"SELECT DISTINCT ?d ?start ?end ?text WHERE {{ {values} {pattern}{_SPAN} }} ORDER BY ?start")
        found = [Sentence(r["d"].value, int(r["start"].value), int(r["end"].value), r["text"].value)
                 for r in rows if r["d"].value in graphs]
        if found:
            return found[:5]
    return []
