"""The SPARQL 1.1 Protocol (query and update) and the Graph Store Protocol's read side."""

from __future__ import annotations

import hmac
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from ..namespaces import PREFIXES
from . import formats
from .description import SD, service_description
from .responses import answer, body, error, from_reply, guarded
from .worker import GRAPH_FORMATS, Job, Reply

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"
DATA_FORMATS = {"turtle": "text/turtle", "ntriples": "application/n-triples", "trig": "application/trig",
                "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def sparql(request: Request) -> Response:
    """GET or POST /sparql: a query (GET, form or direct POST), an update (POST), or the service description."""
    return await guarded(_sparql(request))


async def _sparql(request: Request) -> Response:
    config = request.app.state.config
    fields: dict[str, list[str]] = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
    query = update = None
    if request.method == "POST":
        kind = _media_type(request)
        data = await body(request, config.max_body)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return error(400, "the request body is not UTF-8")
        if kind == FORM:
            fields.update(parse_qs(text, keep_blank_values=True))
        elif kind == QUERY:
            query = text
        elif kind == UPDATE:
            update = text
        else:
            return error(415, f"POST a query as {QUERY}, an update as {UPDATE}, or either as {FORM}")
    # One operation per request (SPARQL 1.1 Protocol 2.1 and 2.2): a second query or update, or one given both
    # in the body and in a parameter, is ambiguous, and guessing which one was meant would run the wrong thing.
    given = len(fields.get("query", ())) + len(fields.get("update", ())) + (query is not None) + (update is not None)
    if given > 1:
        return error(400, "send exactly one query or one update per request")
    query = query if query is not None else _one(fields, "query")
    update = update if update is not None else _one(fields, "update")
    if update is not None:
        # Ignoring these would run the update over another dataset than the client asked for.
        if "using-graph-uri" in fields or "using-named-graph-uri" in fields:
            return error(400, "using-graph-uri and using-named-graph-uri are not supported: name the graphs "
                              "in the update (USING, WITH, GRAPH)")
        if request.method != "POST":
            return error(400, "an update must be POSTed")
        return await _update(request, update)
    if query is None:
        # GET with nothing to run asks for the service description; anything else lacks its query.
        if request.method == "POST" or set(fields) - {"format"}:
            return error(400, "no query: send it as the 'query' parameter, a form field, or an "
                              f"{QUERY} body (or an update as 'update' / {UPDATE})")
        return await _description(request)
    config.limits.check(query, PREFIXES)
    requested = _one(fields, "format")
    job = Job("sparql", query,
              results_format=formats.choose(request.headers.get("accept"), formats.RESULTS, requested),
              graph_format=formats.choose(request.headers.get("accept"), formats.GRAPHS, requested),
              row_cap=config.row_cap,
              default_graphs=tuple(fields.get("default-graph-uri", ())),
              named_graphs=tuple(fields.get("named-graph-uri", ())))
    return await answer(request, job)


def _one(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name)
    return values[-1] if values else None


async def _update(request: Request, text: str) -> Response:
    config = request.app.state.config
    if not config.update_token:
        return error(403, "updates are disabled on this server (start it with an update token to allow them)")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return error(401, "an update needs 'Authorization: Bearer <token>'",
                     headers={"WWW-Authenticate": 'Bearer realm="accord"'})
    if not hmac.compare_digest(token.strip().encode(), config.update_token.encode()):
        return error(403, "the update token is wrong")
    config.limits.check(text, PREFIXES)
    reply: Reply = await request.app.state.pool.write(Job("update", text))
    return from_reply(reply, config.row_cap)


async def _description(request: Request) -> Response:
    config = request.app.state.config
    fmt = formats.choose(request.headers.get("accept"), formats.GRAPHS, request.query_params.get("format"))
    fmt = fmt or "turtle"
    reply = await request.app.state.pool.run(Job("graphs"))
    graphs = reply.body.decode().split() if reply.status == 200 else []
    endpoint = str(request.url.replace(query=""))
    triples = service_description(endpoint, graphs, updates=bool(config.update_token),
                                  federated=bool(config.limits.allowed_endpoints))
    data = ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes={"sd": SD} if fmt in ("turtle", "trig") else None)
    return Response(data, 200, media_type=formats.MEDIA_TYPES[fmt])


async def graph_store(request: Request) -> Response:
    """GET/HEAD /graphs?graph=IRI or ?default: one graph of the store (the Graph Store Protocol, read only)."""
    if request.method not in ("GET", "HEAD"):
        return error(405, "this graph store is read-only; change it with a SPARQL update",
                     headers={"Allow": "GET, HEAD"})
    params = request.query_params
    if ("graph" in params) == ("default" in params):
        return error(400, "name one graph: ?graph=IRI or ?default")
    fmt = formats.choose(request.headers.get("accept"), formats.GRAPHS, params.get("format"))
    if fmt is None:
        return error(406, "this graph can be had as " + ", ".join(DATA_FORMATS.values()))
    config = request.app.state.config
    job = Job("graph", params.get("graph", ""), graph_format=fmt, row_cap=config.row_cap)
    return await guarded(answer(request, job))
