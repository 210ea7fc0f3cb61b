"""Rules that let extraction find acts it used to miss: coreference, led coalitions, acts told by predicates."""

from __future__ import annotations

import pytest

from extracts import read, summary as _summary


def summary(text: str) -> list[tuple]:
    return _summary(text, by_label=True)


def test_they_after_two_officials_named_by_title_is_both_of_them() -> None:
    text = ("Defence Secretary Jane Okafor met today with Brazilian Prime Minister Paulo Ramos in Lagos. "
            "The Secretary and the Prime Minister discussed trade. They condemned Iran's missile launches.")
    acts = [a for a in read(text, None).acts if a.type == "ACCUSE"]
    assert [[x.label for x in a.agents] for a in acts] == [["Jane Okafor", "Paulo Ramos"]]
    assert [x.label for x in acts[0].targets] == ["Iran"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany said that the strikes by Serbia were inconsistent with international law.",
     [("ACCUSE", "111", "asserted", ["Germany"], ["Serbia"])]),
    ("France concluded that Iran was responsible for the cyberattack.",
     [("ACCUSE", "1121", "asserted", ["France"], ["Iran"])]),
    ("Canada said the missile test by North Korea was a violation of the Security Council resolutions.",
     [("ACCUSE", "111", "asserted", ["Canada"], ["North Korea"])]),
    # the state a statement speaks for judges what no one else is said to judge
    ("The United States condemns the seizure of the tanker. We call on Venezuela to release the crew. "
     "Such actions by Venezuela are inconsistent with international law.",
     [("ACCUSE", "111", "asserted", ["United States"], []),
      ("REQUEST", "1053", "requested", ["United States"], ["Venezuela"]),
      ("ACCUSE", "111", "asserted", ["United States"], ["Venezuela"])]),
    # no blame denied
    ("France said Iran was not responsible for the attack.", []),
])
def test_a_predicate_that_finds_fault_is_an_accusation_by_whoever_judges(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_the_government_alone_is_the_state_last_a_subject() -> None:
    acts = read("Protests spread across Iran in May. Later, the government arrested dozens of students.").acts
    assert [(a.type, [x.label for x in a.agents]) for a in acts] == [("COERCE", ["Iran"])]


def test_a_led_coalition_is_a_group_tied_to_its_leader_and_the_coalition_refers_back_to_it() -> None:
    text = ("In March, the Kenyan-led coalition declared a no-fly zone. Chad opened its airspace to coalition forces. "
            "The coalition bombed Houthi positions.")
    acts = [(a.type, [x.label for x in a.agents], [x.label for x in a.targets]) for a in read(text).acts]
    assert ("COOPERATE", ["Chad"], ["Kenyan-led coalition"]) in acts
    assert ("ASSAULT", ["Kenyan-led coalition"], ["Houthis"]) in acts
    coalition = next(x for a in read(text).acts for x in a.agents if x.label == "Kenyan-led coalition")
    assert (coalition.related.label, coalition.relation) == ("Kenya", "associatedWith")


def test_the_leader_of_a_led_act_is_its_agent() -> None:
    assert [[x.label for x in a.agents] for a in read("Iranian-led attacks on shipping continued.").acts] == [["Iran"]]


def test_the_first_of_two_hyphened_demonyms_names_its_state() -> None:
    assert summary("The dispute followed Brazil's abrupt cancellation of a Spanish-Brazilian fighter contract.") \
        == [("REJECT", "1211", "asserted", ["Brazil"], ["Spain"])]


def test_an_act_that_is_the_subject_of_a_striving_verb_is_done_not_intended() -> None:
    assert summary("Japan's sanctions are pushing Russia toward default.") \
        == [("SANCTION", "163", "asserted", ["Japan"], ["Russia"])]


def test_a_name_read_with_the_end_of_its_title_as_an_organisation_is_the_person() -> None:
    acts = read("U.S. Secretary of Defense Daniel Moore announced the formation of a naval force.").acts
    assert [[(x.label, x.kind, x.related and x.related.label) for x in a.agents] for a in acts] \
        == [[("Daniel Moore", "Person", "United States")]]


def test_kampuchea_is_cambodias_name_of_the_1970s_and_1980s() -> None:
    acts = read("Kampuchean guerrillas attacked a Thai village.", None).acts
    assert [(x.label, x.related.wikidata) for a in acts for x in a.agents] == [("Kampuchean guerrillas", "Q424")]


def test_an_agreement_signed_in_the_passive_is_signed_by_its_parties_told_before() -> None:
    text = ("Officials announced a fisheries agreement between Chile and Peru in May. "
            "The agreement was signed in Lima in June.")
    assert summary(text) == [("SUPPORT", "057", "asserted", ["Chile"], ["Peru"]),
                             ("SUPPORT", "057", "asserted", ["Peru"], ["Chile"])]
    # a new agreement, not the one told before: no parties known
    assert summary(text.replace("The agreement was", "An agreement was")) == []


def test_a_plural_description_is_the_states_its_clause_lists() -> None:
    text = "After the coup, several countries condemned the junta's decree, including Ghana, Senegal and Nigeria."
    assert [[x.label for x in a.agents] for a in read(text).acts if a.type == "ACCUSE"] \
        == [["Ghana", "Senegal", "Nigeria"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad's war against Libya continued for years.", [("ASSAULT", "190", "asserted", ["Chad"], ["Libya"])]),
    # an owned war goes on whatever is intended about it
    ("The ministers pledged to hold Chad accountable for its war in Sudan.",
     [("AGREE", "030", "intended", ["ministers"], ["Chad"]), ("ASSAULT", "190", "asserted", ["Chad"], ["Sudan"])]),
    # a war's name or kind is no one's act
    ("The Toyota War ended in 1987. A trade war began.", []),
])
def test_a_war_is_an_act_of_its_owner(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_forces_massed_along_a_border_are_aimed_at_the_state_across_it() -> None:
    assert summary("The buildup of Moroccan troops along the Algerian border alarmed Spain.") \
        == [("MOBILIZE", "154", "asserted", ["Moroccan troops"], ["Algeria"])]


@pytest.mark.parametrize(("text", "judge"), [
    ("Canada said that Tom Brenner is a dictator.", ["Canada"]),
    # a thing that bears the judgement out is no judge: the statement's state is
    ("The United States condemns the vote. We stand with the voters. "
     "The rigged count confirms that Tom Brenner is a dictator.", ["United States"]),
])
def test_calling_someone_a_dictator_accuses_them(text: str, judge: list[str]) -> None:
    acts = [a for a in read(text).acts if a.trigger.text == "dictator"]
    assert [([x.label for x in a.agents], [x.label for x in a.targets], a.cameo) for a in acts] \
        == [(judge, ["Tom Brenner"], "111")]
    denied = read(text.replace("is a dictator", "is not a dictator")).acts
    assert not [a for a in denied if a.trigger.text == "dictator"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Various countries criticized the decision by Ruritania to close its embassy.",
     [("ACCUSE", "111", "asserted", ["Various countries"], [])]),
    ("Japan called on all nations to halt arms sales to Myanmar.",
     [("REQUEST", "020", "requested", ["Japan"], ["all nations"])]),
])
def test_countries_and_nations_without_names_are_groups_named_with_their_quantifier(text: str, expected) -> None:
    assert summary(text) == expected


