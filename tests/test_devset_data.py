"""Checks on the shape of the annotated development set in data/evaluation/dev/ (stdlib only)."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "data" / "evaluation" / "dev"
GAZ = ROOT / "data" / "gazetteer"
CAMEO_TTL = ROOT / "ontology" / "cameo.ttl"

QID = re.compile(r"^Q[1-9][0-9]*$")
FILE_NAME = re.compile(r"^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*\.json$")
TOP_KEYS = {"id", "text", "published", "source", "region", "actors", "alliances", "acts"}
SOURCE_KEYS = {"title", "publisher", "url", "licence", "attribution", "retrieved"}
ACT_KEYS = {"type", "cameo", "modality", "agents", "targets", "evidence"}
TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
MODALITIES = {"asserted", "threatened", "intended", "requested", "hypothetical", "negated"}
CLASSES = {"State", "Person", "GovernmentBody", "InternationalOrganization", "Group"}
REGIONS = {
    "Africa", "Americas", "Asia-Pacific", "Europe", "Middle East", "Central/South Asia", "Post-Soviet space",
}
# Licences whose terms allow the passage to be copied here; README.md says what each covers.
LICENCES = {
    "CC BY-SA 4.0",
    "CC BY-SA 3.0",
    "CC BY-SA 3.0 / GFDL",
    "Public domain (US federal government work)",
    "Open Parliament Licence v3.0",
}
MIN_FILES = 40


def cameo_types() -> dict[str, str]:
    """Map every CAMEO code in ontology/cameo.ttl to its PLOVER type (the generated, override-aware table)."""
    text = CAMEO_TTL.read_text(encoding="utf-8")
    found = {}
    for block in text.split("\n\n"):
        notation = re.search(r'skos:notation "([0-9]+)"', block)
        plover = re.search(r"acc:ploverType plover:([A-Z]+)", block)
        if block.lstrip().startswith("cameo:") and notation and plover:
            found[notation.group(1)] = plover.group(1)
    return found


def gazetteer_ids() -> set[str]:
    ids = set()
    for path in GAZ.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            ids.add(line.split("\t", 1)[0])
    return ids


def load_all() -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(DEV.glob("*.json"))]


@pytest.fixture(scope="module")
def docs():
    return load_all()


@pytest.fixture(scope="module")
def codes():
    return cameo_types()


def test_cameo_table_is_read():
    table = cameo_types()
    # The manual's override: imposing sanctions is SANCTION although the 2021 table says COERCE.
    assert table["163"] == "SANCTION"
    assert table["042"] == "CONSULT" and table["1312"] == "THREATEN" and table["0241"] == "REQUEST"


def test_enough_files(docs):
    assert len(docs) >= MIN_FILES
    assert all(FILE_NAME.match(p.name) for p, _ in docs)
    ids = [d["id"] for _, d in docs]
    assert len(ids) == len(set(ids))


def test_top_level_and_source(docs):
    for path, d in docs:
        assert set(d) == TOP_KEYS, path.name
        assert d["id"] == path.stem, path.name
        assert isinstance(d["text"], str) and d["text"] == d["text"].strip(), path.name
        assert 80 <= len(d["text"].split()) <= 300, (path.name, len(d["text"].split()))
        if d["published"] is not None:
            date.fromisoformat(d["published"])
        assert d["region"] in REGIONS, path.name
        src = d["source"]
        assert set(src) == SOURCE_KEYS, path.name
        assert all(isinstance(src[k], str) and src[k].strip() for k in SOURCE_KEYS), path.name
        assert re.match(r"^https?://\S+$", src["url"]), path.name
        assert src["licence"] in LICENCES, (path.name, src["licence"])
        date.fromisoformat(src["retrieved"])


def test_actors(docs):
    for path, d in docs:
        labels = [a["label"] for a in d["actors"]]
        assert labels and len(labels) == len(set(labels)), path.name
        for a in d["actors"]:
            assert set(a) == {"label", "wikidata", "class"}, path.name
            assert a["label"].strip() == a["label"] and a["label"], path.name
            assert a["class"] in CLASSES, (path.name, a["class"])
            assert a["wikidata"] is None or QID.match(a["wikidata"]), (path.name, a["wikidata"])


def test_wikidata_ids_are_checked_ones(docs):
    """Every id used is one the gazetteer holds (those are checked); an unverified id is worse than none."""
    known = gazetteer_ids()
    for path, d in docs:
        for a in d["actors"]:
            if a["wikidata"] is not None:
                assert a["wikidata"] in known, (path.name, a["label"], a["wikidata"])


def check_refs(path: Path, refs: list, actors: dict[str, str | None]) -> None:
    assert refs, path.name
    for r in refs:
        assert set(r) == {"label", "wikidata"}, path.name
        assert r["label"] in actors, (path.name, "not among the actors", r["label"])
        assert r["wikidata"] == actors[r["label"]], (path.name, r["label"])


def test_acts(docs, codes):
    for path, d in docs:
        actors = {a["label"]: a["wikidata"] for a in d["actors"]}
        assert d["acts"], path.name
        for act in d["acts"]:
            assert set(act) == ACT_KEYS, path.name
            assert act["type"] in TYPES, (path.name, act["type"])
            assert act["cameo"] in codes, (path.name, act["cameo"])
            assert codes[act["cameo"]] == act["type"], (path.name, act["cameo"], act["type"])
            assert act["modality"] in MODALITIES, (path.name, act["modality"])
            check_refs(path, act["agents"], actors)
            check_refs(path, act["targets"], actors)
            assert act["evidence"].strip() and act["evidence"] in d["text"], (path.name, act["evidence"][:60])


def test_alliances(docs):
    for path, d in docs:
        actors = {a["label"]: a["wikidata"] for a in d["actors"]}
        for al in d["alliances"]:
            assert set(al) == {"members", "evidence"}, path.name
            assert len(al["members"]) >= 2, path.name
            check_refs(path, al["members"], actors)
            assert al["evidence"] in d["text"], path.name


def test_coverage(docs):
    assert {d["region"] for _, d in docs} == REGIONS
    assert {a["type"] for _, d in docs for a in d["acts"]} == TYPES
    assert {a["modality"] for _, d in docs for a in d["acts"]} == MODALITIES
