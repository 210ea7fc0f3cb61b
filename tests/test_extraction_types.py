"""PLOVER types where the PLOVER 2.0 manual decides, and the rules that tell one act type from another."""

from __future__ import annotations

import pytest

from accord.documents import Document
from accord.extract import extract
from accord.extract.lexicon import plover_type


def summary(text: str) -> list[tuple]:
    acts = extract(Document.from_text(text, id="t", published="2024-05-01")).acts
    return [(a.type, a.cameo, a.modality, [x.wikidata or x.label for x in a.agents],
             [x.wikidata or x.label for x in a.targets]) for a in acts]


@pytest.mark.parametrize(("text", "expected"), [
    # easing a curfew or a state of emergency is a verbal concession (CONCEDE), the code unchanged
    ("Ecuador eased the curfew in Guayaquil.", [("CONCEDE", "0813", "asserted", ["Q736"], [])]),
    ("Bolivia lifted the state of emergency in Santa Cruz on Friday.",
     [("CONCEDE", "0814", "asserted", ["Q750"], [])]),
    # a resignation is RETREAT; capturing territory is a military occupation, ASSAULT
    ("Nikol Pashinyan resigned on Monday.", [("RETREAT", "0831", "asserted", ["Nikol Pashinyan"], [])]),
    ("Turkish troops captured the town of Afrin.", [("ASSAULT", "192", "asserted", ["Turkish troops"], [])]),
])
def test_the_manual_decides_where_the_2021_table_differs(text: str, expected: list) -> None:
    assert summary(text) == expected


def test_overridden_codes_keep_their_cameo_code() -> None:
    assert [plover_type(c) for c in ("0813", "0814", "0831", "192", "163", "1712", "191", "1722")] == \
        ["CONCEDE", "CONCEDE", "RETREAT", "ASSAULT", "SANCTION", "ASSAULT", "COERCE", "COERCE"]
