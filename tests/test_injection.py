"""No SPARQL injection: every payload of tests/data/injection through every parameter of every stored query.

The oracle is renaming: a store where the sample's Russia is labelled with the payload (or where the document,
act or actor IRI is the payload) must answer the payload exactly as the untouched store answers the original
value. A payload that changed the query's structure could not give the same rows. A parameter whose type
admits no such value (a PLOVER type, a quad class, a CAMEO code, an IRI with a space or quote) must instead be
refused with a one-line QueryError; which of the two happens is asserted for each payload.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest

from accord import KnowledgeGraph, QueryError, queries
from accord import cli as cli_module
from accord.cli import main
from accord.namespaces import ID, PREFIXES

from conftest import DATA

PAYLOADS: list[str] = json.loads((DATA / "injection" / "payloads.json").read_text(encoding="utf-8"))
RUSSIA = str(ID["actor/Q159"])
DOC = str(ID["doc/north-korea-russia-alliance"])
LABEL = PREFIXES["rdfs"] + "label"
STORED = queries.catalogue()
PARAMS = [(q.name, p) for q in STORED.values() for p in q.params]
# Types whose values form a closed or strict set: no payload of the corpus is one, so each must be refused.
CLOSED = ("plover", "quad", "code", "date", "integer")
# A valid value for each type, for the other required parameters of a query while one is under test.
VALID = {"actor": "Q159", "date": "2023-09-20", "document": "north-korea-russia-alliance", "plover": "AGREE",
         "quad": "verbal-cooperation", "code": "057", "integer": "1"}


def others(name: str, param: str) -> dict[str, str]:
    return {p.name: VALID[p.type] for p in STORED[name].params if p.required and p.name != param}


def test_the_corpus_is_large_and_covers_every_parameter_type() -> None:
    assert len(PAYLOADS) >= 50 and len({p.strip().casefold() for p in PAYLOADS}) == len(PAYLOADS)
    for needle in ('"', '\\"', "\\u0022", "}", "#", ">", "\n", "VALUES"):
        assert any(needle in p for p in PAYLOADS), needle
    # a new parameter type needs its own test here before it is covered
    assert {p.type for _, p in PARAMS} <= {"actor", "document", "iri", *CLOSED}


@pytest.fixture(scope="module")
def base(sample_kg: KnowledgeGraph) -> list[ox.Quad]:
    return list(ox.parse(sample_kg.export("nquads").encode(), format=ox.RdfFormat.N_QUADS))


_RENAMED: dict[tuple, KnowledgeGraph] = {}


def renamed(base: list[ox.Quad], iri: tuple[str, str] | None = None, label: str | None = None) -> KnowledgeGraph:
    """The sample with one IRI renamed everywhere, or Russia's rdfs:label replaced by `label` (kept for reuse)."""
    if (iri, label) not in _RENAMED:
        _RENAMED[iri, label] = _renamed(base, iri, label)
    return _RENAMED[iri, label]


def _renamed(base: list[ox.Quad], iri: tuple[str, str] | None, label: str | None) -> KnowledgeGraph:
    old, new = (ox.NamedNode(iri[0]), ox.NamedNode(iri[1])) if iri else (None, None)
    swap: Callable = lambda t: new if t == old else t  # noqa: E731
    quads = []
    for q in base:
        if label is not None and q.subject.value == RUSSIA and q.predicate.value == LABEL:
            q = ox.Quad(q.subject, q.predicate, ox.Literal(label), q.graph_name)
        quads.append(ox.Quad(swap(q.subject), q.predicate, swap(q.object), swap(q.graph_name)))
    kg = KnowledgeGraph.open()
    kg.store.extend(quads)
    return kg


def _with_iri(rows_json: str, old: str, new: str) -> list[str]:
    """The rows, each as JSON, with every value equal to IRI `old` replaced by `new`, sorted: what renaming does
    to a result (a query ordered by IRI may list them in another order)."""
    return sorted(json.dumps({k: new if v == old else v for k, v in row.items()}, sort_keys=True)
                  for row in json.loads(rows_json))


