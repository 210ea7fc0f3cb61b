"""Helpers for the serving scripts: a store built from the sample, the queries to call, memory, percentiles."""

from __future__ import annotations

import os
from pathlib import Path

from accord import KnowledgeGraph, queries

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ID = "north-korea-russia-alliance"
# A value for each parameter type, so every stored query can be called.
SAMPLE_VALUES = {"actor": "Q159", "plover": "AGREE", "quad": "verbal-conflict", "code": "030",
                 "document": SAMPLE_ID, "string": "Russia", "integer": "1", "date": "2023-09-20"}


def build_store(path: Path, copies: int = 1) -> int:
    """Ingest the sample documents into a new store at `path`; `copies` > 1 adds renamed copies of the sample's
    graph (the same actors, new documents, acts and evidence) to give the queries more to do. Returns triples."""
    with KnowledgeGraph.open(path) as graph:
        graph.ingest(str(ROOT / "data" / "documents"))
        if copies > 1:
            trig = graph.export("trig")
            graph.load("\n".join(trig.replace(f"/{SAMPLE_ID}", f"/{SAMPLE_ID}-{i}") for i in range(1, copies)),
                       format="trig")
        return len(graph.store)


def calls() -> list[tuple[str, dict[str, str]]]:
    """Every stored query that can be called with sample values, and those values (optional ones given too)."""
    out = []
    for stored in queries.catalogue().values():
        if any(p.required and p.type not in SAMPLE_VALUES for p in stored.params):
            continue
        out.append((stored.name, {p.name: SAMPLE_VALUES[p.type] for p in stored.params if p.type in SAMPLE_VALUES}))
    return out


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the server, its fork server and its workers), MB."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
        todo += _children(current)
    return total / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]
