"""The whole path on a real broker: articles topic -> worker -> event topics and dead letters."""

from __future__ import annotations

import json
import urllib.request
import uuid
from collections import Counter
from typing import Any

import orjson
import pytest
from jsonschema import Draft202012Validator

from service.client import Outgoing
from tests.conftest import ROOT, sample_articles
from tests.integration.harness import Collected, RunningWorker, publish_and_collect, settings_for, worker

pytestmark = pytest.mark.integration

NO_EVENTS = {"id": "quiet-1", "body": "The weather in Lviv was mild on Tuesday and markets were calm.",
             "published_at": "2025-12-09T08:00:00Z"}
# (message bytes, the dead-letter reason it must get)
MALFORMED: list[tuple[bytes, str]] = [
    (b"this is not JSON", "not_json"),
    (b'{"id": "truncated", "body": "Russia launc', "not_json"),
    (b"\xff\xfe\xfa not utf-8", "not_utf8"),
    (b"[1, 2, 3]", "not_object"),
    (b'{"id": 42, "body": "wrong type of id"}', "schema"),
    (b'{"id": "no-body"}', "schema"),
    (b'{"id": "empty-body", "body": ""}', "schema"),
    (b'{"id": "blank-body", "body": "   \\n  "}', "schema"),
    (b'{"id": "extra", "body": "text", "colour": "red"}', "schema"),
    (b'{"id": "bad-date", "body": "text", "published_at": "yesterday"}', "schema"),
    (b"[" * 5000, "not_json"),
    (orjson.dumps({"id": "long-body", "body": "Drones. " * 4000}), "body_too_long"),
    (orjson.dumps({"id": "huge", "body": "x" * 70_000}), "too_large"),
]
LIMITS = {"MAX_MESSAGE_BYTES": "65536", "MAX_BODY_CHARS": "20000"}


@pytest.fixture(scope="module")
def run(bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """One worker for this module; publishes the seeds, a no-event article and the malformed set."""
    tmp = tmp_path_factory.mktemp("e2e")
    settings = settings_for(bootstrap, uuid.uuid4().hex[:8], tmp, LIMITS)
    seeds = sample_articles()
    messages = [Outgoing(a["id"].encode(), orjson.dumps(a)) for a in [*seeds, NO_EVENTS]]
    messages += [Outgoing(f"bad-{i}".encode(), raw) for i, (raw, _) in enumerate(MALFORMED)]
    with worker(settings, tmp) as running:
        collected = publish_and_collect(settings, messages, expect=len(MALFORMED) + 6)
        yield settings, seeds, collected, running


def _schema(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text()))


def _events(settings: Any, collected: Collected) -> list[dict[str, Any]]:
    return [r.json() for t in settings.event_topics.values() for r in collected.on(t)]


def test_every_malformed_message_is_a_dead_letter_with_reason_origin_and_original_bytes(run: Any) -> None:
    settings, _, collected, _ = run
    letters = collected.on(settings.dlq_topic)
    assert Counter(r.headers["dlq.reason"] for r in letters) == Counter(reason for _, reason in MALFORMED)
    assert sorted(r.value for r in letters) == sorted(raw for raw, _ in MALFORMED)
    for r in letters:
        assert r.headers["dlq.topic"] == settings.input_topic
        assert int(r.headers["dlq.offset"]) >= 0 and int(r.headers["dlq.partition"]) >= 0
        assert r.headers["dlq.detail"]
    assert len({(r.headers["dlq.partition"], r.headers["dlq.offset"]) for r in letters}) == len(letters)


def test_events_are_schema_valid_keyed_by_id_and_quote_their_evidence(run: Any) -> None:
    settings, seeds, collected, _ = run
    bodies = {a["id"]: a["body"] for a in seeds}
    for event_type, topic in settings.event_topics.items():
        records = [r for r in collected.on(topic) if r.value is not None]
        assert records, f"no {event_type} event on {topic}"
        validator = _schema(event_type)
        for r in records:
            event = r.json()
            errors = [e.message for e in validator.iter_errors(event)]
            assert not errors, (event_type, errors)
            assert r.key == event["event_id"].encode()
            for spans in event["evidence"].values():
                for span in spans:
                    assert bodies[span["article_id"]][span["start"] : span["end"]] == span["quote"]


