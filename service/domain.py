"""Domain types shared by the pure core and the shell.

Everything here is plain data: frozen dataclasses and constants. No I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"
EVENT_TYPES: tuple[str, ...] = ("strike", "diplomacy", "territory")


@dataclass(frozen=True, slots=True)
class Article:
    """A validated input article. `body` is the text every evidence offset points into."""

    id: str
    body: str
    url: str | None = None
    source: str | None = None
    published_at: str | None = None  # RFC 3339, as received
    title: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A quote from the article body: ``body[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"quote": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry (a settlement, facility, first-level region or country)."""

    name: str  # canonical English name, e.g. "Pokrovsk", "Donetsk Oblast", "Ukraine"
    precision: str  # "facility" | "settlement" | "admin1" | "country"
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None  # English name of the first-level region, e.g. "Donetsk Oblast"
    admin1_code: str | None = None  # ISO 3166-2, e.g. "UA-14"
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "precision": self.precision,
            "admin1": self.admin1,
            "admin1_code": self.admin1_code,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text: ``body[start:end]`` is the surface form, ``place`` its referent."""

    start: int
    end: int
    surface: str
    place: Place


@dataclass(frozen=True, slots=True)
class Draft:
    """What an extractor returns for one real-world event found in one article.

    ``fields`` holds the type-specific payload with the names the event schemas use
    (see schemas/*.schema.json); ``evidence`` maps a field name to the quotes that support it.
    The pipeline adds the envelope (event_id, sources, schema_version, ...).
    """

    type: str  # one of EVENT_TYPES
    fields: dict[str, Any]
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    confidence: float = 0.5
