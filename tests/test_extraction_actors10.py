"""Actors the resolver tied wrongly or missed: a list the parser hangs on an apposition, ..."""

from __future__ import annotations

from extracts import summary


def test_a_list_the_parser_reads_as_an_apposition_names_its_members() -> None:
    # the parser makes "Israel" an apposition of "conservatives" and the rest its conjuncts: the list does it,
    # not the state of the first item's modifier
    text = "Critics attacked the plan, while British conservatives, Israel, Morocco and allies have backed it."
    assert [a for t, _, _, a, _ in summary(text) if t == "SUPPORT"] == [["Q801", "Q1028", "allies"]]
