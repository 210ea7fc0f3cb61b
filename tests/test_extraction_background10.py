"""Events told as the setting of a sentence ("following", "since", "after"), as nouns or without a named doer."""

from __future__ import annotations

from extracts import summary


def test_talks_that_set_the_scene_of_an_exchange_are_between_its_parties() -> None:
    text = ("Iran and Sweden carried out a prisoner exchange on Monday. The swap took place in Muscat after "
            "months of negotiations.")
    acts = summary(text)
    assert ("CONSULT", "046", "asserted", ["Q794"], ["Q34"]) in acts, acts
    assert ("CONSULT", "046", "asserted", ["Q34"], ["Q794"]) in acts, acts


def test_talks_that_set_the_scene_of_no_joint_event_are_scenery() -> None:
    text = "Iran released a Swedish doctor on Monday. He flew home to Stockholm after months of negotiations."
    assert not any(a[0] == "CONSULT" for a in summary(text))


def test_the_signing_of_a_named_agreement_between_two_sides_is_told_once_as_done() -> None:
    text = ("It is a year since the signing of the Lusaka Peace Agreement between the Government of Angola and "
            "the Government of Zambia. Trade between the two has doubled.")
    acts = summary(text)
    assert ("SUPPORT", "057", "asserted", ["Q916"], ["Q953"]) in acts, acts


def test_a_setting_the_text_tells_as_an_act_elsewhere_is_not_told_again() -> None:
    text = ("Angola and Zambia signed a peace agreement in Lusaka. Trade has doubled since the signing of the "
            "agreement between Angola and Zambia.")
    acts = [a for a in summary(text) if a[0] == "SUPPORT"]
    assert len(acts) == 2, acts


def test_protests_that_set_the_scene_are_scenery() -> None:
    text = "Following the Chilean protests, the government of Chile called an early election."
    assert not any(a[0] == "PROTEST" for a in summary(text))


def test_a_named_agreement_the_parser_splits_at_of_is_still_an_agreement_signed() -> None:
    text = "It is a year since the signing of the Declaration of Principles Accord between Angola and Zambia."
    acts = summary(text)
    assert ("SUPPORT", "057", "asserted", ["Q916"], ["Q953"]) in acts, acts


def test_an_act_done_at_the_request_of_a_leader_is_his_request_of_the_doer() -> None:
    text = "Nigeria deployed troops to Gambia at the request of Gambian president Adama Barrow."
    acts = summary(text, by_label=True)
    assert any(a[0] == "REQUEST" and a[2] == "asserted" and a[3] == ["Adama Barrow"] and a[4] == ["Nigeria"]
               for a in acts), acts


def test_an_act_done_at_a_states_behest_is_its_request() -> None:
    acts = summary("Belarus closed its border with Poland at Moscow's behest.")
    assert ("REQUEST", "020", "asserted", ["Q159"], ["Q184"]) in acts, acts


def test_a_request_phrase_on_a_clause_without_a_doer_tells_no_request() -> None:
    acts = summary("Troops were deployed to Gambia at the request of Senegal.")
    assert not any(a[0] == "REQUEST" for a in acts), acts


def test_an_increase_in_a_states_troop_numbers_is_a_buildup() -> None:
    acts = summary("Satellite images show a sharp increase in Azerbaijani troop numbers near the border with Armenia.")
    assert ("MOBILIZE", "154", "asserted", ["Q227"], ["Q399"]) in acts, acts


