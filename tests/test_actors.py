"""Actors: which entity a name stands for, titles and descriptions, coreference, and how actors are scored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord import gazetteer as gz
from accord.documents import Document
from accord.evaluation.gold import GoldAct, GoldActor, GoldSet, Passage, load
from accord.evaluation.score import named_actors, score
from accord.extract import Act, ActorRef, Extraction, Mention, Span

from extracts import read


def mentioned(text: str) -> dict[str, tuple]:
    """Each mention's text → (label, class, id, related id, relation)."""
    return {m.span.text: (m.actor.label, m.actor.kind, m.actor.wikidata,
                          m.actor.related.wikidata if m.actor.related else None, m.actor.relation)
            for m in read(text).mentions if m.actor}


# which entity a name stands for ------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Chad Okonkwo criticised Russia.", "Jordan Peterson praised Egypt.",
                                  "Tom Washington signed a treaty with France."])
def test_a_state_or_capital_inside_a_persons_name_is_the_person(text: str) -> None:
    act = read(text).acts[0]
    assert [(a.kind, a.wikidata) for a in act.agents] == [("Person", None)]


def test_the_state_before_a_possessive_title_still_counts() -> None:
    found = mentioned("Jordan's King Abdullah met Ghana's president.")
    assert found["King Abdullah"][3:] == ("Q810", "officialOf")
    found = mentioned("Kenya declined to meet Jordan's visiting King Abdullah.")
    assert found["King Abdullah"][3:] == ("Q810", "officialOf")


def test_of_takes_only_the_name_right_after_it() -> None:
    found = mentioned("Senator Peter Brandt of Ohio praised Jordan.")
    assert found["Peter Brandt"][3] is None          # not Jordan, named further on


def test_a_former_official_does_not_act_for_the_state() -> None:
    found = mentioned("Former Ghanaian President Peter Brandt praised Kenya.")
    assert found["Peter Brandt"] == ("Peter Brandt", "Person", None, None, None)
    assert "the former Russian president" not in mentioned("The former Russian president criticised Ukraine.")


def test_a_body_after_at_is_the_venue_not_a_party() -> None:
    result = read("Anna Keller met Peter Brandt at the Pentagon.")
    assert all(a.wikidata is None for act in result.acts for a in act.agents + act.targets)
    assert [(p.label, p.country) for p in result.places] == [("Pentagon", "Q30")]


# demonyms ---------------------------------------------------------------------------------------------
def test_paired_demonyms_make_one_group_per_state() -> None:
    (act,) = read("Greek and Turkish negotiators met in Vienna.").acts[:1]
    groups = [(a.label, a.related.wikidata) for a in act.agents + act.targets]
    assert sorted(groups) == [("Greek negotiators", "Q41"), ("Turkish negotiators", "Q43")]
    found = mentioned("French and Egyptian warships shelled the port.")
    assert found["French and Egyptian warships"][0] in ("French warships", "Egyptian warships")


def test_a_demonym_before_a_thing_names_the_state_not_a_group() -> None:
    found = mentioned("Kenya condemned the Ugandan air raids.")
    assert found["Ugandan"] == ("Uganda", "State", "Q1036", None, None)
    assert not any(kind == "Group" for _, kind, *_ in found.values())


def test_a_demonym_before_an_office_is_an_official_and_a_body_name_a_body() -> None:
    assert mentioned("The Peruvian ambassador left Quito.")["Peruvian ambassador"][1:] \
        == ("Person", None, "Q419", "officialOf")
    assert mentioned("The Lithuanian Parliament condemned Russia.")["Lithuanian Parliament"][1:] \
        == ("GovernmentBody", None, "Q37", "bodyOf")


def test_an_ethnic_community_is_tied_to_where_it_lives_not_to_its_namesake() -> None:
    found = mentioned("Ethnic Hungarians in Romania demanded autonomy.")
    assert found["Ethnic Hungarians"][1:] == ("Group", None, "Q218", "associatedWith")
    assert mentioned("Ethnic Hungarians demanded autonomy.")["Ethnic Hungarians"][3] is None
    assert mentioned("Hungarians demanded autonomy.")["Hungarians"][3] == "Q28"
    assert mentioned("Slovakia fought ethnic Hungarian militants.")["ethnic Hungarian militants"][3] is None


