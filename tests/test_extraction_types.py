"""PLOVER types where the PLOVER 2.0 manual decides, and the rules that tell one act type from another."""

from __future__ import annotations

import pytest

from accord.documents import Document
from accord.extract import extract
from accord.extract.lexicon import plover_type

from extracts import summary


@pytest.mark.parametrize(("text", "expected"), [
    # easing a curfew or a state of emergency is a verbal concession (CONCEDE), the code unchanged
    ("Ecuador eased the curfew in Guayaquil.", [("CONCEDE", "0813", "asserted", ["Q736"], [])]),
    ("Bolivia lifted the state of emergency in Santa Cruz on Friday.",
     [("CONCEDE", "0814", "asserted", ["Q750"], [])]),
    # a resignation is RETREAT; capturing territory is a military occupation, ASSAULT
    ("Nikol Pashinyan resigned on Monday.", [("RETREAT", "0831", "asserted", ["Nikol Pashinyan"], [])]),
    ("Turkish troops captured the town of Afrin.", [("ASSAULT", "192", "asserted", ["Turkish troops"], [])]),
])
def test_the_manual_decides_where_the_2021_table_differs(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_overridden_codes_keep_their_cameo_code() -> None:
    assert [plover_type(c) for c in ("0813", "0814", "0831", "192", "163", "1712", "191", "1722")] == \
        ["CONCEDE", "CONCEDE", "RETREAT", "ASSAULT", "SANCTION", "ASSAULT", "COERCE", "COERCE"]


@pytest.mark.parametrize(("text", "expected"), [
    # a force preparing a violent act shows readiness (MOBILIZE 152); saying one is prepared to strike threatens
    ("The Kenyan army prepared to launch an offensive against al-Shabaab.",
     [("MOBILIZE", "152", "asserted", ["Kenyan army"], ["al-Shabaab"])]),
    ("Russia said it was prepared to strike Ukraine.", [("THREATEN", "138", "threatened", ["Q159"], ["Q212"])]),
    # mobilizing supporters, voters or lobbies is no military move; mobilizing reservists is
    ("The ruling party mobilized its supporters against Kenya.", []),
    ("Armenia mobilized its reservists on Monday.", [("MOBILIZE", "154", "asserted", ["Q399"], [])]),
])
def test_preparing_force_and_mobilizing_forces_are_mobilize(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is rejected did not happen: the refusal is the act, not the aid, signing or deployment inside it
    ("Japan rejected repeated calls by South Korea for emergency economic aid.",
     [("REJECT", "120", "asserted", ["Q17"], ["Q884"])]),
    ("Ghana rejected a Nigerian proposal for signing a new border treaty.",
     [("REJECT", "120", "asserted", ["Q117"], ["Q1033"])]),
    ("Chile rejected a Peruvian appeal for deploying troops along the border.",
     [("REJECT", "120", "asserted", ["Q298"], ["Q419"])]),
    # demands not met are refused: no release is asked by the one who refuses
    ("France said it would not meet the kidnappers' demands to release prisoners in Mali.",
     [("REJECT", "120", "asserted", ["Q142"], ["prisoners in Mali"])]),
])
def test_an_act_inside_what_is_rejected_is_not_done(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_the_clause_of_a_demand_noun_is_the_act_demanded() -> None:
    assert summary("The African Union repeated its demand on Friday that Ethiopia lift restrictions on food "
                   "deliveries.") == [("REQUEST", "1054", "requested", ["Q7159"], ["Q115"])]
    # a phone call's purpose is no demand
    assert summary("Erdogan had a telephone call with Zelensky to discuss the grain deal.") == \
        [("CONSULT", "040", "asserted", ["Q39259"], ["Q3874799"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a cabinet or parliament meeting on its own is a sitting, not a consultation; with another side it is one
    ("Japan's Cabinet met on Tuesday and approved a new budget.", []),
    ("Thailand's cabinet met on Tuesday with Malaysia.",
     [("CONSULT", "040", "asserted", ["Thailand's cabinet"], ["Q833"])]),
])
def test_a_body_sitting_alone_meets_no_one(text: str, expected: list) -> None:
    assert summary(text) == expected


def _kinds(text: str) -> list[tuple]:
    return [(t, c, m, agents) for t, c, m, agents, _ in summary(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a "must" clause of something issued is a demand by its issuer
    ("Brazil issued a sharp reminder on Monday to Venezuela that it must release the detained journalists.",
     [("REQUEST", "1053", "requested", ["Q155"])]),
    # a reported "must" reaches the purpose clause of what is asked ...
    ("Amnesty said Israeli forces must guarantee security to allow aid convoys to reach Gaza.",
     [("REQUEST", "105", "requested", ["Amnesty"])]),
    # ... but not a relative clause telling what was done
    ("Canada said Mali must return the trucks that were seized by its soldiers.",
     [("COERCE", "171", "asserted", ["soldiers"])]),
    # what parties agree should be done is their intent, not a mere possibility
    ("Senior Kenyan and Ugandan officials agreed on Friday that their countries should cooperate on border "
     "security.", [("AGREE", "030", "intended", ["Q114"]), ("AGREE", "030", "intended", ["Q1036"])]),
])
def test_must_and_should_clauses_of_demands_and_decisions(text: str, expected: list) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # expelling or forcing out an organisation is SANCTION (166); forcing out people is deportation (COERCE 174)
    ("Eritrea forced the UN refugee agency out of the country.",
     [("SANCTION", "166", "asserted", ["Q986"], ["Q1065"])]),
    ("Sudan expelled the aid agency from Darfur.", [("SANCTION", "166", "asserted", ["Q1049"], [])]),
    # "aid workers" names a kind of worker, no aid of their own; the workers sent are no target
    ("Qatar sent aid workers to Gaza.", [("AID", "070", "asserted", ["Q846"], [])]),
])
def test_organisations_expelled_and_aid_as_a_kind(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # widening or restoring political freedoms eases restrictions on them (CONCEDE 0811)
    ("Myanmar's junta restored some civil liberties.", [("CONCEDE", "0811", "asserted", ["Q836"], [])]),
    # paying compensation or reparations gives back what was taken (RETREAT 0842, the manual's mode "return")
    ("Germany paid reparations to Namibia.", [("RETREAT", "0842", "asserted", ["Q183"], ["Q1030"])]),
])
def test_freedoms_widened_and_compensation_paid(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_forces_led_by_a_state_are_a_group_tied_to_it() -> None:
    acts = extract(Document.from_text("Nigerian-led troops attacked rebel camps in Liberia.", id="t")).acts
    assert [(a.type, [(x.label, x.kind, x.related.wikidata) for x in a.agents]) for a in acts] == \
        [("ASSAULT", [("Nigerian-led troops", "Group", "Q1033")])]


@pytest.mark.parametrize(("text", "expected"), [
    # a border opened to people in flight gives refuge (AID 075); opened to peacekeepers, it allows access (086)
    ("Turkey opened its border to Syrian refugees.", [("AID", "075", "asserted", ["Q43"], ["Syrian refugees"])]),
    ("Poland opened its border to Ukrainians on Thursday.", [("AID", "075", "asserted", ["Q36"], ["Ukrainians"])]),
    ("Ethiopia opened its borders to UN peacekeepers.",
     [("RETREAT", "086", "asserted", ["Q115"], ["UN peacekeepers", "Q1065"])]),
])
def test_a_border_opened_to_people_gives_refuge(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # suspending or freezing one's own contested plans or measures is a policy concession (CONCEDE 0832)
    ("Israel froze settlement construction in the West Bank.", [("CONCEDE", "0832", "asserted", ["Q801"], [])]),
    ("The EU urged Israel to suspend the demolitions.", [("REQUEST", "1042", "requested", ["Q458"], ["Q801"])]),
])
def test_suspending_ones_own_plans_concedes(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hostile step its doer "may" or "could" take on a condition is held out as a threat
    ("The African Union may suspend talks with Sudan if the fighting resumes, its chairman said.",
     [("THREATEN", "134", "threatened", ["Q7159"], ["Q1049"])]),
    # without a condition it stays a possibility
    ("The army could have killed the protesters.", [("ASSAULT", "190", "hypothetical", ["army"], ["protesters"])]),
])
def test_a_hostile_step_on_a_condition_is_a_threat(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the "if"/"unless" clause of a threat or of a step announced with "will"/"would" states terms, no act
    ("Iran threatened to launch a new offensive against Iraq unless Baghdad accepted its conditions.",
     [("THREATEN", "130", "threatened", ["Q794"], ["Q796"])]),
    ("Chad said it would expel the French ambassador if Paris sent troops.",
     [("THREATEN", "136", "threatened", ["Q657"], ["French ambassador"])]),
])
def test_the_terms_of_a_threat_are_no_act(text: str, expected: list) -> None:
    assert summary(text) == expected
