"""HTTP requests that end by a deadline, on threads that never keep the process alive.

A socket timeout bounds each read, not the whole answer: a server that sends a byte a second answers every read
in time and never finishes. So a request runs on a thread of its own, which the caller stops waiting for at the
deadline, and the body is read in pieces, checking the deadline between them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
PIECE = 1 << 16


def call_within(seconds: float, fn: Callable[[], T]) -> T:
    """fn()'s result, or the exception it raised; TimeoutError if it has not returned within `seconds`.

    The thread is then left to end by itself. It is a daemon: a concurrent.futures worker would be joined when
    the interpreter exits, so a request abandoned to a server that never stops would hold the process open
    (`accord link` against an endpoint sending a byte every 0.2 s ended 200 s after reporting the failure).

    >>> call_within(1, lambda: 6 * 7)
    42
    >>> call_within(0.01, lambda: time.sleep(1))
    Traceback (most recent call last):
    ...
    TimeoutError: no answer within 0.01 s
    """
    outcome: list[tuple[bool, object]] = []

    def run() -> None:
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))

    thread = threading.Thread(target=run, name="accord-request", daemon=True)
    thread.start()
    thread.join(seconds)
    if not outcome:
        raise TimeoutError(f"no answer within {seconds:g} s")
    returned, value = outcome[0]
    if returned:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]


def read_by(response, end: float) -> bytes:
    """The body of the HTTP `response` (an http.client.HTTPResponse), read until time.monotonic() reaches `end`;
    past it the response is closed and TimeoutError raised, which ends the thread reading it.

    Each piece is what has arrived (read1), so a slow server is checked between its bytes, not after 64 KB.
    """
    pieces = []
    while True:
        if time.monotonic() >= end:
            response.close()
            raise TimeoutError("the answer did not arrive by the deadline")
        piece = response.read1(PIECE)
        if not piece:
            return b"".join(pieces)
        pieces.append(piece)
