"""Source documents: a frozen Document value, and reading .txt/.md files with optional YAML front matter."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .errors import InputError

SUFFIXES = (".txt", ".md")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
# An absolute IRI as RDF 1.1 allows it (no spaces, quotes, angle brackets or braces): a url is stored as
# xsd:anyURI, so a bad one is refused here rather than written and found at export.
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f]+$")
# A document is read whole into spaCy; 4 bytes per character covers extract.MAX_CHARS in any UTF-8 text.
MAX_DOCUMENT_BYTES = 4_000_000
_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def max_document_bytes() -> int:
    """The size cap on one document file: $ACCORD_MAX_DOCUMENT_BYTES, or MAX_DOCUMENT_BYTES."""
    raw = os.environ.get("ACCORD_MAX_DOCUMENT_BYTES", "").strip()
    if not raw:
        return MAX_DOCUMENT_BYTES
    if not raw.isdigit() or int(raw) == 0:
        raise InputError(f"$ACCORD_MAX_DOCUMENT_BYTES must be a positive whole number, not {raw!r}")
    return int(raw)


def check_url(value: object, *, source: str) -> str:
    """`value` as a url when it is an absolute IRI.

    >>> check_url("https://example.org/a?b=1", source="x")
    'https://example.org/a?b=1'
    >>> check_url("not a url", source="x")
    Traceback (most recent call last):
    accord.errors.InputError: x: url 'not a url' is not an absolute IRI (scheme:..., no spaces, quotes or <>)
    """
    text = str(value).strip()
    if not _URL.match(text):
        raise InputError(f"{source}: url {text!r} is not an absolute IRI (scheme:..., no spaces, quotes or <>)")
    return text


def slug(text: str) -> str:
    """A lower-case, hyphenated form of `text`, usable in an IRI.

    >>> slug("The North Korea–Russia alliance!")
    'the-north-korea-russia-alliance'
    """
    return _SLUG_DROP.sub("-", text.lower()).strip("-") or "x"


@dataclass(frozen=True)
class Document:
    """One source text and what is known about it.

    `id` names the document's IRI and named graph; it comes from the file name (or the caller), never from
    the content, so that ingesting an edited file replaces the graph of the earlier version.

    >>> doc = Document.from_text("Russia and China met.", id="note-1")
    >>> doc.id, doc.published
    ('note-1', None)
    """

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: dt.date | str | None = None,
    ) -> Document:
        """A document from a string; its id defaults to a digest of the text."""
        meta, body = split_front_matter(text, source="<text>")
        doc = cls(
            id=slug(id) if id else "text-" + hashlib.sha256(body.encode()).hexdigest()[:12],
            text=body,
            title=meta.get("title"),
            url=meta.get("url"),
            published=meta.get("published"),
        )
        return doc.with_metadata(title=title, url=url, published=published)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()

    def with_metadata(
        self, *, title: str | None = None, url: str | None = None, published: dt.date | str | None = None
    ) -> Document:
        """A copy with the given metadata set; None leaves a field as it is."""
        changes: dict = {}
        if title is not None:
            changes["title"] = title
        if url is not None:
            changes["url"] = check_url(url, source=self.path or self.id)
        if published is not None:
            changes["published"] = parse_date(published, source=self.path or self.id)
        return replace(self, **changes) if changes else self


def parse_date(value: object, *, source: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{source}: publication date {value!r} is not a YYYY-MM-DD date") from None


def split_front_matter(text: str, *, source: str) -> tuple[dict, str]:
    """Metadata from a leading YAML block (title, url or source, published or date) and the text after it.

    The body keeps its characters exactly, so evidence offsets point into what follows the block.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        raw = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{source}: front matter is not valid YAML ({exc.__class__.__name__})") from None
    if not isinstance(raw, dict):
        raise InputError(f"{source}: front matter must be a YAML mapping")
    meta: dict = {}
    if raw.get("title") is not None:
        meta["title"] = str(raw["title"])
    url = raw.get("url", raw.get("source"))
    if url is not None:
        meta["url"] = check_url(url, source=source)
    published = raw.get("published", raw.get("date"))
    if published is not None:
        meta["published"] = parse_date(published, source=source)
    return meta, text[match.end():]


def read_capped(path: Path, label: str, limit: int, what: str, variable: str) -> bytes:
    """The bytes of file `path`, its size checked against `limit` before it is read.

    Raises:
        InputError: the file is missing, a directory, unreadable or larger than `limit`.
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"{label}: {size:,} bytes, over the {limit:,} {what} (raise ${variable} to allow it)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{label}: cannot be read ({exc.strerror})") from None


def read_document(path: str | Path, *, label: str | None = None) -> Document:
    """Read one .txt or .md file as UTF-8.

    Raises:
        InputError: the file is missing, binary, not UTF-8 or holds no text.
    """
    path = Path(path)
    label = label or str(path)
    data = read_capped(path, label, max_document_bytes(), "a document may have", "ACCORD_MAX_DOCUMENT_BYTES")
    if data.startswith(_UTF16):
        raise InputError(f"{label}: UTF-16 text; save the document as UTF-8")
    if b"\x00" in data:
        raise InputError(f"{label}: binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{label}: line {line}: not UTF-8 text "
                         f"(bad byte at offset {exc.start})") from None
    meta, body = split_front_matter(text, source=label)
    if not body.strip():
        raise InputError(f"{label}: empty document")
    return Document(id=slug(path.stem), text=body, path=label, **meta)


def collect_paths(paths: list[str] | tuple[str, ...]) -> list[tuple[Path, str]]:
    """Every document file named by `paths` (folders read recursively), with the label to report it by.

    Raises:
        InputError: a path does not exist, or a folder holds no .txt or .md file.
    """
    found: list[tuple[Path, str]] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                raise InputError(f"{given}: folder holds no .txt or .md document")
            found.extend((p, str(p)) for p in files)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                raise InputError(f"{given}: not a .txt or .md document")
            found.append((path, given))
        else:
            raise InputError(f"{given}: no such file or folder")
    return found


def read_documents(paths: list[str] | tuple[str, ...]) -> list[Document]:
    """Read every document named by `paths`; all are read (and checked) before any is used."""
    docs = [read_document(path, label=label) for path, label in collect_paths(paths)]
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.id in seen:
            raise InputError(f"{doc.path}: same document id {doc.id!r} as {seen[doc.id]}; rename one file")
        seen[doc.id] = doc.path or doc.id
    return docs
