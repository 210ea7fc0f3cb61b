"""`accord link`: refresh what Wikidata says about accord's entities, batch by batch, into the cache and the store."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import gazetteer, paths
from ..store import Store, graph_quads
from .cache import Cache, read_snapshot
from .client import WIKIDATA, Client, EndpointError
from .links import GAZETTEER_LINKS, REVIEWED_LINKS, gazetteer_links, read_reviewed, reviewed_links
from .mapping import ENRICHMENT_GRAPH, LINKS_ENRICHMENT_GRAPH, Entry, Mapper, Retrieval, value
from .wikidata import QUERIES, qid, with_items

SNAPSHOT = paths.DATA / "linking" / "snapshot.json"
BATCH = 50   # entities per VALUES block: P530 alone gives ~190 rows a state, so 50 stays well under WDQS limits


@dataclass(frozen=True)
class LinkReport:
    """What one `accord link` run did."""

    endpoint: str | None
    entities: int
    refreshed: int
    from_cache: int
    from_snapshot: int
    unknown: int
    triples: int
    seconds: float
    failure: str | None = None   # why the endpoint could not refresh, in one line

    def summary(self) -> str:
        text = (f"linked {self.entities} entities: {self.refreshed} refreshed, {self.from_cache} from the cache, "
                f"{self.from_snapshot} from the shipped snapshot, {self.unknown} without data; "
                f"{self.triples} triples in {self.seconds:.1f}s")
        if self.failure:
            missing = self.entities - self.refreshed
            text = f"could not refresh {missing} entities from {self.endpoint}: {self.failure}\n" + text
        return text


def targets(store: Store, gaz: gazetteer.Gazetteer) -> list[str]:
    """Every Wikidata id accord knows of: the gazetteer's, the reviewed links', and any in the store."""
    ids = set(gaz.entities) | {link.wikidata for link in read_reviewed()}
    found = store.query("SELECT DISTINCT ?id WHERE { ?x acc:wikidataId ?id }")
    ids |= {s["id"].value for s in found if qid("http://www.wikidata.org/entity/" + s["id"].value)}
    return sorted(ids, key=lambda q: int(q[1:]))


def fetch(client: Client, qids: Sequence[str], *, now: Callable[[], str] | None = None) -> list[Entry]:
    """Ask the endpoint every query for one batch; one entry per entity, including those it knows nothing of.

    Raises:
        EndpointError: any of the queries failed; nothing of the batch is returned.
    """
    retrieved = (now or _now)()
    rows: dict[str, dict[str, list[dict]]] = {q: {name: [] for name in QUERIES} for q in qids}
    sent = []
    for name, query in QUERIES.items():
        text = with_items(query, qids)
        sent.append((name, text))
        for row in client.select(text):
            q = qid(value(row, "item") or "")
            if q in rows:
                rows[q][name].append(row)
    retrieval = Retrieval(client.endpoint, retrieved, "sparql", tuple(sent))
    return [Entry(q, retrieval, rows[q]) for q in qids]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def link(
    store: Store,
    *,
    cache_dir: Path,
    endpoint: str = WIKIDATA,
    offline: bool = False,
    client: Client | None = None,
    snapshot: Path | None = SNAPSHOT,
    batch: int = BATCH,
    qids: Sequence[str] | None = None,
) -> LinkReport:
    """Refresh the entities' entries from the endpoint (unless offline), then rebuild the links and enrichment
    graphs from the cache, falling back to the shipped snapshot for entities the cache lacks.

    The first failing batch stops the refresh: the rest come from the cache, and the report says why in one line.
    The cache only ever receives whole batches; the graphs are replaced in one transaction each.

    Raises:
        EndpointError: the endpoint is not on the allow-list (before anything is contacted).
    """
    started = time.monotonic()
    gaz = gazetteer.default()
    wanted = list(qids) if qids is not None else targets(store, gaz)
    cache = Cache(cache_dir)
    refreshed: set[str] = set()
    failure = None
    if not offline:
        client = client or Client(endpoint)
        for i in range(0, len(wanted), batch):
            chunk = wanted[i:i + batch]
            try:
                entries = fetch(client, chunk)
            except EndpointError as exc:
                failure = str(exc).removeprefix(f"{client.endpoint}: ")
                break
            cache.put(entries)
            refreshed.update(chunk)
    cached = {e.qid: e for e in cache.get(wanted)}
    shipped = {}
    if snapshot is not None and snapshot.exists():
        shipped = {e.qid: e for e in read_snapshot(snapshot) if e.qid not in cached}
    entries = [cached.get(q) or shipped.get(q) for q in wanted]
    mapper = Mapper(lambda q: gaz.entities[q].kind if q in gaz.entities else None)
    mapper.add_all(e for e in entries if e is not None)
    graphs = {
        str(ENRICHMENT_GRAPH): mapper.graph,
        str(LINKS_ENRICHMENT_GRAPH): mapper.links,
        str(GAZETTEER_LINKS): gazetteer_links(gaz),
        str(REVIEWED_LINKS): reviewed_links(),
    }
    store.ensure_ontology()   # the offices' labels and the classes live in the ontology's graph
    triples = 0
    for name, graph in graphs.items():
        quads = graph_quads(graph, name)
        store.replace_graph(name, quads)
        triples += len(quads)
    return LinkReport(
        endpoint=None if offline else (client.endpoint if client else endpoint),
        entities=len(wanted),
        refreshed=len(refreshed),
        from_cache=len([q for q in wanted if q in cached and q not in refreshed]),
        from_snapshot=len([q for q in wanted if q not in cached and q in shipped]),
        unknown=len([e for e in entries if e is None]),
        triples=triples,
        seconds=time.monotonic() - started,
        failure=failure,
    )
