"""Synthetic graphs shaped like accord's: made-up documents built as extraction records and written by to_graph."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from accord import gazetteer as gz
from accord import paths
from accord.documents import Document
from accord.extract import _relations
from accord.extract.graph import document_iri, to_graph
from accord.extract.mentions import actor_of, place_of
from accord.extract.records import Act, ActorRef, Alliance, Extraction, Mention, PlaceRef, Span
from accord.store import graph_quads, ontology_quads

# How often each modality is seen in news, roughly; asserted acts dominate.
MODALITIES = (("asserted", 60), ("intended", 12), ("requested", 10), ("threatened", 8), ("hypothetical", 6),
              ("negated", 4))
# The actors news talks about most come first; the rest follow in a shuffled, Zipf-weighted tail.
# Share of acts by CAMEO root code, roughly as in event data sets built from news: talk and cooperation are
# common, force is rare. (A share per root, spread evenly over the root's codes.)
ROOT_SHARE = {"02": 8, "03": 10, "04": 20, "05": 10, "06": 3, "07": 3, "08": 2, "09": 1, "10": 3, "11": 10, "12": 4,
              "13": 3, "14": 2, "15": 1, "16": 3, "17": 4, "18": 3, "19": 3, "20": 0.2}
FREQUENT = ("Q30", "Q159", "Q148", "Q423", "Q884", "Q17", "Q183", "Q142", "Q145", "Q794", "Q801", "Q212")


def cameo_codes() -> list[tuple[str, str]]:
    """(CAMEO code, PLOVER type) for every code the code list maps to a PLOVER type."""
    store = ox.Store()
    store.load(path=str(paths.ONTOLOGY / "cameo.ttl"), format=ox.RdfFormat.TURTLE)
    found = store.query("SELECT ?code ?plover WHERE { ?c <http://www.w3.org/2004/02/skos/core#notation> ?code ; "
                        "<https://w3id.org/accord/ontology#ploverType> ?p . "
                        "?p <http://www.w3.org/2004/02/skos/core#notation> ?plover } ORDER BY ?code")
    return [(s["code"].value, s["plover"].value.upper()) for s in found]


class World:
    """The actors, places and codes the documents draw on, with skewed weights, from a fixed seed."""

    def __init__(self, seed: int = 6):
        self.rng = random.Random(seed)
        self.gaz = gz.default()
        entities = [e for e in self.gaz.entities.values() if e.kind != gz.PLACE]
        head = [self.gaz.entities[q] for q in FREQUENT if q in self.gaz.entities]
        tail = sorted((e for e in entities if e.wikidata not in FREQUENT), key=lambda e: e.wikidata)
        self.rng.shuffle(tail)
        self.actors = [actor_of(e) for e in head + tail]
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.actors))]
        self.places = [place_of(e) for e in sorted(self.gaz.entities.values(), key=lambda e: e.wikidata)
                       if e.kind == gz.PLACE]
        self.codes = cameo_codes()
        per_root: dict[str, int] = {}
        for code, _ in self.codes:
            per_root[code[:2]] = per_root.get(code[:2], 0) + 1
        self.code_weights = [ROOT_SHARE.get(code[:2], 0.5) / per_root[code[:2]] for code, _ in self.codes]

    def actor(self) -> ActorRef:
        return self.rng.choices(self.actors, self.weights)[0]

    def document(self, n: int) -> Extraction:
        """Document number `n`: about nine acts, an alliance now and then, forty-odd mentions."""
        rng = self.rng
        sentences: list[str] = []
        mentions: list[Mention] = []
        offset = 0

        def sentence(words: list[str | ActorRef | PlaceRef]) -> Span:
            nonlocal offset
            text = ""
            for w in words:
                if isinstance(w, (ActorRef, PlaceRef)):
                    span = Span(w.label, offset + len(text), offset + len(text) + len(w.label))
                    mentions.append(Mention(span, actor=w if isinstance(w, ActorRef) else None,
                                            place=w if isinstance(w, PlaceRef) else None))
                    text += w.label
                else:
                    text += w
            sentences.append(text)
            start = offset
            offset += len(text) + 1
            return Span(text, start, start + len(text))

        acts = []
        for _ in range(rng.randint(6, 12)):
            code, plover = rng.choices(self.codes, self.code_weights)[0]
            agents = tuple(dict.fromkeys(self.actor() for _ in range(rng.choice((1, 1, 1, 2)))))
            targets = tuple(t for t in dict.fromkeys(self.actor() for _ in range(rng.choice((1, 1, 2))))
                            if t not in agents)
            place = rng.choice(self.places) if rng.random() < 0.2 else None
            words: list = [agents[0]]
            for extra in agents[1:]:
                words += [" and ", extra]
            words.append(f" said on Tuesday that it would act ({plover.lower()}, code {code}) toward ")
            for i, t in enumerate(targets):
                words += [" and " if i else "", t]
            if place:
                words += [" in ", place]
            words.append(", according to officials familiar with the talks who asked not to be named.")
            evidence = sentence(words)
            trigger_at = evidence.text.index(" said") + 1
            trigger = Span("said", evidence.start + trigger_at, evidence.start + trigger_at + 4)
            modality = rng.choices([m for m, _ in MODALITIES], [w for _, w in MODALITIES])[0]
            acts.append(Act(plover, code, modality, agents, targets, evidence, trigger, location=place,
                            topic=rng.choice((None, None, "sanctions", "trade", "security"))))
        alliances = []
        if rng.random() < 0.3:
            a, b = self.actor(), self.actor()
            if a != b:
                evidence = sentence(["The alliance of ", a, " and ", b, " has deepened over the past year."])
                alliances.append(Alliance((a, b), evidence))
        for _ in range(rng.randint(3, 8)):
            sentence(["Analysts in ", self.actor(), " compared the move with earlier steps by ", self.actor(), "."])
        day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        document = Document(id=f"synthetic-{n:06d}", text=" ".join(sentences), title=f"Synthetic report {n}",
                            url=f"https://example.org/news/{n}", published=day)
        partial = Extraction(document, tuple(acts), tuple(alliances), tuple(mentions))
        places = tuple(dict.fromkeys(m.place for m in mentions if m.place))
        return Extraction(document, tuple(acts), tuple(alliances), tuple(mentions),
                          _relations(partial.actors, self.gaz, document), places)


def quads(triples: int, *, seed: int = 6) -> Iterator[list[ox.Quad]]:
    """Batches of quads (the ontology's graph, then one document graph each) adding up to about `triples`."""
    world = World(seed)
    first = ontology_quads()
    count = len(first)
    yield first
    n = 0
    while count < triples:
        x = world.document(n)
        batch = graph_quads(to_graph(x), str(document_iri(x.document.id)))
        count += len(batch)
        n += 1
        yield batch


def write(triples: int, path: Path, *, seed: int = 6) -> tuple[int, int]:
    """Write the synthetic dataset of about `triples` quads to `path` as N-Quads; (quads, documents)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    total = docs = 0
    with path.open("wb") as out:
        for batch in quads(triples, seed=seed):
            out.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
            total += len(batch)
            docs += 1
    return total, docs - 1
