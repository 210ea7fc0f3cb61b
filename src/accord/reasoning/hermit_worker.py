"""Child process for accord.reasoning.hermit: load N-Triples into owlready2, run HermiT, print one JSON line."""

from __future__ import annotations

import json
import subprocess
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
            # xsd:date (tenures, publication dates) is outside OWL 2's datatype map: HermiT treats such values
            # as opaque instead of refusing the whole input.
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0,
                                           ignore_unsupported_datatypes=True)
    except owlready2.OwlReadyInconsistentOntologyError:
        consistent = False
    except subprocess.CalledProcessError as exc:  # Java failed: pass on its one telling line, not the trace
        output = exc.output.decode(errors="replace") if isinstance(exc.output, bytes) else str(exc.output or "")
        print(json.dumps({"error": _java_line(output)}))
        return 0
    except owlready2.OwlReadyJavaError as exc:  # owlready2 wraps the same failure, Java's text after a header
        output = str(exc).partition("\n")[2]
        lines = [line.strip() for line in output.splitlines() if line.strip()]
        if len(lines) > 1 and lines[0].startswith("Error occurred during initialization of VM"):
            message = f"Java could not start: {lines[1]} (heap cap {heap_mb} MB)"   # e.g. too small a heap
        else:
            message = _java_line(output)
        print(json.dumps({"error": message}))
        return 0
    unsatisfiable = sorted(str(c.iri) for c in world.inconsistent_classes()) if consistent else []
    after = {(str(c.iri), str(p.iri)) for c in world.classes() for p in c.is_a if hasattr(p, "iri")}
    result = {"consistent": consistent, "unsatisfiable": unsatisfiable, "subclasses": sorted(after - before),
              "triples": triples, "seconds": round(time.perf_counter() - started, 2)}
    print(json.dumps(result))
    return 0


def _java_line(output: str) -> str:
    """The first line of a Java failure that names the exception, without the package path."""
    for line in output.splitlines():
        line = line.strip()
        if ("Exception" in line or "Error" in line) and not line.startswith("at "):
            name, _, message = line.partition(": ")
            return f"{name.rsplit('.', 1)[-1]}: {message}"[:300] if message else name.rsplit(".", 1)[-1]
    return (output.strip().splitlines() or ["no output"])[0][:300]


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
