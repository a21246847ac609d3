"""What a compacted Kafka topic keeps, for tests that read event topics: the last value per key."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def compact(records: Iterable[tuple[K, V | None]]) -> dict[K, V]:
    """The last value per key, in publication order; a tombstone (value None) removes its key."""
    state: dict[K, V] = {}
    for key, value in records:
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value
    return state
