"""The shell's one clock reading: UTC now as RFC 3339 with milliseconds (the core never reads a clock)."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
