"""A name in the aim an infinitive gives an act: what a meeting or an appeal is for (not who takes part), and
whom a protest is against."""
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