# coreference ------------------------------------------------------------------------------------------
def test_he_is_the_person_last_a_subject_not_the_one_named_last() -> None:
    acts = read("Anna Keller spoke with Peter Brandt. Keller praised President Macron's resolve. "
                "He called on Iran to release the sailors.").acts
    request = next(a for a in acts if a.type == "REQUEST")
    assert [a.label for a in request.agents] == ["Anna Keller"]


def test_it_after_a_thing_as_subject_stands_for_no_actor() -> None:
    result = read("Canada sent food to Peru. The shipment reached Lima on Monday. It also helped Chile.")
    pronouns = [m for m in result.mentions if m.span.text == "It"]
    assert pronouns == []
    # a plural thing in a reported clause does not stand in the way of the state that reports it
    acts = read("Russia said the talks had failed. It blamed Ukraine.").acts
    assert [(a.agents[0].wikidata, a.targets[0].wikidata) for a in acts] == [("Q159", "Q212")]


def test_a_titled_description_is_the_person_last_named_with_that_title() -> None:
    found = mentioned("Minister Anna Keller met Peruvian Foreign Minister Peter Brandt in Lima. "
                      "The Foreign Minister thanked Canada.")
    assert found["The Foreign Minister"][0] == "Peter Brandt"


def test_a_name_beside_a_description_is_one_person() -> None:
    found = mentioned("Anna Keller met her Peruvian counterpart, Foreign Minister Peter Brandt, in Ottawa.")
    assert found["Peter Brandt"][3:] == ("Q419", "officialOf")
    assert found["Peruvian counterpart"][0] == "Peter Brandt"


# scoring --------------------------------------------------------------------------------------------
def _act(agents: tuple[ActorRef, ...], targets: tuple[ActorRef, ...]) -> Act:
    return Act("ACCUSE", "111", "asserted", agents, targets, Span("x", 0, 1), Span("x", 0, 1))


def test_actor_scores_count_what_acts_and_alliances_name_and_a_wrong_id_twice() -> None:
    gaz = gz.default()
    japan, russia, chile = ActorRef("Japan", "State", "Q17"), ActorRef("Russia", "State", "Q159"), \
        ActorRef("Chile", "State", "Q298")
    official = ActorRef("Zorblat Quenn", "Person", related=japan, relation="officialOf")
    group = ActorRef("Russian banks", "Group", related=russia, relation="associatedWith")
    document = Document.from_text("x", id="t")
    mentions = (Mention(Span("Chile", 0, 5), actor=chile),)        # mentioned, in no act: no prediction
    extraction = Extraction(document, (_act((official,), (group,)),), (), mentions)
    assert named_actors(extraction) == (official, group)
    gold = GoldSet("t", (Passage("p", "x", (), (GoldActor("Japan", "Q17"), GoldActor("Peru", "Q419"))),))
    report = score(gold, [extraction], gaz)
    # Japan through its official; the group's state is not an actor the act names
    assert (report.actors_gold, report.actors_predicted, report.actors_matched) == (2, 1, 1)
    # found in the text, in an act or not: Chile's mention is a prediction there, and a false one
    assert (report.found_predicted, report.found_matched) == (2, 1)
    wrong = Extraction(document, (_act((ActorRef("Peru", "State", "Q298"),), ()),))   # Chile's id for Peru
    report = score(gold, [wrong], gaz)
    assert (report.actor_precision, report.actor_recall) == (0.0, 0.0)
    # coded by country (the GSR), the group counts as its state
    state_level = GoldSet("t", (Passage("p", "x", (GoldAct("ACCUSE", (), ()),), (GoldActor("RUS", "Q159"),),
                                        state_level=True),))
    assert score(state_level, [extraction], gaz).actors_matched == 1


