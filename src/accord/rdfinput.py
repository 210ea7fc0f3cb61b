"""Untrusted RDF to quads: size, encoding, DOCTYPE and nesting are checked before any parser sees the bytes.

Every check runs before anything is written, so a refused file leaves the store as it was. The limits come from
the environment (ACCORD_MAX_INPUT_BYTES, ACCORD_MAX_LITERAL_CHARS, ACCORD_MAX_NESTING) so that a deployment can
raise them; the defaults fit news-sized data with room to spare.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .documents import read_capped
from .errors import InputError

_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "turtle": ox.RdfFormat.TURTLE,
            "jsonld": ox.RdfFormat.JSON_LD, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
# An XML document type declaration is how entity bombs (billion laughs) and XXE arrive; RDF never needs one.
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_BOMS = {b"\xff\xfe\x00\x00": "UTF-32", b"\x00\x00\xfe\xff": "UTF-32", b"\xff\xfe": "UTF-16", b"\xfe\xff": "UTF-16"}
# Tokens that can hide a bracket (strings, IRIs, comments) are matched whole so their brackets are not counted.
_TURTLE_TOKENS = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                            r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^>\s]*>|#[^\n]*|[\[\](){}]', re.DOTALL)
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)
_PARSER_PREFIX = re.compile(r"^Parser error at line \d+ (?:column \d+|between columns \d+ and \d+): ")


@dataclass(frozen=True)
class Limits:
    """How much untrusted RDF accord reads: bytes per file, characters per literal, bracket nesting depth."""

    max_bytes: int = 64 * 1024 * 1024
    max_literal: int = 1_000_000
    max_nesting: int = 256

    @classmethod
    def from_env(cls) -> Limits:
        """The defaults, overridden by ACCORD_MAX_INPUT_BYTES, ACCORD_MAX_LITERAL_CHARS and ACCORD_MAX_NESTING.

        >>> Limits.from_env().max_nesting
        256
        """
        default = cls()
        return cls(_env_int("ACCORD_MAX_INPUT_BYTES", default.max_bytes),
                   _env_int("ACCORD_MAX_LITERAL_CHARS", default.max_literal),
                   _env_int("ACCORD_MAX_NESTING", default.max_nesting))


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise InputError(f"${name} must be a whole number, not {raw!r}") from None
    if value <= 0:
        raise InputError(f"${name} must be positive, not {value}")
    return value


def line_of(data: bytes | str, offset: int) -> int:
    """The 1-based line that `offset` falls on.

    >>> line_of(b"a\\nb\\nc", 4)
    3
    """
    return data.count(b"\n" if isinstance(data, bytes) else "\n", 0, offset) + 1


def nesting_depth(text: str, fmt: str) -> tuple[int, int]:
    """The deepest bracket nesting of Turtle-family or JSON-LD text, and the offset where it is first reached.

    Brackets inside strings, IRIs and comments do not count; N-Triples, N-Quads and RDF/XML have none.

    >>> nesting_depth('<a> <b> [ <c> "]]]" ; <d> ( 1 [ <e> 2 ] ) ] .', "turtle")
    (3, 30)
    >>> nesting_depth('{"a": [{"b": "{{{"}]}', "jsonld")
    (3, 7)
    """
    pattern = {"turtle": _TURTLE_TOKENS, "trig": _TURTLE_TOKENS, "jsonld": _JSON_TOKENS}.get(fmt)
    if pattern is None:
        return 0, 0
    depth = deepest = where = 0
    for match in pattern.finditer(text):
        token = match.group()
        if token in "[({":
            depth += 1
            if depth > deepest:
                deepest, where = depth, match.start()
        elif token in "])}":
            depth = max(depth - 1, 0)
    return deepest, where


def check_bytes(data: bytes, fmt: str, source: str, limits: Limits | None = None) -> None:
    """Refuse `data` unless it is acceptable RDF input in `fmt`, before any parser sees it.

    Raises:
        InputError: too large, empty, binary, not UTF-8, an XML DOCTYPE, or nested too deeply.
    """
    limits = limits or Limits.from_env()
    if len(data) > limits.max_bytes:
        raise InputError(f"{source}: {len(data):,} bytes, over the {limits.max_bytes:,} accord reads "
                         "(raise $ACCORD_MAX_INPUT_BYTES to allow it)")
    if not data or data.isspace():  # not strip(): that copies the whole file
        raise InputError(f"{source}: empty file")
    for bom, name in _BOMS.items():
        if data.startswith(bom):
            raise InputError(f"{source}: {name} text; RDF must be UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{source}: line {line_of(data, nul)}: binary data (a NUL byte), not {fmt}")
    text = ""
    try:
        # Only the formats whose brackets are counted need the text; the others are checked a megabyte at a time,
        # twice as fast on a large file as building one string of it.
        text = data.decode("utf-8-sig") if fmt in ("turtle", "trig", "jsonld") else _check_utf8(data)
    except UnicodeDecodeError:
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:  # decoded whole again for the offset of the first bad byte
            raise InputError(f"{source}: line {line_of(data, exc.start)}: not UTF-8 (bad byte at offset "
                             f"{exc.start})") from None
    if fmt == "rdfxml":
        doctype = _DOCTYPE.search(data)
        if doctype:
            raise InputError(f"{source}: line {line_of(data, doctype.start())}: XML DOCTYPE and ENTITY declarations "
                             "are refused (entity expansion and external entities)")
    depth, where = nesting_depth(text, fmt)
    if depth > limits.max_nesting:
        raise InputError(f"{source}: line {line_of(text, where)}: nested {depth} deep, over the {limits.max_nesting} "
                         "accord reads (raise $ACCORD_MAX_NESTING to allow it)")


def _check_utf8(data: bytes) -> str:
    """"" if `data` is UTF-8; raises UnicodeDecodeError otherwise."""
    if not data.isascii():
        decoder, view, step = codecs.getincrementaldecoder("utf-8-sig")(), memoryview(data), 1 << 20
        for start in range(0, len(data), step):
            decoder.decode(view[start:start + step])
        decoder.decode(b"", final=True)
    return ""


def parse(data: bytes, fmt: str, source: str, limits: Limits | None = None) -> list[ox.Quad]:
    """Every quad of `data` in `fmt`, all or nothing: checked, parsed whole, then its literals measured.

    Remote JSON-LD contexts are never fetched: pyoxigraph has no loader unless one is given, and accord gives
    none. owl:imports is data to accord, never followed.

    Raises:
        InputError: any check of check_bytes fails, the data does not parse, or a literal is too long.
    """
    limits = limits or Limits.from_env()
    if fmt not in _FORMATS:
        raise InputError(f"{source}: unknown format {fmt!r}; choose one of {', '.join(_FORMATS)}")
    check_bytes(data, fmt, source, limits)
    try:
        quads = list(ox.parse(data, format=_FORMATS[fmt]))
    except SyntaxError as exc:
        raise InputError(_syntax_message(exc, fmt, source)) from None
    except (ValueError, OSError) as exc:
        raise InputError(f"{source}: not valid {fmt} ({_first_line(str(exc))})") from None
    for quad in quads:
        obj = quad.object
        if isinstance(obj, ox.Literal) and len(obj.value) > limits.max_literal:
            raise InputError(f"{source}: a literal of {len(obj.value):,} characters, over the {limits.max_literal:,} "
                             "accord stores (raise $ACCORD_MAX_LITERAL_CHARS to allow it)")
    return quads


def literals_bounded(data: bytes, fmt: str, limits: Limits) -> bool:
    """Whether no literal of line-based `data` (N-Quads, N-Triples) can pass the literal limit, without parsing.

    A literal there stands on one line and has at most as many characters as bytes, so lines no longer than the
    limit prove it; a longer line proves nothing (it may be a long IRI) and the caller measures the literals.

    >>> literals_bounded(b'<a> <b> "xyz" <g> .\\n', "nquads", Limits(max_literal=20))
    True
    >>> literals_bounded(b'<a> <b> "xyz" <g> .\\n', "nquads", Limits(max_literal=10))
    False
    """
    if fmt not in ("nquads", "ntriples"):
        return False
    # A window of limit + 1 bytes from a line's start holds a line end unless the line is longer than the limit;
    # the next window starts after the window's last line end, so a file takes a few steps, not one per line.
    start, window = 0, limits.max_literal + 1
    while start + window <= len(data):
        last = data.rfind(b"\n", start, start + window)
        if last < 0:
            return False
        start = last + 1
    return True


def syntax_error(exc: SyntaxError, fmt: str, source: str, *, first_line: int = 1) -> InputError:
    """A parser's SyntaxError as accord's one-line InputError; `first_line` is where the parsed text began."""
    if exc.lineno:
        exc.lineno += first_line - 1
    return InputError(_syntax_message(exc, fmt, source))


def read_bytes(path: str | Path, limits: Limits | None = None) -> bytes:
    """The bytes of an RDF file, its size checked against the limit before it is read.

    Raises:
        InputError: the file is missing, unreadable or too large.
    """
    limits = limits or Limits.from_env()
    return read_capped(Path(path), str(path), limits.max_bytes, "accord reads", "ACCORD_MAX_INPUT_BYTES")


def read(path: str | Path, fmt: str, limits: Limits | None = None) -> list[ox.Quad]:
    """parse() of a file, whose size is checked before it is read.

    Raises:
        InputError: the file is missing or unreadable, or parse() refuses it.
    """
    limits = limits or Limits.from_env()
    path = Path(path)
    data = read_capped(path, str(path), limits.max_bytes, "accord reads", "ACCORD_MAX_INPUT_BYTES")
    return parse(data, fmt, str(path), limits)


def _syntax_message(exc: SyntaxError, fmt: str, source: str) -> str:
    detail = _first_line(str(exc))
    detail = re.sub(r" \(line \d+\)$", "", _PARSER_PREFIX.sub("", detail))
    if "LoadDocumentCallback" in detail or "remote context" in detail.lower():
        detail = "a remote JSON-LD @context, which accord never fetches; inline the context"
    where = f"line {exc.lineno}: " if exc.lineno else ""
    return f"{source}: {where}not valid {fmt}: {detail}"


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or ["unknown error"])[0]
