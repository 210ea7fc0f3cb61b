"""accord: English news about international politics as an RDF knowledge graph you can query and reason over."""

from __future__ import annotations

from .api import KnowledgeGraph
from .documents import Document
from .errors import AccordError, ExtractionError, InputError, QueryError, StoreError

__all__ = ["KnowledgeGraph", "Document", "AccordError", "ExtractionError", "InputError", "QueryError",
           "StoreError"]
__version__ = "0.1.0"
