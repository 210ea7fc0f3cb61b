"""The OWL 2 RL closure, computed by SPARQL updates in a scratch store until nothing new follows."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import ReasoningError
from ..namespaces import ID, PREFIXES
from ..results import compact
from .rules import CANONICAL_EQUALITY, CHECKS, OWL_RULES, Rule, schema_rules, stored_rules

INFERRED_GRAPH = str(ID["graph/inferred"])
# Inside the scratch store: asserted and inferred triples share the default graph, and the conclusions of each
# round are also kept in a graph of their own (ROUND + number), which is what the next round starts from.
ROUND = "urn:accord:scratch:round/"
MAX_ROUNDS = 100
# A new triple with one of these predicates (or typing a term with one of these classes) changes the ontology,
# so the next round evaluates every rule whole rather than semi-naively.
SCHEMA_PREDICATES = ("rdfs:subClassOf", "rdfs:subPropertyOf", "rdfs:domain", "rdfs:range", "owl:equivalentClass",
                     "owl:equivalentProperty", "owl:inverseOf", "owl:intersectionOf", "owl:unionOf", "owl:oneOf",
                     "owl:someValuesFrom", "owl:allValuesFrom", "owl:hasValue", "owl:onProperty",
                     "owl:maxCardinality", "owl:propertyChainAxiom", "rdf:first", "rdf:rest")
SCHEMA_CLASSES = ("owl:Class", "owl:ObjectProperty", "owl:DatatypeProperty", "owl:SymmetricProperty",
                  "owl:TransitiveProperty", "owl:FunctionalProperty", "owl:InverseFunctionalProperty")
_SCHEMA_CHANGED = (f"ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?p IN ({', '.join(SCHEMA_PREDICATES)}) || "
                   f"(?p = rdf:type && ?o IN ({', '.join(SCHEMA_CLASSES)}))) }}")


@dataclass(frozen=True)
class Inconsistency:
    """A conclusion of 'false': which OWL 2 RL rule found it, and what it found, in words."""

    rule: str
    message: str


@dataclass(frozen=True)
class Closure:
    """The result of one reasoning run: a scratch store with everything in its default graph, and the
    inferred triples also in one graph per round."""

    scratch: ox.Store
    asserted: int
    inferred: int
    rounds: int
    rules: tuple[Rule, ...]
    inconsistencies: tuple[Inconsistency, ...]
    seconds: float

    def triples(self) -> list[ox.Triple]:
        """Every inferred triple (never an asserted one), blank nodes included."""
        return list(self._triples())

    def _triples(self) -> Iterator[ox.Triple]:
        for g in self.scratch.named_graphs():
            for q in self.scratch.quads_for_pattern(None, None, None, g):
                yield ox.Triple(q.subject, q.predicate, q.object)

    def ntriples(self) -> str:
        """What `accord reason` stores, as N-Triples: the inferred triples without blank nodes, equality canonical.

        eq-rep-s/p/o copy every statement about an actor onto its Wikidata entity; stored, those copies would
        double every answer. Only the owl:sameAs links to such an alias are kept, not the copies, so that
        queries see each actor once under its accord IRI; the copies follow from the links and are part of
        the closure (and of owlrl's). Blank nodes would lose their identity on the way into the store.
        """
        aliases = {row["x"] for row in self.scratch.query(
            f"SELECT DISTINCT ?x WHERE {{ ?x owl:sameAs ?c . FILTER(isIRI(?c) && STRSTARTS(STR(?c), \"{ID}\") && "
            f"!STRSTARTS(STR(?x), \"{ID}\")) }}", prefixes=PREFIXES)}
        same_as = ox.NamedNode(PREFIXES["owl"] + "sameAs")
        kept = (t for t in self._triples()  # a generator: a million triples are not held as objects at once
                if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)
                and (t.predicate == same_as or (t.subject not in aliases and t.object not in aliases)))
        return ox.serialize(kept, format=ox.RdfFormat.N_TRIPLES).decode()


def compute(data: bytes, *, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES,
            extra_rules: Sequence[Rule] | None = None, canonical: bool = False) -> Closure:
    """The closure of `data` (ontology and facts in one graph) under the OWL 2 RL rules and the stored rules.

    Semi-naive evaluation by SPARQL updates: the rules about the ontology alone run first, to a fixpoint; then
    each round runs every rule as INSERT … WHERE updates, after the first round requiring one data premise to
    be a conclusion of the round before (unless that round changed the ontology; stored rules always run
    whole). The run stops after the first round that adds nothing.

    With `canonical`, eq-rep-s/o do not copy statements onto aliases (rules.CANONICAL_EQUALITY): the closure
    then lacks exactly those copies, and ntriples(), which leaves them out anyway, is the same.

    >>> data = b'<http://e/a> <http://www.w3.org/2002/07/owl#sameAs> <http://e/b> .'
    >>> [str(t) for t in compute(data, extra_rules=()).triples()]
    ['<http://e/b> <http://www.w3.org/2002/07/owl#sameAs> <http://e/a>']

    Raises:
        ReasoningError: the data does not parse, or the rules do not reach a fixpoint in MAX_ROUNDS rounds.
    """
    started = time.perf_counter()
    return saturate(scratch_store(data, format=format), extra_rules=extra_rules, canonical=canonical, started=started)


def scratch_store(data: bytes, *, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> ox.Store:
    """A store in memory holding `data` in its default graph, for saturate() to reason in.

    Separate from compute() so that a caller can let go of `data` (at a million triples, 130 MB) before the rules
    run: `saturate(scratch_store(read()))` holds the text only while it is being loaded.

    Raises:
        ReasoningError: the data does not parse.
    """
    scratch = ox.Store()
    try:
        scratch.load(data, format=format, to_graph=ox.DefaultGraph())
    except SyntaxError as exc:
        raise ReasoningError(f"cannot read the data to reason over: {str(exc).splitlines()[0]}") from None
    return scratch


def saturate(scratch: ox.Store, *, extra_rules: Sequence[Rule] | None = None, canonical: bool = False,
          started: float | None = None) -> Closure:
    """Add the closure of what `scratch` holds to it (see compute()); `started` is when the run began, if earlier.

    Raises:
        ReasoningError: the rules do not reach a fixpoint in MAX_ROUNDS rounds, or a stored rule is not valid SPARQL.
    """
    started = time.perf_counter() if started is None else started
    asserted = len(scratch)
    owl = [CANONICAL_EQUALITY.get(r.name, r) for r in OWL_RULES] if canonical else OWL_RULES
    rules = (*owl, *schema_rules(scratch, None), *(stored_rules() if extra_rules is None else extra_rules))
    ontology_only = [r for r in rules if not r.data and r.kind != "stored"]
    rounds = 0
    while _round(scratch, ontology_only, f"{ROUND}0.{rounds}", None):  # the ontology's own closure first
        rounds += 1
    delta: str | None = None
    while True:
        rounds += 1
        new = f"{ROUND}{rounds}"
        if not _round(scratch, rules, new, delta):
            break
        delta = None if scratch.query(_SCHEMA_CHANGED, prefixes=PREFIXES, default_graph=[ox.NamedNode(new)],
                                      named_graphs=[ox.NamedNode(new)]) else new
        if rounds >= MAX_ROUNDS:
            raise ReasoningError(f"no fixpoint after {MAX_ROUNDS} rounds")
    inferred = int(next(iter(scratch.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
    return Closure(scratch, asserted, inferred, rounds, tuple(rules), tuple(check(scratch)),
                   time.perf_counter() - started)


def _round(scratch: ox.Store, rules: Sequence[Rule], new: str, delta: str | None) -> bool:
    """Run `rules` once, each conclusion into the default graph and graph `new`; whether anything was added."""
    for rule in rules:
        if delta is None or not rule.semi_naive:
            if delta is not None and not rule.data and rule.kind != "stored":
                continue  # about the ontology alone, which the last round did not change
            updates = [rule.update(new)]
        else:
            updates = [rule.update(new, delta, n) for n in range(len(rule.data))]
        for update in updates:
            try:
                scratch.update(update, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise ReasoningError(f"rule {rule.name} is not valid SPARQL: {str(exc).splitlines()[0]}") from None
    # len() of an in-memory store counts every quad; whether the round's graph is empty is one lookup
    return bool(scratch.query(f"ASK {{ GRAPH <{new}> {{ ?s ?p ?o }} }}"))


def check(scratch: ox.Store) -> list[Inconsistency]:
    """Run the OWL 2 RL rules that conclude 'false' over the asserted and inferred triples."""
    found: list[Inconsistency] = []
    for rule in CHECKS:
        query = f"SELECT DISTINCT * WHERE {{ {rule.body} }} LIMIT 20"
        solutions = scratch.query(query, prefixes=PREFIXES)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            values = {name: short(solution[name]) for name in names if solution[name] is not None}
            try:
                found.append(Inconsistency(rule.name, rule.message.format(**values)))
            except KeyError:
                found.append(Inconsistency(rule.name, rule.message))
    return found


def short(term: ox.Term) -> str:
    """A term for a message: an IRI with accord's prefixes (id:actor/Q159), a literal quoted."""
    if isinstance(term, ox.NamedNode):
        return str(compact(term.value))
    return repr(term.value) if isinstance(term, ox.Literal) else str(term)
