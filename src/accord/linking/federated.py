"""Federated stored queries: accord's facts joined with an allow-listed endpoint's through one SERVICE block.

pyoxigraph would evaluate SERVICE itself, but without a deadline, an allow-list or a User-Agent, and without
passing the local bindings (it would ask Wikidata for every population on Earth). So accord evaluates the SERVICE
block as a bind join: the local part gives the values of the join variable (declared with `# join:`); the block
is sent with them in a VALUES clause through the polite client; and the answers stand in for the block as inline
data, every term written by pyoxigraph, when the whole query runs on the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..errors import LinkError, QueryError
from ..queries import StoredQuery, parse
from ..results import Rows
from ..store import Store
from .client import Client, EndpointError
from .wikidata import with_values

FOLDER = Path(__file__).resolve().parent / "federated"
_SERVICE = re.compile(r"\bSERVICE\s+<([^>\s]+)>\s*\{", re.I)
_JOIN = re.compile(r"^#\s*join:\s*(\w+)\s*$", re.M)
_PREFIX = re.compile(r"^\s*PREFIX\s+\S*:\s*<[^>]*>\s*$", re.I | re.M)


@dataclass(frozen=True)
class Federated:
    """A stored query with one SERVICE block and the variable that joins it to accord's facts."""

    query: StoredQuery
    join: str
    service: str                # the endpoint the file names, e.g. Wikidata's
    block: tuple[int, int]      # the SERVICE block's span in the text, keyword to closing brace
    inner: str                  # the pattern inside the block

    @property
    def name(self) -> str:
        return self.query.name


def _closing(text: str, opening: int) -> int:
    """The index of the brace that closes the one at `opening` (stored queries keep braces out of strings)."""
    depth = 0
    for i in range(opening, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return i
    raise QueryError("unbalanced braces")


def read(path: Path) -> Federated:
    """Parse a federated query file: the stored-query header, `# join:`, and exactly one SERVICE block.

    Raises:
        QueryError: the header, the join variable or the SERVICE block is missing or malformed.
    """
    query = parse(path, path.parent)
    join = _JOIN.search(query.text)
    services = list(_SERVICE.finditer(query.text))
    if not join or len(services) != 1:
        raise QueryError(f"{path}: want a '# join: variable' line and exactly one SERVICE <endpoint> {{ ... }}")
    match = services[0]
    end = _closing(query.text, match.end() - 1)
    inner = query.text[match.end():end]
    if f"?{join.group(1)}" not in inner:
        raise QueryError(f"{path}: the join variable ?{join.group(1)} does not occur in the SERVICE block")
    return Federated(query, join.group(1), match.group(1), (match.start(), end + 1), inner)


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Federated]:
    return {f.name: f for f in (read(p) for p in sorted(FOLDER.glob("*.rq")))}


def get(name: str) -> Federated:
    if name not in catalogue():
        raise QueryError(f"no federated query {name!r} (accord federated --list names them)")
    return catalogue()[name]


def _where_body(text: str) -> tuple[int, int]:
    start = re.search(r"\bWHERE\s*\{", text, re.I)
    if not start:
        raise QueryError("no WHERE clause")
    return start.end(), _closing(text, start.end() - 1)


def _term(cell: dict) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    kind, text = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return ox.NamedNode(text)
    if kind == "bnode":
        return ox.BlankNode()
    if "xml:lang" in cell:
        return ox.Literal(text, language=cell["xml:lang"])
    if "datatype" in cell:
        return ox.Literal(text, datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(text)


def inline_data(rows: list[dict], join: str) -> str:
    """Rows of SPARQL JSON bindings as a VALUES block, each term written by pyoxigraph; UNDEF where unbound.

    >>> inline_data([{"x": {"type": "uri", "value": "http://e/a"}}, {"x": {"type": "literal", "value": "b"}}], "x")
    'VALUES (?x) { (<http://e/a>) ("b") }'
    """
    names = [join] + sorted({k for row in rows for k in row} - {join})
    lines = []
    for row in rows:
        terms = [str(_term(row[n])) if n in row else "UNDEF" for n in names]
        lines.append(f"({' '.join(terms)})")
    return f"VALUES ({' '.join('?' + n for n in names)}) {{ {' '.join(lines)} }}"


def run(
    store: Store,
    name: str,
    params: Mapping[str, object],
    *,
    resolve_actor: Callable[[str], str] | None = None,
    endpoints: Mapping[str, str] | None = None,
    client: Callable[[str], Client] = Client,
) -> Rows:
    """Run federated query `name`; `endpoints` maps the endpoint a file names to the one to ask instead.

    Raises:
        QueryError: no such query or a bad parameter.
        LinkError: the endpoint is not allowed, not reachable, or answered badly (the message names it).
    """
    fed = get(name)
    bindings = fed.query.bind(params, resolve_actor)
    text = fed.query.text
    endpoint = (endpoints or {}).get(fed.service, fed.service)
    remote = client(endpoint)   # refuses an endpoint off the allow-list before anything is sent
    prefixes = "\n".join(_PREFIX.findall(text))
    body_start, body_end = _where_body(text)
    local = text[body_start:fed.block[0]] + text[fed.block[1]:body_end]
    probe = f"{prefixes}\nSELECT DISTINCT ?{fed.join} WHERE {{{local}}}"
    values = [s[fed.join] for s in store.query(probe, bindings) if isinstance(s[fed.join], ox.NamedNode)]
    rows: list[dict] = []
    if values:
        try:
            rows = remote.select(with_values(f"{prefixes}\nSELECT * WHERE {{{fed.inner}}}", fed.join, values))
        except EndpointError as exc:
            raise LinkError(f"federated query {name!r} needs {endpoint}, which failed: "
                            f"{str(exc).removeprefix(endpoint + ': ')}") from None
    rows = [r for r in rows if fed.join in r]
    data = inline_data(rows, fed.join) if rows else f"VALUES ?{fed.join} {{ }}"
    final = text[:fed.block[0]] + data + text[fed.block[1]:]
    return Rows.from_solutions(store.query(final, bindings))
