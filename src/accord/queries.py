"""The stored-query catalogue: queries/**/*.rq, their headers, and parameters checked both ways and bound."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import paths
from .errors import QueryError
from .namespaces import ACC, ID, PREFIXES

PARAM_TYPES = ("actor", "iri", "document", "string", "code", "plover", "quad", "integer", "date")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
QUADS = {"verbal-cooperation": "VerbalCooperation", "material-cooperation": "MaterialCooperation",
         "verbal-conflict": "VerbalConflict", "material-conflict": "MaterialConflict"}
_HEADER = re.compile(r"^#\s*(summary|param|returns):\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s+(\w+)\s+(required|optional)\b\s*(.*)$")
_DOLLAR = re.compile(r"\$(\w+)")
_CODE = re.compile(r"^\d{2,4}$")
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    required: bool
    doc: str


@dataclass(frozen=True)
class StoredQuery:
    """One .rq file: its name (path below queries/ without .rq), header and SPARQL text."""

    name: str
    summary: str
    params: tuple[Param, ...]
    returns: str
    text: str
    path: Path

    @property
    def is_check(self) -> bool:
        return self.name.startswith("checks/")

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        takes = ", ".join(p.name for p in self.params) or "no parameters"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (it takes {takes})")

    def bind(self, values: Mapping[str, object], resolve_actor: Callable[[str], str] | None = None) -> dict:
        """Check `values` against the declared parameters and turn each into an RDF term.

        Raises:
            QueryError: an undeclared parameter, a missing required one, or a value of the wrong form.
        """
        bound: dict[str, ox.NamedNode | ox.Literal] = {}
        for name, raw in values.items():
            param = self.param(name)
            if raw is None:
                continue
            bound[name] = _term(param, raw, resolve_actor)
        missing = [p.name for p in self.params if p.required and p.name not in bound]
        if missing:
            raise QueryError(f"query {self.name!r} needs parameter {missing[0]!r} ({self.param(missing[0]).doc})")
        return bound


def _term(param: Param, raw: object, resolve_actor: Callable[[str], str] | None) -> ox.NamedNode | ox.Literal:
    try:
        return _make_term(param, raw, resolve_actor)
    except ValueError as exc:  # pyoxigraph refuses a malformed IRI
        raise QueryError(f"parameter {param.name!r}: {str(raw)!r} is not usable ({exc})") from None


def _make_term(param: Param, raw: object, resolve_actor: Callable[[str], str] | None) -> ox.NamedNode | ox.Literal:
    text = str(raw).strip()
    where = f"parameter {param.name!r}"
    if param.type == "actor":
        return ox.NamedNode(resolve_actor(text) if resolve_actor else _iri(text, where))
    if param.type == "iri":
        return ox.NamedNode(_iri(text, where))
    if param.type == "document":
        # Joined as a string, not ID[...]: rdflib would log a warning for a bad IRI before _iri refuses it.
        return ox.NamedNode(_iri(text if text.startswith(str(ID)) else f"{ID}doc/{text}", where))
    if param.type == "plover":
        if text.upper() not in PLOVER_TYPES:
            raise QueryError(f"{where}: {text!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        return ox.NamedNode(str(getattr(ACC, text.capitalize())))
    if param.type == "quad":
        key = text.lower().replace(" ", "-").replace("_", "-")
        if key not in QUADS:
            raise QueryError(f"{where}: {text!r} is not a quad class ({', '.join(QUADS)})")
        return ox.NamedNode(PREFIXES["plover"] + QUADS[key])
    if param.type == "code":
        if not _CODE.match(text):
            raise QueryError(f"{where}: {text!r} is not a CAMEO code (2 to 4 digits)")
        return ox.Literal(text)
    if param.type == "integer":
        try:
            return ox.Literal(str(int(text)), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))
        except ValueError:
            raise QueryError(f"{where}: {text!r} is not a whole number") from None
    if param.type == "date":
        try:
            day = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"{where}: {text!r} is not a YYYY-MM-DD date") from None
        return ox.Literal(day.isoformat(), datatype=ox.NamedNode(PREFIXES["xsd"] + "date"))
    return ox.Literal(text)


def _iri(text: str, where: str) -> str:
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, _, rest = text.partition(":")
    if prefix in PREFIXES and not rest.startswith("//"):
        text = PREFIXES[prefix] + rest
    if not _IRI.match(text):
        raise QueryError(f"{where}: {text!r} is not an IRI")
    return text


def parse(path: Path, root: Path) -> StoredQuery:
    """Read one .rq file and check that its header and its $parameters agree.

    Raises:
        QueryError: a header line is malformed, a parameter is declared twice, declared but unused, or used
            as $name without being declared.
    """
    name = path.relative_to(root).with_suffix("").as_posix()
    text = path.read_text(encoding="utf-8")
    summary, returns, params = "", "", []
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            continue
        key, rest = match.groups()
        if key == "summary":
            summary = rest.strip()
        elif key == "returns":
            returns = rest.strip()
        else:
            pm = _PARAM.match(rest.strip())
            if not pm or pm.group(2) not in PARAM_TYPES:
                raise QueryError(f"{path}: bad parameter line {line.strip()!r}: want 'name type required|optional "
                                 f"description' with type one of {', '.join(PARAM_TYPES)}")
            params.append(Param(pm.group(1), pm.group(2), pm.group(3) == "required", pm.group(4).strip()))
    if not summary:
        raise QueryError(f"{path}: no '# summary:' line")
    declared = [p.name for p in params]
    if len(set(declared)) != len(declared):
        raise QueryError(f"{path}: a parameter is declared twice")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    used = set(_DOLLAR.findall(body))
    if set(declared) - used:
        raise QueryError(f"{path}: parameter {sorted(set(declared) - used)[0]!r} is declared but not used as $name")
    if used - set(declared):
        raise QueryError(f"{path}: ${sorted(used - set(declared))[0]} is used but not declared with '# param:'")
    return StoredQuery(name, summary, tuple(params), returns, text, path)


def load(root: Path | None = None) -> dict[str, StoredQuery]:
    root = root or paths.QUERIES
    # queries/rules/ holds inference rules (CONSTRUCTs the reasoner runs), not queries to list or run.
    files = [p for p in sorted(root.rglob("*.rq")) if p.relative_to(root).parts[0] != "rules"]
    return {q.name: q for q in (parse(p, root) for p in files)}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, StoredQuery]:
    """The project's stored queries, read once per process."""
    return load()


def get(name: str) -> StoredQuery:
    queries = catalogue()
    if name not in queries:
        raise QueryError(f"no stored query {name!r} (accord queries lists them)")
    return queries[name]
