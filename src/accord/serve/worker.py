"""A query worker process: opens the store, runs one job at a time, and answers with the serialised result."""

from __future__ import annotations

import signal
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from ..api import KnowledgeGraph
from ..errors import AccordError
from ..namespaces import PREFIXES
from ..results import Rows
from ..store import Store
from .formats import MEDIA_TYPES

READY = "ready"
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


@dataclass(frozen=True)
class Job:
    """One piece of work for a worker.

    kind: "sparql" (a query), "update", "stored" (text is a stored query's name), "graph" (text is a graph IRI,
    "" for the default graph) or "graphs" (the named graphs). A format left None means the request accepts no
    format of that kind.
    """

    kind: str
    text: str = ""
    params: tuple[tuple[str, str], ...] = ()
    results_format: str | None = "json"
    graph_format: str | None = "turtle"
    row_cap: int = 10_000
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    """A worker's answer: an HTTP status, the body's media type, the body, and whether the row cap cut it."""

    status: int
    media_type: str
    body: bytes
    truncated: bool = False

    @classmethod
    def error(cls, status: int, message: str) -> Reply:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def main(conn: Connection, path: str, read_only: bool) -> None:
    """The worker's loop: open the store, say READY, then answer jobs until the pipe closes or sends None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server ends its workers itself
    try:
        raw = ox.Store.read_only(path) if read_only else ox.Store(path)
    except OSError as exc:
        conn.send(f"cannot open the store at {path}: {str(exc).splitlines()[0]}")
        return
    conn.send(READY)
    store = Store(raw, Path(path), read_only=read_only)
    graph = KnowledgeGraph(store)
    while True:
        try:
            job = conn.recv()
        except EOFError:
            break
        if job is None:
            break
        conn.send(run(graph, raw, job))
    store.close()


def run(graph: KnowledgeGraph, raw: ox.Store, job: Job) -> Reply:
    """Do `job` on `graph`, whose pyoxigraph store is `raw`; every failure becomes a Reply, never an exception."""
    try:
        if job.kind == "sparql":
            return _query(raw, job)
        if job.kind == "stored":
            return _stored(graph, job)
        if job.kind == "graph":
            return _graph(raw, job)
        if job.kind == "graphs":
            names = [g.value for g in raw.named_graphs() if isinstance(g, ox.NamedNode)]
            return Reply(200, "text/plain; charset=utf-8", "\n".join(sorted(names)).encode())
        if job.kind == "update":
            raw.update(job.text, base_iri=None)
            raw.flush()
            return Reply(204, "text/plain", b"")
        return Reply.error(500, f"unknown job {job.kind!r}")
    except SyntaxError as exc:
        return Reply.error(400, f"SPARQL syntax error: {str(exc).splitlines()[0]}")
    except AccordError as exc:
        return Reply.error(400, str(exc))
    except ValueError as exc:  # pyoxigraph refuses a malformed graph IRI this way
        return Reply.error(400, f"bad value: {str(exc).splitlines()[0] if str(exc) else 'not an IRI'}")
    except (OSError, TypeError) as exc:
        return Reply.error(500, f"query failed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")


def _query(raw: ox.Store, job: Job) -> Reply:
    options: dict = {"prefixes": PREFIXES}
    if job.default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    else:
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    result = raw.query(job.text, **options)
    if isinstance(result, ox.QueryBoolean):
        if job.results_format is None:
            return Reply.error(406, "none of the accepted media types can carry an ASK answer")
        return Reply(200, MEDIA_TYPES[job.results_format], result.serialize(format=RESULT_FORMATS[job.results_format]))
    if isinstance(result, ox.QuerySolutions):
        if job.results_format is None:
            return Reply.error(406, "none of the accepted media types can carry SELECT results")
        return _solutions(result, job)
    if job.graph_format is None:
        return Reply.error(406, "none of the accepted media types can carry a graph")
    triples, truncated = _capped(result, job.row_cap)
    return Reply(200, MEDIA_TYPES[job.graph_format], _serialize(triples, job.graph_format), truncated)


def _solutions(solutions: ox.QuerySolutions, job: Job) -> Reply:
    # Rows stop at the cap, which ends the query's evaluation there. The kept rows are written as TSV (each term
    # in N-Triples syntax, so nothing is lost) and read back for pyoxigraph to serialise in the asked format.
    variables = solutions.variables
    lines = ["\t".join(str(v) for v in variables)]
    truncated = False
    for count, solution in enumerate(solutions):
        if count == job.row_cap:
            truncated = True
            break
        lines.append("\t".join("" if term is None else str(term)
                               for term in (solution[i] for i in range(len(variables)))))
    kept = ox.parse_query_results(("\n".join(lines) + "\n").encode(), format=ox.QueryResultsFormat.TSV)
    body = kept.serialize(format=RESULT_FORMATS[job.results_format])
    return Reply(200, MEDIA_TYPES[job.results_format], body, truncated)


def _capped(items, cap: int) -> tuple[list, bool]:
    kept = []
    for item in items:
        if len(kept) == cap:
            return kept, True
        kept.append(item)
    return kept, False


def _serialize(items: list, fmt: str) -> bytes:
    return ox.serialize(items, format=GRAPH_FORMATS[fmt],
                        prefixes=PREFIXES if fmt in ("turtle", "trig") else None)


def _stored(graph: KnowledgeGraph, job: Job) -> Reply:
    solutions = graph.solutions(job.text, **dict(job.params))
    if job.results_format == "csv":
        rows = Rows.from_solutions(solutions)
        truncated = len(rows) > job.row_cap
        if truncated:
            rows = Rows(rows.columns, rows.records[:job.row_cap])
        return Reply(200, MEDIA_TYPES["csv"], rows.to_csv().encode(), truncated)
    # JSON is written here, straight from the solutions, and crosses the pipe as bytes: the server only copies it.
    body, truncated = Rows.json_from_solutions(solutions, job.row_cap)
    return Reply(200, "application/json", body, truncated)


def _graph(raw: ox.Store, job: Job) -> Reply:
    if job.graph_format is None:
        return Reply.error(406, "none of the accepted media types can carry a graph")
    name = ox.NamedNode(job.text) if job.text else ox.DefaultGraph()
    quads, truncated = _capped(raw.quads_for_pattern(None, None, None, name), job.row_cap)
    if not quads and job.text and name not in set(raw.named_graphs()):
        return Reply.error(404, f"no graph <{job.text}> in this store")
    fmt = GRAPH_FORMATS[job.graph_format]
    items = quads if fmt.supports_datasets else [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return Reply(200, MEDIA_TYPES[job.graph_format], _serialize(items, job.graph_format), truncated)