def test_the_seed_strike_has_the_reported_figures(run: Any) -> None:
    settings, seeds, collected, _ = run
    strikes = [e for e in _final(settings, collected) if e["type"] == "strike"]
    with_seed0 = [e for e in strikes if seeds[0]["id"] in {s["article_id"] for s in e["sources"]}]
    assert len(with_seed0) == 1, with_seed0
    weapons = {w["category"]: (w["launched"], w["intercepted"]) for w in with_seed0[0]["weapons"]}
    assert weapons["drone"] == (653, 585)
    assert weapons["missile"] == (51, 30)
    assert with_seed0[0]["attacker"] == "RU"
    assert with_seed0[0]["casualties"]["injured"] == 8


def test_the_two_seeds_corroborate_each_other(run: Any) -> None:
    settings, seeds, collected, _ = run
    final = _final(settings, collected)
    both = {a["id"] for a in seeds}
    shared = [e for e in final if {s["article_id"] for s in e["sources"]} == both]
    assert {e["type"] for e in shared} == {"strike", "diplomacy", "territory"}
    for e in shared:
        assert e["version"] >= 2 and e["corroboration"] == 2
    venues = {(e.get("venue") or {}).get("name") for e in final if e["type"] == "diplomacy"}
    assert {"London", "Moscow"} <= venues
    assert 505 in [e["area_km2"] for e in final if e["type"] == "territory"]


def test_the_article_without_events_gives_none_and_nothing_is_lost(run: Any) -> None:
    settings, seeds, collected, running = run
    final = _final(settings, collected)
    sources = {s["article_id"] for e in final for s in e["sources"]}
    assert sources == {a["id"] for a in seeds}
    metrics = _metrics(running)
    consumed = len(seeds) + 1 + len(MALFORMED)
    assert metrics["war_events_articles_consumed_total"] == consumed
    assert metrics["war_events_articles_without_events_total"] == 1
    dead = sum(v for k, v in metrics.items() if k.startswith("war_events_dead_letters_total{"))
    assert dead == len(MALFORMED)
    versions = [r for t in settings.event_topics.values() for r in collected.on(t) if r.value is not None]
    produced = sum(v for k, v in metrics.items() if k.startswith("war_events_events_produced_total{"))
    assert produced == len(versions)
    assert metrics["war_events_end_to_end_latency_seconds_count"] == len(versions)


def test_the_same_article_twice_makes_no_new_version(run: Any) -> None:
    settings, seeds, collected, running = run
    topics = list(settings.event_topics.values())
    def versions(c: Collected) -> Counter[tuple[bytes | None, int]]:
        return Counter((r.key, r.json()["version"]) for r in c.records if r.topic in topics and r.value is not None)

    final_before = collected.compacted(topics)
    again = publish_and_collect(settings, [Outgoing(seeds[0]["id"].encode(), orjson.dumps(seeds[0]))],
                                expect=len(collected.records) + 1, timeout=30)
    replayed = versions(again) - versions(collected)
    assert replayed, "the current versions are sent again (at least once)"
    assert set(replayed) <= set(versions(collected)), "no new version"
    strip = lambda e: {k: v for k, v in e.items() if k != "updated_at"}  # noqa: E731
    final_after = again.compacted(topics)
    assert final_after.keys() == final_before.keys()
    assert all(strip(final_after[k]) == strip(final_before[k]) for k in final_before)
    assert _metrics(running)["war_events_unchanged_reports_total{type=\"strike\"}"] >= 1


def _final(settings: Any, collected: Collected) -> list[dict[str, Any]]:
    return list(collected.compacted(list(settings.event_topics.values())).values())


def _metrics(running: RunningWorker) -> dict[str, float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{running.http_port}/metrics", timeout=5).read().decode()
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            out[name] = float(value)
    return out
