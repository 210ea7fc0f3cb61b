"""Bad documents and datasets through the CLI: one error line naming the file (and line), exit 2, store unchanged."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from accord import InputError
from accord.rdfinput import Limits, parse

from test_cli import dump, run, store  # noqa: F401  (store is a fixture)

BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(b'<!ENTITY %s "%s">' % (bytes([c + 1]), (b"&%s;" % bytes([c])) * 10) for c in range(97, 106))
        + b']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://x/">'
        b'<rdf:Description rdf:about="http://x/a"><x:p>&j;</x:p></rdf:Description></rdf:RDF>')
XXE = (b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:x="http://x/">'
       b'<rdf:Description rdf:about="http://x/a"><x:p>&x;</x:p></rdf:Description></rdf:RDF>')
GOOD_QUAD = (b"<https://w3id.org/accord/id/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" "
             b"<https://w3id.org/accord/id/g> .\n")


def _deep_trig(n: int) -> bytes:
    return (b"GRAPH <http://x/g> { <http://x/a> <http://x/p> " + b"[ <http://x/p> " * n + b"1" + b" ]" * n + b" . }")


def _deep_jsonld(n: int) -> bytes:
    return b'{"@id": "http://x/a", ' + b'"http://x/p": {' * n + b'"@id": "http://x/b"' + b"}" * n + b"}"


# name → (file name, content, expected text in the message besides the file name, environment)
IMPORTS: dict[str, tuple[str, bytes, str, dict[str, str]]] = {
    "malformed trig": ("bad.trig", b"<http://x/a> <http://x/p> <http://x/o> .\n<http://x/a> <http://x/p> .\n",
                       "line 2: not valid trig", {}),
    "valid half then garbage": ("half.nq", GOOD_QUAD * 50 + b"<http://x/a> garbage\n", "line 51: not valid nquads", {}),
    "malformed json-ld": ("bad.jsonld", b'{"@id": "http://x/a", "http://x/p": [1, 2', "not valid jsonld", {}),
    "turtle syntax in n-quads": ("ttl.nq", b"@prefix x: <http://x/> .\nx:a x:p x:o .\n", "not valid nquads", {}),
    "rdf/xml given as trig": ("xml.trig", XXE, "not valid trig", {}),
    "binary": ("binary.trig", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data", {}),
    "nul in a literal": ("nul.nq", GOOD_QUAD + b'<http://x/a> <http://x/p> "a\x00b" <http://x/g> .\n',
                         "line 2: binary data", {}),
    "utf-16": ("utf16.trig", GOOD_QUAD.decode().encode("utf-16"), "UTF-16 text", {}),
    "latin-1": ("latin1.nq", GOOD_QUAD + '<http://x/a> <http://x/p> "Málaga" <http://x/g> .\n'.encode("latin-1"),
                "line 2: not UTF-8", {}),
    "empty": ("empty.trig", b"  \n", "empty file", {}),
    "over the size cap": ("big.nq", GOOD_QUAD * 100, "over the 1,000 accord reads", {"ACCORD_MAX_INPUT_BYTES": "1000"}),
    "literal over the cap": ("lit.nq", b'<http://x/a> <http://x/p> "' + b"x" * 500 + b'" <http://x/g> .\n',
                             "a literal of 500 characters", {"ACCORD_MAX_LITERAL_CHARS": "100"}),
    "iri with a space": ("iri.nq", b"<http://x/a b> <http://x/p> <http://x/o> <http://x/g> .\n",
                         "line 1: not valid nquads: Invalid IRI code point ' '", {}),
    "relative iri": ("rel.nq", b"<a> <http://x/p> <http://x/o> <http://x/g> .\n", "No scheme found", {}),
    "bad percent escape": ("pct.trig", b"<http://x/a%zz> <http://x/p> <http://x/o> .\n", "percent encoding", {}),
    "deeply nested trig": ("deep.trig", _deep_trig(5000), "nested 5001 deep, over the 256", {}),
    "deeply nested json-ld": ("deep.jsonld", _deep_jsonld(5000), "nested 5001 deep, over the 256", {}),
    "remote json-ld context": ("remote.jsonld", b'{"@context": "http://192.0.2.1/context.jsonld", "@id": "http://x/a"}',
                               "remote JSON-LD @context, which accord never fetches", {}),
}


@pytest.mark.parametrize("case", IMPORTS)
def test_bad_import(capsys, monkeypatch, netguard, store: str, tmp_path: Path, case: str) -> None:
    name, content, expected, env = IMPORTS[case]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = tmp_path / name
    path.write_bytes(content)
    before, refused = dump(store), len(netguard.refused)
    code, out, err = run(capsys, "--store", store, "import", str(path))
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert lines[0].startswith(f"error: {path}: ") and expected in lines[0], lines[0]
    assert dump(store) == before
    assert len(netguard.refused) == refused  # nothing was even attempted


@pytest.mark.parametrize("content", [BOMB, XXE], ids=["entity bomb", "xxe"])
def test_doctype_is_refused_before_the_parser(content: bytes) -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"^x.rdf: line 2: XML DOCTYPE and ENTITY declarations are refused"):
        parse(content, "rdfxml", "x.rdf")
    assert time.monotonic() - started < 1


def test_nesting_within_the_limit_parses_whole() -> None:
    assert len(parse(_deep_trig(200), "trig", "d.trig")) == 201
    with pytest.raises(InputError, match="nested 201 deep"):
        parse(_deep_trig(200), "trig", "d.trig", Limits(max_nesting=200))


def test_owl_imports_is_data_and_never_followed(capsys, netguard, store: str, tmp_path: Path) -> None:
    path = tmp_path / "imports.trig"
    path.write_bytes(b"GRAPH <https://w3id.org/accord/id/g> { <https://w3id.org/accord/id/o> "
                     b"<http://www.w3.org/2002/07/owl#imports> <http://192.0.2.1/ontology.owl> . }")
    attempts = netguard.local + netguard.allowed + len(netguard.refused)
    assert run(capsys, "--store", store, "import", str(path))[0] == 0
    code, out, _ = run(capsys, "--store", store, "sparql", "--format", "csv", "SELECT ?o WHERE { ?s owl:imports ?o }")
    assert out == "o\nhttp://192.0.2.1/ontology.owl\n"
    assert netguard.local + netguard.allowed + len(netguard.refused) == attempts


NO_ACTORS = "The weather was mild and the harvest was good this year.\n"
# name → (file name, content, extra CLI arguments, expected text in the message, environment)
DOCUMENTS: dict[str, tuple[str, bytes, list[str], str, dict[str, str]]] = {
    "utf-16": ("u16.txt", "Japan praised Russia.".encode("utf-16"), [], "UTF-16 text", {}),
    "nul": ("nul.md", b"Japan praised Russia.\n\x00", [], "binary file", {}),
    "latin-1 on line 3": ("l1.txt", "Japan praised Russia.\n\nMálaga".encode("latin-1"), [], "line 3: not UTF-8", {}),
    "no actors": ("weather.txt", NO_ACTORS.encode(), [], "names no actor", {}),
    "over the size cap": ("big.txt", b"Japan praised Russia. " * 100, [], "over the 1,000 a document may have",
                          {"ACCORD_MAX_DOCUMENT_BYTES": "1000"}),
    "url that is no iri in front matter": ("u.md", b"---\nurl: not a url\n---\nJapan praised Russia.\n", [],
                                            "url 'not a url' is not an absolute IRI", {}),
    "url with a quote on the command line": ("q.txt", b"Japan praised Russia.", ["--url", 'https://x.org/"a>'],
                                             "is not an absolute IRI", {}),
}


@pytest.mark.parametrize("case", DOCUMENTS)
def test_bad_document(capsys, monkeypatch, store: str, tmp_path: Path, case: str) -> None:
    name, content, extra, expected, env = DOCUMENTS[case]
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = tmp_path / name
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("China praised Brazil.")
    before = dump(store)
    args = [str(path), *extra] if extra else [str(good), str(path)]
    code, _, err = run(capsys, "--store", store, "ingest", *args)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1, err
    assert lines[0].startswith("error: ") and name in lines[0] and expected in lines[0], lines[0]
    assert dump(store) == before


def test_an_id_from_the_api_becomes_a_valid_iri(kg) -> None:
    (report,) = kg.ingest("Japan praised Russia.", id='a b"> }')
    assert report.graph.endswith("/doc/a-b")
    assert "doc/a-b" in kg.export("nquads")


def test_rdflib_would_fetch_a_remote_context_which_is_why_accord_parses_with_rdfinput(expect_refused) -> None:
    # Documents the hazard for code that reaches for rdflib's JSON-LD parser: it goes to the network at once.
    from rdflib import Graph

    before = len(expect_refused.refused)
    with pytest.raises(Exception):  # noqa: B017 — whatever rdflib raises once the guard refuses the connection
        Graph().parse(data='{"@context": "http://192.0.2.1/c.jsonld", "@id": "http://x/a"}', format="json-ld")
    assert len(expect_refused.refused) > before
    with pytest.raises(InputError, match="never fetches"):
        parse(b'{"@context": "http://192.0.2.1/c.jsonld", "@id": "http://x/a"}', "jsonld", "c.jsonld")


@pytest.mark.parametrize("case", IMPORTS)
def test_bad_load_through_the_api(monkeypatch, kg, case: str) -> None:
    name, content, expected, env = IMPORTS[case]
    kg.load(GOOD_QUAD, format="nquads")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    fmt = {".trig": "trig", ".nq": "nquads", ".jsonld": "jsonld"}[Path(name).suffix]
    before = kg.export("nquads")
    with pytest.raises(InputError, match=re.escape(expected)):
        kg.load(content, format=fmt, source=name)
    assert kg.export("nquads") == before
