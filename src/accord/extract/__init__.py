"""Text → what it says: actors, places, alliances and diplomatic acts of one document.

>>> from accord.documents import Document
>>> result = extract(Document.from_text("Russia imposed sanctions on Japan.", id="t"))
>>> [(a.type, a.cameo, a.modality, [x.label for x in a.agents], [x.label for x in a.targets]) for a in result.acts]
[('SANCTION', '163', 'asserted', ['Russia'], ['Japan'])]
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc

from .. import gazetteer as gz
from ..documents import Document
from ..errors import ExtractionError
from . import lexicon
from .alliances import find_alliances
from .events import find_acts
from .mentions import Resolver, actor_of
from .nlp import pipeline
from .records import Act, ActorRef, Alliance, Extraction, Mention, PlaceRef, Relation, Span

__all__ = ["extract", "extract_many", "check_size", "Extraction", "Act", "ActorRef", "Alliance", "Mention", "PlaceRef", "Relation", "Span"]

MAX_CHARS = 1_000_000


@lru_cache(maxsize=1)
def _resolver() -> Resolver:
    return Resolver(pipeline(), gz.default())


def extract(document: Document) -> Extraction:
    """Read one document: its mentions, acts and alliances, and the gazetteer's facts about its actors."""
    check_size(document)
    return _read(document, pipeline()(document.text))


def extract_many(documents: Sequence[Document], *, processes: int = 1, batch_size: int = 64) -> list[Extraction]:
    """Read many documents, parsed in batches (`nlp.pipe`) and, with `processes` > 1, in worker processes
    that each parse and read their own share; the result is in the documents' order and the same as
    `[extract(d) for d in documents]`.
    """
    for document in documents:
        check_size(document)
    if processes <= 1 or len(documents) < 2:
        return list(_pipe(documents, batch_size))
    chunks = [list(documents[i::processes]) for i in range(processes)]
    with multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None
                                     ).Pool(processes) as pool:
        results = pool.starmap(_pipe_list, [(chunk, batch_size) for chunk in chunks if chunk])
    out: list[Extraction | None] = [None] * len(documents)
    for k, result in enumerate(results):
        out[k::processes] = result
    return out  # type: ignore[return-value]


def _pipe(documents: Iterable[Document], batch_size: int) -> Iterator[Extraction]:
    documents = list(documents)
    parsed = pipeline().pipe((d.text for d in documents), batch_size=batch_size)
    for document, doc in zip(documents, parsed):
        yield _read(document, doc)


def _pipe_list(documents: list[Document], batch_size: int) -> list[Extraction]:
    return list(_pipe(documents, batch_size))


def check_size(document: Document) -> None:
    """Refuse a document too long to parse.

    Raises:
        ExtractionError: the text has more than MAX_CHARS characters.
    """
    if len(document.text) > MAX_CHARS:
        raise ExtractionError(f"{document.path or document.id}: {len(document.text):,} characters, over the "
                              f"{MAX_CHARS:,} a document may have")


def _read(document: Document, doc: Doc) -> Extraction:
    res = _resolver().resolve(doc, document.published, document.title)
    acts = find_acts(res, lexicon.default())
    alliances = find_alliances(res)
    mentions = tuple(
        Mention(f.span(doc), actor=actor, place=f.place)
        for f in res.found for actor in (f.actors or (None,))
    )
    extraction = Extraction(document, tuple(acts), tuple(alliances), mentions)
    relations = _relations(extraction.actors, res.gazetteer, document)
    places = tuple(dict.fromkeys([m.place for m in mentions if m.place] + [a.location for a in acts if a.location]))
    return Extraction(document, tuple(acts), tuple(alliances), mentions, relations, places)


def _relations(actors: tuple[ActorRef, ...], gaz: gz.Gazetteer, document: Document) -> tuple[Relation, ...]:
    """Who acts for whom among the document's actors: leaders, officials, bodies, and groups' ties."""
    out: list[Relation] = []
    for actor in actors:
        if actor.related and actor.relation:
            out.append(Relation(actor, actor.relation, actor.related))
        entity = gaz.entities.get(actor.wikidata or "")
        if entity is None:
            continue
        if entity.kind == gz.BODY and entity.of in gaz.entities:
            out.append(Relation(actor, "bodyOf", actor_of(gaz.entities[entity.of])))
        if entity.kind == gz.PERSON:
            for role in gaz.roles_of(entity.wikidata, document.published):
                if role.of in gaz.entities:
                    predicate = "leaderOf" if role.role in gz.LEADER_ROLES else "officialOf"
                    relation = Relation(actor, predicate, actor_of(gaz.entities[role.of]))
                    if relation not in out:
                        out.append(relation)
    return tuple(out)
