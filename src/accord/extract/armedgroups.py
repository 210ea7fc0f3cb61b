"""Named movements and armed groups that are no state and have no row of their own ("Hamas", "the Houthis",
"the TPLF"): a Group tied to the state it fights in or for, read from data/gazetteer/groups.tsv."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span as SpacySpan

from .. import gazetteer as gz, paths
from .records import ActorRef


@lru_cache(maxsize=4)
def _rows(path: Path) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        return tuple((r["name"], tuple(a for a in r["aliases"].split("|") if a), r["of"])
                     for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def named_groups() -> frozenset[str]:
    """The names of the groups groups.tsv lists, as the extractor labels them."""
    return frozenset(name for name, _, _ in _rows(paths.GAZETTEER / "groups.tsv"))


class ArmedGroups:
    """Finds the named groups of groups.tsv in parsed text, each as a Group associated with its state."""

    def __init__(self, nlp, gazetteer: gz.Gazetteer, path: Path | None = None):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.groups: dict[str, ActorRef] = {}
        for name, aliases, state in _rows(path or paths.GAZETTEER / "groups.tsv"):
            entity = gazetteer.entities.get(state)
            related = ActorRef(entity.name, entity.kind, entity.wikidata) if entity is not None else None
            actor = ActorRef(name, gz.GROUP, related=related, relation="associatedWith" if related else None)
            for text in (name, *aliases):
                self.groups[text] = actor
                self.matcher.add(text, [nlp.make_doc(text)])

    def spans(self, doc: Doc) -> list[SpacySpan]:
        """The longest non-overlapping mentions of a listed group."""
        found = sorted(((s, e) for _, s, e in self.matcher(doc)), key=lambda p: (p[0], -p[1]))
        out: list[SpacySpan] = []
        for start, end in found:
            if not out or start >= out[-1].end:
                out.append(doc[start:end])
        return out

    def actor(self, span: SpacySpan) -> ActorRef:
        return self.groups[span.text]
