"""Reasoning over the store: the OWL 2 RL closure in its own graph, explanations, and the HermiT check."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..store import INFERRED_GRAPH, Store
from .engine import Closure, Inconsistency, compute
from .rules import LEFT_OUT, Rule, stored_rules

__all__ = ["INFERRED_GRAPH", "Closure", "Inconsistency", "LEFT_OUT", "ReasonReport", "Rule", "asserted_ntriples",
           "compute", "reason", "stored_rules"]


@dataclass(frozen=True)
class ReasonReport:
    """What one `accord reason` run did: sizes, rounds, time, and any inconsistency (then nothing was written)."""

    asserted: int
    inferred: int
    rounds: int
    rules: int
    seconds: float
    inconsistencies: tuple[Inconsistency, ...]
    written: bool


def asserted_ntriples(store: Store) -> bytes:
    """Every triple of every graph but the reasoner's own, as N-Triples (blank nodes keep their identity)."""
    # A constant of accord's, not a user's value: written into the text (a VALUES binding would join after
    # the FILTER and filter nothing).
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }}")
    return result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""


def reason(store: Store) -> ReasonReport:
    """Replace the store's inferred graph with the closure of everything asserted, in one transaction.

    When the closure holds an inconsistency the old inferred graph is kept and the report lists what was found.
    """
    store.ensure_ontology()
    closure = compute(asserted_ntriples(store))
    written = not closure.inconsistencies
    if written:
        store.replace_graph_ntriples(INFERRED_GRAPH, closure.ntriples())
    return ReasonReport(closure.asserted, closure.inferred, closure.rounds, len(closure.rules), closure.seconds,
                        closure.inconsistencies, written)
