"""Acts the extractor used to find where the text tells none, or tells one already found: precision fixes."""

from __future__ import annotations

from extracts import read, summary as _summary


def summary(text: str) -> list[tuple]:
    return _summary(text, by_label=True)


def test_attribution_line_before_a_blank_line_is_its_own_sentence() -> None:
    text = "The following may be quoted from Spokeswoman Dana Whitfield:\n\nSecretary Blinken met Japan's foreign minister."
    acts = read(text).acts
    assert acts and all("Whitfield" not in x.label for a in acts for x in a.agents + a.targets)
    assert all(a.evidence.text.startswith("Secretary Blinken") for a in acts)


def test_the_two_officials_are_the_two_people_named_before() -> None:
    text = ("Defence Minister Ana Souza met Foreign Minister Lars Berg in Oslo. "
            "The two officials condemned North Korea's missile launches.")
    acts = [a for a in read(text, None).acts if a.type == "ACCUSE"]
    assert [sorted(x.label for x in a.agents) for a in acts] == [["Ana Souza", "Lars Berg"]]


def test_what_a_statement_responds_to_is_its_occasion_not_news() -> None:
    assert summary("Responding to the Chinese blockade, Japan summoned the ambassador of China.") \
        == summary("Japan summoned the ambassador of China.")
    assert not [a for a in read("A coalition was formed in May to respond to Iranian attacks on shipping.").acts
                if a.type == "ASSAULT"]


def test_troops_sent_are_not_the_target_of_the_sending() -> None:
    acts = read("Portugal is ready to contribute 3,000 troops to a peacekeeping force in Mali.").acts
    assert [[x.label for x in a.targets] for a in acts] == [["Mali"]]
    assert summary("The United Nations will withdraw its inspectors and aid workers.") \
        == [("THREATEN", "136", "threatened", ["United Nations"], [])]


def test_the_subject_of_a_while_clause_is_not_the_counterpart() -> None:
    # the forces provided are no target, nor is the actor of the clause beside it
    assert summary("Chile provided naval forces, while Bolivia headed the ground operations.") \
        == [("COOPERATE", "062", "asserted", ["Chile"], [])]


def test_welcoming_what_is_done_for_unnamed_people_is_no_act_toward_them() -> None:
    assert summary("Norway welcomed the safe evacuation of refugees from the port.") == []


def test_what_one_expects_another_to_do_is_no_act() -> None:
    assert summary("The minister expected Belarus to withdraw.") == []
    assert summary("Observers predict that Sudan will attack Chad.") == []
    assert summary("Peru expects to sign the treaty with Chile.")


def test_a_later_mention_of_an_act_without_its_target_is_not_another_act() -> None:
    acts = read("Turkey invaded Syria in October. Turkey's invasion has stalled in the mountains.").acts
    assert [(a.type, [x.label for x in a.targets]) for a in acts] == [("ASSAULT", ["Syria"])]


def test_meetings_of_owners_joined_by_and_are_one_for_each() -> None:
    assert summary("The minister briefed parliament on the ASEAN and G20 leaders’ meetings in Jakarta.") == []


def test_a_joint_act_of_two_officials_is_not_also_one_of_their_states() -> None:
    acts = read("Talks were led by Serbian prime minister Ana Brnabić and Kosovo prime minister Albin Kurti.").acts
    assert sorted([x.label for x in a.agents] for a in acts) == [["Albin Kurti"], ["Ana Brnabić"]]


def test_a_participle_under_a_passive_tells_what_the_one_undergoing_it_did() -> None:
    acts = read("The reporter had been detained by the police for insulting the king while visiting Tehran.").acts
    assert not [a for a in acts if a.type == "CONSULT"]


def test_an_object_that_is_the_subject_of_a_clause_without_that_is_no_act() -> None:
    acts = read("Japan reaffirms an armed attack on Philippine vessels would invoke its defense commitments.").acts
    assert not [a for a in acts if a.type == "ASSAULT"]


def test_who_acts_together_with_the_agent_is_no_target() -> None:
    assert summary("Together with its allies, Canada agreed to keep the pressure on Iran.") \
        == [("AGREE", "030", "intended", ["Canada"], ["Iran"])]


def test_a_named_building_is_a_place_not_a_target() -> None:
    acts = read("The rebels fled into Saint Sava Monastery, which was later retaken by the Kosovo Police.").acts
    assert all("Monastery" not in x.label for a in acts for x in a.targets)


def test_standing_with_a_people_already_helped_is_the_same_support() -> None:
    text = ("Today Japan announced $40 million in humanitarian assistance for the people of Chad. "
            "Japan continues to stand with the people of Chad.")
    assert [a.type for a in read(text).acts] == ["AID"]


def test_what_someone_is_held_culpable_or_guilty_of_is_alleged() -> None:
    assert summary("Both the army and the rebels are guilty of violating the ceasefire agreement.") == []
    text = ("The minister said that the Iranian state was culpable for the attack on the ship, and for threatening "
            "the lives of British sailors.")
    assert not [a for a in read(text).acts if a.type in ("THREATEN", "ASSAULT")]


def test_raids_complained_about_are_the_complaint_not_news() -> None:
    acts = read("Lebanon complained to the United Nations over Israeli air raids.").acts
    assert [a.type for a in acts] == ["ACCUSE"]


def test_what_a_phrase_of_cause_names_is_why_not_news() -> None:
    acts = read("Russia closed its borders with Iran because of fighting between Azerbaijanis and Armenians.").acts
    assert [a.type for a in acts] != [] and "ASSAULT" not in [a.type for a in acts]
    assert not [a for a in read("Owing to Iran's support of these factions, the war is called a proxy war.").acts
                if a.type == "SUPPORT"]


def test_a_participle_after_a_launched_attack_tells_that_attack() -> None:
    assert summary("Chinese forces launched rocket fire against Indian positions, killing six soldiers.") \
        == [("ASSAULT", "194", "asserted", ["Chinese forces"], ["India"])]


def test_a_state_and_its_own_rebels_are_both_parties() -> None:
    assert summary("Colombia and Colombian rebels signed a peace agreement.") == [
        ("SUPPORT", "057", "asserted", ["Colombia"], ["Colombian rebels"]),
        ("SUPPORT", "057", "asserted", ["Colombian rebels"], ["Colombia"])]
