"""Linking accord's graph to Wikidata, DBpedia and GeoNames: links, enrichment, reconciliation, federation, VoID."""

from __future__ import annotations

from .client import Client, EndpointError, allowed_endpoints
from .enrich import LinkReport, link

__all__ = ["Client", "EndpointError", "LinkReport", "allowed_endpoints", "link"]
