"""Shared request and response helpers: bounded bodies, plain-text errors, and replies from the workers."""

from __future__ import annotations

from collections.abc import Awaitable

from starlette.requests import Request
from starlette.responses import Response

from ..errors import QueryRefused
from ..limits import EndpointRefused
from .pool import TimeLimitExceeded, WorkerCrashed
from .worker import Job, Reply

TRUNCATED_HEADER = "Accord-Truncated"


class BodyTooLarge(Exception):
    """The request body is longer than the server reads."""


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(message.rstrip() + "\n", status, headers=headers, media_type="text/plain")


def from_reply(reply: Reply, row_cap: int) -> Response:
    """A worker's reply as a response; a result cut at the row cap says so in a header."""
    headers = {TRUNCATED_HEADER: str(row_cap)} if reply.truncated else None
    return Response(reply.body, reply.status, headers=headers, media_type=reply.media_type)


async def answer(request: Request, job: Job) -> Response:
    """Run `job` on the server's workers and turn the reply into a response."""
    return from_reply(await request.app.state.pool.run(job), request.app.state.config.row_cap)


async def body(request: Request, limit: int) -> bytes:
    """The request body, refused past `limit` bytes without reading the rest."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge()
        chunks.append(chunk)
    return b"".join(chunks)


async def guarded(work: Awaitable[Response]) -> Response:
    """Await `work`, turning refusals, time limits and crashed workers into plain-text error responses."""
    try:
        return await work
    except BodyTooLarge:
        return error(413, "the request body is too large")
    except EndpointRefused as exc:
        return error(403, str(exc))
    except QueryRefused as exc:
        return error(400, str(exc))
    except TimeLimitExceeded as exc:
        return error(503, str(exc))
    except WorkerCrashed as exc:
        return error(500, str(exc))
