"""Hostile and yielding acts the lexicon misread or missed: exclusion from markets, interference, ceasefires
reached or signed between named parties, and a prisoner taken whom the parser misreads."""

from __future__ import annotations

import pytest

from extracts import summary


@pytest.mark.parametrize(("text", "expected"), [
    # cutting a state's institutions off from markets or a payment system is an economic sanction (CAMEO 163)
    ("Canada and the European Union cut off Iran's central bank from their markets.",
     [("SANCTION", "163", "asserted", ["Q16", "Q458"], ["Q794"])]),
    # interfering with another's vessels or movement restricts it (CAMEO 191, PLOVER COERCE)
    ("Chilean warships interfered with Peru's fishing fleet.",
     [("COERCE", "191", "asserted", ["Chilean warships"], ["Q419"])]),
])
def test_hostile_acts_by_frame(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_a_ceasefire_reached_is_a_truce_each_side_declares() -> None:
    # reaching a ceasefire is declaring one (CAMEO 0871, RETREAT); agreeing to one stays an intent (AGREE)
    assert summary("Bolivia and Paraguay reached a ceasefire on Monday.") == [
        ("RETREAT", "0871", "asserted", ["Q750"], ["Q733"]), ("RETREAT", "0871", "asserted", ["Q733"], ["Q750"])]
    assert [a[0] for a in summary("Bolivia and Paraguay agreed to a ceasefire.")] == ["AGREE", "AGREE"]


def test_a_cessation_of_hostilities_joins_the_parties_of_its_hostilities() -> None:
    # "between" hangs on the hostilities, and "the Government of Mali" names Mali
    assert summary("Mediators oversaw the signing of a cessation of hostilities between the Government of Mali "
                   "and Burkina Faso.") == [
        ("RETREAT", "0871", "asserted", ["Q912"], ["Q965"]), ("RETREAT", "0871", "asserted", ["Q965"], ["Q912"])]


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads "prisoner" after a name in apposition as another apposition of the object
    ("Uganda shot down a Kenyan helicopter and took its pilot, Joseph Otieno, prisoner.",
     [("COERCE", "173", "asserted", ["Q1036"], ["Joseph Otieno"])]),
])
def test_arrests_the_parser_misreads(text: str, expected: list) -> None:
    assert [a for a in summary(text) if a[0] == "COERCE"] == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the forces a state moves are not what it aims at: the state whose border they reach is
    ("Serbia deployed troops to the Kosovo border.", [("MOBILIZE", "154", "asserted", ["Q403"], ["Q1246"])]),
    # a force that masses at a border with no object is itself what is moved, and "around" a border aims at it
    ("Two Russian battalions concentrated near the Georgian border.",
     [("MOBILIZE", "154", "asserted", ["Russian battalions"], ["Q230"])]),
    ("Protesters gathered at the border with Belarus.", []),
    # British spellings of the lexicon's -ize verbs
    ("Armenia mobilised its reservists on Sunday.", [("MOBILIZE", "154", "asserted", ["Q399"], [])]),
    ("Kenya does not recognise Somaliland.", [("SUPPORT", "054", "negated", ["Q114"], [])]),
])
def test_troop_movements_and_british_spellings(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_sanctions_held_out_as_a_threat_are_not_imposed() -> None:
    # "with the threat of sanctions": a threat of sanctions (CAMEO 1312), and no sanction done
    assert summary("The African Union issued a warning to Mali on Monday, with the threat of sanctions.") == [
        ("THREATEN", "1312", "threatened", ["Q7159"], ["Q912"])]


@pytest.mark.parametrize(("text", "expected"), [
    # weapons supplied are military aid (CAMEO 072), and the tanks given are not whom it is aimed at
    ("Poland supplied tanks to Ukraine.", [("AID", "072", "asserted", ["Q36"], ["Q212"])]),
    # a conjunct of an object is one too: the intelligence provided makes it military aid
    ("France is providing satellite images and other military intelligence to Ukraine.",
     [("AID", "072", "asserted", ["Q142"], ["Q212"])]),
])
def test_military_aid_and_what_it_gives(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_the_detained_are_not_the_doers_of_their_detention() -> None:
    # "the detention of X will have consequences": X undergoes the detention; the warning is the act
    assert summary("The detention of Alexei Navalny will have consequences, the European Union warned Russia.") == [
        ("THREATEN", "130", "threatened", ["Q458"], ["Q159"])]


def test_a_gerund_read_as_an_adjective_of_a_phase_verbs_object_is_its_complement() -> None:
    # "began normalising relations": the parser makes "normalising" an adjective of "relations"
    acts = summary("The government of Georgia does not recognise Abkhazia, but began normalising relations with "
                   "the government of Russia as a result of the talks.")
    assert ("SUPPORT", "050", "asserted", ["Q230"], ["Q159"]) in acts


@pytest.mark.parametrize("text", ["Iran closed the reformist newspaper Shargh.",
                                  "Iran shut down the reformist newspaper Shargh."])
def test_closing_a_newspaper_is_censorship(text: str) -> None:
    assert [a[:4] for a in summary(text)] == [("COERCE", "1721", "asserted", ["Q794"])]


@pytest.mark.parametrize(("text", "expected"), [
    # a deployment of troops is a military move; of peacekeepers, peacekeeping given (CAMEO 074, AID), and
    # the force's own organisation is not whom it is aimed at
    ("Serbia ordered the deployment of troops to the Kosovo border.",
     [("MOBILIZE", "154", "asserted", ["Q403"], ["Q1246"])]),
    ("Ghana deployed peacekeepers to Lebanon.", [("AID", "074", "asserted", ["Q117"], ["Q822"])]),
    ("The deployment of NATO peacekeeping troops to Kosovo began on Monday.",
     [("AID", "074", "asserted", ["NATO peacekeeping troops"], ["Q1246"])]),
])
def test_deployments(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_support_assured_is_given_by_the_of_phrase() -> None:
    # "assured him of the unwavering support of France": France gives it, so it is not the target
    acts = summary("Macron spoke to President Zelensky and assured him of the unwavering support of France.")
    assert [a for a in acts if a[0] == "SUPPORT"] == [("SUPPORT", "051", "asserted", ["Q3052772"], ["Q3874799"])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan reaffirmed its alliance with Australia.", [("SUPPORT", "051", "asserted", ["Q17"], ["Q408"])]),
    ("Kenya reaffirmed its position on the dispute.", []),
])
def test_a_partnership_reaffirmed_is_support(text: str, expected: list) -> None:
    assert summary(text) == expected
