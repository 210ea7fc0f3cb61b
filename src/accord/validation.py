"""SHACL validation with pySHACL: a document's graph before it is written, or the whole store on demand."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from . import paths
from .errors import ValidationError
from .namespaces import ACC, SKOS
from .results import compact

SHAPES = "shapes.ttl"
EVERY_ACT = URIRef("https://w3id.org/accord/shapes#EveryAct")
CODE_LIST = "cameo.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property path, and what is wrong."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}{' ' + self.path if self.path else ''}: {self.message}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms to ontology/shapes.ttl, and each violation if not."""

    conforms: bool
    violations: tuple[Violation, ...]


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(paths.ONTOLOGY / SHAPES, format="turtle")


@lru_cache(maxsize=1)
def code_list() -> Graph:
    """What the shapes need besides a document: CAMEO notations and PLOVER types, PLOVER classes' concepts."""
    cameo = Graph().parse(paths.ONTOLOGY / CODE_LIST, format="turtle")
    ontology = Graph().parse(paths.ONTOLOGY / "accord.ttl", format="turtle")
    out = Graph()
    for p in (SKOS.notation, ACC.ploverType):
        for triple in cameo.triples((None, p, None)):
            out.add(triple)
    for triple in ontology.triples((None, ACC.ploverConcept, None)):
        out.add(triple)
    return out


def validate(graph: Graph) -> ValidationReport:
    """Check `graph` (one document's, or the store's asserted triples) against the shapes.

    >>> from rdflib import Literal, URIRef
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/accord/id/act/x"), ACC.cameoCode, Literal("042")))
    >>> report = validate(g)
    >>> report.conforms, len(report.violations) >= 4
    (False, True)
    """
    data = Graph()
    data += graph
    data += code_list()
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes(), inference="none", advanced=False,
                                            allow_warnings=False)
    if conforms:
        return ValidationReport(True, ())
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus == EVERY_ACT:  # the graph-wide check reports the act at fault as the value
            focus = results.value(result, SH.value)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(str(compact(str(focus))), str(compact(str(path))) if path is not None else "",
                                    str(message) if message is not None else "violates a shape"))
    return ValidationReport(False, tuple(sorted(set(violations), key=str)))


def check_document(graph: Graph, name: str) -> None:
    """Raise ValidationError, naming the first few violations, when a document's graph breaks the shapes."""
    report = validate(graph)
    if not report.conforms:
        shown = "; ".join(str(v) for v in report.violations[:3])
        more = f" (and {len(report.violations) - 3} more)" if len(report.violations) > 3 else ""
        raise ValidationError(f"{name}: not written, it breaks the SHACL shapes: {shown}{more}")

