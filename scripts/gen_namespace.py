"""Generate src/accord/namespaces.py, the closed ACC namespace and the prefix map, from ontology/accord.ttl.

Usage: ``python scripts/gen_namespace.py [ONTOLOGY] [OUTPUT]`` (``make namespace``). Same input, same bytes:
terms are sorted and nothing depends on dictionary or set order.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "accord.ttl"
OUTPUT = ROOT / "src" / "accord" / "namespaces.py"

HEADER = "# Generated from ontology/accord.ttl by scripts/gen_namespace.py (make namespace). Do not edit."

ACC_NS = "https://w3id.org/accord/ontology#"

# The one prefix map. Order is the order of PREFIXES in the generated module.
PREFIXES: list[tuple[str, str, str]] = [
    # (prefix, namespace IRI, module-level name)
    ("acc", ACC_NS, ""),
    ("id", "https://w3id.org/accord/id/", "ID"),
    ("wd", "http://www.wikidata.org/entity/", "WD"),
    ("wdt", "http://www.wikidata.org/prop/direct/", "WDT"),
    ("cameo", "https://w3id.org/accord/cameo/", "CAMEO"),
    ("plover", "https://w3id.org/accord/plover/", "PLOVER"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", ""),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#", ""),
    ("owl", "http://www.w3.org/2002/07/owl#", ""),
    ("xsd", "http://www.w3.org/2001/XMLSchema#", "XSD"),
    ("skos", "http://www.w3.org/2004/02/skos/core#", ""),
    ("prov", "http://www.w3.org/ns/prov#", ""),
    ("dcterms", "http://purl.org/dc/terms/", ""),
    ("schema", "https://schema.org/", "SCHEMA"),
    ("org", "http://www.w3.org/ns/org#", ""),
    ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/", "SEM"),
]

DECLARING_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
)


def declared_terms(graph: Graph) -> dict[str, str]:
    """Map the local name of every acc: term the graph declares to its English definition."""
    terms: dict[str, str] = {}
    for kind in DECLARING_TYPES:
        for subject in graph.subjects(RDF.type, kind):
            if isinstance(subject, URIRef) and str(subject).startswith(ACC_NS):
                terms[str(subject)[len(ACC_NS) :]] = _definition(graph, subject)
    return dict(sorted(terms.items()))


def _definition(graph: Graph, term: URIRef) -> str:
    for value in sorted(graph.objects(term, SKOS.definition)):
        if isinstance(value, Literal) and value.language in (None, "en"):
            return " ".join(str(value).split())
    return ""


def _check_prefixes(graph: Graph) -> None:
    bound = {prefix: str(ns) for prefix, ns in graph.namespaces()}
    for prefix, iri, _ in PREFIXES:
        if prefix in bound and bound[prefix] != iri:
            raise ValueError(f"accord.ttl binds {prefix}: to {bound[prefix]}, the prefix map to {iri}")


def render(ontology_text: str) -> str:
    """Return the text of namespaces.py for the given accord.ttl text.

    Raises:
        ValueError: if accord.ttl declares no acc: terms, declares a local name that is not a Python
            identifier, or binds one of the prefix map's prefixes to another namespace.
    """
    graph = Graph()
    graph.parse(data=ontology_text, format="turtle")
    _check_prefixes(graph)
    terms = declared_terms(graph)
    if not terms:
        raise ValueError("accord.ttl declares no acc: terms")
    for name in terms:
        if not name.isidentifier() or name.startswith("_"):
            raise ValueError(f"acc:{name} cannot be a Python attribute")

    lines = [
        HEADER,
        '"""The accord vocabulary: the closed ACC namespace, the other namespaces, the one prefix map."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TypeVar",
        "",
        "import rdflib.namespace",
        "from rdflib import Graph, Namespace, URIRef",
        "from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS",
        "",
        "__all__ = [",
        '    "ACC",',
        *[f'    "{name}",' for _, _, name in PREFIXES if name],
        '    "DCTERMS",',
        '    "ORG",',
        '    "OWL",',
        '    "PREFIXES",',
        '    "PROV",',
        '    "RDF",',
        '    "RDFS",',
        '    "SKOS",',
        '    "bind_prefixes",',
        "]",
        "",
        "",
        "# DefinedNamespace is reached through its module and XSD is a plain Namespace because pytest's",
        "# doctest collection probes every module-level name, and rdflib's open namespaces warn on that.",
        "class ACC(rdflib.namespace.DefinedNamespace):",
        '    """Terms of the accord ontology; an undeclared name is an AttributeError, not a new IRI.',
        "",
        "    >>> ACC.Threaten",
        "    rdflib.term.URIRef('https://w3id.org/accord/ontology#Threaten')",
        "    >>> ACC.Sanctoin",
        "    Traceback (most recent call last):",
        "    ...",
        "    AttributeError: term 'Sanctoin' not in namespace 'https://w3id.org/accord/ontology#'",
        '    """',
        "",
        "    _fail = True",
        f'    _NS = Namespace("{ACC_NS}")',
        "",
    ]
    for name, definition in terms.items():
        for comment in textwrap.wrap(definition, width=100 - len("    #: ")) or [""]:
            lines.append(f"    #: {comment}".rstrip())
        lines.append(f"    {name}: URIRef")
    lines += [""]
    for _, iri, name in PREFIXES:
        if name:
            lines.append(f'{name} = Namespace("{iri}")')
    lines += [
        "",
        "PREFIXES: dict[str, str] = {",
        *[f'    "{prefix}": "{iri}",' for prefix, iri, _ in PREFIXES],
        "}",
        '"""Every prefix accord writes, to the namespace it stands for; bind_prefixes binds them all."""',
        "",
        'G = TypeVar("G", bound=Graph)',
        "",
        "",
        "def bind_prefixes(graph: G) -> G:",
        '    """Bind every prefix in PREFIXES on a Graph or Dataset, replacing other bindings, and return it.',
        "",
        "    Serialisations then use these prefixes and never invent ``ns1:``.",
        "",
        "    >>> from rdflib import Graph",
        "    >>> g = bind_prefixes(Graph())",
        "    >>> g.add((ID.doc1, RDF.type, ACC.Document)) is g",
        "    True",
        '    >>> "ns1:" in g.serialize(format="turtle")',
        "    False",
        '    >>> dict(g.namespaces())["acc"] == URIRef(ACC._NS)',
        "    True",
        '    """',
        "    for prefix, iri in PREFIXES.items():",
        "        graph.bind(prefix, Namespace(iri), override=True, replace=True)",
        "    return graph",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Write namespaces.py; arguments, both optional: the ontology path and the output path."""
    args = sys.argv[1:] if argv is None else argv
    ontology = Path(args[0]) if args else ONTOLOGY
    output = Path(args[1]) if len(args) > 1 else OUTPUT
    output.write_text(render(ontology.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
