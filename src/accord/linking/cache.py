"""The enrichment cache and the shipped snapshot: one JSON entry per entity, each written whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import LinkError
from .mapping import Entry, Retrieval

FORMAT = 1


def entry_to_json(entry: Entry) -> dict:
    r = entry.retrieval
    return {"qid": entry.qid, "source": r.source, "retrieved": r.retrieved, "method": r.method,
            "queries": dict(r.queries), "rows": dict(entry.rows)}


def entry_from_json(data: dict) -> Entry:
    retrieval = Retrieval(data["source"], data["retrieved"], data.get("method", "sparql"),
                          tuple(sorted(data.get("queries", {}).items())))
    return Entry(data["qid"], retrieval, data.get("rows", {}))


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, flush it to disk, then rename it over `path`.

    A reader (or a crash) sees the old file or the new one, never half of one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)   # mkstemp makes files private; the cache and snapshot are ordinary data
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Cache:
    """A folder of `<Q-id>.json` entries, one per entity, from the last successful retrieval.

    >>> import tempfile, pathlib
    >>> cache = Cache(pathlib.Path(tempfile.mkdtemp()))
    >>> cache.put([Entry("Q159", Retrieval("https://query.wikidata.org/sparql", "2026-01-01T00:00:00Z"))])
    >>> [e.qid for e in cache.get(["Q159", "Q423"])]
    ['Q159']
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, qid: str) -> Path:
        return self.folder / f"{qid}.json"

    def get(self, qids: Iterable[str]) -> list[Entry]:
        """The cached entries among `qids`; a missing or unreadable entry is left out."""
        found = []
        for q in qids:
            path = self._path(q)
            if not path.exists():
                continue
            try:
                found.append(entry_from_json(json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, KeyError, OSError):
                continue
        return found

    def put(self, entries: Iterable[Entry]) -> None:
        """Store complete entries, each replacing its predecessor atomically.

        Raises:
            LinkError: the folder cannot be written.
        """
        try:
            for entry in entries:
                write_atomically(self._path(entry.qid), json.dumps(entry_to_json(entry), ensure_ascii=False))
        except OSError as exc:
            raise LinkError(f"cannot write the enrichment cache {self.folder}: {exc}") from None

    def qids(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("Q*.json")) if self.folder.exists() else []


def read_snapshot(path: Path) -> list[Entry]:
    """The entries of a snapshot file (as scripts/refresh_snapshot.py or build_snapshot write it).

    Raises:
        LinkError: the file is missing or not a snapshot.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError("unknown format")
        return [entry_from_json(e) for e in data["entries"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise LinkError(f"{path}: not a readable enrichment snapshot ({exc})") from None


def write_snapshot(path: Path, entries: Iterable[Entry], *, note: str) -> None:
    entries = sorted(entries, key=lambda e: int(e.qid[1:]))
    # One entry a line, keys sorted: a refreshed snapshot diffs entity by entity.
    lines = ",\n".join(json.dumps(entry_to_json(e), ensure_ascii=False, sort_keys=True) for e in entries)
    head = json.dumps({"format": FORMAT, "note": note}, ensure_ascii=False)[:-1]
    write_atomically(path, f'{head}, "entries": [\n{lines}\n]}}\n')
