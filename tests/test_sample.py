"""The sample document yields every fact of DESIGN.md's table, and nothing that contradicts it."""

from __future__ import annotations

import pytest

from accord.extract import Act, Extraction

NK, RU, US = "Q423", "Q159", "Q30"
KIM, PUTIN, WHITE_HOUSE, STATE_DEPT, VLADIVOSTOK = "Q56226", "Q7747", "Q35525", "Q789915", "Q959"


def acts(x: Extraction, plover: str, cameo: str) -> list[Act]:
    return [a for a in x.acts if a.type == plover and a.cameo.startswith(cameo)]


def ids(actors) -> set[str]:
    return {a.wikidata or a.label for a in actors}


def sentence_of(x: Extraction, act: Act) -> str:
    span = act.evidence
    assert x.document.text[span.start:span.end] == span.text
    return span.text


def test_alliance_of_north_korea_and_russia(sample: Extraction) -> None:
    (alliance,) = sample.alliances
    assert ids(alliance.members) == {NK, RU}
    assert alliance.evidence.text.startswith("The North Korea-Russia alliance is rooted")
    assert alliance.evidence.start == 0


def test_sanction_by_united_states_and_allies(sample: Extraction) -> None:
    (act,) = acts(sample, "SANCTION", "163")
    assert act.modality == "asserted"
    assert US in ids(act.agents)
    group = next(a for a in act.agents if a.kind == "Group")
    assert group.relation == "allyOf" and group.related.wikidata == US
    assert group.label == "allies of the United States"
    assert ids(act.targets) == {NK, RU}
    assert sentence_of(sample, act).startswith("As the United States and its allies continue to impose sanctions")


def test_kim_and_putin_intend_to_strengthen_partnership(sample: Extraction) -> None:
    found = acts(sample, "AGREE", "030")
    assert {(a.agents[0].wikidata, a.targets[0].wikidata) for a in found} == {(KIM, PUTIN), (PUTIN, KIM)}
    assert all(a.modality == "intended" for a in found)
    assert all("Kim and Putin are seeking" in sentence_of(sample, a) for a in found)


def test_meeting_in_vladivostok_is_kims_visit_to_putin(sample: Extraction) -> None:
    (act,) = acts(sample, "CONSULT", "04")
    assert act.cameo == "042" and act.modality == "asserted"
    assert ids(act.agents) == {KIM} and ids(act.targets) == {PUTIN}
    assert act.location.wikidata == VLADIVOSTOK
    assert sentence_of(sample, act).startswith("Their meeting in Vladivostok, Russia")


def test_leaders_intend_a_peaceful_resolution(sample: Extraction) -> None:
    (act,) = acts(sample, "AGREE", "037")
    assert act.modality == "intended"
    assert ids(act.agents) == {KIM, PUTIN}
    assert sentence_of(sample, act).startswith("The two leaders also addressed the need for a peaceful resolution")


def test_united_states_and_white_house_accuse(sample: Extraction) -> None:
    (act,) = acts(sample, "ACCUSE", "111")
    assert act.modality == "asserted"
    assert ids(act.agents) == {US, WHITE_HOUSE}
    assert ids(act.targets) == {NK, RU}
    assert sentence_of(sample, act).startswith("The United States has expressed concern")


def test_state_department_threatens_russian_companies(sample: Extraction) -> None:
    (act,) = acts(sample, "THREATEN", "1312")
    assert act.modality == "threatened"
    assert ids(act.agents) == {STATE_DEPT}
    (target,) = act.targets
    assert target.kind == "Group" and target.label == "Russian companies"
    assert target.relation == "associatedWith" and target.related.wikidata == RU
    assert sentence_of(sample, act).startswith("The US State Department has also warned of potential sanctions")


def test_united_states_calls_for_pressure_on_north_korea(sample: Extraction) -> None:
    (act,) = acts(sample, "REQUEST", "024")
    assert act.modality == "requested"
    assert ids(act.agents) == {US} and ids(act.targets) == {NK}
    assert sentence_of(sample, act).startswith("The US has called for continued international pressure")


def test_united_states_seeks_dialogue_with_russia(sample: Extraction) -> None:
    (act,) = acts(sample, "AGREE", "036")
    assert act.modality == "intended"
    assert ids(act.agents) == {US} and ids(act.targets) == {RU}


def test_nothing_contradicts_the_table(sample: Extraction) -> None:
    # every act has agents, a known modality and a sentence; no act is aimed by a state at itself;
    # and no fact of the table is reported with another modality.
    for act in sample.acts:
        assert act.agents and act.modality in ("asserted", "threatened", "intended", "requested",
                                               "hypothetical", "negated")
        assert not set(ids(act.agents)) & set(ids(act.targets))
    assert not [a for a in sample.acts if a.type == "SANCTION" and a.modality != "asserted"]
    assert not [a for a in sample.acts if a.modality == "negated"]


@pytest.mark.parametrize(("person", "state"), [(KIM, NK), (PUTIN, RU)])
def test_leaders_act_for_their_states(sample: Extraction, person: str, state: str) -> None:
    assert any(r.subject.wikidata == person and r.predicate == "leaderOf" and r.object.wikidata == state
               for r in sample.relations)


@pytest.mark.parametrize("body", [WHITE_HOUSE, STATE_DEPT])
def test_bodies_belong_to_the_united_states(sample: Extraction, body: str) -> None:
    assert any(r.subject.wikidata == body and r.predicate == "bodyOf" and r.object.wikidata == US
               for r in sample.relations)


def test_places_are_linked(sample: Extraction) -> None:
    linked = {p.wikidata for p in sample.places}
    assert {VLADIVOSTOK, "Q46", "Q7204"} <= linked


def test_jsonl_records_follow_the_design(sample: Extraction) -> None:
    records = sample.records("sample.md")
    kinds = {r["kind"] for r in records}
    assert kinds == {"act", "alliance", "actor"}
    act = next(r for r in records if r["kind"] == "act" and r["type"] == "THREATEN")
    assert list(act) == ["doc", "kind", "type", "cameo", "modality", "agents", "targets", "location", "evidence"]
    assert act["agents"] == [{"label": "United States Department of State", "wikidata": "Q789915"}]
    assert act["targets"] == [{"label": "Russian companies", "wikidata": None}]
    assert list(act["evidence"]) == ["text", "start", "end"]
    alliance = next(r for r in records if r["kind"] == "alliance")
    assert list(alliance) == ["doc", "kind", "members", "evidence"]
    putin = next(r for r in records if r["kind"] == "actor" and r["wikidata"] == PUTIN)
    assert putin == {"doc": "sample.md", "kind": "actor", "label": "Vladimir Putin", "wikidata": PUTIN,
                     "class": "Person", "mentions": putin["mentions"]}
    assert "Putin" in putin["mentions"]