def test_acts_an_operation_consisted_of_are_done_by_the_led_coalition_the_text_names() -> None:
    text = ("The French-led coalition began its intervention in Mali in January. The intervention consisted of "
            "airstrikes against Ansar Dine and a full blockade.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "ASSAULT" and a[3] == ["French-led coalition"] and a[4] == ["Ansar Dine"] for a in acts), acts
    assert any(a[0] == "COERCE" and a[3] == ["French-led coalition"] and a[4] == ["Ansar Dine"] for a in acts), acts


def test_an_offensive_told_without_its_doer_is_the_led_coalitions() -> None:
    text = ("The French-led coalition said it had achieved its goals. Ground troops were later sent to Mali as part "
            "of a broader offensive against Ansar Dine militants.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "ASSAULT" and a[3] == ["French-led coalition"] for a in acts), acts


def test_airstrikes_without_a_doer_in_a_text_with_no_led_coalition_have_none() -> None:
    text = ("The intervention in Mali began in January. The intervention consisted of airstrikes against Ansar Dine "
            "and a full blockade.")
    assert not any(a[0] in ("ASSAULT", "COERCE") for a in summary(text)), summary(text)


def test_a_states_support_of_an_armed_group_is_aid() -> None:
    acts = summary("Western officials say Iran's support for Hezbollah has grown since 2006.", by_label=True)
    assert any(a[0] == "AID" and a[3] == ["Iran"] and a[4] == ["Hezbollah"] for a in acts), acts


def test_a_states_support_of_another_state_stays_support() -> None:
    acts = summary("Iran's support for Syria has grown since 2006.")
    assert not any(a[0] == "AID" for a in acts), acts


def test_these_factions_are_the_armed_group_named_just_before() -> None:
    text = ("Fighting spread as the army attacked Hezbollah fighters near Tyre. Owing to Iran's support of these "
            "factions, the war is widely seen as a proxy conflict.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "AID" and a[3] == ["Iran"] and a[4] == ["Hezbollah"] for a in acts), acts


def test_an_agreement_signed_at_a_government_seat_was_hosted_by_that_body() -> None:
    acts = summary("Bahrain and Qatar signed the accord at the White House on Monday.", by_label=True)
    assert ("CONSULT", "043", "asserted", ["White House"], ["Bahrain", "Qatar"]) in acts, acts


def test_an_agreement_signed_at_a_partys_own_seat_has_no_host_besides_it() -> None:
    acts = summary("The United States and Qatar signed the accord at the White House on Monday.")
    assert not any(a[1] == "043" for a in acts), acts


def test_a_later_increase_in_troop_numbers_is_a_step_of_the_buildup_aimed_where_it_was() -> None:
    text = ("There are now 40 battalion groups massed near Armenia's border. In the last two days we have seen a "
            "further increase in troop numbers. Officials said the Azerbaijani forces had been told to hold.")
    acts = [a for a in summary(text) if a[0] == "MOBILIZE"]
    assert len(acts) == 2 and all(a[3] == ["Q227"] and a[4] == ["Q399"] for a in acts), acts


def test_the_buildup_told_again_is_no_new_step() -> None:
    text = ("Azerbaijan deployed troops near Armenia's border on Monday. Analysts say a buildup by Azerbaijan has "
            "been visible for weeks.")
    acts = [a for a in summary(text) if a[0] == "MOBILIZE"]
    assert len(acts) == 1, acts


def test_building_a_base_near_a_border_is_a_buildup() -> None:
    acts = summary("Officials confirmed reports of a Russian base construction near the border with Georgia.")
    assert ("MOBILIZE", "154", "asserted", ["Q159"], ["Q230"]) in acts, acts


def test_a_states_later_buildup_step_follows_its_forces_buildup_told_before() -> None:
    text = ("The buildup of Russian military forces along the Georgian border prompted concern. Later, officials "
            "confirmed reports of a Russian base construction near the border.")
    acts = [a for a in summary(text) if a[0] == "MOBILIZE"]
    assert any(a[3] == ["Q159"] and a[4] == ["Q230"] for a in acts), acts


def test_a_group_tied_to_a_state_is_not_that_states_side_for_a_restated_act() -> None:
    text = ("A Kenya-based militant group, Al-Shabaab, carried out an attack on Ethiopia in March. In April, the "
            "attack by Kenya failed.")
    acts = [a for a in summary(text, by_label=True) if a[0] == "ASSAULT"]
    assert any(a[3] == ["Kenya"] for a in acts), acts
