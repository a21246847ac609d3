"""Article validation: every kind of bad input gets its own reason; good input becomes an Article."""

from __future__ import annotations

import orjson
import pytest

from service.codec import InvalidMessage, decode_article

LIMIT = 10_000


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(None, "not_json", id="no-value"),
        pytest.param(b"", "not_json", id="empty-bytes"),
        pytest.param(b"hello", "not_json", id="not-json"),
        pytest.param(b'{"id": "a", "body": "x"', "not_json", id="truncated"),
        pytest.param(b"\xc3\x28", "not_utf8", id="invalid-utf8"),
        pytest.param(b'"just a string"', "not_object", id="string"),
        pytest.param(b"[]", "not_object", id="array"),
        pytest.param(b'{"body": "text"}', "schema", id="missing-id"),
        pytest.param(b'{"id": "a"}', "schema", id="missing-body"),
        pytest.param(b'{"id": "a", "body": ""}', "schema", id="empty-body"),
        pytest.param(b'{"id": "a", "body": " \\n\\t "}', "schema", id="blank-body"),
        pytest.param(b'{"id": "", "body": "x"}', "schema", id="empty-id"),
        pytest.param(b'{"id": 7, "body": "x"}', "schema", id="id-not-string"),
        pytest.param(b'{"id": "a", "body": ["x"]}', "schema", id="body-not-string"),
        pytest.param(b'{"id": "a", "body": "x", "extra": 1}', "schema", id="unknown-field"),
        pytest.param(b'{"id": "a", "body": "x", "published_at": "7 Dec 2025"}', "schema", id="not-rfc3339"),
        pytest.param(b"[" * 3000 + b"]" * 3000, "not_json", id="deep-nesting"),
        pytest.param(orjson.dumps({"id": "a", "body": "x" * LIMIT}), "too_large", id="too-large"),
    ],
)
def test_bad_input_is_rejected_with_its_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(InvalidMessage) as info:
        decode_article(raw, max_bytes=LIMIT)
    assert info.value.reason == reason
    assert info.value.detail


def test_body_over_the_character_limit_is_rejected() -> None:
    raw = orjson.dumps({"id": "a", "body": "word " * 100})
    with pytest.raises(InvalidMessage) as info:
        decode_article(raw, max_bytes=LIMIT, max_body_chars=100)
    assert info.value.reason == "body_too_long"


def test_a_full_article_round_trips() -> None:
    raw = orjson.dumps({
        "id": "a1", "url": "https://x.test/1", "source": "Outlet", "published_at": "2025-12-07T06:30:00+02:00",
        "title": "T", "body": "Russia launched 5 drones.", "language": "en",
    })
    article = decode_article(raw, max_bytes=LIMIT)
    assert (article.id, article.source, article.published_at) == ("a1", "Outlet", "2025-12-07T06:30:00+02:00")
    assert article.body == "Russia launched 5 drones."


def test_nulls_are_allowed_for_optional_fields() -> None:
    raw = b'{"id": "a", "body": "x", "url": null, "title": null, "published_at": null, "language": null}'
    assert decode_article(raw, max_bytes=LIMIT).published_at is None
