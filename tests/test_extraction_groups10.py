"""Collective actors, dissent and missing targets: a people's description kept in its label, protest told as
criticism by protesters, and whom a protest or an appeal with no stated object is aimed at."""

from __future__ import annotations

from extracts import summary


def test_a_participial_description_of_a_people_stays_in_their_label_by_its_core() -> None:
    # "affected by the severe drought in the north": which Haitians are meant, without its modifiers
    text = "Canada announced new humanitarian assistance for Haitians affected by the severe drought in the north."
    assert ("AID", "073", "asserted", ["Canada"], ["Haitians affected by the drought"]) in summary(text, by_label=True)


def test_a_people_without_a_description_keep_their_bare_label() -> None:
    text = "Canada announced new humanitarian assistance for Haitians."
    assert ("AID", "073", "asserted", ["Canada"], ["Haitians"]) in summary(text, by_label=True)


def test_criticism_voiced_by_protesters_is_their_protest_where_it_was_held() -> None:
    text = "In Warsaw, the pipeline deal between Germany and Russia was denounced by demonstrators."
    acts = summary(text, by_label=True)
    assert any(a[:3] == ("PROTEST", "141", "asserted") and a[3] == ["demonstrators in Warsaw"] for a in acts), acts
    assert not any(a[0] == "ACCUSE" for a in acts), acts


def test_criticism_by_a_state_stays_an_accusation() -> None:
    text = "In Warsaw, the pipeline deal between Germany and Russia was denounced by Lithuania."
    acts = summary(text, by_label=True)
    assert any(a[0] == "ACCUSE" and a[3] == ["Lithuania"] for a in acts), acts
    assert not any(a[0] == "PROTEST" for a in acts), acts


def test_an_appeal_with_no_addressee_is_put_to_those_its_speaker_addressed_just_before() -> None:
    # the civilians are whom the monitors would protect, not whom Kenya urges
    text = ("Kenya praised Sudan and Chad for their progress on the ceasefire. Kenya urges continued restraint, "
            "including by deploying monitors for the protection of civilians.")
    acts = summary(text, by_label=True)
    assert ("REQUEST", "020", "requested", ["Kenya"], ["Sudan", "Chad"]) in acts, acts


def test_an_appeal_with_its_addressee_in_the_sentence_keeps_it() -> None:
    text = "Kenya praised Sudan and Chad for their progress. Kenya urges restraint from Ethiopia."
    acts = summary(text, by_label=True)
    assert any(a[0] == "REQUEST" and a[4] == ["Ethiopia"] for a in acts), acts


def test_gunfire_listed_after_other_means_of_a_response_to_protests_is_an_assault_on_the_protesters() -> None:
    # the parser hangs the list's later items ("tear gas and gunfire") loosely on "responded"
    text = ("As the protests spread to other cities, the Belarusian government responded with widespread internet "
            "blackouts, nationwide restrictions on social media usage, tear gas and gunfire.")
    acts = summary(text, by_label=True)
    assert ("ASSAULT", "190", "asserted", ["Belarus"], ["protesters in Belarus"]) in acts, acts


def test_protests_told_before_that_grow_are_news_of_protesters_where_they_were_told() -> None:
    text = ("Opposition leader Nika Melia led a protest in Tbilisi on Monday. After Irakli Kobakhidze was confirmed "
            "as prime minister, the protests continued to grow.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "PROTEST" and a[3] == ["protesters in Georgia"] and "Irakli Kobakhidze" in a[4]
               for a in acts), acts


def test_protests_told_before_that_end_are_no_new_protest() -> None:
    text = ("Opposition leader Nika Melia led a protest in Tbilisi on Monday. After Irakli Kobakhidze was confirmed "
            "as prime minister, the protests ended.")
    acts = summary(text, by_label=True)
    assert not any(a[0] == "PROTEST" and a[3] == ["protesters in Georgia"] for a in acts), acts


def test_arrests_told_as_a_bare_plural_are_by_the_police_told_before_of_those_they_faced() -> None:
    # "despite dozens of arrests": the arrests happened; "despite" tells no setting told before
    text = ("On Friday the Georgian police had to stop protesters from storming the government offices. The rallies "
            "went on despite dozens of arrests.")
    acts = summary(text, by_label=True)
    assert ("COERCE", "173", "asserted", ["Georgian police"], ["protesters in Georgia"]) in acts, acts


def test_arrests_with_no_police_told_before_have_no_doer() -> None:
    text = "The rallies went on despite dozens of arrests."
    assert not any(a[0] == "COERCE" for a in summary(text, by_label=True))


def test_armed_forces_described_by_a_names_adjective_are_the_force_of_that_name_told_before() -> None:
    text = ("The Republic of Ruritania soon formed its own military, the Ruritania Defence Army. In March, Azerbaijan "
            "launched an offensive in the region against the Ruritanian armed forces.")
    acts = summary(text, by_label=True)
    assert ("ASSAULT", "190", "asserted", ["Azerbaijan"], ["Ruritania Defence Army"]) in acts, acts


