"""Benchmark `accord reason` (make bench-reason): closure time and peak memory on synthetic accord-shaped graphs.

Usage: ``python scripts/bench_reason.py [SIZES...]`` (default 10000 100000 1000000). Each run is a child
process, so its peak resident memory is its own; owlrl runs beside it at the sizes up to OWLRL_MAX.
The graphs are made here, seeded, in the shape extraction gives a document (see synthetic()).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWLRL_MAX = 100_000
CHILD_SECONDS = 1800
ID = "https://w3id.org/accord/id/"
ACC = "https://w3id.org/accord/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SAME = "http://www.w3.org/2002/07/owl#sameAs"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
INT = "http://www.w3.org/2001/XMLSchema#integer"
# (PLOVER class, CAMEO code) pairs that the code list agrees on.
ACTS = [("Agree", "030"), ("Agree", "036"), ("Consult", "042"), ("Accuse", "111"), ("Threaten", "1312"),
        ("Sanction", "163"), ("Request", "0242"), ("Support", "051"), ("Reject", "120"), ("Aid", "070")]
MODALITIES = ["Asserted", "Asserted", "Asserted", "Threatened", "Intended", "Requested", "Hypothetical", "Negated"]


def _t(s: str, p: str, o: str) -> str:
    return f"<{s}> <{p}> {o} .\n"


def _iri(x: str) -> str:
    return f"<{x}>"


def _lit(text: str, datatype: str | None = None) -> str:
    return f'"{text}"' + (f"^^<{datatype}>" if datatype else "")


def synthetic(triples: int, seed: int = 4) -> str:
    """N-Triples of about `triples` triples shaped like accord's data, ontology and code lists included.

    Each document has the shape the extractor gives the sample: a document node, 4 to 10 acts (type, CAMEO
    code and concept, modality, trigger, 1-2 agents, 0-2 targets, evidence span, provenance), mentions of
    its actors, an alliance in one document of three, and the actors it names. Actors come from a shared
    pool (states with Wikidata aliases, leaders, government bodies, groups), so documents overlap as news does.
    """
    rng = random.Random(seed)
    states = [f"Q{1000 + n}" for n in range(195)]
    people = [(f"Q{5000 + n}", rng.choice(states)) for n in range(400)]
    bodies = [(f"Q{9000 + n}", rng.choice(states)) for n in range(150)]
    seen = set(_ontology_nt().splitlines(keepends=True))
    doc_n = 0
    while len(seen) < triples:
        doc_n += 1
        d = f"{ID}doc/d{doc_n}"
        lines = [_t(d, RDF_TYPE, _iri(ACC + "Document")), _t(d, LABEL, _lit(f"document {doc_n}"))]
        cast: list[str] = []
        for _ in range(rng.randint(2, 4)):
            q = rng.choice(states)
            a = f"{ID}actor/{q}"
            cast.append(a)
            lines += [_t(a, RDF_TYPE, _iri(ACC + "State")), _t(a, LABEL, _lit(f"state {q}")),
                      _t(a, SAME, _iri(f"http://www.wikidata.org/entity/{q}")), _t(a, ACC + "wikidataId", _lit(q))]
        for pool, kind, rel in ((people, "Person", "leaderOf"), (bodies, "GovernmentBody", "bodyOf")):
            q, state = rng.choice(pool)
            a = f"{ID}actor/{q}"
            cast.append(a)
            lines += [_t(a, RDF_TYPE, _iri(ACC + kind)), _t(a, LABEL, _lit(f"{kind} {q}")),
                      _t(a, SAME, _iri(f"http://www.wikidata.org/entity/{q}")), _t(a, ACC + "wikidataId", _lit(q)),
                      _t(a, ACC + rel, _iri(f"{ID}actor/{state}")),
                      _t(f"{ID}actor/{state}", RDF_TYPE, _iri(ACC + "State"))]
        group = f"{ID}actor/group-{doc_n % 300}"
        lines += [_t(group, RDF_TYPE, _iri(ACC + "Group")), _t(group, LABEL, _lit("companies")),
                  _t(group, ACC + "associatedWith", _iri(cast[0]))]
        cast.append(group)
        offset = 0
        for n in range(rng.randint(4, 10)):
            cls, code = rng.choice(ACTS)
            act = f"{ID}act/d{doc_n}/{n}"
            ev = f"{ID}evidence/d{doc_n}/{offset}-{offset + 120}"
            lines += [_t(act, RDF_TYPE, _iri(ACC + cls)), _t(act, ACC + "cameoCode", _lit(code)),
                      _t(act, ACC + "cameoConcept", _iri(f"https://w3id.org/accord/cameo/{code}")),
                      _t(act, ACC + "modality", _iri(ACC + rng.choice(MODALITIES))),
                      _t(act, ACC + "trigger", _lit("warned")), _t(act, ACC + "evidence", _iri(ev)),
                      _t(act, DERIVED, _iri(d)),
                      _t(ev, RDF_TYPE, _iri(ACC + "Evidence")), _t(ev, ACC + "text", _lit(f"Sentence {n}.")),
                      _t(ev, ACC + "start", _lit(str(offset), INT)), _t(ev, ACC + "end", _lit(str(offset + 120), INT)),
                      _t(ev, ACC + "inDocument", _iri(d))]
            for agent in rng.sample(cast[:-1], rng.randint(1, 2)):
                lines.append(_t(act, ACC + "agent", _iri(agent)))
            for target in rng.sample(cast, rng.randint(0, 2)):
                lines.append(_t(act, ACC + "target", _iri(target)))
            for actor in cast[:3]:
                m = f"{ID}mention/d{doc_n}/{offset}/{actor.rsplit('/', 1)[1]}"
                lines += [_t(m, RDF_TYPE, _iri(ACC + "Mention")), _t(m, ACC + "mentionOf", _iri(actor)),
                          _t(m, ACC + "start", _lit(str(offset), INT)), _t(m, ACC + "inDocument", _iri(d))]
            offset += 121
        if doc_n % 3 == 0:
            al = f"{ID}alliance/d{doc_n}"
            lines += [_t(al, RDF_TYPE, _iri(ACC + "Alliance")), _t(al, ACC + "member", _iri(cast[0])),
                      _t(al, ACC + "member", _iri(cast[1])), _t(cast[0], ACC + "allyOf", _iri(cast[1]))]
        seen.update(lines)
    return "".join(sorted(seen))


def _ontology_nt() -> str:
    import pyoxigraph as ox
    triples = [t for name in ("accord.ttl", "cameo.ttl")
               for t in ox.parse(path=str(ROOT / "ontology" / name), format=ox.RdfFormat.TURTLE)]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode()


def child(engine: str, path: str) -> None:
    """Run one engine over one file and print one JSON line with its own figures."""
    if engine == "accord":
        from accord.reasoning import INFERRED_GRAPH, infer
        from accord.store import Store

        started = time.perf_counter()
        # As accord reason runs it: the closure of the data, then the stored part written in one update.
        report, text = infer(Path(path).read_bytes)
        closed = started + report.seconds  # load, rules and checks; what follows (the stored part, written) is write_s
        store = Store.open()
        store.replace_graph_ntriples(INFERRED_GRAPH, text)
        result = {"asserted": report.asserted, "inferred": report.inferred, "rounds": report.rounds,
                  "closure_s": round(closed - started, 2), "write_s": round(time.perf_counter() - closed, 2),
                  "stored": len(store)}
    else:
        import owlrl
        from rdflib import Graph

        started = time.perf_counter()
        graph = Graph().parse(data=Path(path).read_text(encoding="utf-8"), format="nt")
        asserted = len(graph)
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
        result = {"asserted": asserted, "inferred": len(graph) - asserted,
                  "closure_s": round(time.perf_counter() - started, 2)}
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result))


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2])
        return 0
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    work = ROOT / ".bench"
    work.mkdir(exist_ok=True)
    print("accord: closure in a scratch store, then the stored part written into a store; owlrl: parse and closure."
          "\nEach run is its own process; peak MB is that process's maximum resident memory.", flush=True)
    print(f"{'size':>9} {'engine':>7} {'asserted':>9} {'inferred':>9} {'stored':>8} {'rounds':>6} {'closure s':>9} "
          f"{'write s':>7} {'peak MB':>7}", flush=True)
    for size in sizes:
        path = work / f"synthetic-{size}.nt"
        path.write_text(synthetic(size), encoding="utf-8")
        engines = ["accord"] + (["owlrl"] if size <= OWLRL_MAX else [])
        for engine in engines:
            done = subprocess.run([sys.executable, __file__, "--child", engine, str(path)], capture_output=True,
                                  text=True, timeout=CHILD_SECONDS)
            if done.returncode != 0:
                print(f"{size:>9} {engine:>7} failed: {done.stderr.strip().splitlines()[-1:]}", flush=True)
                continue
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{size:>9} {engine:>7} {r['asserted']:>9} {r['inferred']:>9} {r.get('stored', ''):>8} "
                  f"{r.get('rounds', ''):>6} "
                  f"{r['closure_s']:>9} {r.get('write_s', ''):>7} {r['peak_mb']:>7}", flush=True)
        path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
