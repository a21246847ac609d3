"""Hypothesis strategies for hostile input: messages that must become dead letters, and articles that are
valid but built to hurt the extractors' regular expressions.

``bad_messages()`` draws ``(raw bytes, reasons)``: the message and the dead-letter reasons it may get (a set:
a truncated article may stop inside a multi-byte character, say). ``adversarial_articles()`` draws valid
articles whose bodies repeat a phrase the extractors look for, or pile up digits, separators and spaces.
"""

from __future__ import annotations

from typing import Any

import orjson
from hypothesis import strategies as st

from bench.articles import article as generated_article

ARTICLE_FIELDS = ("id", "url", "source", "published_at", "title", "body", "language")
# Phrases the extractors react to, and text shapes that make backtracking regexes slow.
ADVERSARIAL_UNITS = (
    "1,1,1,1,", "Russian forces captured the village of ", "Russia launched 653 drones and 51 missiles. ",
    "Macron met Zelenskyy in London and ", " ", "1", ".", "-", "\"", "505 square kilometres ",
    "on 5 December 2025, ", "one hundred and twenty-five thousand ", "Kyiv Kharkiv Odesa ", "A", "1 1. 1, 1- ",
    "intercepted 585 drones and 30 missiles, ", "(((", "Oblast ", "km² ", "\u00a0", "\u2013\u2014",
)


def _base() -> st.SearchStrategy[dict[str, Any]]:
    return st.integers(min_value=0, max_value=10_000).map(lambda i: generated_article(i, prefix="hostile"))


def _json_scalars() -> st.SearchStrategy[Any]:
    return (st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
            | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20))


def _not_string() -> st.SearchStrategy[Any]:
    return (st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False, allow_infinity=False)
            | st.lists(st.integers(0, 9), max_size=3)
            | st.dictionaries(st.text(max_size=5), st.integers(0, 9), max_size=2))


def _truncated() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    def cut(data: tuple[dict[str, Any], float]) -> tuple[bytes, set[str]]:
        raw = orjson.dumps(data[0])
        return raw[: int(data[1] * (len(raw) - 1))], {"not_json", "not_utf8"}

    return st.tuples(_base(), st.floats(min_value=0, max_value=1)).map(cut)


def _wrong_types() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    def swap(data: tuple[dict[str, Any], str, Any]) -> tuple[bytes, set[str]]:
        item, name, value = data
        return orjson.dumps({**item, name: value}), {"schema"}

    return st.tuples(_base(), st.sampled_from(ARTICLE_FIELDS), _not_string()).map(swap)


def _schema_breaks() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    unknown = st.text(min_size=1, max_size=12).filter(lambda k: k not in ARTICLE_FIELDS)
    extra = st.tuples(_base(), unknown, _json_scalars()).map(lambda d: {**d[0], d[1]: d[2]})
    missing = st.tuples(_base(), st.sampled_from(("id", "body"))).map(
        lambda d: {k: v for k, v in d[0].items() if k != d[1]})
    blank = st.tuples(_base(), st.text(alphabet=" \t\r\n", max_size=50)).map(lambda d: {**d[0], "body": d[1]})
    bad_date = st.tuples(_base(), st.sampled_from(("yesterday", "2025-12-07", "07/12/2025", "", "2025-12-07T25"))
                         ).map(lambda d: {**d[0], "published_at": d[1]})
    long_id = _base().map(lambda a: {**a, "id": "i" * 257})
    return st.one_of(extra, missing, blank, bad_date, long_id).map(lambda d: (orjson.dumps(d), {"schema"}))


def _deep() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    def nest(data: tuple[int, str]) -> tuple[bytes, set[str]]:
        depth, shape = data
        if shape == "list":
            return b"[" * depth + b"]" * depth, {"not_object", "not_json"}
        if shape == "object":
            return b'{"a":' * depth + b"1" + b"}" * depth, {"schema", "not_json"}
        inner = b"[" * depth + b"]" * depth
        return b'{"id":"deep","body":"text","nested":' + inner + b"}", {"schema", "not_json"}

    return st.tuples(st.integers(min_value=1, max_value=3000), st.sampled_from(("list", "object", "field"))).map(nest)


def _invalid_utf8() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    bad = st.sampled_from((b"\xff", b"\xfe", b"\xc3\x28", b"\xa0\xa1", b"\xe2\x28\xa1", b"\xed\xa0\x80",
                           b"\xf8\x88\x80\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\x80"))

    def insert(data: tuple[dict[str, Any], bytes, float]) -> tuple[bytes, set[str]]:
        item, junk, where = data
        raw = orjson.dumps(item)
        start = raw.index(b'"body":"') + 8
        at = start + int(where * (raw.index(b'"', start) - start))
        return raw[:at] + junk + raw[at:], {"not_utf8"}

    return st.tuples(_base(), bad, st.floats(min_value=0, max_value=1)).map(insert)


def _not_object() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    values = st.recursive(_json_scalars(), lambda c: st.lists(c, max_size=4), max_leaves=10)
    return values.map(lambda v: (orjson.dumps(v), {"not_object"}))


def _random_bytes() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    return st.binary(max_size=2000).map(lambda b: (b, {"not_json", "not_utf8", "not_object"}))


def _other_language() -> st.SearchStrategy[tuple[bytes, set[str]]]:
    return st.tuples(_base(), st.sampled_from(("uk", "ru", "de", "fr", "pl"))).map(
        lambda d: (orjson.dumps({**d[0], "language": d[1]}), {"unsupported_language"}))


def huge(max_message_bytes: int, max_body_chars: int) -> st.SearchStrategy[tuple[bytes, set[str]]]:
    """Bodies just over the character limit, and messages just over the byte limit."""
    over_chars = st.integers(min_value=max_body_chars + 1, max_value=min(max_body_chars * 2, max_message_bytes - 200))
    long_body = over_chars.map(lambda n: (orjson.dumps({"id": "long", "body": "Drones. " * (n // 8 + 1)}),
                                          {"body_too_long"}))
    too_big = st.integers(min_value=1, max_value=50_000).map(
        lambda n: (orjson.dumps({"id": "big", "body": "x" * (max_message_bytes + n)}), {"too_large"}))
    return long_body | too_big


def bad_messages(max_message_bytes: int, max_body_chars: int) -> st.SearchStrategy[tuple[bytes, set[str]]]:
    return st.one_of(
        _random_bytes(), _truncated(), _wrong_types(), _schema_breaks(), _deep(), _invalid_utf8(), _not_object(),
        _other_language(), huge(max_message_bytes, max_body_chars),
    )


def adversarial_body(unit: str, chars: int) -> str:
    """``unit`` repeated to ``chars`` characters, with a real sentence at the end (so it is not blank)."""
    tail = " Russia launched 7 drones at Odesa overnight."
    return (unit * (chars // len(unit) + 1))[: max(chars - len(tail), 0)] + tail


def adversarial_articles(max_chars: int) -> st.SearchStrategy[dict[str, Any]]:
    return st.tuples(_base(), st.sampled_from(ADVERSARIAL_UNITS), st.integers(min_value=1, max_value=max_chars)).map(
        lambda d: {**d[0], "id": f"adv-{d[0]['id']}", "body": adversarial_body(d[1], d[2])})
