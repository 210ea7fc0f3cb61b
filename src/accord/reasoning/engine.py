"""The OWL 2 RL closure, computed by SPARQL updates in a scratch store until nothing new follows."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import ReasoningError
from ..namespaces import ID, PREFIXES
from .rules import CHECKS, OWL_RULES, Rule, schema_rules, stored_rules

INFERRED_GRAPH = str(ID["graph/inferred"])
# Graph names inside the scratch store only.
ASSERTED = "urn:accord:scratch:asserted"
DERIVED = "urn:accord:scratch:inferred"
MAX_ROUNDS = 100


@dataclass(frozen=True)
class Inconsistency:
    """A conclusion of 'false': which OWL 2 RL rule found it, and what it found, in words."""

    rule: str
    message: str


@dataclass(frozen=True)
class Closure:
    """The result of one reasoning run over a scratch store that holds graph ASSERTED and graph DERIVED."""

    scratch: ox.Store
    asserted: int
    inferred: int
    rounds: int
    rules: tuple[Rule, ...]
    inconsistencies: tuple[Inconsistency, ...]
    seconds: float

    def triples(self, *, with_blank_nodes: bool = True) -> list[ox.Triple]:
        """The inferred triples (never an asserted one); optionally without those that name a blank node."""
        out = [ox.Triple(q.subject, q.predicate, q.object)
               for q in self.scratch.quads_for_pattern(None, None, None, ox.NamedNode(DERIVED))]
        if not with_blank_nodes:
            out = [t for t in out if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)]
        return out

    def aliases(self) -> set[ox.Term]:
        """Terms owl:sameAs an accord IRI without being one (an actor's Wikidata entity, mostly)."""
        rows = self.scratch.query(
            "SELECT DISTINCT ?x WHERE { ?x owl:sameAs ?c . "
            f'FILTER(isIRI(?c) && STRSTARTS(STR(?c), "{ID}") && !STRSTARTS(STR(?x), "{ID}")) }}',
            prefixes=PREFIXES, default_graph=[ox.NamedNode(ASSERTED), ox.NamedNode(DERIVED)])
        return {row["x"] for row in rows}

    def stored_triples(self) -> list[ox.Triple]:
        """The inferred triples `accord reason` writes: without blank nodes, and with equality canonicalised.

        eq-rep-s/p/o copy every statement about an actor onto its Wikidata entity; stored, those copies would
        double every answer. Only the owl:sameAs links to an alias are kept, not the copies, so that queries
        see each actor once under its accord IRI; the copies follow from the links and are what owlrl adds.
        """
        aliases = self.aliases()
        same_as = ox.NamedNode(PREFIXES["owl"] + "sameAs")
        return [t for t in self.triples(with_blank_nodes=False)
                if t.predicate == same_as or (t.subject not in aliases and t.object not in aliases)]

    def ntriples(self) -> str:
        """stored_triples() as N-Triples text."""
        return ox.serialize(self.stored_triples(), format=ox.RdfFormat.N_TRIPLES).decode()


def compute(data: bytes, *, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,
            extra_rules: Sequence[Rule] | None = None) -> Closure:
    """The closure of `data` (ontology and facts in one graph) under the OWL 2 RL rules and the stored rules.

    Naive evaluation: every round runs every rule as one INSERT … WHERE update, each adding only triples that
    are new; the run stops after the first round that adds nothing.

    >>> data = b'<http://e/a> <http://www.w3.org/2002/07/owl#sameAs> <http://e/b> .'
    >>> [str(t) for t in compute(data, extra_rules=()).triples()]
    ['<http://e/b> <http://www.w3.org/2002/07/owl#sameAs> <http://e/a>']

    Raises:
        ReasoningError: the data does not parse, or the rules do not reach a fixpoint in MAX_ROUNDS rounds.
    """
    started = time.perf_counter()
    scratch = ox.Store()
    try:
        scratch.load(data, format=format, to_graph=ox.NamedNode(ASSERTED))
    except SyntaxError as exc:
        raise ReasoningError(f"cannot read the data to reason over: {str(exc).splitlines()[0]}") from None
    asserted = len(scratch)
    rules = (*OWL_RULES, *schema_rules(scratch, ASSERTED), *(stored_rules() if extra_rules is None else extra_rules))
    updates = [rule.update(ASSERTED, DERIVED) for rule in rules]
    rounds = 0
    size = asserted
    while True:
        rounds += 1
        for rule, update in zip(rules, updates):
            try:
                scratch.update(update, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise ReasoningError(f"rule {rule.name} is not valid SPARQL: {str(exc).splitlines()[0]}") from None
        grown = len(scratch)
        if grown == size:
            break
        size = grown
        if rounds >= MAX_ROUNDS:
            raise ReasoningError(f"no fixpoint after {MAX_ROUNDS} rounds")
    return Closure(scratch, asserted, size - asserted, rounds, tuple(rules), tuple(check(scratch)),
                   time.perf_counter() - started)


def check(scratch: ox.Store) -> list[Inconsistency]:
    """Run the OWL 2 RL rules that conclude 'false' over the asserted and inferred triples."""
    found: list[Inconsistency] = []
    dataset = [ox.NamedNode(ASSERTED), ox.NamedNode(DERIVED)]
    for rule in CHECKS:
        query = f"SELECT DISTINCT * WHERE {{ {rule.body} }} LIMIT 20"
        solutions = scratch.query(query, prefixes=PREFIXES, default_graph=dataset)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            values = {name: _short(solution[name]) for name in names if solution[name] is not None}
            try:
                found.append(Inconsistency(rule.name, rule.message.format(**values)))
            except KeyError:
                found.append(Inconsistency(rule.name, rule.message))
    return found


def _short(term: ox.Term) -> str:
    text = term.value if isinstance(term, (ox.NamedNode, ox.Literal)) else str(term)
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if text.startswith(iri) and len(text) > len(iri):
                return f"{prefix}:{text[len(iri):]}"
    return repr(text) if isinstance(term, ox.Literal) else text