def test_a_date_every_gsr_record_shares_is_no_date(tmp_path: Path) -> None:
    record = {"date": "2000-01-01", "event": "ACCUSE", "text": "Japan criticised Russia.",
              "source": [{"actorText": "Japan", "code": "JPN"}], "target": [{"actorText": "Russia", "code": "RUS"}]}
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps([dict(record, id=str(n)) for n in range(3)]), encoding="utf-8")
    assert {p.published for p in load(path, gz.default()).passages} == {None}
    path.write_text(json.dumps([dict(record, id="0"), dict(record, id="1", date="2001-05-02"),
                                dict(record, id="2")]), encoding="utf-8")
    assert len({p.published for p in load(path, gz.default()).passages}) == 2


def test_a_title_only_one_state_uses_says_the_state() -> None:
    found = mentioned("Secretary of State Anna Keller met Chile's foreign minister. "
                      "Foreign Secretary Peter Brandt praised Kenya.")
    assert found["Anna Keller"][3:] == ("Q30", "officialOf") and found["Peter Brandt"][3:] == ("Q145", "officialOf")
    assert "State" not in found                       # part of the title, no actor of its own


def test_the_parties_are_the_actors_last_named_together() -> None:
    acts = read("Ghana and Togo clashed on the border. The parties agreed to a ceasefire.").acts
    agree = [a for a in acts if a.type == "AGREE"]
    assert sorted((a.agents[0].wikidata, a.targets[0].wikidata) for a in agree) == [("Q117", "Q945"),
                                                                                     ("Q945", "Q117")]


def test_one_word_of_an_earlier_name_is_that_person() -> None:
    found = mentioned("Foreign Minister Hayashi Yoshimasa met Anna Keller. Hayashi praised Chile.")
    assert found["Hayashi"][0] == "Hayashi Yoshimasa"


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("The U.S. president met Chile's foreign minister.", "2024-03-01", "Q6279"),
    ("The U.S. president met Chile's foreign minister.", "2018-03-01", "Q22686"),
    ("Japan's prime minister criticised Russia.", "2025-01-03", "Q1335527"),
])
def test_a_states_name_before_a_title_is_the_office_holder_of_the_day(text: str, day: str, expected: str) -> None:
    assert read(text, day).acts[0].agents[0].wikidata == expected


def test_washington_the_state_and_the_person_are_not_the_government() -> None:
    for text in ("The governor of the state of Washington criticised Canada.",
                 "Washington State sued the company.", "Tom Washington signed a treaty with France."):
        assert all(a.wikidata != "Q30" for m in read(text).mentions if (a := m.actor)), text
    assert read("Washington condemned Moscow.").acts[0].agents[0].wikidata == "Q30"


def test_a_title_naming_an_organisation_makes_its_official() -> None:
    found = mentioned("NATO Secretary General Peter Brandt criticised Russia.")
    assert found["Peter Brandt"][3:] == ("Q7184", "officialOf")
    found = mentioned("Kremlin spokesman Peter Brandt criticised Japan.")
    assert found["Peter Brandt"][3:] == ("Q2060629", "officialOf")          # the body, which acts for Russia
    assert mentioned("Chinese foreign ministry spokesperson Anna Keller criticised Japan.")["Anna Keller"][3] == "Q148"


def test_a_states_name_before_a_body_noun_is_the_body() -> None:
    assert mentioned("Egypt's foreign ministry condemned Japan.")["Egypt's foreign ministry"][1:] \
        == ("GovernmentBody", None, "Q79", "bodyOf")


def test_an_official_of_a_body_counts_as_the_bodys_state_too() -> None:
    body = ActorRef("Presidential Administration of Russia", "GovernmentBody", "Q2060629")
    spokesman = ActorRef("Peter Brandt", "Person", related=body, relation="officialOf")
    extraction = Extraction(Document.from_text("x", id="t"), (_act((spokesman,), ()),))
    gold = GoldSet("t", (Passage("p", "x", (), (GoldActor("Russia", "Q159"),)),))
    assert score(gold, [extraction], gz.default()).actors_matched == 1


def test_a_surname_that_is_a_states_name_stays_the_person_named_before() -> None:
    acts = read("Ali Jordan met Hamid Karzai. Jordan criticised Iran.").acts
    assert [(a.agents[0].label, a.agents[0].wikidata) for a in acts if a.type == "ACCUSE"] == [("Ali Jordan", None)]
    assert read("Jordan criticised Iran.").acts[0].agents[0].wikidata == "Q810"


