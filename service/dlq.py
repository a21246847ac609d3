"""Dead letters: the original bytes, unchanged, with the reason and origin in Kafka headers.

Keeping the value byte-for-byte (even invalid UTF-8) means a dead letter can be replayed to the
input topic after a fix exactly as the scraper sent it. Headers (all UTF-8 text):
``dlq.reason`` (closed set, see codec.REASONS), ``dlq.detail``, ``dlq.stage`` (decode | route | extract | corroborate),
``dlq.topic``, ``dlq.partition``, ``dlq.offset``, ``dlq.timestamp_ms``, ``dlq.failed_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None = None


@dataclass(frozen=True, slots=True)
class DeadLetter:
    key: bytes | None
    value: bytes | None
    reason: str
    detail: str
    stage: str
    origin: Origin

    def headers(self, failed_at: str) -> list[tuple[str, bytes]]:
        pairs = {
            "dlq.reason": self.reason,
            "dlq.detail": self.detail,
            "dlq.stage": self.stage,
            "dlq.topic": self.origin.topic,
            "dlq.partition": str(self.origin.partition),
            "dlq.offset": str(self.origin.offset),
            "dlq.timestamp_ms": "" if self.origin.timestamp_ms is None else str(self.origin.timestamp_ms),
            "dlq.failed_at": failed_at,
        }
        return [(k, v.encode("utf-8", "replace")) for k, v in pairs.items()]


def header_map(headers: Iterable[tuple[str, bytes | None]] | Mapping[str, bytes | None] | None) -> dict[str, str]:
    """Kafka headers (a list of (name, bytes) pairs, or a dict) -> {name: text}."""
    items = headers.items() if isinstance(headers, Mapping) else (headers or [])
    return {k: (v or b"").decode("utf-8", "replace") for k, v in items}
