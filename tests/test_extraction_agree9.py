"""Cooperative acts by joint or plural subjects that the parser hides: a subject read into a fronted phrase."""

from __future__ import annotations

import pytest

from extracts import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads the subject as more conjuncts of the fronted phrase's object ("pressure from Brazil")
    ("Under pressure from Brazil, Peru and Ecuador agreed to resume talks.",
     [("AGREE", "030", "intended", ["Q419"], ["Q736"]), ("AGREE", "030", "intended", ["Q736"], ["Q419"])]),
    # ... and with a relative clause between that subject and its verb
    ("Under the auspices of Norway, Chad and Sudan, which had long been hostile, agreed to hold talks.",
     [("AGREE", "036", "intended", ["Q657"], ["Q1049"]), ("AGREE", "036", "intended", ["Q1049"], ["Q657"])]),
])
def test_subject_read_into_a_fronted_phrase(text: str, expected: list) -> None:
    assert [a for a in summary(text) if a[0] == "AGREE"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the two" standing alone names the two persons last named; committing to an act is intending it, jointly
    ("Boris Johnson met Emmanuel Macron in Paris. The two committed to closer cooperation on defence.",
     [("AGREE", "030", "intended", ["Q180589"], ["Q3052772"]),
      ("AGREE", "030", "intended", ["Q3052772"], ["Q180589"])]),
    # ... or, with no two persons before, the two states
    ("Kenya and Uganda share a long border. The two committed to regular consultations.",
     [("AGREE", "030", "intended", ["Q114"], ["Q1036"]), ("AGREE", "030", "intended", ["Q1036"], ["Q114"])]),
])
def test_the_two_committed(text: str, expected: list) -> None:
    assert [a for a in summary(text) if a[0] == "AGREE"] == expected


def test_a_statements_own_must_is_a_demand_by_the_one_it_speaks_for() -> None:
    # a statement that speaks for Canada ("we") says in its own voice that Pyongyang must act: Canada demands it
    acts = summary("Canada condemns the missile test. We call on the DPRK to return to talks. "
                   "Pyongyang must immediately cease its provocations.")
    assert ("REQUEST", "100", "requested", ["Q16"], ["Q423"]) in acts
    # a report that speaks for no one demands nothing
    assert [a for a in summary("North Korea fired a missile. Pyongyang must immediately cease its provocations.")
            if a[0] == "REQUEST"] == []


@pytest.mark.parametrize(("text", "expected"), [
    # "the mediation of X" names the mediator; the parties are the subject of the clause its phrase frames
    ("Under the mediation of Norway, Chad and Sudan agreed to hold talks.",
     ("CONSULT", "045", "asserted", ["Q20"], ["Q657", "Q1049"])),
    ("Chad and Sudan, under the mediation of Norway, agreed to hold talks.",
     ("CONSULT", "045", "asserted", ["Q20"], ["Q657", "Q1049"])),
])
def test_a_mediator_named_by_its_mediation(text: str, expected: tuple) -> None:
    assert expected in summary(text)


def test_only_good_offices_name_their_giver_as_agent() -> None:
    # "go to the support of X": X is the one supported, not a supporter
    acts = summary("I understand his frustration that no country in the west is going directly to the support "
                   "of the Ukrainians.", by_label=True)
    assert not any("Ukrainians" in agents for _, _, _, agents, _ in acts)


@pytest.mark.parametrize(("text", "expected"), [
    # "as a partner to X" says whom the giver stands with; the body that leads a process it observes is not it
    ("The minister expressed Kenyan support, as an observer to the African Union-led process and as a partner "
     "to Somalia, towards a lasting peace.", [("SUPPORT", "051", "asserted", ["Q114"], ["Q1045"])]),
    # only for what is given: an ally's sanctions are not aimed at the one it is allied with
    ("Canada imposed sanctions on Russia as an ally of Britain.", [("SANCTION", "163", "asserted", ["Q16"], ["Q159"])]),
])
def test_a_giver_in_the_role_of_a_partner(text: str, expected: list) -> None:
    assert summary(text) == expected
