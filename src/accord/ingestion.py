"""Resumable, parallel ingestion: extraction in worker processes, every write through one writer (the caller)."""

from __future__ import annotations

import math
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from .documents import Document
from .errors import InputError
from .extract import Extraction, check_size, extract_many
from .extract.graph import document_iri, to_graph
from .results import value
from .store import graph_quads
from .validation import check_document

# The store's record of each document, to tell an unchanged one from an edited one. Metadata counts as well
# as the text: a new title or date changes the graph too.
_RECORDED = """
PREFIX acc: <https://w3id.org/accord/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
SELECT ?doc ?hash ?title ?url ?published WHERE {
  GRAPH ?doc {
    ?doc a acc:Document ; acc:contentHash ?hash .
    OPTIONAL { ?doc dcterms:title ?title }
    OPTIONAL { ?doc schema:url ?url }
    OPTIONAL { ?doc schema:datePublished ?published }
  }
}
"""


@dataclass(frozen=True)
class Extracted:
    """One document's graph as a worker hands it to the writer: N-Triples bytes and what they hold."""

    document: str
    graph: str
    ntriples: bytes
    acts: int
    alliances: int
    actors: int
    triples: int


@dataclass(frozen=True)
class IngestSummary:
    """What a run did: the documents written, those skipped as unchanged, and how long it took."""

    written: tuple[Extracted, ...]
    skipped: tuple[str, ...]
    seconds: float

    @property
    def acts(self) -> int:
        return sum(x.acts for x in self.written)

    @property
    def rate(self) -> float:
        """Documents written per second."""
        return len(self.written) / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (f"ingested {len(self.written)} documents ({len(self.skipped)} unchanged, skipped): {self.acts} acts, "
                f"{sum(x.triples for x in self.written)} triples in {self.seconds:.1f} s ({self.rate:.1f} documents/s)")


def fingerprint(document: Document) -> tuple:
    """What must match the store's record for a document to count as already ingested."""
    published = document.published.isoformat() if document.published else None
    return (document.content_hash, document.title, document.url, published)


def recorded(store) -> dict[str, tuple]:
    """The fingerprint of every document graph in `store` (embedded or remote), by graph IRI."""
    out: dict[str, tuple] = {}
    for s in store.query(_RECORDED):
        published = value(s["published"])
        out[s["doc"].value] = (s["hash"].value, value(s["title"]), value(s["url"]),
                               published.isoformat() if published is not None else None)
    return out


def pending(store, documents: Sequence[Document]) -> tuple[list[Document], list[Document]]:
    """Split `documents` into those to ingest and those the store already holds unchanged."""
    known = recorded(store)
    todo, same = [], []
    for doc in documents:
        (same if known.get(str(document_iri(doc.id))) == fingerprint(doc) else todo).append(doc)
    return todo, same


def checked_graph(extraction: Extraction) -> Graph:
    """A document's graph, once it is known to be fit to store.

    Raises:
        InputError: the document names no actor.
        ValidationError: the graph breaks the SHACL shapes.
    """
    source = extraction.document.path or extraction.document.id
    if not extraction.actors:
        raise InputError(f"{source}: names no actor accord knows; nothing to store")
    graph = to_graph(extraction)
    check_document(graph, source)
    return graph


def extract_batch(documents: Sequence[Document]) -> list[Extracted]:
    """Extract and check documents (in a worker or in process) into what the writer stores.

    Raises:
        InputError: a document names no actor.
        ValidationError: a document's graph breaks the SHACL shapes.
    """
    out = []
    for x in extract_many(documents):
        graph = checked_graph(x)
        name = str(document_iri(x.document.id))
        quads = graph_quads(graph, name)
        data = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES)
        out.append(Extracted(x.document.path or x.document.id, name, data, len(x.acts), len(x.alliances),
                             len(x.actors), len(quads)))
    return out


def _warm() -> None:
    # Each worker loads the spaCy pipeline and gazetteer once, before its first batch.
    from .extract import extract
    extract(Document.from_text("Russia met China.", id="warm-up"))


