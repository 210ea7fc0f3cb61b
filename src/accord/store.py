"""The embedded store (pyoxigraph, on disk or in memory): one named graph per document, written atomically."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from bisect import bisect_right
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from . import paths, rdfinput
from .errors import QueryError, StoreError
from .namespaces import ID, PREFIXES

ONTOLOGY_GRAPH = str(ID["graph/ontology"])
INFERRED_GRAPH = str(ID["graph/inferred"])  # written only by the reasoner (accord.reasoning)
DOC_PREFIX = str(ID["doc/"])
FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
           "jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
DATASET_FORMATS = ("trig", "nquads", "jsonld")
ONTOLOGY_FILES = ("accord.ttl", "cameo.ttl")
# A bulk load of N-Quads is cut at line ends into pieces of this size, loaded one per CPU at a time. pyoxigraph's
# bulk loader parses a piece whole before indexing it on a thread of its own, so with two pieces a CPU works in
# every phase; and it holds a piece's index in memory before writing it, so the piece size bounds the memory (make
# bench's import of 1M triples on 2 CPUs: four 50 MB pieces at once peaked at 1,406 MB, 8 MB pieces two at a time
# at 455 MB, the file's 198 MB included, and took no longer). Smaller pieces only add index files.
BULK_PIECE_BYTES = 8 * 1024 * 1024
# A blank node label in N-Quads: '_:' then name characters, '.' only inside. A match that is no label (a '_:' inside
# an IRI or a literal) only keeps more lines in one piece, which is always safe.
_BLANK_LABEL = re.compile(rb"_:((?:[\w\-.:]|[\x80-\xff])+)")


def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term; plain literals become xsd:string, as RDF 1.1 says they are."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def graph_quads(graph: Graph, name: str) -> list[ox.Quad]:
    g = ox.NamedNode(name)
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), g) for s, p, o in graph]


def serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Quads in one of FORMATS; formats without graphs get the triples of every graph."""
    fmt_ = _format(fmt)
    if not fmt_.supports_datasets:
        quads = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(quads, format=fmt_, prefixes=PREFIXES if fmt in ("turtle", "trig") else None)


def _format(fmt: str) -> ox.RdfFormat:
    try:
        return FORMATS[fmt]
    except KeyError:
        raise StoreError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None


def parse_dataset(data: bytes, fmt: str, source: str = "<data>") -> list[ox.Quad]:
    """The quads of a serialised dataset (TriG, N-Quads or JSON-LD), as `import` reads it.

    Untrusted bytes go through rdfinput's checks (size, encoding, DOCTYPE, nesting) before any parser sees them.

    Raises:
        StoreError: the format does not carry named graphs.
        InputError: the data is refused by rdfinput or does not parse.
    """
    if fmt not in DATASET_FORMATS:
        raise StoreError(f"import needs a dataset format ({', '.join(DATASET_FORMATS)}), not {fmt!r}")
    return rdfinput.parse(data, fmt, source)


def values_clause(bindings: Mapping[str, ox.NamedNode | ox.Literal] | None) -> str:
    """A trailing VALUES block that binds query variables to RDF terms.

    The terms are written by pyoxigraph in N-Triples syntax, which escapes every quote, brace and line break,
    so a value can never change the query's structure; no value is formatted into the text by hand. (Oxigraph's
    own substitution only binds projected variables, and a remote endpoint has none: this works for both.)

    >>> values_clause({"actor": ox.NamedNode("https://w3id.org/accord/id/actor/Q159"), "n": ox.Literal('a"}')})
    '\\nVALUES (?actor ?n) { (<https://w3id.org/accord/id/actor/Q159> "a\\\\"}") }'
    """
    if not bindings:
        return ""
    names = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(str(term) for term in bindings.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}"


# The group a VALUES block opens: after WHERE, or after ASK where the query leaves WHERE out (Virtuoso refuses a
# VALUES block trailing an ASK).
_WHERE = re.compile(r"^[^#\n]*?\b(?:WHERE|ASK)\s*\{", re.IGNORECASE | re.MULTILINE)
# Where a query wants the block instead: a line holding only this comment, once or more. A subquery is evaluated
# on its own, so a value bound at the top reaches it only as a join after the subquery has matched every value.
PARAMETERS_HERE = "# @parameters"
_HERE = re.compile(rf"^[ \t]*{re.escape(PARAMETERS_HERE)}[ \t]*$", re.MULTILINE)


