"""Checks on the gazetteer data files in data/gazetteer/ (stdlib only)."""
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "data" / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")

HEADERS = {
    "states.tsv": ["wikidata", "name", "aliases", "demonyms", "capital", "capital_wikidata", "iso3", "status"],
    "people.tsv": ["wikidata", "name", "aliases", "role", "of", "start", "end"],
    "bodies.tsv": ["wikidata", "name", "aliases", "of"],
    "organizations.tsv": ["wikidata", "name", "aliases", "members"],
    "places.tsv": ["wikidata", "name", "aliases", "country", "kind"],
}
ENTITY_FILES = ["states.tsv", "bodies.tsv", "organizations.tsv", "places.tsv"]
ROLES = {"head_of_state", "head_of_government", "foreign_minister"}
KINDS = {"city", "region", "continent", "venue", "sea"}


def read(name):
    path = GAZ / name
    with path.open(encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == "", f"{name}: must end with a newline"
    rows = [line.split("\t") for line in lines[:-1]]
    assert rows[0] == HEADERS[name], f"{name}: bad header {rows[0]}"
    out = []
    for n, cells in enumerate(rows[1:], start=2):
        assert len(cells) == len(HEADERS[name]), f"{name}:{n}: {len(cells)} cells"
        for c in cells:
            assert c == c.strip(), f"{name}:{n}: stray whitespace in {c!r}"
        out.append(dict(zip(HEADERS[name], cells)))
    return out


def split(cell):
    return [x for x in cell.split("|")] if cell else []


@pytest.fixture(scope="module")
def data():
    return {name: read(name) for name in HEADERS}


def test_headers_and_shape(data):
    for name, rows in data.items():
        assert rows, f"{name} is empty"


def test_id_cells(data):
    for name, rows in data.items():
        for r in rows:
            assert QID.match(r["wikidata"]), (name, r["wikidata"])
            for col in ("of", "country", "capital_wikidata"):
                if r.get(col):
                    assert QID.match(r[col]), (name, col, r[col])
            for m in split(r.get("members", "")):
                assert QID.match(m), (name, m)


def test_list_cells_have_no_empty_items(data):
    for name, rows in data.items():
        for r in rows:
            for col in ("aliases", "demonyms", "members"):
                for item in split(r.get(col, "")):
                    assert item, (name, r["wikidata"], col)
                    assert not item.startswith("the "), (name, item)


def test_ids_unique_within_and_across_files(data):
    seen = {}
    for name in ENTITY_FILES:
        for r in data[name]:
            q = r["wikidata"]
            assert q not in seen, f"{q} in {name} and {seen.get(q)}"
            seen[q] = name
    for r in data["people.tsv"]:
        assert r["wikidata"] not in seen, f"person {r['wikidata']} also in {seen[r['wikidata']]}"
    capitals = {r["capital_wikidata"] for r in data["states.tsv"] if r["capital_wikidata"]}
    for q in capitals:
        assert seen.get(q) is None, f"capital {q} repeated in {seen.get(q)}"


def test_people_rows(data):
    keys = set()
    for r in data["people.tsv"]:
        assert r["role"] in ROLES, r
        key = (r["wikidata"], r["role"], r["of"], r["start"])
        assert key not in keys, key
        keys.add(key)
        start = date.fromisoformat(r["start"])
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", r["start"])
        if r["end"]:
            assert re.match(r"^\d{4}-\d{2}-\d{2}$", r["end"])
            assert start <= date.fromisoformat(r["end"]), r


def test_references_point_to_states(data):
    states = {r["wikidata"] for r in data["states.tsv"]}
    for name, col in (("people.tsv", "of"), ("bodies.tsv", "of"), ("places.tsv", "country")):
        for r in data[name]:
            if col == "country" and not r[col]:
                continue
            assert r[col] in states, (name, r["wikidata"], r[col])
    for r in data["organizations.tsv"]:
        for m in split(r["members"]):
            assert m in states, (r["name"], m)
        assert len(split(r["members"])) == len(set(split(r["members"]))), r["name"]


def test_states(data):
    rows = data["states.tsv"]
    assert len(rows) == 195
    assert sum(r["status"] == "member" for r in rows) == 193
    assert sum(r["status"] == "observer" for r in rows) == 2
    iso = [r["iso3"] for r in rows]
    assert all(re.match(r"^[A-Z]{3}$", i) for i in iso)
    assert len(set(iso)) == 195
    for r in rows:
        assert bool(r["capital"]) == bool(r["capital_wikidata"]), r["name"]


def test_places_kind(data):
    for r in data["places.tsv"]:
        assert r["kind"] in KINDS, r


def test_no_surface_form_maps_to_two_entities(data):
    owner = {}
    for name in ENTITY_FILES:
        for r in data[name]:
            forms = [r["name"]] + split(r["aliases"]) + split(r.get("demonyms", ""))
            for f in forms:
                prev = owner.setdefault(f, r["wikidata"])
                assert prev == r["wikidata"], f"{f!r} -> {prev} and {r['wikidata']}"


def test_anchor_ids(data):
    ids = {name: {r["wikidata"]: r for r in rows} for name, rows in data.items()}
    for q in ("Q423", "Q159", "Q30", "Q148"):
        assert q in ids["states.tsv"]
    assert ids["bodies.tsv"]["Q35525"]["of"] == "Q30"
    assert ids["bodies.tsv"]["Q789915"]["of"] == "Q30"
    assert ids["places.tsv"]["Q959"]["country"] == "Q159"
    assert "Q46" in ids["places.tsv"] and "Q7204" in ids["places.tsv"]
    people = {(r["wikidata"], r["role"], r["of"], r["start"]) for r in data["people.tsv"]}
    assert ("Q7747", "head_of_state", "Q159", "2012-05-07") in people
    assert ("Q7747", "head_of_state", "Q159", "2000-05-07") in people
    assert any(p[0] == "Q56226" and p[2] == "Q423" for p in people)
