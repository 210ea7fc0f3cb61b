"""Reasoning over the store: the OWL 2 RL closure in its own graph, explanations, and the HermiT check."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox

from ..store import INFERRED_GRAPH, ONTOLOGY_GRAPH, Store
from .budget import within
from .engine import Closure, Inconsistency, compute, saturate, scratch_store
from .hermit import DATA_LIMIT, DEFAULT_HEAP_MB, DEFAULT_SECONDS, HermitReport, run_hermit
from .rules import LEFT_OUT, Rule, stored_rules

__all__ = ["INFERRED_GRAPH", "CheckReport", "Closure", "HermitReport", "Inconsistency", "LEFT_OUT", "ReasonReport",
           "Rule", "asserted_ntriples", "check", "compute", "infer", "reason", "stored_rules"]


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


def reason(store: Store, *, seconds: float | None = None, memory_mb: int | None = None) -> ReasonReport:
    """Replace the store's inferred graph with the closure of everything asserted, in one transaction.

    When the closure holds an inconsistency the old inferred graph is kept and the report lists what was found.
    With `seconds` or `memory_mb`, the closure is computed in a child process under that budget.

    Raises:
        ReasoningError: the budget ran out (then the inferred graph is as it was), or the data cannot be read.
    """
    store.ensure_ontology()
    if seconds is None and memory_mb is None:
        report, text = infer(lambda: asserted_ntriples(store))
    else:
        report, text = within(_closure, asserted_ntriples(store), seconds=seconds, memory_mb=memory_mb)
    if report.written:
        store.replace_graph_ntriples(INFERRED_GRAPH, text)
    return report


def _closure(data: bytes) -> tuple[ReasonReport, str]:
    """infer() over `data`, as a budgeted child process runs it (arguments and result are plain values)."""
    return infer(lambda: data)


def infer(read: Callable[[], bytes]) -> tuple[ReasonReport, str]:
    """The closure of the N-Triples `read()` returns, and what of it `accord reason` stores ("" if inconsistent).

    Memory, not style, shapes this: at a million triples the asserted text is 130 MB and the scratch store
    over 1 GB. `read` is called only to load the scratch store, so the text is let go before the rules run,
    and the scratch store is let go on return, before the caller parses the update that writes the result.
    `written` in the report says whether the result is to be stored.

    >>> report, text = infer(lambda: b'<http://e/a> <http://www.w3.org/2002/07/owl#sameAs> <http://e/b> .')
    >>> report.written, text
    (True, '<http://e/b> <http://www.w3.org/2002/07/owl#sameAs> <http://e/a> .\\n')
    """
    started = time.perf_counter()
    closure = saturate(scratch_store(read()), canonical=True, started=started)
    written = not closure.inconsistencies
    report = ReasonReport(closure.asserted, closure.inferred, closure.rounds, len(closure.rules), closure.seconds,
                          closure.inconsistencies, written)
    return report, closure.ntriples() if written else ""


@dataclass(frozen=True)
class CheckReport:
    """`accord check`: HermiT's verdict, over the ontology alone or with the data, and where an inconsistency lies."""

    hermit: HermitReport
    with_data: bool
    note: str
    inconsistencies: tuple[Inconsistency, ...]

    @property
    def ok(self) -> bool:
        return self.hermit.consistent and not self.hermit.unsatisfiable


def check(store: Store, *, data: bool | None = None, seconds: int = DEFAULT_SECONDS,
          heap_mb: int = DEFAULT_HEAP_MB) -> CheckReport:
    """Run HermiT on the ontology, and on ontology + data when `data` (by default: when the data is small).

    When HermiT finds an inconsistency, the OWL 2 RL checks name the triples at fault where they can.
    """
    store.ensure_ontology()
    everything = asserted_ntriples(store)
    size = everything.count(b"\n")
    note = ""
    if data is None:
        data = size <= DATA_LIMIT
        if not data:
            note = f"the data ({size} triples) is above {DATA_LIMIT}: HermiT checked the ontology alone"
    if data:
        text = everything
    else:
        text = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}").serialize(
            format=ox.RdfFormat.N_TRIPLES) or b""
    report = run_hermit(text, seconds=seconds, heap_mb=heap_mb)
    found: tuple[Inconsistency, ...] = ()
    if not report.consistent:
        found = compute(text).inconsistencies
    return CheckReport(report, data, note, found)