def bind(sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None) -> str:
    """`sparql` with `bindings` as a VALUES block opening its WHERE group (at the end if it has no WHERE), or
    in place of each line that holds only the comment PARAMETERS_HERE.

    A join with VALUES means the same wherever it stands in the group, but engines evaluate a group's
    patterns in order: placed first, the bound terms become index look-ups instead of a filter applied after
    every match was enumerated, and FILTER and BIND in the group see them. In a subquery the block restricts
    what the subquery matches; the query must then place it in every group whose variables the values bind.

    >>> print(bind("SELECT ?x WHERE { ?x ?p $y }", {"y": ox.Literal("a")}))
    SELECT ?x WHERE {
    VALUES (?y) { ("a") }
     ?x ?p $y }
    >>> print(bind("ASK { ?x ?p $y }", {"y": ox.Literal("a")}))
    ASK {
    VALUES (?y) { ("a") }
     ?x ?p $y }
    >>> print(bind("SELECT ?x WHERE { { SELECT ?x WHERE {\\n# @parameters\\n?x ?p $y } } }", {"y": ox.Literal("a")}))
    SELECT ?x WHERE { { SELECT ?x WHERE {
    VALUES (?y) { ("a") }
    ?x ?p $y } } }
    """
    block = values_clause(bindings)
    if not block:
        return sparql
    placed, count = _HERE.subn(lambda _: block.lstrip("\n"), sparql)
    if count:
        return placed
    match = _WHERE.search(sparql)
    if match is None:
        return sparql + block
    return sparql[:match.end()] + block + "\n" + sparql[match.end():]


