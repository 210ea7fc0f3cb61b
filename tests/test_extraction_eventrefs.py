"""Acts aimed at an event rather than an actor: they are aimed at whoever did the event, or at its parties."""

from __future__ import annotations

import pytest

from extracts import summary as _summary


def summary(text: str) -> list[tuple]:
    return _summary(text, by_label=True)


def acts_of(text: str, plover: str) -> list[tuple]:
    return [(agents, targets) for kind, _, _, agents, targets in summary(text) if kind == plover]


@pytest.mark.parametrize(("text", "plover", "expected"), [
    # a definite noun refers to the last event of its family the text told: "the attack" to "an airstrike"
    ("Turkey carried out an airstrike on Kurdish positions in northern Iraq on Monday. Iraq condemned the attack.",
     "ACCUSE", [(["Iraq"], ["Turkey"])]),
    # the doer of an event nobody extracted an act for: the subject of the verb that staged it
    ("Egypt staged a military intervention in Libya in May. The intervention was backed by France and Russia.",
     "SUPPORT", [(["France", "Russia"], ["Egypt"])]),
    # the small parser hangs "by X" on the object of "of"; "the incident" is any event one side did
    ("The bombing of the embassy by Syrian agents shocked Jordan. Jordan condemned the incident.",
     "ACCUSE", [(["Jordan"], ["Syrian agents"])]),
])
def test_an_act_aimed_at_an_event_one_side_did_is_aimed_at_its_doer(text: str, plover: str,
                                                                    expected: list[tuple]) -> None:
    assert acts_of(text, plover) == expected


def test_a_group_only_based_in_a_state_is_not_that_states_side() -> None:
    text = ("A Pakistan-based militant group, Lashkar-e-Taiba, carried out an attack on a hotel in Mumbai. "
            "Pakistan condemned the attack.")
    assert acts_of(text, "ACCUSE") == [(["Pakistan"], ["Lashkar-e-Taiba"])]


@pytest.mark.parametrize(("text", "plover", "expected"), [
    # talks end in agreements: "the talks" with no talks told before are those of the agreement told
    ("Sudan and South Sudan signed a ceasefire agreement in March. Ethiopia hosted the talks.",
     "CONSULT", [(["Ethiopia"], ["Sudan", "South Sudan"])]),
    ("The agreement between Israel and Jordan was signed in 1994. Syria denounced the agreement.",
     "ACCUSE", [(["Syria"], ["Israel", "Jordan"])]),
    # the parties of "the agreement" are those who signed it; "the deal" refers to it
    ("Chad and Niger signed the agreement in July. Libya rejected the deal.",
     "REJECT", [(["Libya"], ["Chad", "Niger"])]),
])
def test_an_act_aimed_at_a_joint_event_is_aimed_at_its_parties(text: str, plover: str,
                                                              expected: list[tuple]) -> None:
    assert acts_of(text, plover) == expected


def test_declining_to_take_part_is_aimed_at_whoever_leads_the_undertaking_told_before() -> None:
    text = "Norway led a naval operation in the Baltic Sea in 2021. Sweden and Finland declined to participate."
    assert acts_of(text, "REJECT") == [(["Sweden", "Finland"], ["Norway"])]


def test_an_act_done_under_an_agreement_is_aimed_at_its_other_side() -> None:
    text = ("Indonesia and the Free Aceh Movement signed a peace accord in Helsinki. Under the accord, the rebel "
            "army was disbanded.")
    assert acts_of(text, "RETREAT") == [(["rebel army"], ["Indonesia"])]


def test_a_claim_of_responsibility_names_the_doer_of_the_event_and_the_event_told_before_its_victims() -> None:
    text = ("A car bombing killed twelve Afghan soldiers in Kabul on Sunday. Responsibility for the bombing was "
            "claimed by an armed group, the Taliban.")
    assert (["Taliban"], ["Afghan soldiers"]) in acts_of(text, "ASSAULT")


def test_an_event_with_no_doer_told_leaves_the_act_without_target() -> None:
    # "the attack" has no antecedent and no doer: nothing to aim the condemnation at
    assert acts_of("Brazil condemned the attack.", "ACCUSE") == [(["Brazil"], [])]


def test_talking_about_an_event_is_not_aimed_at_its_parties() -> None:
    text = "Chad and Niger signed the agreement in July. Libya discussed the agreement."
    assert acts_of(text, "CONSULT") == [(["Libya"], [])]


