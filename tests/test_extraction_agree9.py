"""Cooperative acts by joint or plural subjects that the parser hides: a subject read into a fronted phrase."""

from __future__ import annotations

import pytest

from extracts import summary


@pytest.mark.parametrize(("text", "expected"), [
    # the parser reads the subject as more conjuncts of the fronted phrase's object ("pressure from Brazil")
    ("Under pressure from Brazil, Peru and Ecuador agreed to resume talks.",
     [("AGREE", "030", "intended", ["Q419"], ["Q736"]), ("AGREE", "030", "intended", ["Q736"], ["Q419"])]),
    # ... and with a relative clause between that subject and its verb
    ("Under the auspices of Norway, Chad and Sudan, which had long been hostile, agreed to hold talks.",
     [("AGREE", "036", "intended", ["Q657"], ["Q1049"]), ("AGREE", "036", "intended", ["Q1049"], ["Q657"])]),
])
def test_subject_read_into_a_fronted_phrase(text: str, expected: list) -> None:
    assert [a for a in summary(text) if a[0] == "AGREE"] == expected
