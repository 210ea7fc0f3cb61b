"""Stored queries as plain HTTP endpoints (/queries/NAME?actor=Q159), and the OpenAPI document describing them."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .. import __version__, queries
from ..queries import PLOVER_TYPES, QUADS, StoredQuery
from . import formats
from .responses import answer, error, guarded
from .worker import Job

# How each parameter type looks to an HTTP client.
_SCHEMAS: dict[str, dict] = {
    "actor": {"type": "string", "examples": ["Q159"]},
    "iri": {"type": "string", "format": "iri"},
    "document": {"type": "string"},
    "string": {"type": "string"},
    "code": {"type": "string", "pattern": "^[0-9]{2,4}$"},
    "plover": {"type": "string", "enum": list(PLOVER_TYPES)},
    "quad": {"type": "string", "enum": list(QUADS)},
    "integer": {"type": "integer"},
    "date": {"type": "string", "format": "date"},
}


def describe(stored: StoredQuery) -> dict:
    """A stored query's header as JSON: what the page lists and forms are built from."""
    return {"name": stored.name, "summary": stored.summary, "returns": stored.returns,
            "columns": columns(stored),
            "params": [{"name": p.name, "type": p.type, "required": p.required, "doc": p.doc} for p in stored.params]}


def columns(stored: StoredQuery) -> list[str]:
    """The column names a query's `# returns:` header lists, without their explanations.

    >>> columns(queries.get("allies_of"))
    ['ally', 'wikidata', 'how']
    """
    names = []
    for part in stored.returns.split(","):
        word = part.strip().split(" ")[0] if part.strip() else ""
        if word:
            names.append(word)
    return names


async def listing(request: Request) -> Response:
    """GET /queries: every stored query with its parameters."""
    return JSONResponse([describe(q) for q in queries.catalogue().values()])


async def run_stored(request: Request) -> Response:
    """GET /queries/NAME?param=value&format=json|csv: one stored query's rows."""
    name = request.path_params["name"]
    if name not in queries.catalogue():
        return error(404, f"no stored query {name!r} (GET /queries lists them)")
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    fmt = formats.choose(request.headers.get("accept"), formats.TABLES, request.query_params.get("format"))
    if fmt not in ("json", "csv"):
        return error(406, "a stored query answers as application/json or text/csv (or ?format=json|csv)")
    config = request.app.state.config
    job = Job("stored", name, tuple(params.items()), results_format=fmt, row_cap=config.row_cap)
    return await guarded(answer(request, job))


async def openapi(request: Request) -> Response:
    """GET /openapi.json: the OpenAPI 3.1 document, generated from the stored-query catalogue."""
    return JSONResponse(openapi_document(str(request.base_url).rstrip("/")))


def openapi_document(server: str) -> dict:
    """The OpenAPI document: one GET path per stored query, plus the SPARQL and graph store endpoints.

    >>> doc = openapi_document("http://127.0.0.1:8000")
    >>> doc["paths"]["/queries/allies_of"]["get"]["parameters"][0]["name"]
    'actor'
    """
    errors = {str(code): {"description": text, "content": {"text/plain": {"schema": {"type": "string"}}}}
              for code, text in ((400, "a bad or missing parameter"), (404, "no such query"),
                                 (503, "the query ran past the server's time limit"))}
    paths: dict[str, dict] = {}
    for stored in queries.catalogue().values():
        row = {"type": "object", "properties": {c: {} for c in columns(stored)}}
        params = [{"name": p.name, "in": "query", "required": p.required, "description": p.doc,
                   "schema": _SCHEMAS[p.type]} for p in stored.params]
        params.append({"name": "format", "in": "query", "required": False,
                       "description": "json or csv (otherwise the Accept header decides)",
                       "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}})
        paths[f"/queries/{stored.name}"] = {"get": {
            "operationId": stored.name.replace("/", "_"), "summary": stored.summary,
            "tags": ["checks" if stored.is_check else "queries"], "parameters": params,
            "responses": {"200": {"description": f"the rows ({stored.returns})" if stored.returns else "the rows",
                                  "content": {"application/json": {"schema": {"type": "array", "items": row}},
                                              "text/csv": {"schema": {"type": "string"}}}}, **errors}}}
    paths["/sparql"] = {
        "get": {"operationId": "sparql_get", "summary": "SPARQL 1.1 Protocol query (no query: the service description)",
                "parameters": [{"name": "query", "in": "query", "required": False, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "results or a graph, by content negotiation"}, **errors}},
        "post": {"operationId": "sparql_post", "summary": "SPARQL 1.1 Protocol query or update (update needs a token)",
                 "requestBody": {"content": {"application/sparql-query": {"schema": {"type": "string"}},
                                             "application/sparql-update": {"schema": {"type": "string"}},
                                             "application/x-www-form-urlencoded": {"schema": {"type": "object"}}}},
                 "responses": {"200": {"description": "results or a graph"}, "204": {"description": "update applied"},
                               "401": {"description": "no token"}, "403": {"description": "refused"}, **errors}}}
    paths["/graphs"] = {"get": {"operationId": "graph_get", "summary": "Graph Store Protocol: read one graph",
                                "parameters": [{"name": "graph", "in": "query", "schema": {"type": "string"}},
                                               {"name": "default", "in": "query", "schema": {"type": "string"}}],
                                "responses": {"200": {"description": "the graph"}, **errors}}}
    return {"openapi": "3.1.0",
            "info": {"title": "accord", "version": __version__,
                     "description": "accord's knowledge graph of actors, alliances and diplomatic acts: stored queries "
                                    "as HTTP endpoints, and a SPARQL 1.1 endpoint."},
            "servers": [{"url": server}], "paths": paths}
