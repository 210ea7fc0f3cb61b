"""One benchmark case in its own process (so its peak memory is its own): load a dataset, time every stored query.

Usage: python case.py ENGINE DATA.nq PARAMS.json REPS   (ENGINE: oxigraph-memory, oxigraph-disk, rdflib-memory)
       python case.py ingest CORPUS.json JOBS

Prints one JSON object per line as it goes (the load, then each query, then the peak memory), so that a case
stopped by its time budget still reports what it finished.
"""

from __future__ import annotations

import atexit
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def emit(**record) -> None:
    print(json.dumps(record), flush=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


# Loads are timed this many times, each into a fresh store, and the median reported: on a shared machine a single
# load can take half as long again as the next one. rdflib loads once (45 s at a million triples).
LOAD_RUNS = {"oxigraph-memory": 3, "oxigraph-disk": 3, "rdflib-memory": 1}


def load_oxigraph(engine: str, data: Path):
    """One load of `data` into a fresh pyoxigraph store; (store, seconds)."""
    import pyoxigraph as ox

    start = time.perf_counter()
    if engine == "oxigraph-disk":
        # What `accord --store FOLDER import DATA.nq` does, from reading the file to the store compacted and closed.
        # The data is accord's own, so the input limit is raised to the file's size.
        from accord.rdfinput import Limits
        from accord.store import Store

        folder = tempfile.mkdtemp(prefix="accord-bench-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        accord_store = Store.open(folder)
        accord_store.import_file(data, "nquads", Limits(max_bytes=data.stat().st_size))
        accord_store.close()
        seconds = time.perf_counter() - start
        return ox.Store(folder), seconds
    store = ox.Store()
    # In memory, bulk_load's batches only add a transient peak (665 MB against 455 MB for the process at 1M
    # triples) and time (8.0 s against 5.9 s): the loaded store holds about 300 MB either way.
    store.load(path=str(data), format=ox.RdfFormat.N_QUADS)
    return store, time.perf_counter() - start


def load_rdflib(data: Path):
    from rdflib import Dataset

    dataset = Dataset(store="Memory", default_union=True)
    start = time.perf_counter()
    dataset.parse(str(data), format="nquads")
    return dataset, time.perf_counter() - start


def open_engine(engine: str, data: Path):
    """Load `data` into the engine LOAD_RUNS times; a function that runs (query text, bindings) on the last store
    and counts rows, the store's size, and each load's seconds."""
    from accord.store import bind

    if engine not in LOAD_RUNS:
        raise SystemExit(f"unknown engine {engine}")
    seconds = []
    store = None
    for _ in range(LOAD_RUNS[engine]):
        del store  # the previous load's store is freed before the next is built: one store's memory at a time
        store, took = load_rdflib(data) if engine == "rdflib-memory" else load_oxigraph(engine, data)
        seconds.append(took)
    if engine == "rdflib-memory":
        def run(text: str, bindings: dict) -> int:
            return sum(1 for _ in store.query(bind(text, bindings)))
        return run, len(store), seconds

    from accord.results import Rows

    def run(text: str, bindings: dict) -> int:
        # Rows.from_solutions: the same work KnowledgeGraph.query does, values converted.
        return len(Rows.from_solutions(store.query(bind(text, bindings), use_default_graph_as_union=True)))
    return run, len(store), seconds


def queries_case(engine: str, data: Path, params: dict, reps: int, slow: float) -> None:
    from accord import queries
    from accord.errors import QueryError
    from accord.namespaces import ID

    run, triples, runs = open_engine(engine, data)
    seconds = statistics.median(runs)
    emit(kind="load", triples=triples, seconds=seconds, rate=triples / seconds, runs=runs)
    emit(kind="memory", peak_mb=peak_mb())  # after the load, in case the budget ends the queries
    for stored in queries.catalogue().values():
        try:
            bindings = stored.bind(params.get(stored.name, {}), lambda text: str(ID[f"actor/{text}"]))
        except QueryError as exc:  # a query the parameters file gives no values for is reported, not run
            emit(kind="skipped", name=stored.name, reason=str(exc))
            continue
        times, rows = [], 0
        run(stored.text, bindings)  # warm-up: caches, lazily built indexes
        for _ in range(reps):
            start = time.perf_counter()
            rows = run(stored.text, bindings)
            times.append(time.perf_counter() - start)
            if sum(times) > slow:  # a query this slow gets fewer samples, not an endless run
                break
        emit(kind="query", name=stored.name, rows=rows, runs=len(times), p50_ms=1000 * statistics.median(times),
             p95_ms=1000 * percentile(times, 0.95))
    emit(kind="memory", peak_mb=peak_mb())


def ingest_case(corpus: Path, jobs: int) -> None:
    from accord import ingestion
    from accord.documents import Document
    from accord.extract import extract
    from accord.store import Store

    docs = [Document.from_text(d["text"], id=d["id"]) for d in json.loads(corpus.read_text())]
    extract(docs[0])  # the pipeline loaded before the clock starts, as in a long run
    store = Store.open()
    summary = ingestion.ingest(store, docs, jobs=jobs)
    emit(kind="ingest", jobs=jobs, documents=len(summary.written), acts=summary.acts,
         characters=sum(len(d.text) for d in docs), seconds=summary.seconds, rate=summary.rate)
    emit(kind="memory", peak_mb=peak_mb())


def main(argv: list[str]) -> None:
    if argv[0] == "ingest":
        ingest_case(Path(argv[1]), int(argv[2]))
    else:
        queries_case(argv[0], Path(argv[1]), json.loads(Path(argv[2]).read_text()), int(argv[3]),
                     float(argv[4]) if len(argv) > 4 else 30.0)


if __name__ == "__main__":
    main(sys.argv[1:])
