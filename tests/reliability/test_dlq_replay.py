"""Dead-letter replay after a fix: ``python -m service replay-dlq`` sends a dead letter back byte for byte.

An article too large for a worker with a small MAX_MESSAGE_BYTES becomes a ``too_large`` dead letter;
the worker is restarted with a bigger limit (the "fix"), the dead letters are replayed with the CLI,
the input topic holds the same bytes twice (original and replay), and the article now yields events.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import orjson
import pytest

from bench.articles import article as generated_article
from service.client import Outgoing, publish
from service.config import to_env
from tests.integration.harness import settings_for
from tests.reliability.support import Reader, covered, event_topics, start_ready_worker, wait_until

pytestmark = pytest.mark.integration
SMALL, BIG = 2_000, 1_048_576


def test_a_replayed_dead_letter_is_byte_identical_and_yields_events_after_the_fix(
    bootstrap: str, tmp_path: Path
) -> None:
    suffix = uuid.uuid4().hex[:8]
    small = settings_for(bootstrap, suffix, tmp_path, {"MAX_MESSAGE_BYTES": str(SMALL)})
    fixed = settings_for(bootstrap, suffix, tmp_path, {"MAX_MESSAGE_BYTES": str(BIG)})
    article = {**generated_article(3, prefix=f"r{suffix}"), "title": "Long title \u2014 " * 200}
    raw = orjson.dumps(article)
    assert len(raw) > SMALL
    letter = Outgoing(b"replay-me", raw)
    before = generated_article(4, prefix=f"r{suffix}")  # a normal article next to it

    worker = start_ready_worker(small, tmp_path / "small.log")
    try:
        with Reader(small, [*event_topics(small), small.dlq_topic]) as reader:
            asyncio.run(publish(small, [letter, Outgoing(before["id"].encode(), orjson.dumps(before))]))
            assert wait_until(lambda: any(r.topic == small.dlq_topic for r in reader.snapshot()), 60)
            dead = [r for r in reader.snapshot() if r.topic == small.dlq_topic]
    finally:
        worker.stop()
    assert [(r.key, r.value, r.headers["dlq.reason"]) for r in dead] == [(b"replay-me", raw, "too_large")]

    worker = start_ready_worker(fixed, tmp_path / "fixed.log")
    try:
        with Reader(fixed, [*event_topics(fixed), fixed.dlq_topic, fixed.input_topic]) as reader:
            env = {**os.environ, **to_env(fixed)}
            cli = subprocess.run([sys.executable, "-m", "service", "replay-dlq", "--reason", "too_large"], env=env,
                                 capture_output=True, text=True, timeout=120)
            assert cli.returncode == 0, cli.stderr
            assert "replayed 1 dead letters" in cli.stderr
            assert wait_until(lambda: article["id"] in covered(reader.snapshot(), event_topics(fixed)), 60)
            time.sleep(2)
            records = reader.snapshot()
    finally:
        worker.stop()
    on_input = [(r.key, r.value) for r in records if r.topic == fixed.input_topic and r.key == b"replay-me"]
    assert on_input == [(b"replay-me", raw), (b"replay-me", raw)], "original and replay, byte for byte"
    assert sum(1 for r in records if r.topic == fixed.dlq_topic) == 1, "the replay is not a dead letter again"
