"""Query answers as plain Python values, and their table/csv/tsv/json forms."""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from .namespaces import PREFIXES

XSD = PREFIXES["xsd"]
_INTEGER = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
OUTPUT_FORMATS = ("table", "csv", "tsv", "json")


def _boolean(text: str) -> bool:
    return text in ("true", "1")


# Datatype IRI -> converter; any other literal is its lexical form.
_CONVERTERS = {**dict.fromkeys(_INTEGER, int), XSD + "decimal": decimal.Decimal, XSD + "double": float,
               XSD + "float": float, XSD + "boolean": _boolean, XSD + "date": dt.date.fromisoformat}
_NAMED, _BLANK, _LITERAL = ox.NamedNode, ox.BlankNode, ox.Literal


def value(term) -> object:
    """A query result term as a plain value: IRI → str, typed literal → int/float/Decimal/bool/date/str.

    Called once per cell (tens of thousands of times for a large answer), so it tests the exact type, most
    frequent first, and looks the converter up by datatype.

    >>> value(ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))), value(ox.NamedNode("https://example.org/a"))
    (7, 'https://example.org/a')
    """
    kind = type(term)
    if kind is _NAMED:
        return term.value
    if kind is _LITERAL:
        convert = _CONVERTERS.get(term.datatype.value)
        if convert is None:
            return term.value
        try:
            return convert(term.value)
        except (ValueError, decimal.InvalidOperation):
            return term.value
    if term is None:
        return None
    if kind is _BLANK:
        return "_:" + term.value
    return str(term)


def compact(iri: object) -> object:
    """An IRI shortened with accord's prefixes for display: id:actor/Q159."""
    if isinstance(iri, str) and iri.startswith(("http://", "https://")):
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
    return iri


@dataclass(frozen=True)
class Rows(Sequence):
    """The rows of a SELECT answer, each a dict of column → plain value; `pandas.DataFrame(rows)` works.

    >>> rows = Rows(("actor", "n"), ({"actor": "https://w3id.org/accord/id/actor/Q159", "n": 2},))
    >>> rows[0]["n"], len(rows)
    (2, 1)
    >>> print(rows.to_csv(), end="")
    actor,n
    https://w3id.org/accord/id/actor/Q159,2
    """

    columns: tuple[str, ...]
    records: tuple[dict, ...]

    @classmethod
    def from_solutions(cls, solutions) -> Rows:
        columns = tuple(v.value for v in solutions.variables)
        # A solution iterates its values in the order of `variables` (None where unbound): by position, not by
        # name, which cost more than the conversion itself (a third of meetings' time at a million triples).
        records = tuple(dict(zip(columns, [value(term) for term in solution])) for solution in solutions)
        return cls(columns, records)

    def __getitem__(self, index):
        return self.records[index]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[dict]:
        return iter(self.records)

    def column(self, name: str) -> list:
        return [r[name] for r in self.records]

    def to_csv(self, delimiter: str = ",") -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        writer.writerow(self.columns)
        for r in self.records:
            writer.writerow(["" if r[c] is None else r[c] for c in self.columns])
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps([{c: _jsonable(r[c]) for c in self.columns} for r in self.records], ensure_ascii=False,
                          indent=1)

    @staticmethod
    def json_from_solutions(solutions, cap: int) -> tuple[bytes, bool]:
        """At most `cap` rows of `solutions` as compact UTF-8 JSON, the same values to_json() writes, and whether
        there were more; solutions past the cap are never evaluated.

        >>> store = ox.Store()
        >>> one = ox.Literal("1", datatype=ox.NamedNode(XSD + "integer"))
        >>> store.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/n"), one))
        >>> Rows.json_from_solutions(store.query("SELECT ?s ?n WHERE { ?s ?p ?n }"), 5)
        (b'[{"s":"http://x/a","n":1}]', False)
        """
        columns = tuple(v.value for v in solutions.variables)
        records, truncated = [], False
        for solution in solutions:
            if len(records) == cap:
                truncated = True
                break
            records.append({c: _jsonable(value(solution[c])) for c in columns})
        # Without indent, json uses its C encoder: several times faster on a few hundred rows.
        return json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode(), truncated

    def to_table(self, *, title: str | None = None) -> str:
        """The rows as a text table, IRIs shortened with accord's prefixes."""
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, show_lines=False, title_justify="left")
        for c in self.columns:
            table.add_column(c, overflow="fold")
        for r in self.records:
            table.add_row(*("" if r[c] is None else str(compact(r[c])) for c in self.columns))
        console = Console(file=io.StringIO(), width=160, color_system=None, force_terminal=False)
        console.print(table)
        console.print(f"{len(self.records)} row{'s' if len(self.records) != 1 else ''}")
        return console.file.getvalue()

    def render(self, fmt: str) -> str:
        if fmt == "table":
            return self.to_table()
        if fmt == "csv":
            return self.to_csv()
        if fmt == "tsv":
            return self.to_csv("\t")
        if fmt == "json":
            return self.to_json() + "\n"
        raise ValueError(f"unknown output format {fmt!r}")

    def __str__(self) -> str:
        return self.to_table()


def _jsonable(v: object) -> object:
    if isinstance(v, (dt.date, decimal.Decimal)):
        return str(v)
    return v
