"""Write schemas/{strike,diplomacy,territory}.schema.json from one definition of the shared envelope.

Run: python tools/gen_schemas.py   (tests/unit/test_schemas.py fails when the files are stale)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NULLABLE_STR = {"type": ["string", "null"]}
NULLABLE_INT = {"type": ["integer", "null"], "minimum": 0}
ALPHA2 = {"type": "string", "pattern": "^[A-Z]{2}$"}
DATE = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}-\d{2}(-\d{2})?$",
    "description": "When it happened: YYYY-MM-DD, YYYY-MM for a month, null when the article does not say.",
}
LOCATION = {
    "type": "object",
    "required": ["name", "precision"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "precision": {"enum": ["facility", "settlement", "admin1", "region", "country"],
                      "description": "region: an area spanning several first-level regions (Donbas)"},
        "admin1": NULLABLE_STR,
        "admin1_code": {"type": ["string", "null"], "description": "ISO 3166-2, e.g. UA-14"},
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
        "lon": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
        "geonameid": {"type": ["integer", "null"]},
        "role": NULLABLE_STR,
    },
}
SPAN = {
    "type": "object",
    "required": ["quote", "start", "end"],
    "properties": {
        "quote": {"type": "string", "description": "Exactly body[start:end] of the source article."},
        "article_id": {"type": "string", "description": "The article the quote is from."},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    },
}
ENVELOPE: dict[str, Any] = {
    "event_id": {"type": "string", "pattern": "^[0-9a-f]{32}$",
                 "description": "Deterministic: the same article processed again gives the same id. Message key."},
    "schema_version": {"const": "1.0"},
    "date": DATE,
    "locations": {"type": "array", "items": LOCATION},
    "modality": {"enum": ["reported", "claimed", "denied", "planned", "hypothetical"],
                 "description": "Reported as fact, one side's claim, denied, planned, or hypothetical."},
    "claimed_by": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
    "sources": {
        "type": "array", "minItems": 1,
        "items": {"type": "object", "required": ["article_id"], "properties": {
            "article_id": {"type": "string"}, "url": NULLABLE_STR, "source": NULLABLE_STR,
            "published_at": NULLABLE_STR}},
    },
    "evidence": {"type": "object", "description": "Field name -> the quotes that support it.",
                 "additionalProperties": {"type": "array", "items": SPAN}},
    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    "version": {"type": "integer", "minimum": 1,
                "description": "Increases each time a report adds or revises a fact of this real-world event."},
    "updated_at": {"type": "string", "format": "date-time", "description": "When this version was published."},
    "corroboration": {"type": "integer", "minimum": 1, "description": "Distinct outlets behind the event."},
    "disagreements": {"type": "object", "description": "Field -> {article_id: value} where reports disagree; "
                      "the field itself holds the chosen value.",
                      "additionalProperties": {"type": "object"}},
}
REQUIRED = ["event_id", "type", "schema_version", "date", "locations", "sources", "evidence", "confidence",
            "version", "updated_at", "corroboration", "disagreements"]

TYPES: dict[str, tuple[str, dict[str, Any], list[str]]] = {
    "strike": ("An attack wave: who attacked, with what, how many launched and intercepted, what was hit.", {
        "attacker": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "weapons": {"type": "array", "items": {"type": "object", "required": ["category"], "properties": {
            "category": {"enum": ["drone", "missile", "glide_bomb", "artillery", "aircraft"]},
            "model": NULLABLE_STR, "launched": NULLABLE_INT, "intercepted": NULLABLE_INT,
            "launched_qualifier": {"enum": ["exact", "at_least", "more_than", "about", "up_to", None]}}}},
        "targets": {"type": "array", "items": {"type": "object", "required": ["category"], "properties": {
            "category": {"enum": ["energy", "transport", "residential", "nuclear", "military", "industrial",
                                  "civilian_other", "government"]},
            "name": NULLABLE_STR}}},
        "casualties": {"type": "object", "required": ["killed", "injured"],
                       "properties": {"killed": NULLABLE_INT, "injured": NULLABLE_INT}},
        "sites_hit": NULLABLE_INT,
    }, ["attacker", "weapons", "targets", "casualties"]),
    "diplomacy": ("An interaction between parties: talks, meeting, call, summit, visit, agreement.", {
        "kind": {"enum": ["talks", "meeting", "call", "summit", "visit", "agreement", "statement"]},
        "status": {"enum": ["held", "scheduled", "ongoing"]},
        "outcome": {"enum": ["no_breakthrough", "agreement", None]},
        "participants": {"type": "array", "items": {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string"}, "role": NULLABLE_STR,
            "country": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"}}}},
        "countries": {"type": "array", "items": ALPHA2},
        "venue": {"anyOf": [{"type": "null"}, LOCATION]},
    }, ["kind", "status", "outcome", "participants", "countries", "venue"]),
    "territory": ("A change of control: capture, recapture, advance, encirclement, withdrawal, area gained.", {
        "actor": {"type": ["string", "null"], "pattern": "^[A-Z]{2}$"},
        "status": {"enum": ["captured", "recaptured", "advancing", "encircling", "withdrew", "controls"]},
        "area_km2": {"type": ["number", "null"], "minimum": 0},
        "area": {"type": ["object", "null"], "properties": {"value": {"type": "number"}, "unit": {"type": "string"}}},
        "disputed": {"type": "boolean"},
    }, ["actor", "status", "area_km2"]),
}


def schema(event_type: str) -> dict[str, Any]:
    description, props, required = TYPES[event_type]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://war-events.example/schemas/{event_type}.schema.json",
        "title": f"{event_type} event",
        "description": description + f" Published on the `events.{event_type}` topic keyed by event_id: each "
        "message is the latest version of one real-world event (a null value deletes a key that was renamed).",
        "type": "object",
        "required": REQUIRED + required,
        "properties": {"type": {"const": event_type}, **ENVELOPE, **props},
    }


def main() -> None:
    for event_type in TYPES:
        path = ROOT / "schemas" / f"{event_type}.schema.json"
        path.write_text(json.dumps(schema(event_type), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
