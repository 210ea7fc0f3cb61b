"""The AccordError tree: every failure a user can cause, one class per area."""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose; the CLI prints it as one line and exits 2."""


class InputError(AccordError):
    """A document or path that cannot be read: missing, empty, binary or undecodable."""


class ExtractionError(AccordError):
    """Text that the extraction pipeline cannot process."""


class StoreError(AccordError):
    """The store cannot be opened, read or written."""


class QueryError(AccordError):
    """An unknown stored query, a bad parameter or an invalid SPARQL text."""


class QueryRefused(QueryError):
    """A query refused before any engine sees it: too long, nested too deeply, or calling an endpoint not allowed."""


class ReasoningError(AccordError):
    """The reasoner failed or found the ontology inconsistent."""


class ValidationError(AccordError):
    """A document's graph breaks the SHACL shapes (ontology/shapes.ttl), so it was not written."""


class LinkError(AccordError):
    """An external dataset could not be reached or answered badly."""
