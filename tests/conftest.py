"""Shared fixtures: sample articles, schemas, a real broker for the integration tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Workers started by the tests inherit these (faust reads them from the environment): with faust's 60 s
# session timeout a worker takes 30+ s to join a group on tansu; with 10 s, about 8 s.
os.environ.setdefault("BROKER_SESSION_TIMEOUT", "10")
os.environ.setdefault("BROKER_HEARTBEAT_INTERVAL", "1")
SAMPLES = ROOT / "service" / "data" / "samples.jsonl"


def sample_articles() -> list[dict[str, Any]]:
    """The two seed articles bundled with the service (valid lines of samples.jsonl)."""
    out = []
    for line in SAMPLES.read_text().splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if item.get("body"):
            out.append(item)
    return out


@pytest.fixture(scope="session")
def seeds() -> list[dict[str, Any]]:
    return sample_articles()


def _docker_engine_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def bootstrap() -> Iterator[str]:
    """A real Kafka-protocol broker: $KAFKA_BOOTSTRAP_SERVERS, else a testcontainers Kafka when a Docker
    engine answers, else the embedded tansu broker. One per test session."""
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
    if external:
        yield external
        return
    if _docker_engine_answers():
        from testcontainers.kafka import KafkaContainer

        with KafkaContainer() as kafka:
            yield kafka.get_bootstrap_server()
        return
    from service.broker import EmbeddedBroker

    with EmbeddedBroker() as broker:
        yield broker.bootstrap


@pytest.fixture
def unique() -> str:
    """A short unique suffix so tests sharing one broker never share topics or groups."""
    return uuid.uuid4().hex[:8]
