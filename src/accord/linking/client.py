"""A polite SPARQL client: allow-listed endpoints, a User-Agent, a rate limit, retries and a hard deadline."""

from __future__ import annotations

import json
import math
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field

from SPARQLWrapper import JSON, POST, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from .. import __version__
from ..deadline import call_within, read_by
from ..errors import LinkError

WIKIDATA = "https://query.wikidata.org/sparql"
DBPEDIA = "https://dbpedia.org/sparql"
DEFAULT_ALLOWED = (WIKIDATA, DBPEDIA)
USER_AGENT = (f"accord/{__version__} (knowledge graph of international politics; "
              "https://w3id.org/accord) SPARQLWrapper")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def allowed_endpoints(extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The allow-list: Wikidata's and DBpedia's endpoints, or $ACCORD_ENDPOINTS (space/comma separated) instead.

    >>> allowed_endpoints(["http://127.0.0.1:8890/sparql"])[-1]
    'http://127.0.0.1:8890/sparql'
    """
    configured = os.environ.get("ACCORD_ENDPOINTS")
    base = tuple(configured.replace(",", " ").split()) if configured else DEFAULT_ALLOWED
    return tuple(dict.fromkeys((*base, *extra)))


class EndpointError(LinkError):
    """An endpoint could not be reached, refused, or answered with something other than SPARQL results."""


@dataclass
class Client:
    """Sends SELECT queries to one allow-listed endpoint and returns SPARQL JSON bindings.

    `deadline` bounds a whole request, retries and back-off included: SPARQLWrapper's own timeout is per socket
    operation (and `setTimeout(0.5)` silently means no timeout at all), so the request runs in a worker thread
    and is abandoned when the deadline passes. `interval` is the least time between two requests.

    >>> Client("https://example.org/sparql", allowed=())
    Traceback (most recent call last):
    ...
    accord.linking.client.EndpointError: endpoint https://example.org/sparql is not on the allow-list (set ACCORD_ENDPOINTS to allow it)
    """

    endpoint: str
    allowed: tuple[str, ...] = field(default_factory=allowed_endpoints)
    deadline: float = 60.0
    interval: float = 1.0
    retries: int = 3
    backoff: float = 1.0
    user_agent: str = USER_AGENT
    _last: float = field(default=0.0, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.endpoint not in self.allowed:
            raise EndpointError(f"endpoint {self.endpoint} is not on the allow-list "
                                "(set ACCORD_ENDPOINTS to allow it)")
        parts = urllib.parse.urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise EndpointError(f"endpoint {self.endpoint} is not an http(s) URL")

    def select(self, query: str) -> list[dict[str, dict]]:
        """Run a SELECT query; its bindings as SPARQL 1.1 JSON results give them.

        Raises:
            EndpointError: the deadline passed, retries ran out, or the answer was not SPARQL JSON results.
        """
        started = time.monotonic()
        end = started + self.deadline
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(query, end)
            except _Retryable as exc:
                wait = exc.retry_after if exc.retry_after is not None else self.backoff * 2 ** (attempt - 1)
                if attempt > self.retries or time.monotonic() + wait >= end:
                    raise EndpointError(f"{self.endpoint}: {exc.reason} (gave up after {attempt} attempts, "
                                        f"{time.monotonic() - started:.1f}s)") from None
                time.sleep(wait)

    def _once(self, query: str, end: float) -> list[dict[str, dict]]:
        self._pace(end)
        remaining = end - time.monotonic()
        if remaining <= 0:
            raise EndpointError(f"{self.endpoint}: no answer within the {self.deadline:g}s deadline")
        # One thread per request, not a shared pool: an abandoned request must not hold up the next one.
        try:
            body, content_type = call_within(remaining, lambda: self._request(query, end))
        except TimeoutError:
            raise EndpointError(f"{self.endpoint}: no answer within the {self.deadline:g}s deadline") from None
        return self._parse(body, content_type)

    def _pace(self, end: float) -> None:
        with self._lock:
            wait = self._last + self.interval - time.monotonic()
            if wait > 0:
                time.sleep(min(wait, max(0.0, end - time.monotonic())))
            self._last = time.monotonic()

    def _request(self, query: str, end: float) -> tuple[bytes, str]:
        wrapper = SPARQLWrapper(self.endpoint, agent=self.user_agent)
        wrapper.setMethod(POST)
        wrapper.setQuery(query)
        wrapper.setReturnFormat(JSON)
        # SPARQLWrapper truncates the timeout to whole seconds, and 0 means none: never pass less than 1.
        wrapper.setTimeout(max(1, math.ceil(end - time.monotonic())))
        try:
            response = wrapper.query().response
            return read_by(response, end), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            raise _retryable_or_fatal(exc.code, exc.headers.get("Retry-After"), self.endpoint) from None
        except SPARQLWrapperException as exc:
            # SPARQLWrapper turns 500 into EndPointInternalError and 400/404 into others; only 5xx is retried.
            text = " ".join(str(exc).split())[:200]
            if type(exc).__name__ == "EndPointInternalError":
                raise _Retryable("HTTP 500 " + text, None) from None
            raise EndpointError(f"{self.endpoint}: {text}") from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                # The socket timeout is the rest of the deadline rounded up, so it firing means the deadline
                # passed; under load it can beat the future's own timeout by a hair. Same message either way.
                raise EndpointError(f"{self.endpoint}: no answer within the {self.deadline:g}s deadline") from None
            raise _Retryable(f"cannot reach the endpoint ({reason})", None) from None

    def _parse(self, body: bytes, content_type: str) -> list[dict[str, dict]]:
        kind = content_type.split(";")[0].strip().lower()
        if kind not in ("application/sparql-results+json", "application/json"):
            snippet = " ".join(body[:80].decode("utf-8", "replace").split())
            raise EndpointError(f"{self.endpoint}: answered {kind or 'without a content type'}, "
                                f"not SPARQL JSON results ({snippet!r})")
        try:
            data = json.loads(body)
            bindings = data["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise EndpointError(f"{self.endpoint}: answer is not valid SPARQL JSON results") from None
        if not isinstance(bindings, list) or not all(isinstance(b, dict) for b in bindings):
            raise EndpointError(f"{self.endpoint}: answer is not valid SPARQL JSON results")
        return bindings


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retryable_or_fatal(status: int, retry_after: str | None, endpoint: str) -> Exception:
    if status in RETRY_STATUSES:
        seconds = None
        if retry_after and retry_after.strip().isdigit():
            seconds = float(retry_after.strip())
        return _Retryable(f"HTTP {status}", seconds)
    return EndpointError(f"{endpoint}: HTTP {status}")
