"""The web application: routes, CORS, the query page, and the worker pool's start and stop."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import AsyncIterator
from importlib import resources

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import StoreError
from . import catalogue, protocol
from .config import ServeConfig
from .pool import WorkerPool
from .responses import TRUNCATED_HEADER

STATIC = resources.files("accord.serve") / "static"


def check_store(config: ServeConfig) -> None:
    """Refuse to start on a folder that is not a store, with the same one-line error as the other commands."""
    if not config.store.is_dir():
        raise StoreError(f"{config.store}: no store here (run accord ingest first, or pass --store)")
    try:
        ox.Store.read_only(str(config.store))
    except OSError as exc:
        raise StoreError(f"{config.store}: cannot open the store ({str(exc).splitlines()[0]})") from None


async def page(request: Request) -> Response:
    return FileResponse(str(STATIC / "index.html"), media_type="text/html")


def create_app(config: ServeConfig) -> Starlette:
    """The ASGI application for `config`; its lifespan starts and stops the query workers."""

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool = WorkerPool(config.store, size=config.workers, time_limit=config.time_limit)
        await pool.start()
        app.state.pool = pool
        print(f"accord serve: {config.store} at http://{config.host}:{config.port}/ "
              f"(SPARQL at /sparql, {config.workers} workers)", file=sys.stderr, flush=True)
        try:
            yield
        finally:
            await pool.close()

    routes = [
        Route("/", page),
        Route("/sparql", protocol.sparql, methods=["GET", "POST"], name="sparql"),
        Route("/graphs", protocol.graph_store, methods=["GET", "HEAD", "PUT", "POST", "DELETE"]),
        Route("/queries", catalogue.listing),
        Route("/queries/{name:path}", catalogue.run_stored),
        Route("/openapi.json", catalogue.openapi),
        Mount("/static", StaticFiles(directory=str(STATIC)), name="static"),
    ]
    # Browsers may call the endpoint from any page (YASGUI, notebooks); updates still need the token.
    cors = Middleware(CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET", "POST", "HEAD"],
                      allow_headers=["Accept", "Authorization", "Content-Type"],
                      expose_headers=[TRUNCATED_HEADER], max_age=600)
    app = Starlette(routes=routes, middleware=[cors], lifespan=lifespan)
    app.state.config = config
    return app


def serve(config: ServeConfig) -> None:
    """Run the server until it is interrupted (Ctrl-C or SIGTERM)."""
    import uvicorn

    check_store(config)
    server = uvicorn.Server(uvicorn.Config(create_app(config), host=config.host, port=config.port,
                                           log_level="warning", access_log=False, lifespan="on"))
    server.run()
