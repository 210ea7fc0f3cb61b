"""Guards on SPARQL text, checked before any engine sees it: size, nesting depth, and the endpoints it calls."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .errors import QueryRefused

# pyoxigraph's parser recurses once per nesting level and takes the whole process down at about 2,500
# levels; real queries stay under a few dozen, so the default refuses long before the engine is at risk.
MAX_DEPTH = 100
MAX_CHARS = 100_000

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<word>[^\W\d][\w.-]*(?::[\w.%:-]*)?|:[\w.%:-]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


class EndpointRefused(QueryRefused):
    """SERVICE or LOAD names an endpoint that is not on the allow-list."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


@dataclass(frozen=True)
class QueryLimits:
    """How large and how deeply nested a query may be, and which remote endpoints SERVICE and LOAD may reach.

    >>> QueryLimits().check("SELECT * WHERE { ?s ?p ?o }")
    >>> QueryLimits(max_depth=3).check("SELECT * { { { { ?s ?p ?o } } } }")
    Traceback (most recent call last):
    ...
    accord.errors.QueryRefused: the query nests 4 levels deep; at most 3 are allowed
    """

    max_chars: int = MAX_CHARS
    max_depth: int = MAX_DEPTH
    allowed_endpoints: frozenset[str] = frozenset()

    def check(self, text: str, prefixes: Mapping[str, str] | None = None, *, values: str = "") -> None:
        """Refuse `text`, with `values` after it, if it is too long, nested too deeply, or calls an endpoint not on
        the allow-list.

        `values` is the VALUES block store.values_clause writes for a call's parameters, checked on its own: a
        stored query's text is the same on every call, so its shape is worked out once (tokenising `leaders`
        took 0.23 ms of the 0.5 ms the whole call did).

        Raises:
            QueryRefused: the reason, in one line.
        """
        length = len(text) + len(values)
        if length > self.max_chars:
            raise QueryRefused(f"the query is {length:,} characters long; at most {self.max_chars:,} are allowed")
        declared = tuple(sorted(prefixes.items())) if prefixes else ()
        depth, endpoints = _text_shape(text, declared)
        if values:
            values_depth, values_endpoints = _shape(values, declared)
            depth, endpoints = max(depth, values_depth), endpoints + values_endpoints
        if depth > self.max_depth:
            raise QueryRefused(f"the query nests {depth} levels deep; at most {self.max_depth} are allowed")
        for endpoint in endpoints:
            if endpoint not in self.allowed_endpoints:
                shown = f"<{endpoint}>" if endpoint else "a variable endpoint"
                raise EndpointRefused(f"the query calls {shown}, which this server does not allow "
                                      "(SERVICE and LOAD reach only allow-listed endpoints)")


def _shape(text: str, prefixes: tuple[tuple[str, str], ...]) -> tuple[int, tuple[str, ...]]:
    """How deeply `text` nests, and the endpoints it calls."""
    tokens = list(tokenize(text))
    return nesting_depth(tokens), tuple(remote_endpoints(tokens, dict(prefixes)))


# Stored queries, and a client's repeated query, come back with the same text: their shape is remembered
_text_shape = lru_cache(maxsize=64)(_shape)  # 64 texts, each within max_chars: a few MB at most


def tokenize(text: str) -> Iterator[Token]:
    """SPARQL text as tokens, comments and white space dropped; strings and IRIs stay whole.

    >>> [t.text for t in tokenize('SELECT ?s { ?s ?p "}" } # {')]
    ['SELECT', '?s', '{', '?s', '?p', '"}"', '}']
    """
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield Token(kind, match.group())


def nesting_depth(tokens: Iterable[Token]) -> int:
    """The deepest nesting of braces, parentheses and brackets (unbalanced text is the parser's to refuse).

    >>> nesting_depth(tokenize("SELECT * { ?s ?p [ ?q (1 2) ] }"))
    3
    """
    depth = deepest = 0
    for token in tokens:
        if token.kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif token.kind == "close":
            depth = max(depth - 1, 0)
    return deepest


def remote_endpoints(tokens: Iterable[Token], prefixes: Mapping[str, str] | None = None) -> list[str]:
    """The IRIs that SERVICE and LOAD name, prefixed names expanded; '' for an endpoint given as a variable.

    >>> remote_endpoints(tokenize("PREFIX e: <http://e.org/> SELECT * { SERVICE SILENT e:sparql { ?s ?p ?o } }"))
    ['http://e.org/sparql']
    """
    declared = dict(prefixes or {})
    tokens = list(tokens)
    found: list[str] = []
    for i, token in enumerate(tokens):
        keyword = token.text.upper() if token.kind == "word" else ""
        if keyword == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2].kind == "iri":
            declared[tokens[i + 1].text.rstrip(":")] = tokens[i + 2].text[1:-1]
        if keyword not in ("SERVICE", "LOAD"):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].kind == "word" and tokens[j].text.upper() == "SILENT":
            j += 1
        target = tokens[j] if j < len(tokens) else Token("other", "")
        if target.kind == "iri":
            found.append(target.text[1:-1])
        elif target.kind == "word" and ":" in target.text:
            prefix, _, local = target.text.partition(":")
            found.append(declared.get(prefix, "") + local if prefix in declared else target.text)
        else:
            found.append("")
    return found


def query_form(text: str) -> str | None:
    """The first query or update keyword: SELECT, ASK, CONSTRUCT, DESCRIBE, or an update operation.

    >>> query_form("PREFIX a: <http://a/> # SELECT\\nASK { ?s ?p ?o }")
    'ASK'
    """
    forms = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP",
             "COPY", "MOVE", "ADD", "WITH"}
    for token in tokenize(text):
        if token.kind == "word" and token.text.upper() in forms:
            return token.text.upper()
    return None
