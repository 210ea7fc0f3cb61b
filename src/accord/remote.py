"""A SPARQL 1.1 server as accord's store (Virtuoso, Fuseki, GraphDB…): the embedded Store's interface over HTTP."""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.error
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from SPARQLWrapper import BASIC, DIGEST, JSON, POST, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException, Unauthorized

from . import rdfinput
from .deadline import call_within, read_by
from .errors import QueryError, StoreError
from .namespaces import ID, PREFIXES
from .store import (DOC_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, Store, bind, ontology_marker, ontology_quads,
                    parse_dataset, serialize)

# Virtuoso compiles INSERT DATA into SQL and refuses very long statements; a document's graph is written as
# several INSERT DATA operations of this many triples, in one request (one transaction).
CHUNK = 2000
_BLANK = re.compile(r"[^A-Za-z0-9_]")
_DECLARED = re.compile(r"^\s*PREFIX\s+([\w.-]*):", re.IGNORECASE | re.MULTILINE)
_OWN = ("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{ID}")) }}')
_COUNT = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
          f'FILTER(STRSTARTS(STR(?g), "{ID}")) }}')
_DOCUMENTS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <%sDocument> } }" % PREFIXES["acc"]
_HAS = "ASK WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPHS = f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ID}")) }}'


def is_remote(spec: str | Path | None) -> bool:
    """Whether a --store value names a SPARQL server rather than a folder."""
    return isinstance(spec, str) and spec.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoint:
    """Where and how to reach a SPARQL server.

    `update_url` defaults to `query_url` (Virtuoso and GraphDB take both on one URL; Fuseki has /update).
    `auth` is "basic" (Fuseki, GraphDB) or "digest" (Virtuoso's /sparql-auth). `timeout` is the total
    time, in seconds, one request may take.
    """

    query_url: str
    update_url: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 60.0

    @classmethod
    def from_env(cls, query_url: str, **options) -> Endpoint:
        """The endpoint with options not given (None) taken from ACCORD_STORE_UPDATE_URL, _USER, _PASSWORD,
        _AUTH and _TIMEOUT."""
        env = {"update_url": "ACCORD_STORE_UPDATE_URL", "user": "ACCORD_STORE_USER",
               "password": "ACCORD_STORE_PASSWORD", "auth": "ACCORD_STORE_AUTH", "timeout": "ACCORD_STORE_TIMEOUT"}
        unknown = set(options) - set(env)
        if unknown:
            raise TypeError(f"unknown endpoint options: {', '.join(sorted(unknown))}")
        values = {k: (options[k] if options.get(k) is not None else os.environ.get(name)) for k, name in env.items()}
        values = {k: v for k, v in values.items() if v is not None}
        if "timeout" in values:
            try:
                values["timeout"] = float(values["timeout"])
            except ValueError:
                raise StoreError(f"store timeout {values['timeout']!r} is not a number of seconds") from None
        if values.get("auth", "basic") not in ("basic", "digest"):
            raise StoreError(f"store auth {values['auth']!r}: choose basic or digest")
        return cls(query_url, **values)


