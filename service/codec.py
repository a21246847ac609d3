"""The one place that (de)serialises: article bytes in, event bytes out, matching schemas/."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson

from service.domain import Article

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# Dead-letter reasons: a closed set (they label a metric).
REASONS: tuple[str, ...] = (
    "too_large",
    "not_utf8",
    "not_json",
    "not_object",
    "schema",
    "body_too_long",
    "unsupported_language",
    "extraction_error",
    "corroboration_error",
)


class InvalidMessage(Exception):
    """A message that can never be processed as it is; it goes to the dead-letter topic."""

    def __init__(self, reason: str, detail: str) -> None:
        assert reason in REASONS, reason
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@functools.cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema from schemas/ (``name`` without the ``.schema.json`` suffix)."""
    data: dict[str, Any] = orjson.loads((SCHEMA_DIR / f"{name}.schema.json").read_bytes())
    return data


@functools.lru_cache(maxsize=1)
def _article_validator() -> Any:
    return fastjsonschema.compile(load_schema("article"))


def decode_article(raw: bytes | None, *, max_bytes: int, max_body_chars: int | None = None) -> Article:
    """Bytes from the input topic -> a valid Article.

    Raises InvalidMessage with a reason from REASONS; never anything else for bad input.
    """
    if raw is None:
        raise InvalidMessage("not_json", "empty message (no value)")
    if len(raw) > max_bytes:
        raise InvalidMessage("too_large", f"{len(raw)} bytes > limit {max_bytes}")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidMessage("not_utf8", f"invalid UTF-8 at byte {exc.start}") from None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidMessage("not_json", str(exc)[:200]) from None
    if not isinstance(data, dict):
        raise InvalidMessage("not_object", f"top-level JSON {type(data).__name__}, expected object")
    try:
        _article_validator()(data)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise InvalidMessage("schema", exc.message[:300]) from None
    body: str = data["body"]
    if max_body_chars is not None and len(body) > max_body_chars:
        raise InvalidMessage("body_too_long", f"body of {len(body)} characters > limit {max_body_chars}")
    return Article(
        id=data["id"],
        body=body,
        url=data.get("url"),
        source=data.get("source"),
        published_at=data.get("published_at"),
        title=data.get("title"),
        language=data.get("language"),
    )


def encode(obj: Any) -> bytes:
    """JSON bytes for an event or a dead letter."""
    return orjson.dumps(obj)


def decode(raw: bytes) -> Any:
    return orjson.loads(raw)
