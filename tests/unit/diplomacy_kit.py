"""Shared harness of the diplomacy unit tests: ``events``/``one`` run the diplomacy extractor with the real
resources on one short article, and the publication days the rule-family files use."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from service.domain import Article
from service.extract import diplomacy
from service.nlp.text import make_doc
from service.resources import default_resources

SATURDAY = "2025-08-16T08:00:00Z"
WEDNESDAY = "2025-03-12T18:00:00Z"
THURSDAY = "2024-10-17T18:00:00Z"
MONDAY = "2024-11-18T09:00:00Z"


def events(body: str, published_at: str | None = SATURDAY) -> list[dict[str, Any]]:
    resources = default_resources()
    doc = make_doc(Article(id="t", body=body, published_at=published_at))
    doc = replace(doc, places=tuple(resources.gazetteer.mentions(doc.text)))
    out = []
    for draft in diplomacy.extract(doc, resources):
        fields = dict(draft.fields)
        fields["names"] = [p["name"] for p in fields["participants"]]
        fields["venue_name"] = fields["venue"]["name"] if fields["venue"] else None
        fields["evidence"] = draft.evidence
        out.append(fields)
    return out


def one(body: str, published_at: str | None = SATURDAY) -> dict[str, Any]:
    found = events(body, published_at)
    assert len(found) == 1, found
    return found[0]
