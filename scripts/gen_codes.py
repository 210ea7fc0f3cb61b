"""Generate ontology/cameo.ttl, the CAMEO and PLOVER SKOS concept schemes, from the CAMEO→PLOVER table.

Usage: ``python scripts/gen_codes.py [TABLE] [OUTPUT]`` (``make codes``). The output is plain text built
here rather than by rdflib's serialiser so that it is byte-for-byte stable and reads well in a diff.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "ontology" / "CAMEO2PLOVER-2021.txt"
APPEALS = ROOT / "ontology" / "CAMEO-appeals.txt"
# GDELT's published Goldstein scale values for CAMEO codes (CAMEO.goldsteinscale.txt, see ontology/README.md).
GOLDSTEIN = ROOT / "ontology" / "CAMEO-goldstein.tsv"
OUTPUT = ROOT / "ontology" / "cameo.ttl"

HEADER = (
    "# Generated from ontology/CAMEO-appeals.txt, ontology/CAMEO2PLOVER-2021.txt and ontology/CAMEO-goldstein.tsv"
    " by scripts/gen_codes.py (make codes). Do not edit."
)

CAMEO_NS = "https://w3id.org/accord/cameo/"
PLOVER_NS = "https://w3id.org/accord/plover/"

# PLOVER 2.0's sixteen event types with their quad class, as the PLOVER manual assigns them.
QUADS: dict[str, tuple[str, str, str]] = {
    # name: (label, notation as in GDELT/ICEWS QuadClass, members)
    "VerbalCooperation": ("verbal cooperation", "1", "AGREE CONSULT SUPPORT CONCEDE"),
    "MaterialCooperation": ("material cooperation", "2", "COOPERATE AID RETREAT"),
    "VerbalConflict": ("verbal conflict", "3", "REQUEST ACCUSE REJECT THREATEN"),
    "MaterialConflict": ("material conflict", "4", "PROTEST SANCTION MOBILIZE COERCE ASSAULT"),
}
PLOVER_TYPES: list[str] = [t for _, _, members in QUADS.values() for t in members.split()]
QUAD_OF: dict[str, str] = {t: quad for quad, (_, _, members) in QUADS.items() for t in members.split()}

# The table predates PLOVER 2.0 in places; these are the old names and their 2.0 successors.
RENAMED = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "YIELD": "CONCEDE",
    "FIGHT": "ASSAULT",
}

# Where the PLOVER manual and the 2021 table disagree, the manual wins; each override says why.
OVERRIDES: dict[str, tuple[str, str]] = {
    "163": (
        "SANCTION",
        "The 2021 CAMEO-to-PLOVER table maps this code to COERCE; the PLOVER manual lists imposing an "
        "embargo, boycott or sanctions under SANCTION, and accord follows the manual.",
    ),
    "0813": (
        "CONCEDE",
        "The 2021 CAMEO-to-PLOVER table maps this code to RETREAT; the PLOVER manual's CONCEDE covers "
        "'easing of administrative or legal restrictions on persons and organizations, remove curfews' (lifting "
        "a curfew is, in its words, effectively a promise not to arrest), and accord follows the manual.",
    ),
    "0814": (
        "CONCEDE",
        "The 2021 CAMEO-to-PLOVER table maps this code to RETREAT; the PLOVER manual's CONCEDE covers "
        "'easing of administrative or legal restrictions on persons and organizations', as a state of emergency "
        "or martial law is, and accord follows the manual.",
    ),
    "0831": (
        "RETREAT",
        "The 2021 CAMEO-to-PLOVER table maps this code to CONCEDE; the PLOVER manual says 'RETREAT also covers "
        "resignations of government officials' (RETREAT mode resign), and accord follows the manual.",
    ),
    "192": (
        "ASSAULT",
        "The 2021 CAMEO-to-PLOVER table maps this code to COERCE; the PLOVER manual tells a threat to occupy "
        "territory from ASSAULT, 'which refers to military occupations that have been or are being carried out', "
        "and accord follows the manual.",
    ),
}
# Checked against the manual and left as the table has them: destroying property (1712) is ASSAULT (the
# manual moves COERCE's mode "destroy property" to ASSAULT); bans and prohibitions of parties, persons or
# publications (172, 1721, 1722) are COERCE (its modes "ban", "censor"); closing a border (191, impose
# blockade, restrict movement) is COERCE (its mode "restrict": restrictions on movement). Prohibiting aid or
# trade is an embargo, 163 above.

LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<fields>[^#]*?)\s*(?:#\s*(?P<comment>.*?))?\s*$")
# An editor's dated note appended to a label, e.g. '21.09.17: "ease" is no longer a mode'.
EDITORIAL = re.compile(r"\s+(?P<note>\d\d\.\d\d\.\d\d:.*)$")

LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/"
RIGHTS = "Copyright 2016 by the Open Event Data Alliance. Licensed CC BY-SA 4.0."


@dataclass
class Code:
    """One CAMEO code as the table gives it, merged over duplicate lines."""

    code: str
    plover: str
    labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


def parse_table(text: str) -> dict[str, Code]:
    """Read the table into codes, in the order they first appear.

    Raises:
        ValueError: on a line that is neither blank, a comment, the end marker nor a code line, or on
            an event type that is not a PLOVER 2.0 type after renaming.
    """
    codes: dict[str, Code] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("~~~"):
            break
        match = LINE.match(line)
        if match is None:
            raise ValueError(f"line {number}: cannot read {raw!r}")
        code = match["code"]
        plover = match["fields"].split(",")[0].strip()
        plover = RENAMED.get(plover, plover)
        if plover not in QUAD_OF:
            raise ValueError(f"line {number}: {plover!r} is not a PLOVER 2.0 event type")
        label, note = _split_label(match["comment"] or "")
        entry = codes.get(code)
        if entry is None:
            entry = codes[code] = Code(code, plover)
        elif plover != entry.plover:
            entry.comments.append(
                f"The source table also maps this code to {plover}; accord keeps the first mapping, {entry.plover}."
            )
        if label and label not in entry.labels:
            entry.labels.append(label)
        if note:
            entry.notes.append(note)
    for code, (plover, why) in OVERRIDES.items():
        if code in codes:
            codes[code].plover = plover
            codes[code].comments.append(why)
    for entry in codes.values():
        if len(entry.code) > 2 and entry.code[:-1] not in codes:
            raise ValueError(f"code {entry.code} has no parent {entry.code[:-1]} in the table")
    return codes


def _split_label(comment: str) -> tuple[str, str]:
    match = EDITORIAL.search(comment)
    if match is None:
        return comment.strip(), ""
    return comment[: match.start()].strip(), match["note"].strip()


def _root_label(codes: dict[str, Code], root: str) -> str:
    # The table gives cue categories (two digits) no text; their "x0" code is the category's own
    # not-otherwise-specified code and carries the category's name.
    general = codes.get(root + "0")
    return general.labels[0] if general and general.labels else root


def _literal(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _statement(subject: str, pairs: list[tuple[str, str]]) -> str:
    body = " ;\n".join(f"    {predicate} {obj}" for predicate, obj in pairs)
    return f"{subject}\n{body} .\n"


def parse_goldstein(text: str) -> dict[str, str]:
    """Read the Goldstein table (a header line, then code TAB score) into code -> score as written.

    >>> parse_goldstein("CAMEOEVENTCODE\tGOLDSTEINSCALE\n042\t1.9\n")
    {'042': '1.9'}

    Raises:
        ValueError: on a line that is not a 2-4 digit code and a decimal number.
    """
    scores: dict[str, str] = {}
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if not line.strip():
            continue
        match = re.fullmatch(r"(\d{2,4})\t(-?\d+\.\d+)", line.strip())
        if match is None:
            raise ValueError(f"Goldstein table line {number}: cannot read {line!r}")
        scores[match[1]] = match[2]
    return scores


def render(table_text: str, goldstein_text: str | None = None) -> str:
    """Return the Turtle text of cameo.ttl for the given table text (and Goldstein table text)."""
    codes = parse_table(table_text)
    goldstein = parse_goldstein(GOLDSTEIN.read_text(encoding="utf-8") if goldstein_text is None else goldstein_text)
    out = [
        HEADER,
        "# CAMEO codes and PLOVER event types as SKOS concept schemes. Derived from the Open Event Data",
        "# Alliance's CAMEO2PLOVER-2021.txt (Copyright 2016 by the Open Event Data Alliance) and, like it,",
        "# licensed CC BY-SA 4.0: see ontology/README.md.",
        "",
        "@prefix acc:     <https://w3id.org/accord/ontology#> .",
        f"@prefix cameo:   <{CAMEO_NS}> .",
        f"@prefix plover:  <{PLOVER_NS}> .",
        "@prefix dcterms: <http://purl.org/dc/terms/> .",
        "@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .",
        "",
    ]

    # PLOVER scheme: sixteen event types, each with its quad class; the four quad classes.
    top = [f"plover:{quad}" for quad in QUADS] + [f"plover:{t}" for t in PLOVER_TYPES]
    out.append(
        _statement(
            f"<{PLOVER_NS}>",
            [
                ("a", "skos:ConceptScheme"),
                ("skos:prefLabel", _literal("PLOVER event types", "en")),
                (
                    "skos:definition",
                    _literal(
                        "The sixteen event types of PLOVER 2.0 (Political Language Ontology for Verifiable "
                        "Event Records) and the four quad classes that group them.",
                        "en",
                    ),
                ),
                ("dcterms:source", "<https://github.com/openeventdata/PLOVER>"),
                ("skos:hasTopConcept", " , ".join(top)),
            ],
        )
    )
    for quad, (label, notation, _) in QUADS.items():
        out.append(
            _statement(
                f"plover:{quad}",
                [
                    ("a", "skos:Concept"),
                    ("skos:prefLabel", _literal(label, "en")),
                    ("skos:notation", _literal(notation)),
                    ("skos:inScheme", f"<{PLOVER_NS}>"),
                    ("skos:topConceptOf", f"<{PLOVER_NS}>"),
                ],
            )
        )
    for plover in PLOVER_TYPES:
        out.append(
            _statement(
                f"plover:{plover}",
                [
                    ("a", "skos:Concept"),
                    ("skos:prefLabel", _literal(plover.lower(), "en")),
                    ("skos:notation", _literal(plover)),
                    ("skos:inScheme", f"<{PLOVER_NS}>"),
                    ("skos:topConceptOf", f"<{PLOVER_NS}>"),
                    ("acc:quadClass", f"plover:{QUAD_OF[plover]}"),
                ],
            )
        )

    # CAMEO scheme: every code in the table, broader by code prefix, cue categories on top.
    ordered = sorted(codes)
    roots = [code for code in ordered if len(code) == 2]
    out.append(
        _statement(
            f"<{CAMEO_NS}>",
            [
                ("a", "skos:ConceptScheme"),
                ("skos:prefLabel", _literal("CAMEO event codes", "en")),
                (
                    "skos:definition",
                    _literal(
                        "The event codes of CAMEO (Conflict and Mediation Event Observations) that the "
                        "CAMEO-to-PLOVER table maps, each linked to its PLOVER event type.",
                        "en",
                    ),
                ),
                ("dcterms:source", "<https://github.com/openeventdata/PLOVER/blob/master/CAMEO2PLOVER-2021.txt>"),
                ("dcterms:license", f"<{LICENSE}>"),
                ("dcterms:rights", _literal(RIGHTS)),
                ("skos:hasTopConcept", " , ".join(f"cameo:{root}" for root in roots)),
            ],
        )
    )
    for code in ordered:
        entry = codes[code]
        labels = entry.labels or [_root_label(codes, code)]
        pairs = [
            ("a", "skos:Concept"),
            ("skos:prefLabel", _literal(labels[0], "en")),
        ]
        pairs += [("skos:altLabel", _literal(label, "en")) for label in labels[1:]]
        pairs.append(("skos:notation", _literal(code)))
        pairs.append(("skos:inScheme", f"<{CAMEO_NS}>"))
        if len(code) == 2:
            pairs.append(("skos:topConceptOf", f"<{CAMEO_NS}>"))
        else:
            pairs.append(("skos:broader", f"cameo:{code[:-1]}"))
        pairs.append(("acc:ploverType", f"plover:{entry.plover}"))
        if code in goldstein:
            pairs.append(("acc:goldstein", f'"{goldstein[code]}"^^xsd:decimal'))
        pairs += [("rdfs:comment", _literal(comment, "en")) for comment in entry.comments]
        pairs += [("skos:editorialNote", _literal(note)) for note in entry.notes]
        out.append(_statement(f"cameo:{code}", pairs))
    return "\n".join(out)


def source_text() -> str:
    """The codes cameo.ttl is made from: accord's table of CAMEO's appeal codes, then the 2021 table."""
    return APPEALS.read_text(encoding="utf-8") + "\n" + TABLE.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Write cameo.ttl; arguments, both optional: the table path and the output path."""
    args = sys.argv[1:] if argv is None else argv
    text = Path(args[0]).read_text(encoding="utf-8") if args else source_text()
    output = Path(args[1]) if len(args) > 1 else OUTPUT
    output.write_text(render(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