class RemoteStore:
    """accord's store on a SPARQL 1.1 server: one named graph per document, each written in one request.

    Queries go through SPARQLWrapper over the server's default graph, which Virtuoso and GraphDB make the
    union of all graphs (Fuseki needs `tdb2:unionDefaultGraph true`). Parameters are bound by the same
    VALUES block as in the embedded store, and answers are parsed into pyoxigraph's result objects, so a
    KnowledgeGraph works the same on either.
    """

    path = None

    def __init__(self, endpoint: Endpoint, *, read_only: bool = False):
        self.endpoint = endpoint
        self.read_only = read_only
        # Serialises this process's read-modify-write transactions (KnowledgeGraph.transaction), as in Store.
        self.write_lock = threading.RLock()

    @classmethod
    def open(cls, query_url: str, *, read_only: bool = False, **options) -> RemoteStore:
        """Connect to the server at `query_url` (options as Endpoint's; missing ones from the environment).

        Raises:
            StoreError: the server does not answer a SPARQL query.
        """
        store = cls(Endpoint.from_env(query_url, **options), read_only=read_only)
        store._request(store.endpoint.query_url, _HAS, update=False)  # fail early on a wrong URL or password
        return store

    def close(self) -> None:
        """Nothing to release: each request opens its own connection, on a thread of its own."""

    def __len__(self) -> int:
        """The number of quads in accord's graphs (the server's own system graphs are not counted)."""
        return int(next(iter(self.query(_COUNT)))["n"].value)

    def documents(self) -> list[str]:
        return sorted(s["g"].value for s in self.query(_DOCUMENTS) if s["g"].value.startswith(DOC_PREFIX))

    # writing -------------------------------------------------------------------------------------------
    def replace_graph(self, name: str, quads: list[ox.Quad]) -> None:
        """Make graph `name` hold exactly `quads`: DROP and INSERT DATA in one request, one transaction."""
        graph = ox.NamedNode(name)
        self._update([f"DROP SILENT GRAPH {graph}", *_inserts(graph, [q.triple for q in quads])])

    def replace_graph_ntriples(self, name: str, data: str) -> None:
        """Make graph `name` hold exactly the triples of the N-Triples text `data`, in one request."""
        graph = ox.NamedNode(name)
        triples = [q.triple for q in ox.parse(data.encode(), format=ox.RdfFormat.N_TRIPLES)]
        self._update([f"DROP SILENT GRAPH {graph}", *_inserts(graph, triples)])

    def load(self, data: bytes, fmt: str, source: str = "<data>") -> None:
        """Add a serialised dataset (TriG, N-Quads or JSON-LD), every graph in one request."""
        self.extend(parse_dataset(data, fmt, source))

    def import_file(self, path, fmt: str) -> None:
        """Add the dataset in file `path`, parsed whole and sent in one request."""
        self.extend(parse_dataset(rdfinput.read_bytes(path), fmt, str(path)))

    def extend(self, quads: list[ox.Quad]) -> None:
        """Add `quads` (each in a named graph) in one request."""
        graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
        for q in quads:
            if not isinstance(q.graph_name, ox.NamedNode):
                raise StoreError("import: every quad must be in a named graph (accord keeps none in the default)")
            graphs[q.graph_name].append(q.triple)
        self._update([op for graph, triples in graphs.items() for op in _inserts(graph, triples)])

    def write(self, update: str) -> None:
        """Run one SPARQL update (accord's own text) as one request, under the write lock."""
        with self.write_lock:
            self._update([update])

    def ensure_ontology(self) -> None:
        """Load the ontology's graph when the server lacks it or holds another version."""
        marker = ontology_marker()
        asked = self.query("ASK WHERE { GRAPH $g { $g $p $o } }",
                           {"g": marker.graph_name, "p": marker.predicate, "o": marker.object})
        if not bool(asked):
            self.replace_graph(ONTOLOGY_GRAPH, ontology_quads() + [marker])

    def _update(self, operations: list[str]) -> None:
        if self.read_only:
            raise StoreError("the store was opened read-only")
        if operations:
            self._request(self.endpoint.update_url or self.endpoint.query_url, " ;\n".join(operations), update=True)

    # reading -------------------------------------------------------------------------------------------
    def dump(self, fmt: str) -> bytes:
        quads = [ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in self.query(_OWN)]
        return serialize(quads, fmt)

    def query(self, sparql: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None, *,
              asserted: bool = False):
        """Run a query on the server: SELECT and ASK give pyoxigraph results, CONSTRUCT/DESCRIBE a list of triples.

        With `asserted`, the query's dataset (default-graph-uri and named-graph-uri of the protocol) is every
        accord graph except the inferred one, as in the embedded store.

        Raises:
            QueryError: the server refuses the query as malformed.
            StoreError: the server cannot be reached, refuses the credentials, fails, or misses the deadline.
        """
        text = with_prefixes(bind(sparql, bindings))
        graphs = None
        if asserted:
            graphs = [row["g"].value for row in self.query(_GRAPHS) if row["g"].value != INFERRED_GRAPH]
        data, graph = self._request(self.endpoint.query_url, text, update=False, graphs=graphs)
        try:
            if graph:
                return list(ox.parse(data, format=ox.RdfFormat.TURTLE))
            return ox.parse_query_results(_blank_ids(data), format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.endpoint.query_url} answered with something that is not SPARQL results "
                             f"({str(exc).splitlines()[0]})") from None

    def _request(self, url: str, text: str, *, update: bool, graphs: list[str] | None = None) -> tuple[bytes, bool]:
        """Send one query or update; the whole exchange must finish within the endpoint's timeout.

        `graphs`, when given, is the query's whole dataset: each is a default graph and a named graph.
        """
        wrapper = SPARQLWrapper(url)
        for name in graphs or ():
            wrapper.addDefaultGraph(name)
            wrapper.addNamedGraph(name)
        wrapper.setMethod(POST)
        wrapper.setTimeout(max(1, round(self.endpoint.timeout)))
        if self.endpoint.user is not None:
            wrapper.setHTTPAuth(DIGEST if self.endpoint.auth == "digest" else BASIC)
            wrapper.setCredentials(self.endpoint.user, self.endpoint.password or "")
        wrapper.setQuery(text)
        graph = not update and wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
        wrapper.setReturnFormat(TURTLE if graph else JSON)

        end = time.monotonic() + self.endpoint.timeout
        try:
            return call_within(self.endpoint.timeout, lambda: read_by(wrapper.query().response, end)), graph
        except TimeoutError:  # the deadline, or the socket's timeout (the same seconds) on one read
            raise StoreError(f"{url}: no answer within {self.endpoint.timeout:g} s") from None
        except QueryBadFormed as exc:
            raise QueryError(f"the server refused the query: {_first_line(exc)}") from None
        except Unauthorized:
            raise StoreError(f"{url}: the server refused the credentials (--user, --password, --auth)") from None
        except SPARQLWrapperException as exc:
            raise StoreError(f"{url}: {_first_line(exc)}") from None
        except urllib.error.HTTPError as exc:
            raise StoreError(f"{url}: HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, socket.timeout, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason})") from None