class Store:
    """A quad store holding one named graph per document, plus the ontology's graph.

    >>> store = Store.open()          # in memory
    >>> g = Graph(); _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x")))
    >>> store.replace_graph(DOC_PREFIX + "d1", graph_quads(g, DOC_PREFIX + "d1"))
    >>> store.documents()
    ['https://w3id.org/accord/id/doc/d1']
    """

    def __init__(self, inner: ox.Store, path: Path | None, *, read_only: bool = False):
        self._inner = inner
        self.path = path
        self.read_only = read_only
        # Every write in this process goes through this lock, so a read-modify-write (api.Transaction) holding
        # it cannot interleave with another; pyoxigraph makes each single update atomic, not a sequence of them.
        self.write_lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Store:
        """Open (or create) the store at `path`; None gives a store in memory.

        Raises:
            StoreError: another process has the store open for writing, or the folder cannot be used.
        """
        if path is None:
            return cls(ox.Store(), None)
        path = Path(path)
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{path}: no store here (run accord ingest first)")
                return cls(ox.Store.read_only(str(path)), path, read_only=True)
            if path.exists() and not path.is_dir():
                raise StoreError(f"{path}: is a file, not a store folder")
            return cls(ox.Store(str(path)), path)
        except OSError as exc:
            message = str(exc)
            if "permission denied" in message.lower():  # before "lock": an unwritable LOCK file names it too
                raise StoreError(f"{path}: the store folder is not writable (permission denied); commands that "
                                 "only read still work") from None
            if "lock" in message.lower():
                raise StoreError(f"store busy: {path} is open in another process") from None
            raise StoreError(f"{path}: cannot open the store ({message.splitlines()[0]})") from None

    def close(self) -> None:
        try:
            if self.path is not None and not self.read_only:
                self._inner.flush()
        except OSError as exc:
            raise _write_failed(exc) from None
        finally:
            self._inner = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self._inner)

    def is_empty(self) -> bool:
        """Whether the store holds no quad at all (without counting them)."""
        return next(iter(self._inner.quads_for_pattern(None, None, None, None)), None) is None

    def documents(self) -> list[str]:
        """The IRIs of the documents' graphs, sorted."""
        return sorted(g.value for g in self._inner.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(DOC_PREFIX))

    def replace_graph(self, name: str, quads: list[ox.Quad]) -> None:
        """Make graph `name` hold exactly `quads`, in one transaction: readers see the old or the new graph."""
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        self.replace_graph_ntriples(name, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode())

    def replace_graph_ntriples(self, name: str, data: str) -> None:
        """Make graph `name` hold exactly the triples of the N-Triples text `data`, in one transaction."""
        graph = ox.NamedNode(name)
        self.write(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{data}}} }}" if data.strip()
                    else f"DROP SILENT GRAPH {graph}")

    def write(self, update: str) -> None:
        """Run one SPARQL update as one transaction, under the write lock; only accord's own code writes it."""
        # The data block is N-Triples written by pyoxigraph's serializer: terms are escaped by the library,
        # never formatted from user values by hand. One update is one transaction.
        with self.write_lock:
            try:
                self._inner.update(update)
            except OSError as exc:
                raise _write_failed(exc) from None

    def load(self, data: bytes, fmt: str, source: str = "<data>") -> None:
        """Add a serialised dataset (TriG, N-Quads or JSON-LD) in one transaction.

        Raises:
            StoreError: the format does not carry named graphs.
            InputError: the data is refused by rdfinput (size, encoding, nesting) or does not parse.
        """
        self.extend(parse_dataset(data, fmt, source))

    def import_file(self, path: str | Path, fmt: str, limits: rdfinput.Limits | None = None) -> None:
        """Add the dataset in file `path` (TriG, N-Quads or JSON-LD), all of it or nothing.

        N-Quads into an empty store on disk (a store being built from a dump, where the data is large) takes
        pyoxigraph's bulk loader, on pieces of the file in parallel, then one compaction: several times faster
        than one transaction, and a failure empties the store again, which is the state it started from. Other
        N-Quads (into memory, where the bulk loader's pieces only contend for the one writer, or into a store
        that holds data) is parsed and added by pyoxigraph in one transaction. Anything else is parsed whole in
        Python and added in one transaction, as load() does.

        Raises:
            StoreError: the format does not carry named graphs, or the store cannot be written.
            InputError: the file is refused by rdfinput (size, encoding, nesting, a literal's length) or does
                not parse.
        """
        if fmt not in DATASET_FORMATS:
            raise StoreError(f"import needs a dataset format ({', '.join(DATASET_FORMATS)}), not {fmt!r}")
        limits = limits or rdfinput.Limits.from_env()
        data = rdfinput.read_bytes(path, limits)
        with self.write_lock:
            if fmt == "nquads":
                rdfinput.check_bytes(data, fmt, str(path), limits)
                if rdfinput.literals_bounded(data, fmt, limits):
                    if self.path is not None and self.is_empty():
                        self._bulk_load(data, fmt, str(path))
                    else:
                        self._load(data, fmt, str(path))
                    return
            self.extend(rdfinput.parse(data, fmt, str(path), limits))

    def _load(self, data: bytes, fmt: str, source: str) -> None:
        """Parse and add `data` inside pyoxigraph, in one transaction: no Python object per quad (1M triples into
        memory in 4 s, against 9 s parsed to a list and added with extend())."""
        try:
            self._inner.load(data, FORMATS[fmt])
        except SyntaxError as exc:
            raise rdfinput.syntax_error(exc, fmt, source) from None
        except OSError as exc:
            raise _write_failed(exc) from None

    def _bulk_load(self, data: bytes, fmt: str, source: str) -> None:
        """Bulk-load line-based `data` in pieces on parallel threads (pyoxigraph lets go of the GIL meanwhile).

        The lines that name one blank node stay in one piece (see _blank_node_spans).

        The caller has made sure the store is empty: a piece that fails leaves the others written, and emptying
        the store undoes them all.
        """
        pieces = _line_pieces(data, BULK_PIECE_BYTES, _blank_node_spans(data))

        def load(piece: tuple[int, int]) -> None:
            start, end = piece
            try:
                self._inner.bulk_load(data[start:end], FORMATS[fmt])
            except SyntaxError as exc:
                raise rdfinput.syntax_error(exc, fmt, source, first_line=data.count(b"\n", 0, start) + 1) from None

        try:
            if len(pieces) == 1:
                load(pieces[0])
            else:
                with ThreadPoolExecutor(os.cpu_count() or 1, thread_name_prefix="accord-bulk-load") as pool:
                    futures = [pool.submit(load, piece) for piece in pieces]  # a piece is copied out when it starts
                    try:
                        for future in futures:
                            future.result()
                    finally:  # after a failure, the pieces not started are not loaded; those running finish
                        for future in futures:
                            future.cancel()
            self._inner.flush()
        except BaseException as exc:
            try:
                self._inner.clear()
                self._inner.flush()
            except OSError as again:
                raise StoreError(f"{source}: the import failed and the store still holds part of it "
                                 f"({str(again).splitlines()[0]}); delete the store folder") from None
            if isinstance(exc, OSError):
                raise _write_failed(exc) from None
            raise
        # Each piece leaves its own files, which a store opened read-only (the server's query workers) cannot
        # merge: at a million triples 76 of them, and queries there took 3-5 times as long as after this
        # compaction (2.4 s), which leaves 14.
        try:
            self._inner.optimize()
        except OSError as exc:
            raise _write_failed(exc) from None

    def extend(self, quads: list[ox.Quad]) -> None:
        """Add `quads` in one transaction."""
        with self.write_lock:
            try:
                self._inner.extend(quads)
            except OSError as exc:
                raise _write_failed(exc) from None

    def dump(self, fmt: str) -> bytes:
        return serialize(self._inner.quads_for_pattern(None, None, None, None), fmt)

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              asserted: bool = False):
        """Run a SPARQL query over the union of all graphs, with `bindings` substituted for variables.

        With `asserted`, the union leaves out the reasoner's graph, so only asserted triples are seen.

        Raises:
            QueryError: the query does not parse or cannot be evaluated.
        """
        dataset: dict = {"use_default_graph_as_union": True}
        if asserted:
            graphs = [g for g in self._inner.named_graphs() if g.value != INFERRED_GRAPH]
            dataset = {"default_graph": graphs, "named_graphs": graphs}   # GRAPH ?g must not see it either
        try:
            return self._inner.query(bind(sparql, bindings), prefixes=PREFIXES, **dataset)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None

    def ensure_ontology(self) -> None:
        """Load ontology/accord.ttl and cameo.ttl into their own graph when missing or changed."""
        marker = ontology_marker()
        if marker not in self._inner:
            self.replace_graph(ONTOLOGY_GRAPH, ontology_quads() + [marker])


