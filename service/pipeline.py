"""The pure core: one article in, its events out. No Kafka, no clock, no environment."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import Any

from service.domain import EVENT_TYPES, SCHEMA_VERSION, Article, Draft
from service.extract import diplomacy, strike, territory
from service.nlp.text import Doc, make_doc
from service.resources import Resources

_EXTRACTORS = (strike.extract, diplomacy.extract, territory.extract)


def extract_drafts(doc: Doc, resources: Resources) -> list[Draft]:
    """Every extractor's drafts for one prepared article, in extractor order."""
    drafts: list[Draft] = []
    for extractor in _EXTRACTORS:
        drafts.extend(extractor(doc, resources))
    return drafts


def event_id(article_id: str, event_type: str, ordinal: int) -> str:
    """Deterministic id: the same article processed twice gives the same ids."""
    digest = hashlib.blake2b(f"{article_id}\x1f{event_type}\x1f{ordinal}".encode(), digest_size=16)
    return digest.hexdigest()


def source_of(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "url": article.url,
        "source": article.source,
        "published_at": article.published_at,
    }


def to_event(article: Article, draft: Draft, ordinal: int) -> dict[str, Any]:
    """Wrap a draft in the event envelope every event type shares (see schemas/)."""
    assert draft.type in EVENT_TYPES, draft.type
    event: dict[str, Any] = {
        "event_id": event_id(article.id, draft.type, ordinal),
        "type": draft.type,
        "schema_version": SCHEMA_VERSION,
    }
    event.update(draft.fields)
    event["sources"] = [source_of(article)]
    event["evidence"] = {
        name: [span.to_json() for span in spans] for name, spans in draft.evidence.items() if spans
    }
    event["confidence"] = round(draft.confidence, 3)
    return event


def run(article: Article, resources: Resources) -> list[dict[str, Any]]:
    """Extract the events of one article (pure: equal input, equal output).

    ``extracted_at`` is not set here: the caller stamps it, so this function never reads the clock.
    """
    doc = make_doc(article)
    doc = replace(doc, places=tuple(resources.gazetteer.mentions(doc.text)))
    counters: dict[str, int] = {}
    events = []
    for draft in extract_drafts(doc, resources):
        ordinal = counters.get(draft.type, 0)
        counters[draft.type] = ordinal + 1
        events.append(to_event(article, draft, ordinal))
    return events
