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


def test_battalions_massed_with_no_doer_are_the_forces_of_the_one_state_the_text_names() -> None:
    # the build-up is told without its doer; the text names one state's forces, after the build-up
    text = ("There are now some 40 battalion groups massed near Armenia's border. Officials said the Azerbaijani "
            "forces had been ordered to hold their positions.")
    assert ("MOBILIZE", "154", "asserted", ["Q227"], ["Q399"]) in summary(text)


def test_battalions_massed_where_two_states_forces_are_named_have_no_doer() -> None:
    text = ("There are now some 40 battalion groups massed near Armenia's border. Azerbaijani forces and Turkish "
            "troops held joint drills last month.")
    assert not any(a[0] == "MOBILIZE" and a[1] == "154" for a in summary(text))


def test_a_government_that_responds_to_protests_with_a_blackout_coerces_the_protesters() -> None:
    # the blackout is a noun in the "with" phrase of "responded": the responder does it, at those protesting
    text = "As the rallies grew in Minsk, the Belarusian government responded with a nationwide internet blackout."
    assert ("COERCE", "1721", "asserted", ["Belarus"], ["protesters in Belarus"]) in summary(text, by_label=True)


def test_a_response_with_a_blackout_that_answers_no_protest_is_aimed_at_no_protesters() -> None:
    text = "After the storm, the Belarusian government responded with a nationwide internet blackout."
    assert not any(a[4] == ["protesters in Belarus"] for a in summary(text, by_label=True))
