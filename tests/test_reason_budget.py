"""Reasoning and HermiT under a time and memory budget: on overrun one line, exit 2, and the store as it was."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from accord import KnowledgeGraph
from accord.cli import main

SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")


@pytest.fixture
def store(tmp_path: Path, sample_kg: KnowledgeGraph) -> str:
    """The sample, reasoned once (so there is an old inferred graph to keep), plus 2,000 names owl:sameAs one hub,
    whose closure (2,000² equalities in one round) is far beyond a small budget."""
    path = tmp_path / "store"
    with KnowledgeGraph.open(path) as kg:
        kg.load(sample_kg.export("trig"), format="trig")
        kg.reason()
        graph = ox.NamedNode("urn:accord:test:chain")
        hub = ox.NamedNode("urn:accord:test:hub")
        kg.store.extend([ox.Quad(ox.NamedNode(f"urn:accord:test:n{i}"), SAME_AS, hub, graph) for i in range(2000)])
    return str(path)


def _digest(store: str) -> str:
    with KnowledgeGraph.open(store, read_only=True) as kg:
        return hashlib.sha256(b"\n".join(sorted(str(q).encode() for q in
                                                kg.store._inner.quads_for_pattern(None, None, None, None)))).hexdigest()


@pytest.mark.parametrize("args, message, allowed", [
    (["reason", "--timeout", "0.5"], "error: reasoning did not finish within 0.5 s", 1.5),
    (["reason", "--memory", "5"], "error: reasoning needed more than its memory budget of 5 MB", 5.0),
    (["check", "--timeout", "1"], "error: HermiT did not finish within 1 s", 2.0),
    (["check", "--heap", "1"], "error: HermiT failed: Java could not start: Too small maximum heap", 60.0),
])
def test_overrun_is_one_line_exit_2_and_nothing_written(store: str, capsys, args: list[str], message: str,
                                                        allowed: float) -> None:
    before = _digest(store)
    capsys.readouterr()
    started = time.monotonic()
    assert main(["--store", store, *args]) == 2
    took = time.monotonic() - started
    out, err = capsys.readouterr()
    assert err.startswith(message) and err.count("\n") == 1 and out == "", err
    assert took < allowed, took
    assert _digest(store) == before
    print(f"\n{' '.join(args)}: failed after {took:.2f} s: {err.strip()}")


def test_within_budget_the_closure_is_written(tmp_path: Path, sample_kg: KnowledgeGraph, capsys) -> None:
    path = tmp_path / "store"
    with KnowledgeGraph.open(path) as kg:
        kg.load(sample_kg.export("trig"), format="trig")
    assert main(["--store", str(path), "reason", "--timeout", "120", "--memory", "2048"]) == 0
    assert "inferred triples, written to" in capsys.readouterr().err
    with KnowledgeGraph.open(path, read_only=True) as kg:
        assert kg.sparql("ASK { <https://w3id.org/accord/id/actor/Q423> acc:allyOf <https://w3id.org/accord/id/actor/Q159> }")
