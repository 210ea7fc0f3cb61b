"""Read-modify-write over a store: one writer at a time in the process, and every write of it in one update."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from .errors import StoreError
from .results import Rows


def data_block(quads: Iterable[ox.Quad]) -> str:
    """The body of an INSERT DATA or DELETE DATA: quads grouped by graph, every term written by pyoxigraph.

    >>> s, p, g = ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.NamedNode("http://x/g")
    >>> q = ox.Quad(s, p, ox.Literal('a"}'), g)
    >>> data_block([q])
    'GRAPH <http://x/g> {\\n<http://x/s> <http://x/p> "a\\\\"}" .\\n}'
    """
    by_graph: dict[str, list[ox.Triple]] = {}
    for q in quads:
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        by_graph.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
    parts = []
    for name, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()
        parts.append(f"GRAPH {name} {{\n{body}}}" if name else body)
    return "\n".join(parts)


class Transaction:
    """Reads that see the store as it was when the transaction began, and writes applied together at its end.

    Made by KnowledgeGraph.transaction(), which holds the store's write lock throughout: no other write of this
    process can come between a read and the write that depends on it. The writes are buffered (reads inside do
    not see them) and committed as one SPARQL update, which pyoxigraph applies atomically: readers elsewhere see
    the state before or after, never between. An exception inside the block discards them all.
    """

    def __init__(self, kg):
        self._kg = kg
        self._ops: list[str] = []

    def query(self, name: str, **params: object) -> Rows:
        return self._kg.query(name, **params)

    def sparql(self, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None):
        return self._kg.sparql(text, bindings)

    def add(self, quads: Iterable[ox.Quad]) -> None:
        quads = list(quads)
        if quads:
            self._ops.append(f"INSERT DATA {{\n{data_block(quads)}\n}}")

    def remove(self, quads: Iterable[ox.Quad]) -> None:
        quads = list(quads)
        if any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object)):
            raise StoreError("cannot remove a quad by a blank node; remove its graph instead")
        if quads:
            self._ops.append(f"DELETE DATA {{\n{data_block(quads)}\n}}")

    def replace_graph(self, name: str, quads: Iterable[ox.Quad]) -> None:
        graph = ox.NamedNode(name)
        self._ops.append(f"DROP SILENT GRAPH {graph}")
        self.add(ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads)

    def commit(self) -> None:
        """Apply the buffered writes as one update; called by KnowledgeGraph.transaction() on success."""
        ops, self._ops = self._ops, []
        if ops:
            self._kg.store.write(" ;\n".join(ops))
