"""Actors the resolver tied wrongly or missed: a list the parser hangs on an apposition, ..."""

from __future__ import annotations

from extracts import read, summary


def test_a_list_the_parser_reads_as_an_apposition_names_its_members() -> None:
    # the parser makes "Israel" an apposition of "conservatives" and the rest its conjuncts: the list does it,
    # not the state of the first item's modifier
    text = "Critics attacked the plan, while British conservatives, Israel, Morocco and allies have backed it."
    assert [a for t, _, _, a, _ in summary(text) if t == "SUPPORT"] == [["Q801", "Q1028", "allies"]]


def test_a_name_after_a_states_title_is_that_states_official_when_the_recogniser_misses_it() -> None:
    # the recogniser reads no person in "Ethiopian Prime Minister Abiy": the title still names one, and "his"
    # is that person, not someone named earlier
    text = ("Kenya praised former President Kenyatta. We note the speech of Ethiopian Prime Minister Abiy "
            "calling for calm and support his plan.")
    mentions = [(m.span.text, m.actor.label, m.actor.related and m.actor.related.wikidata)
                for m in read(text).mentions if m.actor]
    assert ("Ethiopian Prime Minister Abiy", "Abiy", "Q115") in mentions
    assert ("his", "Abiy", "Q115") in mentions
