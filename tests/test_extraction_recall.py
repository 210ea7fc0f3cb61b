"""Rules that let extraction find acts it used to miss: coreference, led coalitions, acts told by predicates."""

from __future__ import annotations

from accord.documents import Document
from accord.extract import extract


def read(text: str, published: str | None = "2024-05-01"):
    return extract(Document.from_text(text, id="t", published=published))


def summary(text: str) -> list[tuple]:
    return [(a.type, a.cameo, a.modality, [x.label for x in a.agents], [x.label for x in a.targets])
            for a in read(text).acts]


def test_they_after_two_officials_named_by_title_is_both_of_them() -> None:
    text = ("Defence Secretary Jane Okafor met today with Brazilian Prime Minister Paulo Ramos in Lagos. "
            "The Secretary and the Prime Minister discussed trade. They condemned Iran's missile launches.")
    acts = [a for a in read(text, None).acts if a.type == "ACCUSE"]
    assert [[x.label for x in a.agents] for a in acts] == [["Jane Okafor", "Paulo Ramos"]]
    assert [x.label for x in acts[0].targets] == ["Iran"]
