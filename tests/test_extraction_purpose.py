"""Counterparts read from what surrounds an act: the aim an infinitive gives a meeting or an appeal (what it is
for, not who takes part), the purpose that says whom a protest is against, and the place of the building a
protest happens at."""
from __future__ import annotations

import pytest

from extracts import summary


@pytest.mark.parametrize("text, kind", [
    ("Canada hosted a conference in Ottawa to discuss the famine in Yemen.", "CONSULT"),
    ("Norway called for international action to end the fighting in Mali.", "REQUEST"),
])
def test_a_state_named_in_the_aim_is_no_counterpart(text: str, kind: str) -> None:
    acts = [a for a in summary(text, by_label=True) if a[0] == kind]
    assert acts and all(a[4] == [] for a in acts), acts


@pytest.mark.parametrize("text, target", [
    ("Norway called for Russia to withdraw its troops.", "Russia"),   # the infinitive's own subject
    ("Norway urged Sweden to help end the fighting in Mali.", "Sweden"),
])
def test_the_one_asked_stays_the_counterpart(text: str, target: str) -> None:
    acts = [a for a in summary(text, by_label=True) if a[0] == "REQUEST"]
    assert acts and all(a[4] == [target] for a in acts), acts


@pytest.mark.parametrize("text, target", [
    ("Demonstrators in Lima blocked a road to show their disapproval for Chile's trade policies, a newspaper "
     "reported Monday.", "Chile"),
    ("Farmers in Dhaka blocked the highway to protest India's ban on onion exports.", "India"),
])
def test_a_protest_naming_no_target_is_aimed_where_its_purpose_says(text: str, target: str) -> None:
    # not at the protesters' own state, which is only where they protest
    acts = [a for a in summary(text, by_label=True) if a[0] == "PROTEST"]
    assert acts and all(a[4] == [target] for a in acts), acts


@pytest.mark.parametrize("text, place", [
    ("Algerian detainees went on hunger strike at a camp in northern France, officials said.", "France"),
    ("Syrian detainees went on hunger strike at a centre in eastern Cyprus, lawyers said.", "Cyprus"),
])
def test_a_protest_at_a_building_is_aimed_at_the_state_the_building_is_in(text: str, place: str) -> None:
    # "at a jail in northern X": the building's own place, not the protesters' state
    acts = [a for a in summary(text, by_label=True) if a[0] == "PROTEST"]
    assert acts and all(a[4] == [place] for a in acts), acts
