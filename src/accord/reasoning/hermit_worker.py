"""Child process for accord.reasoning.hermit: load N-Triples into owlready2, run HermiT, print one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(path: str, heap_mb: str) -> int:
    import owlready2

    owlready2.reasoning.JAVA_MEMORY = int(heap_mb)
    started = time.perf_counter()
    world = owlready2.World()
    ontology = world.get_ontology(Path(path).as_uri()).load(format="ntriples")
    triples = len(world.graph)
    before = {(str(c.iri), str(p.iri)) for c in world.classes() for p in c.is_a if hasattr(p, "iri")}
    consistent = True
    try:
        with ontology:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        consistent = False
    unsatisfiable = sorted(str(c.iri) for c in world.inconsistent_classes()) if consistent else []
    after = {(str(c.iri), str(p.iri)) for c in world.classes() for p in c.is_a if hasattr(p, "iri")}
    result = {"consistent": consistent, "unsatisfiable": unsatisfiable, "subclasses": sorted(after - before),
              "triples": triples, "seconds": round(time.perf_counter() - started, 2)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
