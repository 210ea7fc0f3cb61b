"""Extraction beyond the sample: modality cues, titles resolved by date, unknown names, groups."""

from __future__ import annotations

import pytest

from accord.documents import Document
from accord.extract import extract


def only_act(text: str, published: str | None = None):
    result = extract(Document.from_text(text, id="t", published=published))
    assert len(result.acts) == 1, result.acts
    act = result.acts[0]
    return act, [a.label for a in act.agents], [a.label for a in act.targets]


@pytest.mark.parametrize(("text", "plover", "cameo", "modality"), [
    ("Japan imposed sanctions on Russia.", "SANCTION", "163", "asserted"),
    ("Japan could impose sanctions on Russia.", "SANCTION", "163", "hypothetical"),
    ("Japan did not impose sanctions on Russia.", "SANCTION", "163", "negated"),
    ("Japan threatened sanctions against Russia.", "THREATEN", "1312", "threatened"),
    ("Japan plans to impose sanctions on Russia.", "THREATEN", "1312", "intended"),
    ("Japan urged Russia to hold talks.", "REQUEST", "026", "requested"),
    ("Japan condemned Russia.", "ACCUSE", "111", "asserted"),
    ("India refused to condemn Russia.", "REJECT", "120", "asserted"),
    ("Japan praised Russia.", "SUPPORT", "051", "asserted"),
])
def test_modality_and_codes(text: str, plover: str, cameo: str, modality: str) -> None:
    act, agents, targets = only_act(text)
    assert (act.type, act.cameo, act.modality) == (plover, cameo, modality)
    assert agents[0] in ("Japan", "India") and "Russia" in targets


def test_title_resolves_to_office_holder_on_the_document_date() -> None:
    act, agents, _ = only_act("The Russian president condemned Japan.", published="2019-04-25")
    assert act.agents[0].wikidata == "Q7747"


def test_unknown_names_become_actors_without_ids() -> None:
    result = extract(Document.from_text("Zorblat Quenn condemned Japan.", id="t"))
    (act,) = result.acts
    assert act.agents[0].wikidata is None and act.agents[0].kind == "Person"


def test_capital_as_metonym_and_as_place() -> None:
    result = extract(Document.from_text("Moscow condemned Tokyo. Leaders met in Moscow.", id="t"))
    assert result.acts[0].agents[0].wikidata == "Q159"
    assert any(p.label == "Moscow" for p in result.places)
