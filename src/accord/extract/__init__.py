"""Text → what it says: actors, places, alliances and diplomatic acts of one document.

>>> from accord.documents import Document
>>> result = extract(Document.from_text("Russia imposed sanctions on Japan.", id="t"))
>>> [(a.type, a.cameo, a.modality, [x.label for x in a.agents], [x.label for x in a.targets]) for a in result.acts]
[('SANCTION', '163', 'asserted', ['Russia'], ['Japan'])]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc

from .. import gazetteer as gz
from ..documents import Document
from ..errors import ExtractionError
from . import lexicon
from .events import find_acts, find_alliances
from .mentions import Resolver, actor_of
from .nlp import pipeline
from .records import Act, ActorRef, Alliance, Extraction, Mention, PlaceRef, Relation, Span

__all__ = ["extract", "extract_many", "check_size", "Extraction", "Act", "ActorRef", "Alliance", "Mention", "PlaceRef", "Relation", "Span"]

MAX_CHARS = 1_000_000


@lru_cache(maxsize=1)
def _resolver() -> Resolver:
    return Resolver(pipeline(), gz.default())


def check_size(document: Document) -> None:
    """Refuse a document too long to parse.

    Raises:
        ExtractionError: the text has more than MAX_CHARS characters.
    """
    if len(document.text) > MAX_CHARS:
        raise ExtractionError(f"{document.path or document.id}: {len(document.text):,} characters, over the "
                              f"{MAX_CHARS:,} a document may have")


def extract(document: Document) -> Extraction:
    """Read one document: its mentions, acts and alliances, and the gazetteer's facts about its actors."""
    check_size(document)
    return _read(document, pipeline()(document.text))


def extract_many(documents: Iterable[Document], *, batch_size: int = 16) -> Iterator[Extraction]:
    """extract() for several documents, parsed in batches by spaCy's nlp.pipe (faster than one at a time).

    Raises:
        ExtractionError: a document is too long; checked for all of them before any is parsed.
    """
    docs = list(documents)
    for document in docs:
        check_size(document)
    parsed = pipeline().pipe((d.text for d in docs), batch_size=batch_size)
    for document, doc in zip(docs, parsed):
        yield _read(document, doc)


def _read(document: Document, doc: Doc) -> Extraction:
    res = _resolver().resolve(doc, document.published)
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