def _write_failed(exc: OSError) -> StoreError:
    """The one-line error for a store that pyoxigraph could not write (disk full, read-only, locked)."""
    return StoreError(f"cannot write the store: {str(exc).splitlines()[0]}")


def _line_pieces(data: bytes, size: int, together: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets cutting `data` into pieces of about `size` bytes, each ending at a line end.

    No cut falls inside a span of `together` (sorted, disjoint (first, last) offsets, as _blank_node_spans gives):
    the lines from `first` to `last` end in one piece.

    >>> _line_pieces(b"a\\nbb\\nccc\\nd", 3)
    [(0, 5), (5, 9), (9, 10)]
    >>> _line_pieces(b"a\\nbb\\nccc\\nd", 3, [(2, 6)])
    [(0, 9), (9, 10)]
    """
    firsts = [first for first, _ in together]
    pieces, start = [], 0
    while start < len(data):
        end = _line_end(data, min(start + size, len(data)) - 1)
        span = bisect_right(firsts, end - 1) - 1  # the last span starting before the cut: only it can cross it
        while span >= 0 and together[span][1] >= end:
            end = _line_end(data, together[span][1])
            span = bisect_right(firsts, end - 1) - 1
        pieces.append((start, end))
        start = end
    return pieces


def _line_end(data: bytes, offset: int) -> int:
    """The offset just after the line end at or after `offset` (the end of `data` if none)."""
    cut = data.find(b"\n", offset)
    return len(data) if cut < 0 else cut + 1


def _blank_node_spans(data: bytes) -> list[tuple[int, int]]:
    """Where N-Quads `data` names blank nodes: sorted, disjoint spans, each from a label's first use to its last.

    A label names one node in the whole file, but pyoxigraph gives each load call's blank nodes fresh identities:
    a label used on both sides of a cut would become two nodes. Overlapping spans are merged, so a cut outside
    every span leaves each label's lines in one piece.

    >>> _blank_node_spans(b"_:a <p> _:b .\\n<s> <p> <o> .\\n_:b <p> <o> .\\n_:c <p> _:c.\\n")
    [(0, 0), (8, 28), (42, 50)]
    """
    spans: dict[bytes, list[int]] = {}
    for match in _BLANK_LABEL.finditer(data):
        label = match.group(1).rstrip(b".")  # "_:b." ends a statement: the dot is not the label's
        span = spans.setdefault(label, [match.start(), match.start()])
        span[1] = match.start()
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans.values()):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def ontology_marker() -> ox.Quad:
    """The quad that says which version of the ontology files the store holds (their digest)."""
    digest = hashlib.sha256(b"".join((paths.ONTOLOGY / name).read_bytes() for name in ONTOLOGY_FILES)).hexdigest()
    return ox.Quad(ox.NamedNode(ONTOLOGY_GRAPH), ox.NamedNode(PREFIXES["acc"] + "contentHash"), ox.Literal(digest),
                   ox.NamedNode(ONTOLOGY_GRAPH))


def ontology_quads() -> list[ox.Quad]:
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    return [ox.Quad(t.subject, t.predicate, t.object, graph)
            for name in ONTOLOGY_FILES for t in ox.parse(path=str(paths.ONTOLOGY / name), format=ox.RdfFormat.TURTLE)]
