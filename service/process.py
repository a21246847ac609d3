"""One input message -> what to publish. Pure apart from the resources it is given: no Kafka types.

The agent calls ``process`` and sends what it returns; tests call it on plain bytes.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from service.codec import InvalidMessage, decode_article, encode
from service.corroborate import partition_key
from service.dlq import DeadLetter, Origin
from service.nlp.language import is_english
from service.pipeline import run
from service.resources import Resources

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int
    max_body_chars: int


@dataclass(slots=True)
class Outcome:
    """Events to publish (type, key, JSON bytes, blocking key), or one dead letter."""

    events: list[tuple[str, bytes, bytes, str]] = field(default_factory=list)
    dead_letter: DeadLetter | None = None
    extraction_seconds: float | None = None


def process(
    key: bytes | None, value: bytes | None, origin: Origin, resources: Resources, limits: Limits,
    extracted_at: str,
) -> Outcome:
    """Decode, validate and extract one message.

    Bad input becomes a dead letter with its reason; an unexpected error inside the extractor
    also becomes a dead letter (reason ``extraction_error``) so one poisonous article cannot
    stop the stream — it can be replayed after a fix.
    """
    try:
        article = decode_article(value, max_bytes=limits.max_message_bytes, max_body_chars=limits.max_body_chars)
    except InvalidMessage as exc:
        return Outcome(dead_letter=DeadLetter(key, value, exc.reason, exc.detail, "decode", origin))
    english, language = is_english(article.language, article.body)
    if not english:
        detail = f"language {language!r}: the extractors read English"
        return Outcome(dead_letter=DeadLetter(key, value, "unsupported_language", detail, "route", origin))
    started = time.perf_counter()
    try:
        events: list[dict[str, Any]] = run(article, resources)
    except Exception as exc:  # noqa: BLE001 - counted, logged with origin, and dead-lettered
        log.exception(
            "extraction failed",
            extra={"topic": origin.topic, "partition": origin.partition, "offset": origin.offset},
        )
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return Outcome(dead_letter=DeadLetter(key, value, "extraction_error", detail, "extract", origin))
    elapsed = time.perf_counter() - started
    out = Outcome(extraction_seconds=elapsed)
    for event in events:
        event["extracted_at"] = extracted_at
        out.events.append((event["type"], event["event_id"].encode(), encode(event), partition_key(event)))
    return out
