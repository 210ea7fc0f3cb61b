"""Kill `accord ingest` with SIGKILL at random points and check that the store keeps exactly what was acknowledged.

Each run writes a batch of documents of varied size, starts `accord ingest` on them into one shared store, and
kills it: most often right after a random number of acknowledgement lines (the moment the next document is
being committed), otherwise at a random time since start. After every kill the store must open for writing,
hold every document acknowledged so far, and hold each document whole (its quads exactly as an uninterrupted
ingest writes them). A document committed in the instant between its commit and its acknowledgement may be
present without a line; it is counted and must be whole too.

With --reason-kills, `accord reason` is killed the same way: before each kill one asserted triple is added (so
the closure changes), an uninterrupted `accord reason` on a copy of the store gives the new inferred graph, and
after the kill the asserted graphs must be byte for byte as before and the inferred graph exactly the old one or
exactly the new one. Prints the figures; exits 1 on any failure.

    python scripts/crashtest.py --kills 100 --reason-kills 100
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from accord import KnowledgeGraph
from accord.documents import read_document
from accord.extract import extract
from accord.extract.graph import document_iri, to_graph
from accord.namespaces import ID, PREFIXES
from accord.store import INFERRED_GRAPH, graph_quads

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "documents" / "north-korea-russia-alliance.md"
OPENERS = ("Russia imposed sanctions on Japan.", "China praised Brazil.", "Japan met Russia.",
           "France accused Iran of violating the agreement.", "Germany and France signed a trade agreement.")
_ACK = re.compile(r"^ingested (.+?): \d+ acts, \d+ alliances, \d+ actors, (\d+) triples")


@dataclass
class Figures:
    kills: int = 0
    survived: int = 0
    docs_checked: int = 0
    compared_whole: int = 0
    in_flight: int = 0
    killed_while_writing: int = 0
    finished_first: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"crashtest: {self.kills} kills, {self.survived} survived, {self.docs_checked} documents checked "
                f"({self.compared_whole} compared quad by quad), {self.killed_while_writing} kills during the writes, "
                f"{self.in_flight} committed just before the kill without an acknowledgement (kept whole), "
                f"{self.finished_first} runs finished before their kill (checked, not counted), "
                f"{len(self.failures)} failures")


def _sentences() -> list[str]:
    body = read_document(SAMPLE).text
    return [s.strip() + "." for s in re.split(r"\.\s+", body) if len(s.split()) > 3]


def write_batch(folder: Path, run: int, count: int, rng: random.Random, pool: list[str]) -> dict[str, Path]:
    """`count` documents of 1 to ~150 sentences, each opening with a sentence that names actors."""
    folder.mkdir(parents=True)
    docs = {}
    for i in range(count):
        size = int(rng.paretovariate(1.2)) if rng.random() < 0.7 else rng.randint(20, 150)
        text = " ".join([rng.choice(OPENERS)] + [rng.choice(pool) for _ in range(min(size, 150))])
        path = folder / f"run{run:03d}-doc{i:02d}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        docs[path.stem] = path
    return docs


def run_once(accord: str, store: Path, folder: Path, rng: random.Random, full_time: float
             ) -> tuple[list[tuple[str, int]], bool, bool]:
    """Start an ingest and kill it: the acknowledged (doc id, triples), whether writes had begun, and whether the
    kill landed (the process may have finished first)."""
    proc = subprocess.Popen([accord, "--store", str(store), "ingest", str(folder)], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)
    acks: list[tuple[str, int]] = []
    lines: list[str] = []
    got_ack = threading.Condition()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            match = _ACK.match(line)
            if match:
                with got_ack:
                    acks.append((Path(match.group(1)).stem, int(match.group(2))))
                    got_ack.notify_all()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    total = len(list(folder.iterdir()))
    if rng.random() < 0.75:
        wanted = rng.randint(1, total - 1)
        with got_ack:
            got_ack.wait_for(lambda: len(acks) >= wanted or proc.poll() is not None, timeout=600)
        time.sleep(rng.uniform(0, 0.01))
    else:
        time.sleep(rng.uniform(0, full_time))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(10)
    if proc.returncode not in (-signal.SIGKILL, 0):
        raise RuntimeError(f"ingest failed before the kill: {''.join(lines)[-500:]}")
    return list(acks), bool(acks), proc.returncode == -signal.SIGKILL


def expected_quads(path: Path) -> set:
    doc = read_document(path)
    name = str(document_iri(doc.id))
    return set(graph_quads(to_graph(extract(doc)), name))


def check(store: Path, acked: dict[str, int], batch: dict[str, Path], figures: Figures, rng: random.Random) -> None:
    """The store opens for writing, holds every acknowledged document, whole, and nothing partial."""
    try:
        kg = KnowledgeGraph.open(store)
    except Exception as exc:  # noqa: BLE001 — any failure to open is what this test looks for
        figures.failures.append(f"store did not open: {exc}")
        return
    with kg:
        present = {iri.rsplit("/", 1)[1]: iri for iri in kg.documents()}
        for doc_id in sorted(set(acked) - set(present)):
            figures.failures.append(f"{doc_id}: acknowledged but missing")
        unacked = sorted(set(present) - set(acked))
        if len(unacked) > 1 or any(d not in batch for d in unacked):
            figures.failures.append(f"documents present without an acknowledgement: {unacked}")
        figures.in_flight += len(unacked)
        # Every unacknowledged document, and one acknowledged one of this run, are compared quad by quad.
        compare = set(unacked)
        written = sorted(set(present) & set(batch) - compare)
        if written:
            compare.add(rng.choice(written))
        for doc_id, iri in present.items():
            figures.docs_checked += 1
            quads = list(kg.store.query("SELECT ?s ?p ?o WHERE { GRAPH $g { ?s ?p ?o } }",
                                        {"g": ox.NamedNode(iri)}))
            if doc_id in acked and len(quads) != acked[doc_id]:
                figures.failures.append(f"{doc_id}: {len(quads)} quads, acknowledged {acked[doc_id]}")
            if doc_id in compare:
                got = {ox.Quad(r["s"], r["p"], r["o"], ox.NamedNode(iri)) for r in quads}
                figures.compared_whole += 1
                if got != expected_quads(batch[doc_id]):
                    figures.failures.append(f"{doc_id}: quads differ from an uninterrupted ingest")
        for doc_id in unacked:
            acked[doc_id] = len(list(kg.store.query("SELECT ?s WHERE { GRAPH $g { ?s ?p ?o } }",
                                                    {"g": ox.NamedNode(present[doc_id])})))


def crashtest(kills: int, seed: int, docs_per_run: int, workdir: Path) -> Figures:
    rng = random.Random(seed)
    accord = str(Path(sys.executable).parent / "accord")
    store = workdir / "store"
    pool = _sentences()
    figures = Figures()
    acked: dict[str, int] = {}
    # One uninterrupted run measures how long an ingest takes, so that time-based kills land inside it.
    started = time.monotonic()
    write_batch(workdir / "run-000", 0, docs_per_run, rng, pool)
    done = subprocess.run([accord, "--store", str(store), "ingest", str(workdir / "run-000")], check=True,
                          capture_output=True, text=True)
    full_time = time.monotonic() - started
    for line in done.stderr.splitlines():
        match = _ACK.match(line)
        if match:
            acked[Path(match.group(1)).stem] = int(match.group(2))
    run = 0
    while figures.kills < kills:
        run += 1
        batch = write_batch(workdir / f"run-{run:03d}", run, docs_per_run, rng, pool)
        acks, writing, landed = run_once(accord, store, workdir / f"run-{run:03d}", rng, full_time)
        figures.kills += landed
        figures.finished_first += not landed
        figures.killed_while_writing += writing and landed
        acked.update(dict(acks))
        failures = len(figures.failures)
        check(store, acked, batch, figures, rng)
        figures.survived += landed and len(figures.failures) == failures
        outcome = "ok" if len(figures.failures) == failures else figures.failures[-1]
        print(f"  run {run}: {'killed' if landed else 'finished before the kill'}, {len(acks)}/{len(batch)} "
              f"acknowledged, {outcome}", file=sys.stderr, flush=True)
    return figures


# accord reason ---------------------------------------------------------------------------------------------
@dataclass
class ReasonFigures:
    kills: int = 0
    survived: int = 0
    kept_old: int = 0
    got_new: int = 0
    finished_first: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"crashtest reason: {self.kills} kills, {self.survived} survived (asserted graphs unchanged; "
                f"inferred graph old in {self.kept_old}, new in {self.got_new}), {self.finished_first} runs finished "
                f"before their kill, {len(self.failures)} failures")


def digests(store: Path) -> tuple[str, str, int]:
    """SHA-256 of the asserted quads and of the inferred graph (each sorted N-Quads), and the inferred count;
    opening for writing is itself part of the check."""
    asserted, inferred = [], []
    with KnowledgeGraph.open(store) as kg:
        for quad in kg.store._inner.quads_for_pattern(None, None, None, None):
            in_inferred = isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == INFERRED_GRAPH
            (inferred if in_inferred else asserted).append(str(quad))
    digest = lambda lines: hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()  # noqa: E731
    return digest(asserted), digest(inferred), len(inferred)


def add_alliance(store: Path, run: int, rng: random.Random) -> None:
    """One more asserted alliance between two of the store's actors, in a graph of its own: a new closure."""
    with KnowledgeGraph.open(store) as kg:
        actors = sorted(r["a"] for r in kg.sparql("SELECT DISTINCT ?a WHERE { ?a a acc:State }"))
        a, b = rng.sample(actors, 2) if len(actors) > 1 else (str(ID[f"actor/Qx{run}"]), actors[0])
        graph = ox.NamedNode(f"urn:accord:crashtest:{run}")
        kg.store.extend([ox.Quad(ox.NamedNode(a), ox.NamedNode(PREFIXES["acc"] + "allyOf"), ox.NamedNode(b), graph)])


