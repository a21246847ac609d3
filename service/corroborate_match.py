"""Whether two reports describe one real-world event: comparable features and their score (pure).

``corroborate`` blocks reports by ``side`` and day, then scores each candidate cluster's features
against the incoming report's; a cluster's features are memoised per version (its digest).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


def side(event: dict[str, Any]) -> str:
    """The side that acts (attacker / actor) or the sorted parties; part of the blocking key."""
    if event["type"] == "strike":
        return event.get("attacker") or "?"
    if event["type"] == "territory":
        return event.get("actor") or "?"
    return "diplomacy"  # parties vary between reports (one names the envoys, another the countries)


def _names(event: dict[str, Any]) -> frozenset[str]:
    return frozenset(norm(loc.get("name")) for loc in event.get("locations") or []
                     if loc.get("precision") in ("settlement", "facility")) - {""}


def _admin1(event: dict[str, Any]) -> frozenset[str]:
    return frozenset(norm(loc.get("admin1")) for loc in event.get("locations") or []) - {""}


def norm(text: Any) -> str:
    """A name or region compared loosely: case-folded, without "oblast"/"region"."""
    return str(text or "").casefold().replace("oblast", "").replace("region", "").strip()


def _counts(event: dict[str, Any]) -> frozenset[tuple[str, str, int]]:
    out = set()
    for w in event.get("weapons") or []:
        for f in ("launched", "intercepted"):
            if w.get(f):
                out.add((w.get("category", ""), f, int(w[f])))
    return frozenset(out)


def _surnames(event: dict[str, Any]) -> frozenset[str]:
    return frozenset(norm(p.get("name")).split()[-1] for p in event.get("participants") or [] if p.get("name"))


def _dates_compatible(da: str | None, db: str | None) -> bool:
    if not da or not db:
        return True
    if len(da) != len(db):
        return da[:7] == db[:7]
    if len(da) == 7:
        return da == db
    return abs((date.fromisoformat(da) - date.fromisoformat(db)).days) <= 1


_KIND_FAMILY = {"talks": "in_person", "meeting": "in_person", "summit": "in_person", "visit": "in_person",
                "call": "call", "agreement": "agreement"}


def _family(kind: str | None) -> str:
    """Kinds that may name the same interaction in two reports ("talks" / "meeting")."""
    return _KIND_FAMILY.get(kind or "", f"other:{kind}")


@dataclass(frozen=True, slots=True)
class Features:
    """What ``similarity`` compares, computed once per event (or per cluster version)."""

    type: str
    side: str
    date: str | None
    names: frozenset[str]
    admin1: frozenset[str]
    counts: frozenset[tuple[str, str, int]]
    surnames: frozenset[str]
    venue: str
    status: str | None
    family: str
    area: float | None


def features(event: dict[str, Any]) -> Features:
    """The comparable facts of an event or of a cluster's summary."""
    return Features(event["type"], side(event), event.get("date"), _names(event), _admin1(event), _counts(event),
                    _surnames(event), norm((event.get("venue") or {}).get("name")), event.get("status"),
                    _family(event.get("kind")), event.get("area_km2"))


def similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How strongly two events of the same type look like one real-world event (0: not at all)."""
    return score(features(a), features(b))


def score(a: Features, b: Features) -> float:
    """``similarity`` on precomputed features.

    A score of 2 or more is a match: a shared place, a shared count, a shared venue or participant,
    a shared area; agreeing dates add to it, and conflicting facts rule a match out.
    """
    if a.type != b.type or a.side != b.side or not _dates_compatible(a.date, b.date):
        return 0.0
    value = 2.0 * bool(a.names & b.names) + 1.0 * bool(a.admin1 & b.admin1)
    if a.date and a.date == b.date:
        value += 0.5
    if a.type == "strike":
        value += 2.0 * len(a.counts & b.counts)
    elif a.type == "diplomacy":
        if a.venue and b.venue and a.venue != b.venue:
            return 0.0
        if a.status != b.status or a.family != b.family:
            return 0.0  # a call is not the meeting it prepared; a statement merges with nothing
        value += 2.0 * (bool(a.venue) and a.venue == b.venue) + 2.0 * len(a.surnames & b.surnames)
    else:
        if a.status != b.status:
            return 0.0
        if a.area and b.area:
            if abs(a.area - b.area) > 0.02 * max(a.area, b.area):
                return 0.0
            value += 2.0
    return value


_CLUSTER_FEATURES: dict[str, tuple[str, Features]] = {}  # cluster id -> (digest, features): a memo
_MEMO_LIMIT = 20_000  # clusters remembered (live ones are far fewer: a few days of events per blocking key)


def forget(cluster_id: str) -> None:
    """Drop a cluster's memoised features (the cluster expired or was renamed)."""
    _CLUSTER_FEATURES.pop(cluster_id, None)


def cluster_features(cluster: dict[str, Any]) -> Features:
    """The features of a cluster's summary, memoised per cluster and version (its digest)."""
    cluster_id, fingerprint = cluster["cluster_id"], cluster["digest"]
    found = _CLUSTER_FEATURES.get(cluster_id)
    if found is None or found[0] != fingerprint:
        if len(_CLUSTER_FEATURES) >= _MEMO_LIMIT:
            _CLUSTER_FEATURES.clear()
        found = _CLUSTER_FEATURES[cluster_id] = (fingerprint, features(cluster["summary"]))
    return found[1]
