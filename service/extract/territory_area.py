"""Area figures in territory reporting: "505 square kilometers", "505 sq km (195 sq miles)".

``find_areas(text)`` returns every area stated in ``text`` (offsets into ``text``) with its value as
stated and in km². A figure in square miles that restates a nearby km² figure ("259 square
kilometers (100 square miles)") is dropped; a miles-only figure is converted (x 2.58999), and so is
a hectare figure ("1,100 hectares" -> 11 km²).
Distances ("12 km deep", "15-20 kilometers") are not areas. Linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from service.nlp.numbers import find_numbers
from service.nlp.text import lower_case_pattern

SQ_MILE_KM2 = 2.58999

_UNIT = re.compile(
    r"(?P<km>(?:square|sq\.?)\s*(?:kilomet(?:er|re)s?|kms?)\b|km2\b|km²|kilomet(?:er|re)s?\s+squared\b)"
    r"|(?P<mi>(?:square|sq\.?)\s*mi(?:les?)?\b|mi2\b|mi²)|(?P<ha>hectares?\b)",
    re.IGNORECASE,
)
# "a square kilometre", "another square kilometre": one unit
_ONE = re.compile(r"(?:\b(?:a|an|another|one|single)\s+)$", re.IGNORECASE)
_NUMBER_GAP = re.compile(r"^[\s-]*$")
_LOOKBACK = 48  # characters before a unit searched for its number
_RESTATE = 40  # a miles figure this close to a km² figure restates it
_UNIT = lower_case_pattern(_UNIT)  # type: ignore[assignment]  # over the lower-cased text: faster in ``re``


@dataclass(frozen=True, slots=True)
class Area:
    """An area figure: ``text[start:end]``; ``value``/``unit`` as stated, ``km2`` converted."""

    start: int
    end: int
    value: float
    unit: str  # "km2" | "sq mi" | "ha"
    km2: float

    def to_json(self) -> dict[str, float | str]:
        return {"value": self.value, "unit": self.unit}


def _number_before(text: str, unit_start: int) -> tuple[int, float] | None:
    """(start, value) of the number that ends right before a unit, or None."""
    lo = max(0, unit_start - _LOOKBACK)
    window = text[lo:unit_start]
    best: tuple[int, float] | None = None
    for num in find_numbers(window):
        if num.value is not None and _NUMBER_GAP.match(window[num.end :]):
            best = (lo + num.start, float(num.value))
    if best is None:
        one = _ONE.search(window)
        if one:
            best = (lo + one.start(), 1.0)
    return best


def find_areas(text: str) -> list[Area]:
    """Every area figure in ``text``, in order (restated square-mile figures left out)."""
    found: list[Area] = []
    if "sq" not in text and "km" not in text and "mi" not in text and "ectare" not in text:
        return found
    if text.isascii():  # every _UNIT match holds one of these (ASCII: IGNORECASE is lower-casing)
        low = text.lower()
        if "sq" not in low and "km" not in low and "mi2" not in low and "hectare" not in low:
            return found
    for m in _UNIT.finditer(text):
        hit = _number_before(text, m.start())
        if hit is None:
            continue
        start, value = hit
        unit = "sq mi" if m.group("mi") is not None else "ha" if m.group("ha") is not None else "km2"
        km2 = value * SQ_MILE_KM2 if unit == "sq mi" else value / 100 if unit == "ha" else value
        found.append(Area(start, m.end(), value, unit, round(km2, 3)))
    return [a for a in found if a.unit == "km2" or not _restates(a, found)]


def _restates(miles: Area, areas: list[Area]) -> bool:
    return any(
        a.unit == "km2" and (0 <= miles.start - a.end <= _RESTATE or 0 <= a.start - miles.end <= _RESTATE)
        for a in areas
    )


class _Span(Protocol):
    """Anything with start and end offsets (a trigger)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def assign_areas(areas: list[Area], hits: Sequence[_Span]) -> dict[tuple[int, int], Area]:
    """Each area figure goes to its nearest trigger; a trigger keeps the nearest of its figures."""
    out: dict[tuple[int, int], tuple[int, Area]] = {}
    for a in areas:
        h = min(hits, key=lambda h: _distance(a, h))
        d = _distance(a, h)
        key = (h.start, h.end)
        if key not in out or d < out[key][0]:
            out[key] = (d, a)
    return {k: v for k, (_, v) in out.items()}


def _distance(a: Area, h: _Span) -> int:
    return max(0, a.start - h.end, h.start - a.end)
