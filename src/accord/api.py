"""KnowledgeGraph: the one object a Python user needs — ingest, query, export."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import gazetteer, ingestion, queries, reasoning
from .documents import Document, read_documents, slug
from .errors import InputError, QueryError
from .extract import Extraction, extract
from .extract.graph import document_iri
from .limits import QueryLimits
from .namespaces import ID, PREFIXES, bind_prefixes
from .reasoning.explain import Explanation, explain, to_term
from .results import Rows
from .store import DATASET_FORMATS, INFERRED_GRAPH, Store, graph_quads, values_clause
from .transaction import Transaction
from .validation import ValidationReport, validate

_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True)
class IngestReport:
    """What one ingested document added to the store."""

    document: str
    graph: str
    acts: int
    alliances: int
    actors: int
    triples: int


class KnowledgeGraph:
    """accord's knowledge graph over a store: ingest documents, run stored or ad-hoc SPARQL, export.

    >>> kg = KnowledgeGraph.open()       # in memory; pass a folder for a persistent store
    >>> [r.acts for r in kg.ingest("Russia imposed sanctions on Japan.", id="note")]
    [1]
    >>> [row["target"] for row in kg.query("acts_by_actor", actor="Q159")]
    ['Japan']
    """

    def __init__(self, store: Store, limits: QueryLimits | None = None):
        self.store = store
        # How large and deep a query sparql() and query() accept, and which endpoints SERVICE may call (none).
        self.limits = limits or QueryLimits()

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> KnowledgeGraph:
        """Open the store at `path` (created if missing), or a store in memory when `path` is None."""
        return cls(Store.open(path, read_only=read_only))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # writing -----------------------------------------------------------------------------------------
    def ingest(
        self,
        source: str | Path | Document | Iterable[str | Path | Document],
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: dt.date | str | None = None,
        on_commit: Callable[[IngestReport], None] | None = None,
    ) -> list[IngestReport]:
        """Read documents into the store, one named graph each; re-ingesting a document replaces its graph.

        `source` is a Document, a file or folder path, a list of paths, or the text itself. Every document is
        read and extracted before anything is written, so a bad one leaves the store as it was. Each document is
        then committed on its own; `on_commit` is called after each commit, so a caller can acknowledge exactly
        the documents that are durable.

        Raises:
            InputError: a path is missing, or a document is empty, binary, not UTF-8 or names no actor.
            ValidationError: a document's graph breaks the SHACL shapes (ontology/shapes.ttl).
        """
        docs = self._documents(source, id=id)
        if len(docs) > 1 and any(v is not None for v in (title, url, published)):
            raise InputError("title, url and published apply to one document; give one at a time")
        docs = [d.with_metadata(title=title, url=url, published=published) for d in docs]
        extractions = [extract(d) for d in docs]
        graphs = [ingestion.checked_graph(x) for x in extractions]  # all checked before any is written
        self.store.ensure_ontology()
        reports = []
        for x, graph in zip(extractions, graphs):
            reports.append(self._write(x, graph))
            if on_commit is not None:
                on_commit(reports[-1])
        return reports

    def _documents(self, source, *, id: str | None) -> list[Document]:
        if isinstance(source, Document):
            return [source]
        if isinstance(source, Path):
            return read_documents([str(source)])
        if isinstance(source, str):
            if os.path.exists(source) or (re.fullmatch(r"\S+\.(txt|md)", source) and "\n" not in source):
                docs = read_documents([source])
            else:
                if not source.strip():
                    raise InputError("<text>: empty document")
                return [Document.from_text(source, id=id)]
        else:
            items = list(source)
            docs = [i for i in items if isinstance(i, Document)]
            docs += read_documents([str(i) for i in items if not isinstance(i, Document)])
        if id is not None:
            if len(docs) != 1:
                raise InputError("an id names one document; give one at a time")
            docs = [Document(id=slug(id), text=docs[0].text, path=docs[0].path, title=docs[0].title,
                             url=docs[0].url, published=docs[0].published)]
        return docs

    def _write(self, extraction: Extraction, graph: Graph) -> IngestReport:
        name = str(document_iri(extraction.document.id))
        quads = graph_quads(graph, name)
        self.store.replace_graph(name, quads)
        return IngestReport(extraction.document.path or extraction.document.id, name, len(extraction.acts),
                            len(extraction.alliances), len(extraction.actors), len(quads))

    def load(self, data: bytes | str, *, format: str = "trig", source: str = "<data>") -> None:
        """Add a serialised dataset (as `export` writes it) to the store, in one transaction.

        Raises:
            InputError: the data is too large, not UTF-8, nested too deeply or does not parse (see rdfinput).
        """
        self.store.load(data.encode() if isinstance(data, str) else data, format, source)

    def import_file(self, path: str | Path, *, format: str) -> None:
        """Add the dataset in file `path`, its size checked before it is read; all of it or nothing."""
        if format not in DATASET_FORMATS:
            raise InputError(f"{path}: import needs a dataset format ({', '.join(DATASET_FORMATS)}), not {format!r}")
        self.store.import_file(path, format)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A read-modify-write that no other writer of this process can interleave with; all or nothing.

        >>> kg = KnowledgeGraph.open()
        >>> n = ox.NamedNode("https://w3id.org/accord/id/counter")
        >>> with kg.transaction() as tx:
        ...     tx.add([ox.Quad(n, n, ox.Literal("1"), n)])
        >>> kg.sparql("SELECT ?v WHERE { ?s ?p ?v }")[0]["v"]
        '1'
        """
        with self.store.write_lock:
            tx = Transaction(self)
            yield tx
            tx.commit()

    # reading -----------------------------------------------------------------------------------------
    def query(self, name: str, *, asserted: bool = False, **params: object) -> Rows:
        """Run a stored query; an `actor` parameter takes a Wikidata id, an accord IRI or a label.

        The query sees inferred facts (once `reason` has run) unless `asserted` is true.

        Raises:
            QueryError: no such query, an undeclared or missing parameter, or a value of the wrong form.
        """
        return Rows.from_solutions(self.solutions(name, asserted=asserted, **params))

    def solutions(self, name: str, *, asserted: bool = False, **params: object):
        """query() before its rows are converted: pyoxigraph's lazy solutions, for a caller that stops early or
        writes them out itself (the server's workers).

        Raises:
            QueryError: as query() does.
        """
        stored = queries.get(name)
        bindings = stored.bind(params, self.resolve_actor)
        # The text is accord's, but a parameter value can be any length: the bound query is held to the limits.
        self.limits.check(stored.text, PREFIXES, values=values_clause(bindings))
        return self.store.query(stored.text, bindings, asserted=asserted)

    def sparql(self, text: str, bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> Rows | bool | Graph:
        """Run any SPARQL query: SELECT gives Rows, ASK a bool, CONSTRUCT and DESCRIBE an rdflib Graph.

        `bindings` gives variables values as RDF terms, bound by store.values_clause (never formatted into text).

        Raises:
            QueryRefused: the text is too long, nested too deeply (which would end the process inside the
                parser), or calls an endpoint (SERVICE, LOAD) that `self.limits` does not allow.
            QueryError: the query does not parse or fails.
        """
        self.limits.check(text, PREFIXES, values=values_clause(bindings))
        result = self.store.query(text, bindings)
        if isinstance(result, ox.QuerySolutions):
            return Rows.from_solutions(result)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        graph = bind_prefixes(Graph())
        graph.parse(data=ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), format="nt")
        return graph

    # reasoning ---------------------------------------------------------------------------------------
    def reason(self, *, seconds: float | None = None, memory_mb: int | None = None) -> reasoning.ReasonReport:
        """Replace the inferred graph with the OWL 2 RL closure of the store (see accord.reasoning).

        With `seconds` or `memory_mb` the closure is computed in a child process under that budget; on overrun
        a ReasoningError, and the inferred graph stays as it was.
        """
        return reasoning.reason(self.store, seconds=seconds, memory_mb=memory_mb)

    def has_inferred(self) -> bool:
        """Whether the store holds facts from an earlier `reason` run (which a later write leaves out of date)."""
        return bool(self.sparql("ASK { GRAPH ?inferred { ?s ?p ?o } }",
                                {"inferred": ox.NamedNode(INFERRED_GRAPH)}))

    def explain(self, subject, predicate, object) -> Explanation:
        """Why the triple holds: its document and sentence, or the rule and premises that infer it.

        Each term is an rdflib or pyoxigraph term, or an IRI string (prefixed names such as acc:allyOf work).
        """
        return explain(self.store, tuple(to_term(t) for t in (subject, predicate, object)))

    def validate(self) -> ValidationReport:
        """Check every asserted triple of the store (documents and linked data) against the SHACL shapes."""
        graph = bind_prefixes(Graph())
        data = reasoning.asserted_ntriples(self.store)
        if data:
            graph.parse(data=data, format="nt")
        return validate(graph)

    def export(self, format: str = "trig") -> str:
        """The whole store, documents and ontology graphs, as TriG, N-Quads, Turtle or JSON-LD text."""
        return self.store.dump(format).decode()

    def documents(self) -> list[str]:
        return self.store.documents()

    def stats(self) -> dict:
        """Counts of documents, actors, acts by PLOVER type, and alliances."""
        count = ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } "
                 'FILTER(STRSTARTS(STR(?g), "' + str(ID["doc/"]) + '")) ?c rdfs:subClassOf* %s }')
        by_type = self.sparql(
            "SELECT ?type (COUNT(DISTINCT ?act) AS ?n) WHERE { ?act a ?c . ?c rdfs:subClassOf acc:DiplomaticAct ; "
            "acc:ploverConcept/skos:notation ?type } GROUP BY ?type ORDER BY DESC(?n) ?type")
        return {
            "documents": len(self.documents()),
            "actors": self.sparql(count % "acc:Actor")[0]["n"],
            "acts": self.sparql(count % "acc:DiplomaticAct")[0]["n"],
            "acts_by_type": {r["type"]: r["n"] for r in by_type},
            "alliances": self.sparql(count % "acc:Alliance")[0]["n"],
            "triples": len(self.store),
        }

    def resolve_actor(self, text: str) -> str:
        """The IRI of the actor `text` names: a Wikidata id (Q159), an accord or Wikidata IRI, or a label.

        Raises:
            QueryError: no actor has that label or alias.
        """
        text = text.strip()
        if _QID.match(text):
            return str(ID[f"actor/{text}"])
        if text.startswith(PREFIXES["wd"]):
            return queries._iri(f"{ID}actor/{text[len(PREFIXES['wd']):]}", "actor")
        if text.startswith(("http://", "https://", "id:", "<")):
            return queries._iri(text, "actor")
        # store.bind opens the WHERE group with the VALUES block, so the FILTER sees ?key bound.
        found = self.store.query(
            "SELECT DISTINCT ?a WHERE { ?a a ?c ; rdfs:label ?l . ?c rdfs:subClassOf* acc:Actor . "
            "FILTER(LCASE(STR(?l)) = ?key) } ORDER BY ?a", {"key": ox.Literal(text.lower())})
        matches = [s["a"].value for s in found]
        if matches:
            return matches[0]
        surfaces = gazetteer.default().surfaces.get(text, [])
        if surfaces:
            return str(ID[f"actor/{surfaces[0].wikidata}"])
        raise QueryError(f"no actor named {text!r}; give a Wikidata id (Q159), an IRI or a label in the graph")
