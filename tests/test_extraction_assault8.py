"""Attacks and accusations told around their trigger: who claims or carries out an attack named in an
apposition, what a raid on a group's camp is aimed at, possessed wars and charges a statement makes."""

from __future__ import annotations

from extracts import summary


def test_a_raid_on_a_groups_camp_is_aimed_at_the_group() -> None:
    # "against a camp of the group X": the place is X's, and the parser hangs "against" on the noun
    assert summary("The incident was an air raid conducted by Colombian helicopters on Sunday against a jungle "
                   "camp of the rebel group FARC.") == [
        ("ASSAULT", "195", "asserted", ["Colombian helicopters"], ["FARC"])]


def test_responsibility_claimed_by_a_group_named_in_apposition() -> None:
    # "claimed by a militant group, X": the group is named by its apposition
    assert summary("Responsibility for the bombing in Israel was claimed by a Gaza-based group, Hamas.") == [
        ("ASSAULT", "183", "asserted", ["Hamas"], ["Q801"])]


def test_a_possessed_war_asked_to_end_is_waged_by_its_owner() -> None:
    # to end "its war in Eritrea", Ethiopia must be waging it: an asserted ASSAULT beside the request
    assert ("ASSAULT", "190", "asserted", ["Q115"], ["Q986"]) in summary(
        "Kenya urged Ethiopia to halt its war in Eritrea.")


def test_starting_hostilities_told_in_a_statement_is_a_charge() -> None:
    # "said that X provoked the clashes": the speaker accuses X (CAMEO 112)
    assert summary("Armenia said that Azerbaijan provoked the clashes.") == [
        ("ACCUSE", "112", "asserted", ["Q399"], ["Q227"])]


def test_a_stance_held_by_its_owner_judges_its_clause() -> None:
    # "its claim that X had started the war": the owner of the claim accuses X
    assert summary("Armenia repeated its claim that Azerbaijan had started the war.") == [
        ("ACCUSE", "112", "asserted", ["Q399"], ["Q227"])]


def test_contempt_a_response_shows_is_found_fault_with() -> None:
    # "its response demonstrated disdain": the statement's state accuses the response's owner (CAMEO 111)
    assert ("ACCUSE", "111", "asserted", ["Q145"], ["Q159"]) in summary(
        "My Lords, we asked Russia for an account, but its reply has shown utter contempt for the victims.")


def test_a_record_of_harms_is_a_charge_and_no_act_of_its_own() -> None:
    # "Russia's record of conducting assassinations": a charge by the speaking state, no new assassination
    assert summary("My Lords, given Russia's record of conducting assassinations, we concluded that "
                   "this was likely.") == [("ACCUSE", "112", "asserted", ["Q145"], ["Q159"])]


def test_an_apposition_renaming_the_attack_names_its_doer() -> None:
    # "the raid, a night operation by X against Y": the apposition's "by" and "against" phrases
    assert summary("The raid, a night operation by Israel against Hamas, was carried out on Monday.") == [
        ("ASSAULT", "190", "asserted", ["Q801"], ["Hamas"])]


def test_malign_conduct_by_an_actor_is_found_fault_with_by_who_notes_it() -> None:
    # "noting ... destabilizing activities by X": the subject of the clause the participle belongs to judges X
    assert ("ACCUSE", "111", "asserted", ["Q17", "Q668"], ["Q148"]) in summary(
        "Japan and India exchanged views on regional security, noting their joint determination to counter "
        "destabilizing naval activities by China.")
    # conduct asked to cease is a demand, no charge of its own
    assert not any(act[0] == "ACCUSE" for act in summary("Iran must cease its provocative actions."))


def test_discredited_claims_find_fault_with_their_makers() -> None:
    # "outlets carrying false allegations": the speaking state accuses whoever makes the claims
    # and the discredited claims are no accusation of their own
    assert summary("Mr Speaker, we have seen Russian state media carrying baseless allegations.") == [
        ("ACCUSE", "111", "asserted", ["Q145"], ["Q159"])]


def test_military_action_a_duty_does_not_bind_is_hypothetical() -> None:
    # "does not require X to take military action against Y": X's act, neither done nor refused
    assert summary("The pact does not require Japan to take military action against Russia.") == [
        ("ASSAULT", "190", "hypothetical", ["Q17"], ["Q159"])]


def test_a_duty_to_act_is_intended_by_who_is_bound() -> None:
    # "obliges X to impose sanctions": X's sanctions are intended, not done
    assert summary("The treaty obliges Japan to impose sanctions on Iran.") == [
        ("SANCTION", "163", "intended", ["Q17"], ["Q794"])]


def test_naming_an_attack_a_crime_accuses_its_doers() -> None:
    # "classified the incident as a terrorist attack": aimed at whoever did the incident told before
    assert ("ACCUSE", "111", "asserted", ["Q1246"], ["Serb gunmen"]) in summary(
        "Serb gunmen attacked a police patrol in Kosovo. Kosovo classified the incident as a terrorist attack.")
    # with no attack told before, naming tells no one to accuse
    assert summary("Iran described the strike as an act of aggression.") == []


def test_a_harm_done_by_accident_is_no_attack() -> None:
    assert summary("Turkish jets mistakenly bombed Iraqi soldiers.") == []
    assert summary("Turkish jets bombed Iraqi soldiers.") == [
        ("ASSAULT", "195", "asserted", ["Turkish jets"], ["Iraqi soldiers"])]


def test_a_confrontation_between_two_sides_is_each_ones_at_the_other() -> None:
    # "a confrontation between X and Y": both fight, each against the other; "would" leaves it hypothetical
    assert summary("A direct confrontation between China and India would be hard to control.") == [
        ("ASSAULT", "190", "hypothetical", ["Q148"], ["Q668"]), ("ASSAULT", "190", "hypothetical", ["Q668"], ["Q148"])]