@pytest.mark.parametrize("text", [
    "Russia announced the withdrawal of its troops from Syria in March. Turkey responded cautiously to the Russian "
    "withdrawal.",
    "Iraq's invasion of Kuwait began in August. By October, Iraq's invasion had stalled.",
])
def test_an_event_told_again_by_a_definite_or_owned_noun_is_one_act(text: str) -> None:
    assert len([a for a in summary(text) if a[0] in ("RETREAT", "ASSAULT")]) == 1


def test_an_owned_event_noun_that_names_another_victim_is_another_act() -> None:
    text = "India launched an attack on Pakistan in May. In June, India's attack on Bangladesh followed."
    assert acts_of(text, "ASSAULT") == [(["India"], ["Pakistan"]), (["India"], ["Bangladesh"])]


def test_an_agreement_signed_with_no_signer_named_is_signed_by_the_parties_that_concluded_it() -> None:
    text = "A trade agreement was concluded by Nepal and Bhutan in May. The agreement was signed in Delhi in June."
    assert acts_of(text, "SUPPORT") == [(["Nepal"], ["Bhutan"]), (["Bhutan"], ["Nepal"])]


def test_an_apposition_that_renames_an_event_tells_its_doer() -> None:
    text = ("Greece carried out an airstrike on Turkey in March. The second airstrike, a retaliatory one by Turkey, "
            "was conducted in April.")
    assert acts_of(text, "ASSAULT") == [(["Greece"], ["Turkey"]), (["Turkey"], [])]


def test_an_event_by_another_side_neither_retells_nor_inherits_the_victims_of_the_one_told_before() -> None:
    text = ("A Pakistan-based militant group, Lashkar-e-Taiba, carried out an attack on India in March. In April, the "
            "attack by Pakistan failed.")
    assert [agents for agents, _ in acts_of(text, "ASSAULT")] == [["Lashkar-e-Taiba"], ["Pakistan"]]
    assert acts_of(text, "ASSAULT")[1][1] == []


@pytest.mark.parametrize(("text", "plover", "expected"), [
    ("Norway led a naval operation in the Baltic Sea in 2021. Denmark provided naval forces.",
     "COOPERATE", [(["Denmark"], ["Norway"])]),
    ("In March, the Kenyan-led coalition began an offensive in Somalia. Uganda and Burundi contributed troops.",
     "AID", [(["Uganda", "Burundi"], ["Kenyan-led coalition"])]),
])
def test_forces_put_in_without_a_recipient_go_to_the_leader_of_the_undertaking_told_before(
        text: str, plover: str, expected: list[tuple]) -> None:
    assert acts_of(text, plover) == expected


@pytest.mark.parametrize(("text", "plover", "expected"), [
    # an event a verb told: "the attack" refers back to "attacked"
    ("Sudanese rebels attacked a police station in Darfur on Monday. The government of Sudan condemned the attack.",
     "ACCUSE", [(["Sudan"], ["Sudanese rebels"])]),
    # the parties of "a truce" they "agreed to"
    ("Israel and Hamas agreed to a truce brokered by Egypt. Two days later, the truce collapsed. The United States "
     "supported the truce.", "SUPPORT", [(["United States"], ["Israel", "Hamas"])]),
    # a pronoun that can only mean the event told last
    ("Serbia and Kosovo signed an agreement in Brussels. Russia backed the agreement, but Albania rejected it.",
     "REJECT", [(["Albania"], ["Serbia", "Kosovo"])]),
])
def test_an_event_referred_to_by_a_verb_a_prepositional_object_or_a_pronoun(text: str, plover: str,
                                                                            expected: list[tuple]) -> None:
    assert acts_of(text, plover) == expected


@pytest.mark.parametrize(("text", "plover", "expected"), [
    ("Russia's invasion of Georgia began in August. In response to the invasion, Poland recalled its ambassador.",
     "SANCTION", [(["Poland"], ["Russia"])]),
    ("Israel carried out an airstrike on Lebanon. Responding to the attack, Lebanon recalled its ambassador.",
     "SANCTION", [(["Lebanon"], ["Israel"])]),
])
def test_an_act_in_response_to_an_event_is_aimed_at_whoever_did_it(text: str, plover: str,
                                                                   expected: list[tuple]) -> None:
    assert acts_of(text, plover) == expected
