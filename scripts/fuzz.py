"""Fuzz accord's readers with Hypothesis: every input either works or raises an AccordError, within 2 s.

Targets: the document reader (files as bytes, and text with front matter), every RDF format accord parses
(random bytes and mutations of a valid file), the stored-query loader and its header parser, parameter binding
through KnowledgeGraph.query, the CLI's KEY=VALUE parser, and the HTTP endpoint (random methods, paths, query
strings, headers and bodies against an `accord serve` on 127.0.0.1 over a small store: no 5xx but the 503 of
the time limit, and the server still running at the end). Each target runs in its own process, so a crash
(a segfault, an abort, a stack overflow in a native parser) is seen as a crashed process, not lost.

    python scripts/fuzz.py --total 100000        # make fuzz
    python scripts/fuzz.py --target rdf-trig --examples 500
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

RDF_FORMATS = ("trig", "nquads", "turtle", "ntriples", "jsonld", "rdfxml")
TARGETS = ("document-file", "document-text", *(f"rdf-{f}" for f in RDF_FORMATS), "query-loader", "param-binding",
           "cli-params", "http")
DEADLINE_S = 2.0


class Tally:
    """Inputs tried and the slowest one, for the target running in this process."""

    def __init__(self) -> None:
        self.inputs = 0
        self.slowest = 0.0
        self.statuses: dict[int, int] = {}  # HTTP target: how many responses of each status

    def run(self, fn: Callable[[], object]) -> None:
        from accord.errors import AccordError

        started = time.perf_counter()
        try:
            fn()
        except AccordError:
            pass
        finally:
            self.inputs += 1
            self.slowest = max(self.slowest, time.perf_counter() - started)


# strategies ---------------------------------------------------------------------------------------------------
_NASTY = st.sampled_from(['"', "'", "\\", "<", ">", "{", "}", "[", "]", "(", ")", "#", "\n", "\r\n", "\x00", "@",
                          ":", ";", ".", "^^", "_:", "---\n", "\ufeff", "\u202e", "&", "<!DOCTYPE x [", "$", "?"])
TEXT = st.one_of(st.text(max_size=300), st.lists(st.one_of(_NASTY, st.text(max_size=8)), max_size=40).map("".join))


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """`seed` with 1–4 random edits: insert, delete, replace or duplicate a slice, or truncate."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(("insert", "delete", "replace", "duplicate", "truncate")))
        if op == "truncate":
            del data[at:]
            continue
        end = min(len(data), at + draw(st.integers(0, 40)))
        piece = draw(st.one_of(st.binary(max_size=12), _NASTY.map(str.encode), st.text(max_size=12).map(str.encode)))
        if op == "insert":
            data[at:at] = piece
        elif op == "delete":
            del data[at:end]
        elif op == "replace":
            data[at:end] = piece
        else:
            data[at:at] = data[at:end]
    return bytes(data)


