"""accord serve: the graph over the SPARQL 1.1 Protocol, stored queries over HTTP, and a query page."""

from __future__ import annotations

from .app import create_app, serve
from .config import ServeConfig

__all__ = ["ServeConfig", "create_app", "serve"]
