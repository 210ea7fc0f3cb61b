"""Coercion whose doer is not the grammatical subject: an arrest told in the passive with no doer named."""

from __future__ import annotations

from extracts import summary


def test_a_passive_arrest_with_no_doer_is_by_the_police_told_before_of_those_they_faced() -> None:
    text = ("Armed rebels fired on the Moldovan police at the border crossing. Later the police surrounded the "
            "warehouse where the rebels hid. Six men were eventually detained.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "COERCE" and a[3] == ["Moldovan police"] and a[4] == ["Armed rebels"] for a in acts), acts


def test_a_passive_arrest_with_no_police_told_before_has_no_doer() -> None:
    text = "Armed rebels crossed the border at night. Six men were eventually detained."
    assert not any(a[0] == "COERCE" for a in summary(text, by_label=True))