def test_a_treaty_agreed_by_two_states_is_one_they_concluded() -> None:
    assert summary("The joint declaration is the treaty agreed by Portugal and China in 1987.") == [
        ("SUPPORT", "057", "asserted", ["Portugal"], ["China"]),
        ("SUPPORT", "057", "asserted", ["China"], ["Portugal"])]


def test_an_organisation_the_recogniser_misses_is_named_by_a_passive_by_phrase() -> None:
    assert summary("Lars Vik was arrested by the Morality Unit for attacking a Syrian diplomat.") == [
        ("COERCE", "173", "asserted", ["Morality Unit"], ["Lars Vik"]),
        # what someone was arrested for is the arrested one's act, not the arresting body's
        ("ASSAULT", "190", "asserted", ["Lars Vik"], ["Syria"])]


def test_a_joined_clauses_subject_the_parser_read_as_a_conjunct_is_its_subject() -> None:
    text = "Kenya moved troops to its border with the region and the UK conducted military exercises with Somalia."
    assert [([x.label for x in a.agents], [x.label for x in a.targets]) for a in read(text).acts
            if a.type == "COOPERATE"] == [(["United Kingdom"], ["Somalia"])]


def test_a_documents_name_and_its_short_form_are_no_actor() -> None:
    text = "Ministers signed the Lake Chad Water Sharing Agreement (LCWSA) in May. The LCWSA will provide aid to Niger."
    extraction = read(text)
    assert "LCWSA" not in [a.label for a in extraction.actors]
    assert [a.type for a in extraction.acts] == ["SUPPORT"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The disarmament of the Houthis began in May.", [("RETREAT", "0873", "asserted", ["Houthis"], ["Yemen"])]),
    # a state's own forces withdrawing are not retreating before their own state
    ("The withdrawal of Eritrean forces began in May.", [("RETREAT", "0874", "asserted", ["Eritrean forces"], [])]),
])
def test_a_movements_retreat_with_no_target_is_before_the_state_it_stands_against(text: str, expected) -> None:
    assert summary(text) == expected


def test_people_a_states_police_coerce_with_no_state_named_are_that_states() -> None:
    acts = read("Kenyan police arrested dozens of protesters on Monday.").acts
    assert [(a.type, [(x.label, x.related and x.related.label) for x in a.targets]) for a in acts] \
        == [("COERCE", [("protesters in Kenya", "Kenya")])]     # the label says where, as "rebels in X" does


def test_a_demonym_that_begins_a_listed_groups_name_is_part_of_it() -> None:
    acts = read("The radical Palestinian Islamic Jihad movement rejected an invitation to the talks.").acts
    assert [(a.type, [x.label for x in a.agents]) for a in acts] == [("REJECT", ["Palestinian Islamic Jihad"])]


def test_an_owned_war_that_is_only_the_setting_of_another_act_is_not_told_again() -> None:
    assert [a.trigger.text for a in read("Syria launched a new offensive in its war with Iraq.").acts] == ["offensive"]
