"""Act types and modalities of pledges, fears, refusals and what is met, accepted or provided (typing10)."""

from __future__ import annotations

import pytest

from extracts import summary


def test_a_pledge_to_a_hostile_act_is_that_act_intended() -> None:
    # "committed to an invasion": AGREE is an intent to cooperate; the invasion is the act, and one feared by
    # others is no threat its maker voiced
    acts = summary("Estonian officials have cause for concern that Russia is committed to an invasion of Georgia.",
                   by_label=True)
    assert ("ASSAULT", "190", "intended", ["Russia"], ["Georgia"]) in acts
    assert not [a for a in acts if a[0] == "AGREE"]
    # ... a pledge to a ceasefire stays an agreement, and an attack announced by its maker a threat
    assert [a[0] for a in summary("Armenia and Azerbaijan committed to a ceasefire.")] == ["AGREE", "AGREE"]
    assert [a[0] for a in summary("Iran said it will attack Israel.")] == ["THREATEN"]


def test_a_hostile_act_naming_no_one_is_aimed_where_the_same_side_aimed_it_before() -> None:
    acts = summary("Russia invaded Georgia in 2008. Estonian officials have cause for concern that Russia is "
                   "committed to a new invasion.", by_label=True)
    assert ("ASSAULT", "190", "intended", ["Russia"], ["Georgia"]) in acts


def test_guaranteeing_a_state_s_security_is_military_protection() -> None:
    # CAMEO 074 (AID): a security guarantee; not given is negated, promised is the intent to give it (0334)
    assert summary("France is not guaranteeing the sovereignty of Chad.", by_label=True) == [
        ("AID", "074", "negated", ["France"], ["Chad"])]
    assert summary("France will guarantee the independence of Chad.", by_label=True) == [
        ("AGREE", "0334", "intended", ["France"], ["Chad"])]


def test_a_participle_after_signing_an_agreement_tells_its_terms_not_another_act() -> None:
    assert summary("France signed a treaty with Chad in 1976, guaranteeing the integrity of Chad.", by_label=True) == [
        ("SUPPORT", "057", "asserted", ["France"], ["Chad"])]


def test_a_concession_naming_no_one_is_made_to_the_other_party_of_an_agreement_told_before() -> None:
    text = "Serbia and Kosovo agreed to normalize their relations in March. At the same time, Serbia agreed to " \
           "suspend plans for new settlements."
    assert ("CONCEDE", "0832", "intended", ["Serbia"], ["Kosovo"]) in summary(text, by_label=True)
    # ... and to no one without such an agreement
    assert summary("Serbia agreed to suspend plans for new settlements.", by_label=True) == [
        ("CONCEDE", "0832", "intended", ["Serbia"], [])]


@pytest.mark.parametrize("text", [
    "Ministers told the Senate that this is a reality France simply has to accept.",
    "That is a reality France simply has to accept, because a war with Chad would be costly.",
    "France accepted the fact that Chad will stay neutral.",
])
def test_accepting_a_fact_is_no_agreement(text: str) -> None:
    assert not [a for a in summary(text) if a[0] == "AGREE"]


def test_terms_a_relative_clause_accepts_are_still_accepted() -> None:
    assert summary("France accepted the Chadian proposal.", by_label=True) == [
        ("AGREE", "030", "asserted", ["France"], ["Chad"])]


@pytest.mark.parametrize("text", [
    "Japan stands with Vietnam in the face of reckless actions by the navy of China to obstruct a Vietnamese "
    "supply convoy near the islands.",
    "Canada stands with Estonia in the face of dangerous actions by Russia to obstruct an Estonian resupply mission.",
])
def test_an_infinitive_after_a_deed_noun_is_the_purpose_of_that_deed_by_its_doers(text: str) -> None:
    # the parser hangs "to obstruct" on "stands": the obstruction is the doers' of the actions, not the supporter's
    acts = summary(text, by_label=True)
    assert [a for a in acts if a[0] == "COERCE"] and all(a[3] in (["China"], ["Russia"]) for a in acts
                                                          if a[0] == "COERCE")


def test_sanctions_agreed_on_as_the_means_of_an_agreed_aim_are_intended_not_threatened() -> None:
    # the agreeing verb lends its subject and its intent to the means ("through tougher sanctions"); a hostile act
    # agreed on with allies is the act intended (SANCTION), not a threat voiced to its target
    assert summary("With its allies, Canada agreed to end the war through tougher sanctions on Iran.",
                   by_label=True) == [("SANCTION", "163", "intended", ["Canada"], ["Iran"])]
    # ... while one announced alone is a threat
    assert summary("Canada will impose tougher sanctions on Iran.", by_label=True) == [
        ("THREATEN", "1312", "intended", ["Canada"], ["Iran"])]


def test_measures_to_ensure_an_ally_s_defence_are_military_protection_by_the_one_taking_them() -> None:
    # "measures to ensure ...": the infinitive's doer is whoever takes the measures
    assert summary("France will take all necessary steps to ensure the defence of its Chadian allies.",
                   by_label=True) == [("AGREE", "0334", "intended", ["France"], ["Chadian allies"])]
    assert summary("France took measures to ensure the protection of Chad.", by_label=True) == [
        ("AID", "074", "asserted", ["France"], ["Chad"])]


@pytest.mark.parametrize("text", [
    "There is no challenge that Kenya and Uganda cannot meet together.",
    "There's almost no problem, I believe, that Kenya and Uganda can't meet together and solve, whatever it is: "
    "drought, trade or security.",
])
def test_a_challenge_met_together_is_cooperation_and_no_challenge_they_cannot_meet_asserts_it(text: str) -> None:
    acts = summary(text, by_label=True)
    assert ("COOPERATE", "060", "asserted", ["Kenya"], ["Uganda"]) in acts
    assert not [a for a in acts if a[0] == "CONSULT"]


def test_a_challenge_met_alone_is_no_act() -> None:
    assert summary("Kenya and Uganda cannot meet the challenge alone.") == []


def test_a_defence_pledge_invoked_by_an_attack_is_protection_should_the_attack_come() -> None:
    # "would invoke ... defence commitments": the protection itself (CAMEO 074 AID), hypothetical, not the pledge
    assert summary("The United States said an armed attack on Estonia would invoke NATO's mutual defence "
                   "commitments.", by_label=True) == [("AID", "074", "hypothetical", ["NATO"], [])]
    # ... a pledge named otherwise stays one
    assert ("AGREE", "0334", "intended", ["United States"], ["Philippines"]) in summary(
        "Japan welcomed U.S. defense commitments to the Philippines.", by_label=True)


def test_conjoined_means_of_an_agreed_aim_are_all_intended() -> None:
    # "through ...; and through supporting Iraq": the second "through" joins the first, no new clause
    acts = summary("Together with its partners, Canada agreed to keep up the pressure on Iran through tougher "
                   "sanctions; through supplying weapons to Iraq and boosting its defences; and through supporting "
                   "Iraq in any talks it holds.", by_label=True)
    assert ("AGREE", "0332", "intended", ["Canada"], ["Iraq"]) in acts
    assert not [a for a in acts if a[0] == "SUPPORT"]
