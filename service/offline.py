"""Offline extraction: JSON Lines articles in, JSON Lines events out (no Kafka).

The same validation and extraction code the worker runs; used by the scorer.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import BinaryIO

import orjson

from service.codec import InvalidMessage, decode_article
from service.pipeline import run
from service.resources import default_resources


def extract_stream(stdin: BinaryIO, stdout: BinaryIO, max_bytes: int) -> tuple[int, int, int]:
    """Read articles line by line, write one event per line.

    Returns (articles, events, rejected). A line that is not a valid article is reported on
    stderr with its line number and reason, and extraction goes on.
    """
    resources = default_resources()
    articles = events = rejected = 0
    for lineno, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        try:
            article = decode_article(line.rstrip(b"\r\n"), max_bytes=max_bytes)
        except InvalidMessage as exc:
            rejected += 1
            print(f"line {lineno}: rejected ({exc.reason}): {exc.detail}", file=sys.stderr)
            continue
        articles += 1
        stamp = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        for event in run(article, resources):
            event["extracted_at"] = stamp
            stdout.write(orjson.dumps(event) + b"\n")
            events += 1
    stdout.flush()
    return articles, events, rejected