def test_the_country_is_the_state_last_a_subject() -> None:
    acts = read("Peru criticised Chile on Monday. The country also condemned Bolivia.").acts
    assert [(a.agents[0].wikidata, a.targets[0].wikidata) for a in acts] == [("Q419", "Q298"), ("Q419", "Q750")]


def test_a_title_must_run_into_the_name_or_stand_beside_it() -> None:
    found = mentioned("Secretary Anna Keller praised President Macron's speech. The Secretary thanked Chile.")
    assert found["The Secretary"][0] == "Anna Keller"
    found = mentioned("The Prime Minister, Peter Brandt, spoke in Lima. The Prime Minister thanked Chile.")
    assert found["The Prime Minister"][0] == "Peter Brandt"


def test_he_without_a_subject_nearby_is_the_topic() -> None:
    found = read("Peter Brandt expected a quick victory. His forces were stopped by the resistance of "
                 "President Macron. He has been met by a united west.", "2024-05-01").mentions
    assert [m.actor.label for m in found if m.span.text == "He"] == ["Peter Brandt"]


def test_a_capital_that_names_a_treaty_is_a_place() -> None:
    result = read("Ethiopia signed the Pretoria Cessation of Hostilities Agreement.")
    assert [m.place.wikidata for m in result.mentions if m.span.text == "Pretoria"] == ["Q3926"]
    assert all(m.actor is None for m in result.mentions if m.span.text == "Pretoria")


def test_without_a_date_a_title_is_its_state_not_todays_holder() -> None:
    assert read("The Russian president criticised Japan.", None).acts[0].agents[0].wikidata == "Q159"
    assert read("The Russian president criticised Japan.", "2010-03-01").acts[0].agents[0].wikidata == "Q23530"


def test_a_plural_title_is_more_than_the_holder_of_the_day() -> None:
    assert read("The Russian presidents criticised Japan.", "2010-03-01").acts[0].agents[0].wikidata == "Q159"
    assert read("Russian leaders condemned Japan.", "2010-03-01").acts[0].agents[0].wikidata == "Q159"


def test_an_ambassador_to_an_organisation_serves_the_state_named_before_the_title() -> None:
    found = mentioned("U.S. Ambassador to the United Nations Linda Thomas-Greenfield announced new aid.")
    assert found["Linda Thomas-Greenfield"][3:] == ("Q30", "officialOf")


def test_a_state_inside_a_bodys_name_makes_the_body() -> None:
    found = mentioned("Serb militants attacked the Kosovo Police.")
    assert found["Kosovo Police"][1:] == ("GovernmentBody", None, "Q1246", "bodyOf")


def test_an_office_anyone_may_hold_is_no_one_in_office() -> None:
    found = mentioned("Rajapaksa resigned, becoming the first Sri Lankan president to leave office mid-term.")
    assert "Sri Lankan president" not in found and "Sri Lankan" not in found


def test_the_people_of_a_state_are_a_group_tied_to_it() -> None:
    act = read("The United States announced humanitarian assistance for people in need in Sudan.").acts[0]
    assert [(a.label, a.kind, a.related.wikidata) for a in act.targets] == [
        ("people in need in Sudan", "Group", "Q1049")]


def test_a_name_in_a_phrase_of_time_is_no_counterpart() -> None:
    act = read("The event was co-hosted by the United States during the UN General Assembly week.").acts[0]
    assert act.targets == ()


def test_a_named_armed_group_is_a_group_tied_to_its_state() -> None:
    found = mentioned("Hezbollah guerrillas attacked Israel. The Houthi movement in Yemen threatened Israel.")
    assert found["Hezbollah guerrillas"] == ("Hezbollah", "Group", None, "Q822", "associatedWith")
    assert found["Houthi movement"] == ("Houthis", "Group", None, "Q805", "associatedWith")


def test_the_author_of_a_resolution_is_no_target_but_the_owner_of_the_thing_condemned_is() -> None:
    acts = read("The DPRK’s reckless launch of a ballistic missile alarmed Japan. Japan and South Korea strongly "
                "condemned the launch and its disregard of multiple UN Security Council resolutions.").acts
    accuse = next(a for a in acts if a.type == "ACCUSE")
    assert [t.wikidata for t in accuse.targets] == ["Q423"]