def _seed_rdf(fmt: str) -> bytes:
    import pyoxigraph as ox

    from accord.store import serialize

    x, g = "https://w3id.org/accord/id/", ox.NamedNode("https://w3id.org/accord/id/doc/d")
    quads = [ox.Quad(ox.NamedNode(x + "actor/Q159"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                     ox.Literal("Russia", language="en"), g),
             ox.Quad(ox.NamedNode(x + "act/1"), ox.NamedNode(x + "start"),
                     ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g),
             ox.Quad(ox.NamedNode(x + "act/1"), ox.NamedNode(x + "evidence"), ox.BlankNode("e1"), g),
             ox.Quad(ox.BlankNode("e1"), ox.NamedNode(x + "text"), ox.Literal('He said "no" {x}\n'), g)]
    return serialize(quads, fmt)


# targets ------------------------------------------------------------------------------------------------------
def target(name: str, examples: int, tally: Tally, tmp: Path) -> None:
    """Run `examples` Hypothesis inputs of target `name`; a non-AccordError propagates out of here."""
    config = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                      phases=(Phase.generate, Phase.shrink), suppress_health_check=list(HealthCheck))

    if name == "document-file":
        from accord.documents import read_document

        encodings = st.sampled_from(("utf-8", "utf-16", "latin-1", "utf-8-sig"))
        content = st.one_of(st.binary(max_size=400), st.tuples(TEXT, encodings).map(
            lambda t: t[0].encode(t[1], errors="replace")), st.tuples(TEXT, TEXT).map(
            lambda t: f"---\n{t[0]}\n---\n{t[1]}".encode("utf-8", errors="surrogatepass")))

        @config
        @given(content, st.sampled_from(("a.txt", "b.md")))
        def run(data: bytes, file: str) -> None:
            path = tmp / file
            path.write_bytes(data)
            tally.run(lambda: read_document(path))

    elif name == "document-text":
        from accord.documents import Document

        @config
        @given(TEXT, st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT))
        def run(text: str, id: str | None, url: str | None, published: str | None) -> None:
            tally.run(lambda: Document.from_text(text, id=id, url=url, published=published))

    elif name.startswith("rdf-"):
        from accord.rdfinput import parse

        fmt = name[4:]
        content = st.one_of(mutated(_seed_rdf("nquads" if fmt == "ntriples" else fmt)), st.binary(max_size=200),
                            TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass")))

        @config
        @given(content)
        def run(data: bytes) -> None:
            tally.run(lambda: parse(data, fmt, "fuzz"))

    elif name == "query-loader":
        from accord import queries

        header = st.one_of(
            st.tuples(st.sampled_from(("summary", "returns", "param", "sumary", "param ")), TEXT).map(
                lambda t: f"# {t[0]}: {t[1]}"),
            st.tuples(st.from_regex(r"\A\w{1,8}\Z"), st.sampled_from((*queries.PARAM_TYPES, "float", "")),
                      st.sampled_from(("required", "optional", "maybe")), TEXT).map(
                lambda t: f"# param: {t[0]} {t[1]} {t[2]} {t[3]}"))
        body = st.lists(st.one_of(st.from_regex(r"\A\$\w{1,8}\Z"), TEXT), max_size=6).map(" ".join)

        @config
        @given(st.lists(header, max_size=6), body)
        def run(lines: list[str], text: str) -> None:
            path = tmp / "q.rq"
            path.write_text("\n".join(lines) + "\nSELECT * WHERE { " + text + " }\n", encoding="utf-8",
                            errors="surrogatepass")
            tally.run(lambda: queries.parse(path, tmp))

    elif name == "param-binding":
        from accord import KnowledgeGraph, QueryError, queries

        kg = KnowledgeGraph.open()
        kg.ingest("Russia imposed sanctions on Japan. Japan and Russia signed an agreement.", id="fuzz")
        pairs = [(q.name, p.name) for q in queries.catalogue().values() for p in q.params]
        # Warm up outside the count: the first lookup loads the gazetteer, which is not the cost of an input.
        for query, param in pairs:
            try:
                kg.query(query, **{param: "Russia"})
            except QueryError:
                pass

        @config
        @given(st.sampled_from(pairs), TEXT)
        def run(pair: tuple[str, str], value: str) -> None:
            tally.run(lambda: kg.query(pair[0], **{pair[1]: value}))

    elif name == "cli-params":
        from accord.cli import _params

        @config
        @given(st.lists(TEXT, max_size=5).map(tuple))
        def run(pairs: tuple[str, ...]) -> None:
            tally.run(lambda: _params(pairs))

    elif name == "http":
        _http_target(config, tally, tmp)
        return

    else:
        raise SystemExit(f"no fuzz target {name!r}; choose one of {', '.join(TARGETS)}")
    run()


# HTTP ----------------------------------------------------------------------------------------------------------
HTTP_TOKEN = "fuzz-token"
_QUERIES = st.sampled_from((
    "SELECT * WHERE { ?s ?p ?o } LIMIT 3", "ASK { ?s a acc:State }", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2",
    "DESCRIBE id:actor/Q159", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", "INSERT DATA { <urn:a> <urn:b> 1 }",
    "CLEAR ALL", "LOAD <http://127.0.0.1:1/x.ttl>", "SELECT * WHERE " + "{" * 200 + "}" * 200))


@st.composite
def http_request(draw) -> dict:
    """A request to the endpoint: mostly well-formed in shape, with hostile values in every slot."""
    from accord import queries

    names = sorted(queries.catalogue())
    # weighted toward the endpoint and the stored queries, where the request reaches the workers
    path = draw(st.one_of(
        st.just("/sparql"), st.just("/sparql"), st.sampled_from(names).map(lambda n: f"/queries/{n}"),
        st.sampled_from(("/sparql", "/graphs", "/queries", "/openapi.json", "/", "/static/x", "/sparql/")),
        st.sampled_from(names).map(lambda n: f"/queries/{n}"), TEXT.map(lambda t: "/queries/" + t),
        TEXT.map(lambda t: "/" + t)))
    value = st.one_of(TEXT, _QUERIES)
    keys = st.sampled_from(("query", "update", "default-graph-uri", "named-graph-uri", "format", "graph", "default",
                            "actor", "document", "act", "type", "quad", "code", "on", "limit", "x"))
    params = draw(st.lists(st.tuples(st.one_of(keys, keys, TEXT), value), max_size=4))
    headers = {}
    for header, values in (("accept", st.one_of(TEXT, st.sampled_from((
            "application/sparql-results+json", "text/csv", "text/turtle", "*/*", "application/json;q=0.1, x/y",
            "text/html")))),
                           ("content-type", st.one_of(TEXT, st.sampled_from((
                               "application/sparql-query", "application/sparql-update",
                               "application/x-www-form-urlencoded", "text/plain; charset=latin-1")))),
                           ("authorization", st.one_of(TEXT, st.just(f"Bearer {HTTP_TOKEN}"), st.just("Bearer x")))):
        if draw(st.booleans()):
            headers[header] = draw(values)
    body = draw(st.one_of(st.binary(max_size=300), _QUERIES.map(str.encode),
                          TEXT.map(lambda t: t.encode("utf-8", errors="surrogatepass"))))
    method = draw(st.sampled_from(("GET",) * 5 + ("POST",) * 5 + ("PUT", "DELETE", "HEAD", "OPTIONS", "PATCH")))
    return {"method": method, "path": path, "params": params, "headers": headers,
            "body": body if method in ("POST", "PUT", "PATCH") else b""}


def _http_target(config, tally: Tally, tmp: Path) -> None:
    """Fuzz a running `accord serve`; an unexpected 5xx, a failed connection or a dead server raises."""
    from urllib.parse import quote

    import httpx

    from accord import KnowledgeGraph
    from accord.serve.launch import start, stop

    store = tmp / "store"
    with KnowledgeGraph.open(store) as kg:
        kg.ingest("Russia imposed sanctions on Japan. Japan and Russia signed an agreement.", id="fuzz")
    process, base = start(store, "--time-limit", "1", "--row-cap", "20", "--update-token", HTTP_TOKEN,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:

            def send(request: dict) -> None:
                # Header values httpx cannot put on the wire (a line break) are not a request to the server.
                headers = {k: v for k, v in request["headers"].items()
                           if v.isprintable() and v == v.strip() and v.isascii()}
                response = client.request(request["method"], quote(request["path"], safe="/"),
                                          params=request["params"], headers=headers, content=request["body"])
                tally.statuses[response.status_code] = tally.statuses.get(response.status_code, 0) + 1
                if response.status_code >= 500 and not (response.status_code == 503
                                                        and "time limit" in response.text):
                    raise AssertionError(f"HTTP {response.status_code} for {request!r}: {response.text[:200]}")

            @config
            @given(http_request())
            def run(request: dict) -> None:
                tally.run(lambda: send(request))

            run()
        if process.poll() is not None:
            raise AssertionError(f"the server ended with exit code {process.returncode}")
    finally:
        stop(process)


def child(name: str, examples: int) -> int:
    """Run one target in this process and print its figures as one JSON line."""
    tally = Tally()
    error = None
    try:
        with tempfile.TemporaryDirectory(prefix="accord-fuzz-") as tmp:
            target(name, examples, tally, Path(tmp))
    except Exception as exc:  # noqa: BLE001 — an uncaught exception is the finding this reports
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    print(json.dumps({"target": name, "inputs": tally.inputs, "slowest": tally.slowest, "error": error,
                      "statuses": dict(sorted(tally.statuses.items()))}))
    return 1 if error else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=100_000, help="inputs across all targets")
    parser.add_argument("--target", choices=TARGETS, help="run one target in this process")
    parser.add_argument("--examples", type=int, default=1000, help="inputs for --target")
    args = parser.parse_args(argv)
    if args.target:
        return child(args.target, args.examples)
    each = -(-args.total // len(TARGETS))
    inputs = crashed = uncaught = 0
    slowest = 0.0
    for name in TARGETS:
        started = time.monotonic()
        proc = subprocess.run([sys.executable, __file__, "--target", name, "--examples", str(each)],
                              capture_output=True, text=True)
        lines = [json.loads(l) for l in proc.stdout.splitlines() if l.startswith("{")]
        if proc.returncode < 0 or not lines:
            crashed += 1
            print(f"fuzz {name}: process crashed (exit {proc.returncode}) {proc.stderr[-300:]}")
            continue
        figures = lines[-1]
        inputs += figures["inputs"]
        slowest = max(slowest, figures["slowest"])
        uncaught += figures["error"] is not None
        found = f", UNCAUGHT {figures['error']}" if figures["error"] else ""
        if figures.get("statuses"):
            found += ", HTTP statuses " + " ".join(f"{k}:{v}" for k, v in figures["statuses"].items())
        print(f"fuzz {name}: {figures['inputs']:,} inputs, slowest {figures['slowest']:.3f} s, "
              f"{time.monotonic() - started:.0f} s in all{found}", flush=True)
    print(f"fuzz: {inputs:,} inputs across {len(TARGETS)} targets, {uncaught} uncaught exceptions other than "
          f"AccordError, {crashed} crashed processes, slowest input {slowest:.3f} s (limit {DEADLINE_S:.0f} s)")
    return 0 if not (uncaught or crashed) and slowest <= DEADLINE_S else 1


if __name__ == "__main__":
    sys.exit(main())
