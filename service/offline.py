"""Offline extraction: JSON Lines articles in, JSON Lines events out (no Kafka).

Each line goes through ``process`` — the worker's own per-message step (validation, language routing,
extraction) — so the scorer measures exactly what the worker publishes before corroboration.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from service.clock import utc_now
from service.dlq import Origin
from service.process import Limits, process
from service.resources import default_resources


def extract_stream(stdin: BinaryIO, stdout: BinaryIO, max_bytes: int) -> tuple[int, int, int]:
    """Read articles line by line, write one event per line.

    Returns (articles, events, rejected). A line the worker would dead-letter is reported on stderr
    with its line number and reason, and extraction goes on.
    """
    resources = default_resources()
    limits = Limits(max_message_bytes=max_bytes, max_body_chars=max_bytes)
    articles = events = rejected = 0
    for lineno, line in enumerate(stdin, 1):
        if not line.strip():
            continue
        outcome = process(None, line.rstrip(b"\r\n"), Origin("stdin", 0, lineno), resources, limits, utc_now())
        if outcome.dead_letter is not None:
            rejected += 1
            letter = outcome.dead_letter
            print(f"line {lineno}: rejected ({letter.reason}): {letter.detail}", file=sys.stderr)
            continue
        articles += 1
        for _, _, value, _ in outcome.events:
            stdout.write(value + b"\n")
            events += 1
    stdout.flush()
    return articles, events, rejected
