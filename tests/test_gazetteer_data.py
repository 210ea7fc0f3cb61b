"""Checks on the gazetteer data files in data/gazetteer/ (stdlib only)."""
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "data" / "gazetteer"
QID = re.compile(r"^Q[1-9][0-9]*$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

HEADERS = {
    "states.tsv": ["wikidata", "name", "aliases", "demonyms", "capital", "capital_wikidata", "iso3", "status"],
    "people.tsv": ["wikidata", "name", "aliases", "role", "of", "start", "end"],
    "bodies.tsv": ["wikidata", "name", "aliases", "of"],
    "organizations.tsv": ["wikidata", "name", "aliases", "members"],
    "places.tsv": ["wikidata", "name", "aliases", "country", "kind"],
    "sources.tsv": ["wikidata", "source"],
    "groups.tsv": ["name", "aliases", "of"],
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
    return {name: read(name) for name in HEADERS if name not in ("sources.tsv", "groups.tsv")}


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
        assert DAY.match(r["start"]), r
        start = date.fromisoformat(r["start"])
        if r["end"]:
            assert DAY.match(r["end"]), r
            assert start <= date.fromisoformat(r["end"]), f"end before start: {r}"


def test_a_person_has_one_name(data):
    # Several role rows per person are fine; two names for one id mean a wrong id on one row.
    names = {}
    for r in data["people.tsv"]:
        prev = names.setdefault(r["wikidata"], r["name"])
        assert prev == r["name"], f"{r['wikidata']} is both {prev!r} and {r['name']!r}"
    by_name = {}
    for r in data["people.tsv"]:
        prev = by_name.setdefault(r["name"], r["wikidata"])
        assert prev == r["wikidata"], f"{r['name']!r} has ids {prev} and {r['wikidata']}"


def test_terms_of_one_office_do_not_overlap(data):
    # One holder at a time per (role, state): terms may touch on the handover day, never overlap,
    # and only the latest term may be open.
    terms = {}
    for r in data["people.tsv"]:
        end = date.fromisoformat(r["end"]) if r["end"] else date.max
        terms.setdefault((r["role"], r["of"]), []).append((date.fromisoformat(r["start"]), end, r["name"]))
    for office, spans in terms.items():
        spans.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spans, spans[1:]):
            assert s2 >= e1, f"{office}: {n1} ({s1}–{e1}) overlaps {n2} ({s2}–{e2})"


def test_every_id_has_a_recorded_source(data):
    # "Every Wikidata id checked": each non-state id names where it was verified (sources.tsv).
    sources = read("sources.tsv")
    seen = set()
    for r in sources:
        assert QID.match(r["wikidata"]), r
        assert r["wikidata"] not in seen, f"{r['wikidata']} listed twice in sources.tsv"
        assert r["source"], r
        seen.add(r["wikidata"])
    used = {r["wikidata"] for name in ("people.tsv", "bodies.tsv", "organizations.tsv", "places.tsv")
            for r in data[name]}
    assert not used - seen, f"ids without a source: {sorted(used - seen)}"
    assert not seen - used, f"sources for ids not in the gazetteer: {sorted(seen - used)}"


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
    assert len(rows) == 196
    assert sum(r["status"] == "member" for r in rows) == 193
    assert sum(r["status"] == "observer" for r in rows) == 2
    # Kosovo: a state many others recognise, in no UN seat; its code is the user-assigned XKX the EU and IMF use
    assert [r["name"] for r in rows if r["status"] == "non-member"] == ["Kosovo"]
    iso = [r["iso3"] for r in rows]
    assert all(re.match(r"^[A-Z]{3}$", i) for i in iso)
    assert len(set(iso)) == 196
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


def test_readme_counts_match_the_files(data):
    # The README's table of row counts is what readers trust; keep it in step with the files.
    table = dict(re.findall(r"^\| `(\w+\.tsv)` \| (\d+) \|", (GAZ / "README.md").read_text(encoding="utf-8"), re.M))
    for name, rows in data.items():
        assert int(table[name]) == len(rows), f"README says {table[name]} rows in {name}, file has {len(rows)}"


def test_groups_are_tied_to_states_and_named_once(data):
    # groups.tsv has no ids of its own (none was checked): each row names a movement and the state it is tied to
    states = {r["wikidata"] for r in data["states.tsv"]}
    entity_forms = {f for name in ENTITY_FILES for r in data[name]
                    for f in [r["name"]] + split(r["aliases"]) + split(r.get("demonyms", ""))}
    seen = set()
    for r in read("groups.tsv"):
        assert r["of"] in states, r
        for form in [r["name"]] + split(r["aliases"]):
            assert form not in seen and form not in entity_forms, form
            seen.add(form)
