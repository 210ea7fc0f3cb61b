"""What `accord serve` is started with: store, address, limits, update token and allow-list."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..limits import QueryLimits


@dataclass(frozen=True)
class ServeConfig:
    """Settings of one server; every limit has a default that protects a small machine.

    >>> ServeConfig(Path("accord-store")).max_body > ServeConfig(Path("accord-store")).limits.max_chars
    True
    """

    store: Path
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 2
    time_limit: float = 10.0
    row_cap: int = 10_000
    limits: QueryLimits = field(default_factory=QueryLimits)
    update_token: str | None = None
    cors_origins: tuple[str, ...] = ("*",)

    @property
    def max_body(self) -> int:
        """The largest request body read: a query at its length limit, percent-encoded (up to 3 bytes a char)."""
        return 3 * self.limits.max_chars + 4096
