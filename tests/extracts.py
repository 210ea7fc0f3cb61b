"""What the extractor reads in one short text, in the shapes the extraction tests compare."""

from __future__ import annotations

from accord.documents import Document
from accord.extract import Extraction, extract


def read(text: str, published: str | None = "2024-05-01") -> Extraction:
    """The extraction of `text` as a document published on `published`."""
    return extract(Document.from_text(text, id="t", published=published))


def summary(text: str, *, by_label: bool = False) -> list[tuple]:
    """Each act as (type, CAMEO code, modality, agents, targets), an actor by its Wikidata id or, without one (or
    with `by_label`), by its label."""
    def name(actor) -> str:
        return actor.label if by_label else actor.wikidata or actor.label
    return [(a.type, a.cameo, a.modality, [name(x) for x in a.agents], [name(x) for x in a.targets])
            for a in read(text).acts]
