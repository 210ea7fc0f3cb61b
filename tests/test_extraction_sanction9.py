"""Sanctions and threats in government statements that the parse hides."""

from __future__ import annotations

from extracts import summary


def test_subject_and_not_hung_on_the_auxiliary() -> None:
    # adverbs between the auxiliary and the verb: the parser hangs "we" and "not" on "are", not on the verb
    acts = summary("The Minister addressed the House. We are not yet even sanctioning Ali Khamenei.", by_label=True)
    assert ("SANCTION", "163", "negated", ["United Kingdom"], ["Ali Khamenei"]) in acts


def test_a_passive_subject_stays_with_its_auxiliary() -> None:
    # "stand" read as a passive auxiliary: its subject is the one condemned, not one who condemns
    acts = summary("For this, Assad will stand condemned in the eyes of the world.")
    assert not [a for a in acts if a[0] == "ACCUSE"]


def test_a_response_promised_on_a_condition_threatens_the_one_it_names() -> None:
    # "if X acts, Y will respond": Y threatens X with an unnamed step
    assert summary("If Syria moves troops to the border, Turkey will retaliate.") == [
        ("THREATEN", "130", "threatened", ["Q43"], ["Q858"])]
    # ... not when the response is refused, nor when there is no condition
    assert not [a for a in summary("If Syria moves troops to the border, Turkey will not respond.")
                if a[0] == "THREATEN"]
    assert not [a for a in summary("Turkey will respond to the Syrian proposal.") if a[0] == "THREATEN"]


def test_a_counted_group_is_the_persons_the_next_sentence_names() -> None:
    # "designated three individuals": the three whose clauses the next sentence opens, not one it mentions
    acts = summary("Canada sanctioned three officials of the junta. Tomas Varga is the defence minister, "
                   "Lena Ostrova heads the police and Pavel Dunay is a general close to Viktor Orban.", by_label=True)
    assert ("SANCTION", "163", "asserted", ["Canada"], ["Tomas Varga", "Lena Ostrova", "Pavel Dunay"]) in acts
    # ... and not when the count does not match
    acts = summary("Canada sanctioned two officials of the junta. Tomas Varga is the defence minister, "
                   "Lena Ostrova heads the police and Pavel Dunay is a general.", by_label=True)
    assert not [a for a in acts if a[0] == "SANCTION" and "Tomas Varga" in a[4]]


def test_ending_imports_from_a_state_is_an_embargo() -> None:
    # stopping one's own purchases of a state's goods is an economic sanction on that state; pledged, intended
    assert summary("Poland halted imports of Belarusian potash.") == [
        ("SANCTION", "163", "asserted", ["Q36"], ["Q184"])]
    assert summary("Poland has pledged to end imports of Belarusian potash.") == [
        ("SANCTION", "163", "intended", ["Q36"], ["Q184"])]