def test_supporting_a_resolution_is_aimed_at_its_author() -> None:
    act = read("Hungary said it will support a U.N. Security Council resolution.").acts[0]
    assert [t.wikidata for t in act.targets] == ["Q37470"]


def test_a_described_target_includes_the_actors_it_lists() -> None:
    act = read("Xi Jinping met with leaders of several Arab countries, including King Salman of Saudi Arabia.",
               published="2022-12-09").acts[0]
    assert "Q367825" in [t.wikidata for t in act.targets]


def test_where_a_retreating_actor_flees_to_is_no_target() -> None:
    act = read("Rajapaksa fled the country, accompanied by his spouse, to the Maldives, before further "
               "retreating to Singapore on 14 July.").acts[0]
    assert act.type == "RETREAT" and act.targets == ()


def test_i_in_a_statement_to_parliament_is_the_united_kingdom() -> None:
    found = mentioned("Mr Speaker, I have just come from a meeting of G7 leaders, and I will update the House on "
                      "our response.")
    assert found["I"][2] == "Q145"
    assert "I" not in mentioned("I think Russia invaded Ukraine, the analyst said.")


def test_the_owner_of_an_arrest_undergoes_it() -> None:
    acts = read("Milan Radoičić admitted responsibility for the attack, leading to his subsequent arrest.").acts
    assert not any(a.type == "COERCE" and a.agents and a.agents[0].label == "Milan Radoičić" for a in acts)


def test_the_protesters_are_the_group_named_before_with_its_place() -> None:
    found = mentioned("The 2022 Sri Lankan protests spread. The protesters' main demand was his resignation.")
    assert found["protesters"] == ("protesters in Sri Lanka", "Group", None, "Q854", "associatedWith")


def test_a_collective_of_a_states_group_or_region_is_tied_to_the_state() -> None:
    found = mentioned("Druze inhabitants of the Syrian Golan Heights threatened to strike. Angry activists "
                      "from the defeated Fatah Party staged rallies.")
    assert found["Druze inhabitants"][3] == "Q858" and found["Angry activists"][3] == "Q219060"


def test_a_peoples_plural_is_tied_to_the_state_it_lives_in() -> None:
    found = mentioned("The Albanians of southern Serbia are demanding autonomy. Palestinians of the "
                      "Israeli-occupied West Bank shunned work.")
    assert found["Albanians"][3] == "Q403" and found["Palestinians"][3] == "Q219060"


def test_a_collective_right_before_in_and_a_state_is_of_that_state() -> None:
    found = mentioned("ECOWAS issued an ultimatum on 30 July, giving the coup leaders in Niger one week.")
    assert found["coup leaders"] == ("coup leaders in Niger", "Group", None, "Q1032", "associatedWith")


def test_a_states_name_in_a_title_before_a_name_is_no_mention_of_its_own() -> None:
    found = mentioned("Kosovo prime minister Hashim Thaçi met Serbian officials in Brussels.")
    assert "Kosovo" not in found and found["Hashim Thaçi"][3] == "Q1246"


def test_talks_led_by_two_leaders_are_between_them() -> None:
    act = read("Negotiations were led by Serbian prime minister Ivica Dačić and Kosovo prime minister "
               "Hashim Thaçi.").acts[0]
    assert act.type == "CONSULT" and act.agents[0].label == "Ivica Dačić"
    assert "Hashim Thaçi" in [t.label for t in act.targets]


def test_a_named_bodys_officers_act_as_the_body() -> None:
    act = read("According to eyewitnesses, she had been severely beaten by Guidance Patrol officers.").acts[0]
    assert [(a.label, a.kind) for a in act.agents] == [("Guidance Patrol", "Actor")]


def test_a_second_appeal_joined_to_an_asked_act_is_the_speakers() -> None:
    acts = read("The United States condemns the launch. We urge all countries to condemn this launch and call "
                "on the DPRK to come to the table.").acts
    assert ("REQUEST", "Q30", "Q423") in [(a.type, a.agents[0].wikidata, a.targets[0].wikidata) for a in acts
                                           if a.agents and a.targets]