def _valid_iri(text: str) -> bool:
    try:
        ox.NamedNode(queries._iri(text, "x"))
        return True
    except (QueryError, ValueError):
        return False


class _Kept:
    """A KnowledgeGraph that the CLI may 'close' without closing it, so the CLI can run over a store in memory."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg

    def __enter__(self) -> KnowledgeGraph:
        return self.kg

    def __exit__(self, *exc) -> None:
        pass


def _both(capsys, monkeypatch, kg: KnowledgeGraph, name: str, param: str, value: str):
    """The rows of the API, and the CLI's JSON output, or the QueryError each raised / printed.

    Nothing may be logged either: a library's warning would be a second line on the user's stderr.
    """
    with _no_log_records():
        return _run_both(capsys, monkeypatch, kg, name, param, value, others(name, param))


@contextmanager
def _no_log_records():
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger().addHandler(handler)
    try:
        yield
    finally:
        logging.getLogger().removeHandler(handler)
    assert not records, [r.getMessage() for r in records]


def _run_both(capsys, monkeypatch, kg: KnowledgeGraph, name: str, param: str, value: str, extra: dict[str, str]):
    try:
        api = kg.query(name, **{param: value}, **extra).to_json()
    except QueryError as exc:
        api = QueryError(str(exc))
    monkeypatch.setattr(cli_module, "_open", lambda ctx, read_only=False: _Kept(kg))
    capsys.readouterr()
    pairs = [arg for key, val in extra.items() for arg in ("--param", f"{key}={val}")]
    code = main(["query", name, "--param", f"{param}={value}", *pairs, "--format", "json"])
    out, err = capsys.readouterr()
    if isinstance(api, QueryError):
        assert code == 2 and out == "" and err == f"error: {api}\n" and "\n" not in str(api).strip(), err
    else:
        assert code in (0, 1) and out.strip() == api.strip() and err == ""
    return api


def _expect_bound(got, want: str | list[str], payload: str) -> None:
    assert not isinstance(got, QueryError), f"{payload!r} was refused: {got}"
    if isinstance(want, list):  # compared as sorted rows
        got = sorted(json.dumps(row, sort_keys=True) for row in json.loads(got))
    assert got == want, payload


def _expect_refused(got, name: str, payload: str) -> None:
    assert isinstance(got, QueryError), f"{payload!r} was bound"
    assert re.search(rf"parameter '{name}'|no actor named|is not an IRI", str(got)), got


@pytest.mark.parametrize("name,param", sorted((q, p.name) for q, p in PARAMS if p.type == "actor"))
def test_actor_parameters(capsys, monkeypatch, base, sample_kg, name: str, param: str) -> None:
    reference = sample_kg.query(name, **{param: "Q159"}, **others(name, param)).to_json()
    outcomes = {"bound": 0, "refused": 0}
    for payload in PAYLOADS:
        text = payload.strip()
        if text.startswith(("http://", "https://", "id:", "<")):
            if not _valid_iri(text):
                _expect_refused(_both(capsys, monkeypatch, sample_kg, name, param, payload), param, payload)
                outcomes["refused"] += 1
                continue
            kg = renamed(base, iri=(RUSSIA, queries._iri(text, "x")))
            expected = _with_iri(reference, RUSSIA, queries._iri(text, "x"))
        elif not text:
            _expect_refused(_both(capsys, monkeypatch, sample_kg, name, param, payload), param, payload)
            outcomes["refused"] += 1
            continue
        else:
            kg = renamed(base, label=text)
            reference_here = kg.query(name, **{param: "Q159"}, **others(name, param)).to_json()
            _expect_bound(_both(capsys, monkeypatch, kg, name, param, payload), reference_here, payload)
            outcomes["bound"] += 1
            continue
        _expect_bound(_both(capsys, monkeypatch, kg, name, param, payload), expected, payload)
        outcomes["bound"] += 1
    assert outcomes["bound"] >= 55 and outcomes["refused"] >= 5, outcomes
    assert sum(outcomes.values()) == len(PAYLOADS)


def test_allies_by_a_payload_label_are_russias_allies(base, sample_kg) -> None:
    allies = [r["ally"] for r in sample_kg.query("allies_of", actor="Q159")]
    assert "North Korea" in allies
    for payload in PAYLOADS:
        if payload.strip() and not payload.strip().startswith(("http://", "https://", "id:", "<")):
            kg = renamed(base, label=payload.strip())
            assert [r["ally"] for r in kg.query("allies_of", actor=payload)] == allies, payload


def test_document_parameter(capsys, monkeypatch, base, sample_kg) -> None:
    reference = sample_kg.query("acts_in_document", document="north-korea-russia-alliance").to_json()
    bound = 0
    for payload in PAYLOADS:
        text = payload.strip()
        iri = text if text.startswith(str(ID)) else str(ID[f"doc/{text}"])
        if not _valid_iri(iri):
            _expect_refused(_both(capsys, monkeypatch, sample_kg, "acts_in_document", "document", payload),
                            "document", payload)
            continue
        kg = renamed(base, iri=(DOC, iri))
        _expect_bound(_both(capsys, monkeypatch, kg, "acts_in_document", "document", payload),
                      _with_iri(reference, DOC, iri), payload)
        bound += 1
    assert 10 <= bound < len(PAYLOADS)


def test_iri_parameter(capsys, monkeypatch, base, sample_kg) -> None:
    act = sample_kg.query("acts_in_document", document="north-korea-russia-alliance")[0]["act"]
    reference = sample_kg.query("act_evidence", act=act).to_json()
    bound = 0
    for payload in PAYLOADS:
        if not _valid_iri(payload.strip()):
            _expect_refused(_both(capsys, monkeypatch, sample_kg, "act_evidence", "act", payload), "act", payload)
            continue
        new = queries._iri(payload.strip(), "x")
        kg = renamed(base, iri=(act, new))
        _expect_bound(_both(capsys, monkeypatch, kg, "act_evidence", "act", payload), _with_iri(reference, act, new),
                      payload)
        bound += 1
    assert bound >= 1


@pytest.mark.parametrize("name,param", [(q, p.name) for q, p in PARAMS if p.type in CLOSED])
def test_closed_vocabulary_parameters_refuse_every_payload(capsys, monkeypatch, sample_kg, name: str, param: str
                                                           ) -> None:
    for payload in PAYLOADS:
        _expect_refused(_both(capsys, monkeypatch, sample_kg, name, param, payload), param, payload)


def test_literal_parameters_bind_the_exact_string(tmp_path: Path) -> None:
    (tmp_path / "by_label.rq").write_text(
        "# summary: things with a label, a count and a date\n"
        "# param: label string required the label\n# param: n integer optional a count\n"
        "# param: day date optional a day\n"
        "SELECT ?s ?count ?when WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> $label . "
        "BIND($n AS ?count) BIND($day AS ?when) }\n")
    stored = queries.load(tmp_path)["by_label"]
    kg = KnowledgeGraph.open()
    quads = [ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode(LABEL), ox.Literal(p.strip()))
             for i, p in enumerate(PAYLOADS)]
    kg.store.extend(quads + [ox.Quad(ox.NamedNode("http://x/decoy"), ox.NamedNode(LABEL), ox.Literal("decoy"))])
    for i, payload in enumerate(PAYLOADS):
        rows = list(kg.store.query(stored.text, stored.bind({"label": payload, "n": 7, "day": "2024-02-29"})))
        assert [(r["s"].value, r["count"].value, r["when"].value) for r in rows] == [(f"http://x/s{i}", "7", "2024-02-29")]
        for param, kind in (("n", "whole number"), ("day", "YYYY-MM-DD")):
            with pytest.raises(QueryError, match=kind):
                stored.bind({"label": "x", param: payload})


def test_values_clause_carries_every_payload_unchanged(kg: KnowledgeGraph) -> None:
    for payload in PAYLOADS:
        rows = list(kg.store.query("SELECT ?v WHERE {}", {"v": ox.Literal(payload)}))
        assert [r["v"].value for r in rows] == [payload]
