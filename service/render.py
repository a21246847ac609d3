"""One readable line per event or dead letter, for people watching the demo or ``tail``."""

from __future__ import annotations

from typing import Any

_OTHER_SIDE = {"RU": "UA", "UA": "RU"}
_PLURAL = {"drone": "drones", "missile": "missiles", "glide_bomb": "glide bombs", "artillery": "artillery",
           "aircraft": "aircraft"}


def _count(value: Any) -> str:
    return "?" if value is None else str(int(value)) if float(value).is_integer() else str(value)


def _places(event: dict[str, Any]) -> str:
    out = []
    for loc in event.get("locations") or []:
        name = loc.get("name") or "?"
        admin1 = loc.get("admin1")
        out.append(f"{name} ({admin1})" if admin1 and admin1 != name and loc.get("precision") != "admin1" else name)
    return ", ".join(dict.fromkeys(out))


def _strike(e: dict[str, Any]) -> list[str]:
    attacker = e.get("attacker") or "?"
    parts = [f"{attacker}→{_OTHER_SIDE.get(attacker, '?')}"]
    weapons = []
    for w in e.get("weapons") or []:
        name = _PLURAL.get(w.get("category"), w.get("category") or "?")
        if w.get("model"):
            name += f" ({w['model']})"
        if w.get("launched") is None and w.get("intercepted") is None:
            weapons.append(name)
        elif w.get("intercepted") is None:
            weapons.append(f"{name} {_count(w.get('launched'))} launched")
        else:
            weapons.append(f"{name} {_count(w.get('launched'))} launched/{_count(w.get('intercepted'))} intercepted")
    line = [" ".join(parts + [", ".join(weapons)]).strip()]
    targets = [t.get("category") if isinstance(t, dict) else t for t in e.get("targets") or []]
    if targets:
        line.append("targets " + ", ".join(dict.fromkeys(str(t) for t in targets)))
    if _places(e):
        line.append(_places(e))
    cas = e.get("casualties") or {}
    hurt = [f"{cas[k]} {k}" for k in ("killed", "injured") if cas.get(k) is not None]
    if hurt:
        line.append(", ".join(hurt))
    return line


def _diplomacy(e: dict[str, Any]) -> list[str]:
    head = f"{e.get('kind') or '?'} {e.get('status') or ''}".strip()
    people = ", ".join(p.get("name", "?") if isinstance(p, dict) else str(p) for p in e.get("participants") or [])
    countries = "/".join(e.get("countries") or [])
    line = [f"{head}: {people or 'unnamed officials'}" + (f" ({countries})" if countries else "")]
    venue = e.get("venue")
    if venue:
        line.append("in " + (venue.get("name", "?") if isinstance(venue, dict) else str(venue)))
    if e.get("outcome"):
        line.append(f"outcome {e['outcome']}")
    return line


def _territory(e: dict[str, Any]) -> list[str]:
    line = [f"{e.get('actor') or '?'} {e.get('status') or '?'}"]
    if e.get("area_km2") is not None:
        line[0] += f" {e['area_km2']:g} km²"
    if _places(e):
        line.append(_places(e))
    if e.get("disputed"):
        line.append("disputed")
    return line


_RENDER = {"strike": _strike, "diplomacy": _diplomacy, "territory": _territory}


def render_event(event: dict[str, Any]) -> str:
    """``STRIKE 2025-12-06 RU→UA drones 653 launched/585 intercepted, ...; Fastiv (Kyiv Oblast); 8 injured``."""
    kind = event.get("type", "?")
    body = _RENDER.get(kind, lambda e: [])(event)
    modality = event.get("modality")
    tail = f" [{modality}]" if modality and modality != "reported" else ""
    if event.get("version", 1) > 1 or event.get("corroboration", 1) > 1:
        tail += f" (v{event.get('version')}, {event.get('corroboration')} outlets)"
    sources = ",".join(s.get("article_id", "?") for s in event.get("sources") or [])
    return f"{kind.upper()} {event.get('date') or '----------'} " + "; ".join(body) + tail + f"  <{sources}>"


def render_dead_letter(headers: dict[str, str], value: bytes | None) -> str:
    preview = (value or b"")[:60].decode("utf-8", "replace").replace("\n", " ")
    return (
        f"DEAD-LETTER {headers.get('dlq.reason', '?')}: {headers.get('dlq.detail', '')} "
        f"(from {headers.get('dlq.topic', '?')}[{headers.get('dlq.partition', '?')}]@{headers.get('dlq.offset', '?')}) "
        f"{preview!r}"
    )
