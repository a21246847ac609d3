"""Territory claims -> events: one claim per trigger, merged into one event per real-world change.

Claims of one sentence with the same actor, status and area are one event ("captured A and B");
the same place and status retold in later paragraphs is the same event unless the dates or the
area figures differ. ``to_draft`` turns a merged event into the Draft the pipeline publishes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.domain import Draft, Mention, Place
from service.extract.territory_area import Area
from service.nlp.text import Doc

_MODALITY_RANK = {"reported": 0, "claimed": 1, "denied": 2}
_NEEDS_PLACE = frozenset({"advancing", "encircling"})
_CHANGES = frozenset({"captured", "recaptured", "liberated", "withdrew"})


@dataclass(slots=True)
class Claim:
    """One trigger read in one sentence (or several such claims merged)."""

    actor: str | None
    explicit: bool  # the actor is named (not a document default)
    status: str
    places: list[Mention]
    regions: list[Place]
    area: Area | None
    date: str | None
    modality: str
    disputed: bool
    sentence: int
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    part: int = 0  # a second claim of one trigger ("advanced in X and near Y"): not merged back by sentence
    locators: set[str] = field(default_factory=set)  # places that locate its places: "X (southeast of Y)" -> y
    vague: bool = False  # its places only locate it: "regained positions in the X direction", "took ground near X"

    def place_keys(self) -> set[str]:
        return {m.place.name.lower() for m in self.places}

    def region_keys(self) -> set[str]:
        return {r.name.lower() for r in self.regions} | {
            m.place.admin1.lower() for m in self.places if m.place.admin1
        }


def _absorb(into: Claim, other: Claim) -> None:
    known = into.place_keys()
    into.places.extend(m for m in other.places if m.place.name.lower() not in known)
    names = {r.name for r in into.regions}
    into.regions.extend(r for r in other.regions if r.name not in names)
    into.area = into.area or other.area
    if into.date and other.date and len(into.date) == 7 and _within(into.date, other.date):
        into.date = other.date  # "withdrew in late January ... reported on January 26 that it had pulled back"
    if into.date and other.date and _soft(into) and not _soft(other):
        into.date = other.date  # "said on Sunday it recaptured X ... \"X has been liberated\"": the stated day
    into.date = into.date or other.date
    into.disputed = into.disputed or other.disputed
    if _MODALITY_RANK[other.modality] > _MODALITY_RANK[into.modality]:
        into.modality = other.modality
    if other.explicit and not into.explicit:
        into.actor, into.explicit = other.actor, True
    for key, spans in other.spans.items():
        into.spans.setdefault(key, []).extend(spans)


def _within(a: str, b: str) -> bool:
    """One date is a month ("2025-01") and the other a day of that month: the same event, told finer."""
    return len(a) != len(b) and (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) == 7


def _retold_back(a: Claim, b: Claim) -> bool:
    """One sentence tells the same place taken and taken back by one side: the retaking, told twice."""
    return {a.status, b.status} == {"captured", "recaptured"} and bool(a.place_keys() & b.place_keys())


def _soft(c: Claim) -> bool:
    """A change dated by its tense ("has been liberated": the day of the report), not by a time expression: the
    same change told with its day elsewhere is the same event. (An advance "now" is not: advances recur.)"""
    return bool(c.date) and c.status in _CHANGES and not c.spans.get("date")


def _area_key(c: Claim) -> float | None:
    return round(c.area.km2, 1) if c.area else None


def _compatible(a: Claim, b: Claim) -> bool:
    if a.actor != b.actor or a.status != b.status:
        return False
    if a.date and b.date and a.date != b.date and not _within(a.date, b.date) and not (_soft(a) or _soft(b)):
        return False
    ka, kb = _area_key(a), _area_key(b)
    if ka is not None and kb is not None and ka != kb:
        return False
    if a.places and b.places:
        return bool(a.place_keys() & b.place_keys())
    if a.places or b.places:
        return False
    if ka is not None and ka == kb:
        return True
    return bool(a.region_keys() & b.region_keys())


def merge(claims: list[Claim]) -> list[Claim]:
    """Group claims into events (in order of first mention)."""
    events: list[Claim] = []
    for claim in claims:
        same_sentence = next(
            (e for e in events if e.sentence == claim.sentence and e.part == claim.part and e.actor == claim.actor
             and (e.status == claim.status or _retold_back(e, claim)) and _area_key(e) == _area_key(claim)
             and e.date == claim.date),
            None,
        )
        target = same_sentence or next((e for e in events if _compatible(e, claim)), None)
        if target is None:
            events.append(claim)
        else:
            if target.status != claim.status:
                target.status = "recaptured"  # "X had been driven out of Y and Z had restored control over it"
            _absorb(target, claim)
    return [e for e in _fold_located(events) if _anchored(e)]


def _fold_located(events: list[Claim]) -> list[Claim]:
    """"Russian forces advanced southeast of Toretsk ... advanced into X (southeast of Toretsk)": a vague event
    whose place only locates another event's place, for the same side and change, is that event told coarsely."""
    if not any(e.locators for e in events):
        return events
    out = []
    for e in events:
        keys = e.place_keys()
        finer = next((o for o in events if o is not e and keys and (e.vague or e.status in _NEEDS_PLACE)
                      and keys <= o.locators
                      and o.actor == e.actor
                      and o.status == e.status and not e.area and (not e.date or not o.date or e.date == o.date)),
                     None)
        if finer is None:
            out.append(e)
        else:
            finer.date = finer.date or e.date
            for key, spans in e.spans.items():
                if key != "locations":
                    finer.spans.setdefault(key, []).extend(spans)
    return out


def _anchored(e: Claim) -> bool:
    """An event needs a named place, an area figure, or (for a capture or hold) a named region."""
    if e.places or e.area:
        return True
    return bool(e.regions) and e.status not in _NEEDS_PLACE


def to_draft(doc: Doc, e: Claim) -> Draft:
    """The published form of a merged event."""
    locations: list[dict[str, Any]] = [m.place.to_json() for m in e.places]
    covered = {m.place.admin1 for m in e.places}
    locations.extend(r.to_json() for r in e.regions if r.name not in covered)
    claimed = e.modality in ("claimed", "denied")
    fields: dict[str, Any] = {
        "actor": e.actor,
        "status": e.status,
        "locations": locations,
        "area_km2": e.area.km2 if e.area else None,
        "area": e.area.to_json() if e.area else None,
        "disputed": e.disputed,
        "date": e.date,
        "modality": e.modality,
        "claimed_by": e.actor if claimed else None,
    }
    evidence = {
        key: tuple(doc.span(s, t) for s, t in sorted(set(spans)))
        for key, spans in e.spans.items() if spans
    }
    confidence = 0.5 + (0.2 if e.explicit else 0.0) + (0.15 if e.places else 0.0) + (0.1 if e.area else 0.0)
    return Draft("territory", fields, evidence, min(confidence, 0.95))
