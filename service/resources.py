"""Read-only resources the extractors share: gazetteer and lexicons, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from service.nlp.gazetteer import Gazetteer


@dataclass(frozen=True, slots=True)
class Resources:
    gazetteer: Gazetteer

    @classmethod
    def load(cls) -> Resources:
        """Load every resource (reads package data; call once at start-up, never at import)."""
        return cls(gazetteer=Gazetteer.load())


@lru_cache(maxsize=1)
def default_resources() -> Resources:
    """The process-wide resources, loaded on first use."""
    return Resources.load()