def reason_crashtest(kills: int, rng: random.Random, workdir: Path, docs: int) -> ReasonFigures:
    accord = str(Path(sys.executable).parent / "accord")
    store, copy = workdir / "reason-store", workdir / "reason-copy"
    write_batch(workdir / "reason-docs", 0, docs, rng, _sentences())
    subprocess.run([accord, "--store", str(store), "ingest", str(workdir / "reason-docs")], check=True,
                   capture_output=True)
    figures = ReasonFigures()
    run = 0
    while figures.kills < kills:
        run += 1
        add_alliance(store, run, rng)
        before_asserted, old, _ = digests(store)
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(store, copy)
        started = time.monotonic()
        subprocess.run([accord, "--store", str(copy), "reason"], check=True, capture_output=True)
        full_time = time.monotonic() - started
        _, new, count = digests(copy)
        proc = subprocess.Popen([accord, "--store", str(store), "reason"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        # the later half of the run holds the closure's write; the first half is start-up and computing
        time.sleep(rng.uniform(0.5, 1.0) * full_time if rng.random() < 0.7 else rng.uniform(0, full_time))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        landed = proc.returncode == -signal.SIGKILL
        figures.kills += landed
        figures.finished_first += not landed
        failures = len(figures.failures)
        try:
            asserted, inferred, _ = digests(store)
        except Exception as exc:  # noqa: BLE001 — a store that does not open is the failure looked for
            figures.failures.append(f"run {run}: store did not open: {exc}")
            continue
        if asserted != before_asserted:
            figures.failures.append(f"run {run}: the asserted graphs changed")
        if inferred == old and old != new:
            figures.kept_old += landed
        elif inferred == new:
            figures.got_new += landed
        else:
            figures.failures.append(f"run {run}: the inferred graph is neither the old nor the new one")
        figures.survived += landed and len(figures.failures) == failures
        outcome = "ok" if len(figures.failures) == failures else figures.failures[-1]
        state = "old" if inferred == old else "new" if inferred == new else "neither"
        print(f"  reason run {run}: {'killed' if landed else 'finished before the kill'} "
              f"({full_time:.1f} s uninterrupted, {count} inferred triples), inferred graph {state}, {outcome}",
              file=sys.stderr, flush=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--docs", type=int, default=8, help="documents per run")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reason-kills", type=int, default=0, help="kills of accord reason, after the ingest ones")
    args = parser.parse_args(argv)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="accord-crashtest-") as tmp:
        if args.kills:
            figures = crashtest(args.kills, args.seed, args.docs, Path(tmp))
            print(figures.line())
            failures += figures.failures
        if args.reason_kills:
            reasoned = reason_crashtest(args.reason_kills, random.Random(args.seed), Path(tmp), args.docs)
            print(reasoned.line())
            failures += reasoned.failures
    for failure in failures:
        print(f"  failure: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