def test_a_name_the_recogniser_splits_off_a_described_force_is_no_counterpart_of_its_own() -> None:
    # "Transnistri" is read as a name of its own; the phrase it modifies is the one the offensive is against
    text = ("The Republic of Transnistria soon formed its own military, the Transnistria Defence Army. On Monday, "
            "Georgia launched an offensive in the region against the Transnistri armed forces.")
    acts = summary(text, by_label=True)
    assert ("ASSAULT", "190", "asserted", ["Georgia"], ["Transnistria Defence Army"]) in acts, acts


def test_armed_forces_of_another_name_stay_a_group_of_their_own() -> None:
    text = ("The Republic of Ruritania soon formed its own military, the Ruritania Defence Army. In March, Azerbaijan "
            "launched an offensive in the region against the Zangezuri armed forces.")
    acts = summary(text, by_label=True)
    assert not any(a[0] == "ASSAULT" and "Ruritania Defence Army" in a[4] for a in acts), acts


def test_a_second_verb_the_parser_reads_as_an_adjective_of_its_object_is_still_an_act_of_the_subject() -> None:
    # "surrounded and detained president X": the parser reads "detained" as an adjective of "president"
    text = ("In 2021 a coup took place in Guinea, during which army officers surrounded and detained president "
            "Alpha Conde.")
    acts = summary(text, by_label=True)
    assert ("COERCE", "173", "asserted", ["army officers"], ["Alpha Conde"]) in acts, acts


def test_a_true_participle_adjective_tells_no_act() -> None:
    text = "The detained president Alpha Conde spoke to reporters in Conakry."
    assert not any(a[0] == "COERCE" for a in summary(text, by_label=True))


def test_a_bare_plural_of_states_names_no_actor() -> None:
    text = "Somaliland declared independence in 1991, which has been recognised by countries."
    assert not any("countries" in a[3] for a in summary(text, by_label=True))


def test_described_states_stay_a_group() -> None:
    text = "Several countries condemned the coup in Gabon."
    assert any(a[0] == "ACCUSE" and a[3] == ["Several countries"] for a in summary(text, by_label=True))


def test_a_trip_by_a_person_of_no_known_office_or_state_is_no_visit() -> None:
    text = "Sara Lindqvist was injured by a falling sign while visiting Madrid with her family."
    assert not any(a[0] == "CONSULT" for a in summary(text, by_label=True))


def test_a_visit_by_a_known_leader_stays_a_visit() -> None:
    text = "President Emmanuel Macron arrived in Madrid on Monday for a two-day visit."
    assert any(a[:2] == ("CONSULT", "042") and a[4] == ["Spain"] for a in summary(text, by_label=True))


def test_a_list_whose_first_item_names_no_actor_is_read_through_its_other_items() -> None:
    # the parser reads "U.S. conservatives, Georgia, Kazakhstan and allies" as a noun with appositions
    text = ("Armenia signed the accord with Turkey in May. Several lawmakers have condemned the accord, while U.S. "
            "conservatives, Georgia, Kazakhstan and allies have supported it.")
    acts = summary(text, by_label=True)
    assert any(a[0] == "SUPPORT" and a[3][:2] == ["Georgia", "Kazakhstan"] for a in acts), acts


def test_an_event_named_again_as_the_attribute_of_its_own_copula_is_one_act() -> None:
    # "the X–Y summit was a two-day summit between ...": one summit, told by the attribute
    text = ("The 2019 Chad–Sudan summit was a two-day summit in N'Djamena between Chadian President Idriss Deby and "
            "Sudanese President Omar al-Bashir.")
    assert len([a for a in summary(text, by_label=True) if a[0] == "CONSULT"]) == 1


def test_an_infinitive_after_an_undertaking_by_someone_is_that_ones_aim() -> None:
    # the parser hangs "to obstruct" on "stands"; the moves are the militias', and so is the obstructing
    text = ("Canada stands with Moldova in the face of repeated moves by Russian militias to obstruct a Moldovan "
            "aid convoy.")
    acts = summary(text, by_label=True)
    assert ("COERCE", "191", "asserted", ["Russian militias"], ["Moldova"]) in acts, acts
    assert not any(a[0] == "COERCE" and "Canada" in a[3] for a in acts), acts


def test_an_infinitive_of_a_request_is_no_undertakings_aim() -> None:
    assert summary("Canada urged Moldova to obstruct the convoy.", by_label=True) == [
        ("REQUEST", "020", "requested", ["Canada"], ["Moldova"])]


def test_a_republic_the_gazetteer_lacks_is_an_actor() -> None:
    text = "The Republic of Zubrowka accused Georgia of shelling its villages."
    acts = summary(text, by_label=True)
    assert any(a[0] == "ACCUSE" and a[3] == ["Republic of Zubrowka"] and a[4] == ["Georgia"] for a in acts), acts


def test_an_indefinite_ceasefire_reached_in_the_passive_is_by_the_sides_of_what_it_ends() -> None:
    text = ("In August a ceasefire agreement ending Croatia's offensive against the self-proclaimed Serb Republic of "
            "Krajina was reached.")
    acts = summary(text, by_label=True)
    assert ("RETREAT", "0871", "asserted", ["Croatia"], ["Republic of Krajina"]) in acts, acts
