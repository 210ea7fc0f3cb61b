"""Extraction of news beyond the sample: reported speech, lists of actors, officials, groups, alliances, coreference."""

from __future__ import annotations

import pytest

from extracts import read, summary


@pytest.mark.parametrize(("text", "expected"), [
    # the act told in a complement clause is the act; the verb that governs it gives its modality
    ("Iran threatened to cut off electricity to Azerbaijan.", [("THREATEN", "130", "threatened", ["Q794"], ["Q227"])]),
    ("Japan agreed to lift the embargo on Cuba.", [("AGREE", "0354", "intended", ["Q17"], ["Q241"])]),
    ("Germany demanded that Israel ease restrictions on Gaza.",
     [("REQUEST", "1054", "requested", ["Q183"], ["Q801"])]),
    # reported speech: "X said Y would ...", "X said Y must ..."
    ("Russia said China would meet Japan.", [("AGREE", "036", "intended", ["Q148"], ["Q17"])]),
    ("Russia said Sudan must release the prisoners.",
     [("REQUEST", "1053", "requested", ["Q159"], ["Q1049", "prisoners"])]),
    ("Japan will not accept the proposal from China.", [("REJECT", "120", "asserted", ["Q17"], ["Q148"])]),
    ("Palestinian leaders said they would boycott all contact with the United States.",
     [("THREATEN", "133", "threatened", ["Q219060"], ["Q30"])]),
    # several agents and targets, including a list the parser reads as an apposition
    ("The EU, the United States and Japan imposed sanctions on Iran and Syria.",
     [("SANCTION", "163", "asserted", ["Q458", "Q30", "Q17"], ["Q794", "Q858"])]),
    # passive and participle: "tariffs imposed by the EU on China"
    ("Tariffs imposed by the EU on China angered Beijing.", [("SANCTION", "163", "asserted", ["Q458"], ["Q148"])]),
    ("The United Nations called on Israel to halt the fighting.",
     [("REQUEST", "020", "requested", ["Q1065"], ["Q801"])]),
    # a requested act with no request code of its own is the appeal; background events are not news
    ("Zorblat Quenn called for sanctions against Nigeria.",
     [("REQUEST", "020", "requested", ["Zorblat Quenn"], ["Q1033"])]),
    ("Japan imposed sanctions on Russia after the attack on Ukraine.",
     [("SANCTION", "163", "asserted", ["Q17"], ["Q159"])]),
])
def test_acts_of_general_news(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_a_titled_official_the_gazetteer_lacks_acts_for_the_state_of_the_title() -> None:
    (act,) = read("Israeli Prime Minister Zorblat Quenn arrived in Amman on a visit.").acts
    (agent,) = act.agents
    assert (agent.label, agent.kind, agent.wikidata) == ("Zorblat Quenn", "Person", None)
    assert agent.related.wikidata == "Q801" and agent.relation == "officialOf"
    assert (act.type, act.cameo, [t.wikidata for t in act.targets]) == ("CONSULT", "042", ["Q810"])  # the host


def test_a_persons_alias_inside_a_longer_name_is_not_that_person() -> None:
    result = read("Boris Yeltsin met Jiang Zemin.")
    assert all(a.wikidata is None for act in result.acts for a in act.agents + act.targets)


def test_collectives_are_groups_tied_to_their_state() -> None:
    (act,) = read("Thousands of students in Indonesia demonstrated against the government.").acts
    (agent,) = act.agents
    assert agent.kind == "Group" and agent.related.wikidata == "Q252"
    assert act.type == "PROTEST" and [t.wikidata for t in act.targets] == ["Q252"]


def test_alliances_from_accession_and_pacts() -> None:
    assert [[m.wikidata for m in a.members] for a in read("Finland joined NATO in 2023.").alliances] \
        == [["Q33", "Q7184"]]
    assert [[m.wikidata for m in a.members] for a in read("Australia, the United Kingdom and the United States "
                                                          "formed an alliance in 2021.").alliances] \
        == [["Q408", "Q145", "Q30"]]


def test_the_bloc_and_it_refer_to_the_organisation_last_named_as_subject() -> None:
    acts = read("NATO met in Brussels. The bloc also criticised China. It condemned Iran.").acts
    assert [(a.type, a.agents[0].wikidata, a.targets[0].wikidata) for a in acts[1:]] \
        == [("ACCUSE", "Q7184", "Q148"), ("ACCUSE", "Q7184", "Q794")]


def test_two_leaders_who_sign_a_treaty_each_sign_toward_the_other() -> None:
    acts = read("Kim and Putin met in Vladivostok. The two leaders signed a treaty.").acts
    assert {(a.agents[0].wikidata, a.targets[0].wikidata) for a in acts if a.cameo == "057"} \
        == {("Q56226", "Q7747"), ("Q7747", "Q56226")}


def test_same_text_same_result() -> None:
    text = "Japan, South Korea and the United States condemned North Korea. It said the tests must stop."
    assert read(text) == read(text)


@pytest.mark.parametrize(("text", "label"), [("Serbia's Assembly denounced Albania.", "Assembly"),
                                             ("The Israeli cabinet condemned Iran.", "Israeli cabinet")])
def test_unnamed_organs_of_a_state_are_its_bodies(text: str, label: str) -> None:
    (act,) = read(text).acts
    (agent,) = act.agents
    assert (agent.label, agent.kind, agent.relation) == (label, "GovernmentBody", "bodyOf")
    assert agent.related.wikidata in ("Q403", "Q801")


def test_each_other_makes_an_act_mutual() -> None:
    assert summary("Kyrgyzstan and Tajikistan blamed each other.") == [
        ("ACCUSE", "112", "asserted", ["Q813"], ["Q863"]), ("ACCUSE", "112", "asserted", ["Q863"], ["Q813"])]


def test_a_person_beside_a_title_acts_for_the_titles_state() -> None:
    (act,) = read("The Treasury sanctioned the President of Venezuela, Zorblat Quenn.").acts
    person = next(t for t in act.targets if t.kind == "Person")
    assert person.label == "Zorblat Quenn" and person.related.wikidata == "Q717"


@pytest.mark.parametrize("text", ["US allies condemned Russia.", "Allies of the United States condemned Russia.",
                                  "The United States' allies condemned Russia."])
def test_allies_of_a_state_are_a_group_allied_with_it(text: str) -> None:
    (act,) = read(text).acts
    (agent,) = act.agents
    assert (agent.kind, agent.relation, agent.related.wikidata) == ("Group", "allyOf", "Q30")


def test_a_given_name_before_a_middle_initial_belongs_to_the_name() -> None:
    result = read("Secretary of State Antony J. Blinken met with Foreign Minister Sergey Lavrov. "
                  "Secretary Blinken thanked Minister Lavrov.")
    assert [[x.label for x in a.agents] for a in result.acts] == [["Antony J. Blinken"], ["Antony J. Blinken"]]


def test_we_in_a_statement_to_parliament_is_the_united_kingdom() -> None:
    assert summary("Madam Deputy Speaker, today we have sanctioned Russia.") == [
        ("SANCTION", "163", "asserted", ["Q145"], ["Q159"])]
    # without a sign of who speaks, "we" stays unread
    assert summary("Today we have sanctioned Russia.") == []


def test_we_in_a_government_statement_is_the_state_it_names_as_subject() -> None:
    acts = summary("The United States condemns the launch. The United States calls on Iran to stop. "
                   "We have sanctioned Iran.")
    assert ("SANCTION", "163", "asserted", ["Q30"], ["Q794"]) in acts


@pytest.mark.parametrize(("text", "wrong"), [
    ("The United Kingdom signed the Budapest accord in 1994.", "Q28"),        # a capital naming a treaty
    ("Under the Vienna Convention, Ecuador expelled the ambassador.", "Q40"),
    ("The United States commends AU Commission Chairman Faki.", "Q8880"),     # not the European Commission
    ("The National People’s Congress adopted the decision.", "Q11268"),      # not the US Congress
])
def test_a_name_inside_a_longer_name_is_not_that_actor(text: str, wrong: str) -> None:
    assert wrong not in {a.wikidata for a in read(text).actors}


def test_a_capital_still_stands_for_its_state_as_subject_and_before_government() -> None:
    assert summary("The Beijing government condemned Moscow.") == [("ACCUSE", "111", "asserted", ["Q148"], ["Q159"])]


def test_a_demonyms_plural_after_an_adjective_is_still_the_group() -> None:
    assert summary("Young Algerians blocked roads to press their demands on President Bouteflika's government.")[0][3] \
        == ["Algerians"]


def test_what_a_call_discussed_is_that_call_not_another_meeting() -> None:
    acts = summary("Secretary of State Antony J. Blinken spoke today with Foreign Minister Sergey Lavrov. "
                   "Secretary Blinken and Minister Lavrov discussed the Arctic Council.")
    assert [(a[0], a[1]) for a in acts] == [("CONSULT", "040")]
    # a discussion between others is its own meeting
    assert len(summary("Japan met China. Russia and Iran discussed trade.")) >= 2


def test_an_invasion_is_an_assault_as_plover_and_the_gold_records_code_it() -> None:
    assert summary("Eritrea invaded Ethiopia in May 1998.") == [("ASSAULT", "190", "asserted", ["Q986"], ["Q115"])]


def test_promising_a_response_is_a_threat_not_a_pledge() -> None:
    assert summary("Russia vowed retaliation against Ukraine.") == [
        ("THREATEN", "130", "threatened", ["Q159"], ["Q212"])]
    assert summary("Japan pledged aid to Ukraine.")[0][:3] == ("AGREE", "030", "intended")


def test_we_is_not_the_state_the_text_talks_about_in_the_past() -> None:
    # the speaker's own state is unnamed; Russia, the subject of past events, is not "we"
    acts = summary("Russia poisoned a former officer. Russia attacked Ukraine. We have sanctioned Russia.")
    assert not any(a[0] == "SANCTION" and a[3] == ["Q159"] for a in acts)


def test_a_meeting_held_by_no_one_named_is_still_the_meeting_of_its_participants() -> None:
    # "held" has no agent of its own: the noun it is about tells the act
    acts = summary("Talks between Iran and Iraq were held in Oman last week.")
    assert [(a[0], a[3], a[4]) for a in acts] == [("CONSULT", ["Q794"], ["Q796"]), ("CONSULT", ["Q796"], ["Q794"])]


def test_looking_forward_to_an_act_and_being_committed_to_it_are_intents() -> None:
    assert summary("Biden said he looked forward to meeting Ruto.") == [
        ("AGREE", "036", "intended", ["Q6279"], ["Q195725"])]
    assert summary("Japan is committed to supporting Ukraine.") == [("AGREE", "032", "intended", ["Q17"], ["Q212"])]
    # a proposal for an act is the proposer's, and rejecting it is no refusal of that act by the one who rejects
    assert [a[3] for a in summary("Chile rejected a Peruvian proposal for signing a treaty.") if a[0] == "REJECT"] \
        == [["Q298"]]


@pytest.mark.parametrize(("text", "expected"), [
    # support, solidarity and commitment told as nouns, their holder the owner or the subject of a verb that
    # restates them
    ("Portugal reaffirmed its commitment to the partnership with Brazil.",
     [("SUPPORT", "051", "asserted", ["Q45"], ["Q155"])]),
    ("Canada reiterated the firm Canadian commitment to the defence of Latvia.",
     [("AGREE", "0334", "intended", ["Q16"], ["Q211"])]),
    ("Finland stands with Estonia.", [("SUPPORT", "052", "asserted", ["Q33"], ["Q191"])]),
    # "call upon" names whom it asks like "call on"
    ("Mexico calls upon Cuba to abide by the accord.", [("REQUEST", "020", "requested", ["Q96"], ["Q241"])]),
    # what a verb merely mentions of another's act is that act as it is, not one asked or refused
    ("Chile asked Peru to match Argentina's support for Bolivia.",
     [("REQUEST", "020", "requested", ["Q298"], ["Q419"]), ("SUPPORT", "051", "asserted", ["Q414"], ["Q750"])]),
    ("Chad reneged on its commitment to Niger.", [("REJECT", "120", "asserted", ["Q657"], ["Q1032"])]),
    ("Israel is opposed to French mediation.", [("REJECT", "120", "asserted", ["Q801"], ["Q142"])]),
])
def test_support_and_commitment_as_nouns(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_what_a_protest_demands_and_what_an_attack_did_are_not_acts_of_their_own() -> None:
    # the demand is what the protest is for, however deep in the purpose clause
    acts = summary("Thousands of Kenyan students blocked roads to press their demands on President Ruto.")
    assert [a[0] for a in acts] == ["PROTEST"]
    # the killing the participle tells is the shelling itself
    assert [a[0] for a in summary("Armenian forces shelled Azerbaijan on Monday, killing four soldiers.")] == ["ASSAULT"]
    # what an act is for is no act of its own
    assert [a[0] for a in summary("Turkey opened its border with Syria to allow deliveries of food.")] == ["RETREAT"]


@pytest.mark.parametrize(("text", "expected"), [
    # leaving an agreement rejects it (CAMEO 127); it is no military withdrawal
    ("The United States announced its withdrawal from the nuclear deal with Iran.",
     [("REJECT", "127", "asserted", ["Q30"], ["Q794"])]),
    ("Japan announced new humanitarian assistance for Sudan.", [("AID", "073", "asserted", ["Q17"], ["Q1049"])]),
    ("Morocco agreed to normalize relations with Israel.", [("AGREE", "032", "intended", ["Q1028"], ["Q801"])]),
    ("Australia cancelled a submarine contract with France.", [("REJECT", "1211", "asserted", ["Q408"], ["Q142"])]),
])
def test_lexicon_of_aid_agreements_and_relations(text: str, expected: list[tuple]) -> None:
    assert summary(text) == expected


def test_troops_sent_to_a_border_are_a_mobilisation() -> None:
    assert [(a[0], a[1]) for a in summary("Brazil sent troops to its border with Venezuela.")] == [("MOBILIZE", "154")]


def test_the_one_praised_for_an_act_does_it_and_joint_hosts_meet_each_other() -> None:
    assert [(a[0], a[3]) for a in summary("Germany commended Qatar for hosting the talks.")] == [
        ("SUPPORT", ["Q183"]), ("CONSULT", ["Q846"])]
    assert [(a[3], a[4]) for a in summary("Egypt and Jordan hosted two rounds of dialogue.")] == [
        (["Q79"], ["Q810"]), (["Q810"], ["Q79"])]
    assert summary("Ethnic Albanians have sworn to fight Serbia.")[0][:3] == ("THREATEN", "138", "threatened")


def test_an_act_with_no_stated_target_is_aimed_at_the_other_actor_its_sentence_or_meeting_names() -> None:
    # another actor the sentence names
    assert summary("India blamed Pakistan for the attack and promised a robust response.")[1] == (
        "THREATEN", "130", "threatened", ["Q668"], ["Q843"])
    # a readout: the meeting's other side
    assert summary("Japanese Prime Minister Fumio Kishida met President Joe Biden in Washington. "
                   "Kishida expressed his strong support.")[1][3:] == (["Fumio Kishida"], ["Q6279"])
    # the one who praises an act is not its target
    assert summary("Germany commended Qatar for hosting the talks.")[1][4] != ["Q183"]


def test_a_noun_with_a_demonstrative_names_an_act_already_told() -> None:
    acts = summary("Japan announced new humanitarian assistance for Sudan. "
                   "The Japanese ambassador announced this assistance in Khartoum.")
    assert [(a[0], a[3], a[4]) for a in acts] == [("AID", ["Q17"], ["Q1049"])]


def test_a_meeting_a_sentence_names_twice_is_one_meeting() -> None:
    acts = summary("The 2019 Ghana–Togo summit (also called the Lomé peace summit) was a bilateral summit "
                   "between Ghana and Togo held in Lomé.")
    assert [(a[0], a[3], a[4]) for a in acts] == [("CONSULT", ["Q117"], ["Q945"]), ("CONSULT", ["Q945"], ["Q117"])]


def test_the_parties_are_the_sides_last_named_together_even_through_of() -> None:
    acts = summary("The United States welcomes the ceasefire between the Government of Sudan and the Government "
                   "of Chad. The United States commends the parties for taking this step.")
    assert acts[-1][:2] == ("SUPPORT", "051") and acts[-1][4] == ["Q1049", "Q657"]


def test_an_act_that_will_continue_keeps_its_own_code() -> None:
    assert summary("Japan will continue to support Ukraine.") == [("SUPPORT", "051", "intended", ["Q17"], ["Q212"])]
    assert summary("Japan agreed to support Ukraine.") == [("AGREE", "032", "intended", ["Q17"], ["Q212"])]


def test_a_group_of_allies_names_its_ally_as_running_text_does() -> None:
    labels = [x.label for a in read("Japan and its allies met Turkey. The European Union and its allies met Iran.").acts
              for x in a.agents if x.kind == "Group"]
    assert labels == ["allies of Japan", "allies of the European Union"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan took the Indian pilot prisoner.", ("COERCE", "173")),
    ("Russia massed troops on its border with Ukraine.", ("MOBILIZE", "154")),
    ("Egypt announced the formation of a joint force against the Houthis.", ("MOBILIZE", "154")),
    ("Chinese ships obstructed a Philippine resupply mission.", ("COERCE", "191")),
])
def test_lexicon_of_captures_obstruction_and_build_ups(text: str, expected: tuple) -> None:
    assert [a[:2] for a in summary(text)] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a welcome is support for the actor behind what is welcomed: its owner, its "of", the subject telling it
    ("Germany welcomed Japan's decision to join the talks.", [("SUPPORT", "051", "asserted", ["Q183"], ["Q17"])]),
    ("France welcomed the statement of President Putin.", [("SUPPORT", "051", "asserted", ["Q142"], ["Q7747"])]),
    ("France welcomed the dialogue President Putin has convened.",
     [("SUPPORT", "051", "asserted", ["Q142"], ["Q7747"])]),
    # a thing no other actor stands behind, the agents' own joint body, or where people come from: no act
    ("Mexico welcomed the launch of the new trade framework with Canada.", []),
    ("The American and Japanese ministers hailed the U.S.-Japan Alliance as a cornerstone of peace.", []),
    ("Smaller groups hailing from Syria crossed into Turkey.", []),
])
def test_a_welcome_is_support_only_for_another_actor(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is discussed is the topic; the sides are the subject and the "with" phrase
    ("Russia discussed Ukraine with China.", [("CONSULT", "040", "asserted", ["Q159"], ["Q148"])]),
    ("Putin met leaders of Iran.", [("CONSULT", "040", "asserted", ["Q7747"], ["leaders", "Q794"])]),
    ("Putin was met by Xi at the airport.", [("CONSULT", "040", "asserted", ["Q15031"], ["Q7747"])]),
    # meeting a challenge, a level or "the courage of" someone is no meeting
    # (met "together", it is joint work: tests/test_extraction_typing10.py)
    ("There is no challenge that Kenya and the United States cannot meet.", []),
    ("His troops were met by the courage of President Zelensky.", []),
    ("Norway asked Sweden to meet the rising levels of need.", [("REQUEST", "020", "requested", ["Q20"], ["Q34"])]),
])
def test_what_is_discussed_or_met_must_be_an_actor_to_be_a_side(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act a speaker only reports on is as it is; the speaker's wish governs the report, not the act
    ("Britain wished to update Parliament on Japan's support for Ukraine.",
     [("SUPPORT", "051", "asserted", ["Q17"], ["Q212"])]),
    # an intent adjective tells an intent as a predicate, not as an epithet
    ("Norway is willing to help Sweden.", [("AGREE", "030", "intended", ["Q20"], ["Q34"])]),
    ("Norway is a willing partner to Sweden.", []),
])
def test_modality_stays_with_the_clause_that_governs_the_act(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause around an act noun tells who did it and to whom
    ("The raid was carried out by Israel against Hamas.", [("ASSAULT", "190", "asserted", ["Q801"], ["Hamas"])]),
    ("It was an armed assault carried out by Hamas against Israel.",
     [("ASSAULT", "193", "asserted", ["Hamas"], ["Q801"])]),
    ("Hamas claimed responsibility for the attack on Israel.", [("ASSAULT", "190", "asserted", ["Hamas"], ["Q801"])]),
])
def test_who_carried_out_or_claimed_an_attack_did_it(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is countered or deterred is not an act of its own
    ("Japan announced a new force aimed at countering threats by North Korea.", []),
    ("The new unit will help combat attacks by militants on Chad.", []),
])
def test_what_is_countered_or_deterred_is_no_act(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the latter" is the second of the last two actors named, "the former" the first
    ("Japan criticized China, while the latter condemned Russia.",
     [("ACCUSE", "111", "asserted", ["Q17"], ["Q148"]), ("ACCUSE", "111", "asserted", ["Q148"], ["Q159"])]),
    ("Japan met China; the former criticized Russia.",
     [("CONSULT", "040", "asserted", ["Q17"], ["Q148"]), ("ACCUSE", "111", "asserted", ["Q17"], ["Q159"])]),
    # a "while" clause is a statement of its own: the pledge beside it does not make it intended
    ("India pledged to help Nepal, while China condemned Russia.",
     [("AGREE", "030", "intended", ["Q668"], ["Q837"]), ("ACCUSE", "111", "asserted", ["Q148"], ["Q159"])]),
])
def test_the_former_the_latter_and_clauses_of_their_own(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # condemning an act told before is aimed at whoever did it
    ("Hamas attacked Israel on Monday. Egypt condemned the attack.",
     [("ASSAULT", "190", "asserted", ["Hamas"], ["Q801"]), ("ACCUSE", "111", "asserted", ["Q79"], ["Hamas"])]),
    # a state in "X-focused", "X-based" only tells what a thing concerns: not the counterpart
    ("Egypt voiced its support at a Sudan-focused event alongside Chad.",
     [("SUPPORT", "051", "asserted", ["Q79"], ["Q657"])]),
])
def test_counterparts_of_acts_that_state_no_target(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_a_place_in_an_address_that_ends_in_a_state_is_no_target() -> None:
    # "near Balakot, Khyber Pakhtunkhwa, Pakistan": the unknown name is a place in Pakistan, which is the target
    assert summary("India carried out an airstrike near Balakot, Khyber Pakhtunkhwa, Pakistan.") == \
        [("ASSAULT", "195", "asserted", ["Q668"], ["Q843"])]


def test_a_demonyms_protests_are_protesters_in_that_state() -> None:
    # "Iranian protests": the people who protest, labelled as a described group is, with where they are
    assert summary("Iranian protests spread to Tehran.") == [("PROTEST", "140", "asserted", ["protesters in Iran"],
                                                              ["Q794"])]


def test_a_described_group_keeps_where_it_is_in_its_label() -> None:
    assert summary("ECOWAS issued an ultimatum to the coup leaders in Niger.") == \
        [("THREATEN", "139", "threatened", ["Q193272"], ["coup leaders in Niger"])]


@pytest.mark.parametrize(("text", "expected"), [
    # asking whether is a question and pressing a claim asserts it: no one is asked for anything
    ("Venezuela held a referendum asking whether the region should become a state.", []),
    ("Venezuela took steps to press its claim to the region.", []),
    ("Iran asked the United States for help.", [("REQUEST", "020", "requested", ["Q794"], ["Q30"])]),
    ("Russia pressed for talks with Ukraine.", [("REQUEST", "026", "requested", ["Q159"], ["Q212"])]),
])
def test_a_request_asks_someone_or_for_something(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "it is willing to": a subject able to intend is an actor; "it is likely" stays no one
    ("Syria says it is willing to withdraw its troops from Lebanon.",
     [("AGREE", "0356", "intended", ["Q858"], ["Q822"])]),      # its troops are what it withdraws, no target
    ("Japan said it is likely to rain.", []),
])
def test_it_before_a_predicate_of_intent_is_the_actor(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a request addressed to states or donors named only by description: a group labelled with those words
    ("Japan called on other donors to continue their support.",
     [("REQUEST", "022", "requested", ["Q17"], ["other donors"])]),
    ("Japan urged all countries to condemn this launch.", [("REQUEST", "020", "requested", ["Q17"], ["all countries"])]),
    ("Japan called on every nation to join us.", [("REQUEST", "020", "requested", ["Q17"], ["every nation"])]),
])
def test_a_request_to_a_described_group_is_aimed_at_it(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "offer" with an object that is no act (a pretext, a defence, a view) offers nothing, nor makes what the
    # object is about an intent; "offered talks" is still an offer
    ("China offered an explanation to Japan.", []),
    ("Russia offered a pretext for the invasion of Ukraine.", [("ASSAULT", "190", "asserted", ["Q159"], ["Q212"])]),
    ("Japan offered talks to China.", [("AGREE", "036", "intended", ["Q17"], ["Q148"])]),
])
def test_offering_what_is_no_act_is_no_agreement(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a warning to someone not to act, naming no consequence, asks them to refrain: a request to them
    ("China warned Japan not to interfere in its internal affairs.",
     [("REQUEST", "020", "requested", ["Q148"], ["Q17"])]),
    ("The United States warned Israel not to attack Rafah.",
     [("REQUEST", "020", "requested", ["Q30"], ["Q801", "Rafah"])]),
    # with a consequence named, or a warning of something, it stays a threat
    ("Iran warned the United States of retaliation.", [("THREATEN", "130", "threatened", ["Q794"], ["Q30"])]),
])
def test_a_warning_not_to_act_is_a_request(text: str, expected: list) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # worry or sorrow over a loss or disaster that blames no one is no accusation; over what someone did, it is
    ("France expressed concern over the floods in Pakistan.", []),
    ("Japan expressed condolences over the deaths in the earthquake.", []),
    ("China expressed concern over the sanctions imposed by the United States.",
     [("ACCUSE", "111", "asserted", ["Q148"], ["Q30"]), ("SANCTION", "163", "asserted", ["Q30"], [])]),
])
def test_concern_over_a_disaster_is_no_accusation(text: str, expected: list) -> None:
    assert summary(text) == expected