def _inserts(graph: ox.NamedNode, triples: list[ox.Triple]) -> list[str]:
    """Operations that add `triples` to `graph`, CHUNK triples each.

    Triples with blank nodes go together into one INSERT … WHERE {}, which makes one fresh node per label
    (INSERT DATA may not hold blank nodes on Virtuoso); the rest into INSERT DATA. The data is N-Triples
    written by pyoxigraph, so every term is escaped by the library.
    """
    def block(chunk: list[ox.Triple]) -> str:
        return f"GRAPH {graph} {{\n{ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES).decode()}}}"

    with_blanks = [t for t in triples if _has_blank(t)]
    plain = [t for t in triples if not _has_blank(t)]
    ops = [f"INSERT {{ {block(with_blanks)} }} WHERE {{}}"] if with_blanks else []
    return ops + [f"INSERT DATA {{ {block(plain[i:i + CHUNK])} }}" for i in range(0, len(plain), CHUNK)]


def _blank_ids(data: bytes) -> bytes:
    """SPARQL JSON results with blank node labels made valid: Virtuoso labels them `nodeID://b10006`."""
    if b'"bnode"' not in data:
        return data
    results = json.loads(data)
    for row in results.get("results", {}).get("bindings", []):
        for term in row.values():
            if term.get("type") == "bnode":
                term["value"] = _BLANK.sub("_", term["value"])
    return json.dumps(results).encode()


def _has_blank(triple: ox.Triple) -> bool:
    return isinstance(triple.subject, ox.BlankNode) or isinstance(triple.object, ox.BlankNode)


def with_prefixes(sparql: str) -> str:
    """`sparql` with accord's prefixes declared (those it does not declare itself), as the embedded store has them.

    >>> with_prefixes("PREFIX acc: <x:> SELECT * WHERE { ?s a acc:Act }").count("PREFIX acc:")
    1
    """
    declared = {m.lower() for m in _DECLARED.findall(sparql)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p.lower() not in declared)
    return head + sparql


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    # SPARQLWrapper puts the server's answer after a generic sentence; the server's first line says most.
    if "Response:" in text:
        text = text.split("Response:", 1)[1].strip()
    text = text.replace("b'", "").replace("\\n", "\n")
    return next((line.strip() for line in text.splitlines() if line.strip()), "error")[:300]


def open_store(spec: str | Path | None, *, read_only: bool = False, **remote_options) -> Store | RemoteStore:
    """The store a --store value names: a SPARQL server's URL, a folder, or None for a store in memory."""
    if is_remote(spec):
        return RemoteStore.open(str(spec), read_only=read_only, **remote_options)
    return Store.open(spec, read_only=read_only)