def _batches(documents: Sequence[Document], jobs: int) -> list[list[Document]]:
    # Small enough that the bar moves and the workers stay evenly loaded, large enough for nlp.pipe to help.
    size = max(1, min(16, math.ceil(len(documents) / (jobs * 4))))
    return [list(documents[i:i + size]) for i in range(0, len(documents), size)]


def _extracted(documents: Sequence[Document], jobs: int) -> Iterator[Extracted]:
    if jobs <= 1 or len(documents) <= 1:
        for batch in _batches(documents, 1):
            yield from extract_batch(batch)
        return
    # forkserver: workers fork from a clean process that has imported accord, not from this one (which may
    # hold an open store and a progress thread).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["accord.extract", "accord.ingestion"])
    with ProcessPoolExecutor(max_workers=min(jobs, len(documents)), mp_context=context,
                             initializer=_warm) as pool:
        futures = [pool.submit(extract_batch, batch) for batch in _batches(documents, jobs)]
        try:
            for future in as_completed(futures):
                yield from future.result()
        finally:
            for future in futures:
                future.cancel()


def ingest(store, documents: Sequence[Document], *, jobs: int = 1, force: bool = False,
           on_written: Callable[[Extracted], None] | None = None,
           on_start: Callable[[int, int], None] | None = None,
           on_extracted: Callable[[Extracted], None] | None = None) -> IngestSummary:
    """Ingest `documents` into `store`, skipping those it already holds unchanged unless `force`.

    Extraction and checking run in `jobs` processes. Every document is extracted and checked before any is
    written, so one bad document leaves the store as it was; then each document's graph is written by this
    process in its own transaction, so an interrupted run keeps what it wrote and the next run resumes.
    `on_start(to_write, skipped)`, `on_extracted(extracted)` and `on_written(extracted)` (called once the
    document is committed: an acknowledgement) report progress.

    Raises:
        ExtractionError: a document is too long to parse (checked for all before anything is written).
        InputError: a document names no actor.
        ValidationError: a document's graph breaks the SHACL shapes.
    """
    start = time.perf_counter()
    for doc in documents:
        check_size(doc)
    store.ensure_ontology()
    todo, same = (list(documents), []) if force else pending(store, documents)
    if on_start:
        on_start(len(todo), len(same))
    extracted = []
    for item in _extracted(todo, jobs):
        extracted.append(item)
        if on_extracted:
            on_extracted(item)
    written = []
    for item in extracted:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(item.graph))
                 for t in ox.parse(item.ntriples, format=ox.RdfFormat.N_TRIPLES)]
        store.replace_graph(item.graph, quads)
        written.append(item)
        if on_written:
            on_written(item)
    return IngestSummary(tuple(written), tuple(d.path or d.id for d in same), time.perf_counter() - start)


@contextmanager
def progress_bar(*, enabled: bool | None = None):
    """A rich progress bar on stderr (documents, acts, rate, time left); yields ingest()'s on_start,
    on_extracted and on_written callbacks.

    Without a terminal on stderr (a pipe, a log file, CI) it draws nothing and prints one line per document
    once it is committed: those lines acknowledge exactly the durable documents.
    """
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        def line(item: Extracted) -> None:
            print(f"ingested {item.document}: {item.acts} acts, {item.alliances} alliances, {item.actors} actors, "
                  f"{item.triples} triples → {item.graph}", file=sys.stderr)
        yield (lambda todo, skipped: None), (lambda item: None), line
        return
    progress = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                        TextColumn("{task.fields[acts]} acts"),
                        TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(), TextColumn("elapsed,"),
                        TimeRemainingColumn(), TextColumn("left"), console=Console(stderr=True), transient=False)
    task = progress.add_task("ingest", total=None, acts=0, rate=0.0)
    began = time.perf_counter()

    def start(todo: int, skipped: int) -> None:
        progress.update(task, total=todo)

    def extracted(item: Extracted) -> None:
        done = progress.tasks[0].completed + 1
        acts = progress.tasks[0].fields["acts"] + item.acts
        progress.update(task, completed=done, acts=acts, rate=done / max(time.perf_counter() - began, 1e-9))

    with progress:
        # The bar follows extraction, the slow part; writing follows in a moment.
        yield start, extracted, (lambda item: None)
