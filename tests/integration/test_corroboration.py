"""Corroboration on a real broker: order, duplicates, revisions, restarts and two workers."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest

from service.client import Outgoing
from service.config import Settings
from tests.conftest import sample_articles
from tests.integration.harness import Collected, publish_and_collect, settings_for, worker

pytestmark = pytest.mark.integration
# tansu loses table-changelog updates when a producer batch holds several records (real Kafka does not)
EXACT = {"PRODUCER_MAX_BATCH_SIZE": "1"}


def _message(article: dict[str, Any]) -> Outgoing:
    return Outgoing(article["id"].encode(), orjson.dumps(article))


def _final(settings: Settings, collected: Collected) -> list[dict[str, Any]]:
    return list(collected.compacted(list(settings.event_topics.values())).values())


def _shape(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What must not depend on arrival order: ids, sources and facts (not timestamps)."""
    out = []
    for e in events:
        facts = {k: v for k, v in e.items() if k not in ("updated_at", "extracted_at")}
        out.append((e["event_id"], orjson.dumps(facts, option=orjson.OPT_SORT_KEYS)))
    return sorted(out)


def _new(bootstrap: str, tmp_path: Path) -> Settings:
    return settings_for(bootstrap, uuid.uuid4().hex[:8], tmp_path, EXACT)


def test_seeds_in_either_order_give_the_same_final_events(bootstrap: str, tmp_path: Path) -> None:
    seeds = sample_articles()
    finals = []
    for order in (seeds, list(reversed(seeds))):
        settings = _new(bootstrap, tmp_path)
        with worker(settings, tmp_path, name=f"order-{order[0]['id']}"):
            collected = Collected()
            for article in order:  # one after the other, as two outlets would publish
                collected = publish_and_collect(settings, [_message(article)], expect=len(collected.records) + 1)
        finals.append(_final(settings, collected))
    assert _shape(finals[0]) == _shape(finals[1])
    merged = [e for e in finals[0] if len(e["sources"]) == 2]
    assert {e["type"] for e in merged} == {"strike", "diplomacy", "territory"}


def test_a_third_report_revising_the_injured_count_publishes_a_new_version(bootstrap: str, tmp_path: Path) -> None:
    seeds = sample_articles()
    revised = {**seeds[0], "id": "revision-1", "source": "Third outlet", "published_at": "2025-12-07T15:00:00Z",
               "body": seeds[0]["body"].replace("leaving at least eight people injured",
                                                "leaving at least 12 people injured")}
    assert revised["body"] != seeds[0]["body"]
    settings = _new(bootstrap, tmp_path)
    with worker(settings, tmp_path):
        first = publish_and_collect(settings, [_message(seeds[0])], expect=3)
        before = [e for e in _final(settings, first) if e["type"] == "strike"]
        after_all = publish_and_collect(settings, [_message(revised)], expect=len(first.records) + 1)
    (strike,) = [e for e in _final(settings, after_all) if e["type"] == "strike"]
    assert len(before) == 1 and before[0]["casualties"]["injured"] == 8
    assert strike["event_id"] == min(before[0]["event_id"], strike["event_id"])
    assert strike["version"] == before[0]["version"] + 1
    assert strike["casualties"]["injured"] == 12
    assert strike["disagreements"]["casualties.injured"] == {seeds[0]["id"]: 8, "revision-1": 12}
    assert strike["corroboration"] == 2


def test_state_survives_a_worker_restart_between_the_seeds(bootstrap: str, tmp_path: Path) -> None:
    seeds = sample_articles()
    settings = _new(bootstrap, tmp_path)
    with worker(settings, tmp_path, name="before-restart"):
        first = publish_and_collect(settings, [_message(seeds[0])], expect=3)
    with worker(settings, tmp_path, name="after-restart"):  # same group, state from the changelog
        both = publish_and_collect(settings, [_message(seeds[1])], expect=len(first.records) + 1)
    merged = [e for e in _final(settings, both) if len(e["sources"]) == 2]
    assert {e["type"] for e in merged} == {"strike", "diplomacy", "territory"}
    assert all(e["version"] >= 2 for e in merged)


def test_two_workers_in_one_group_share_the_work_and_lose_nothing(bootstrap: str, tmp_path: Path) -> None:
    seeds = sample_articles()
    settings = _new(bootstrap, tmp_path)
    extra = [{"id": f"gen-{i}", "published_at": f"2025-11-{i + 1:02d}T06:00:00Z",
              "body": f"Russia launched {100 + i} drones at Ukraine overnight, the air force said. "
                      f"Air defences shot down {50 + i} of them over Odesa Oblast."} for i in range(20)]
    with worker(settings, tmp_path, name="w1"), worker(settings, tmp_path, name="w2"):
        collected = publish_and_collect(settings, [_message(a) for a in [*seeds, *extra]], expect=30, settle=5)
    final = _final(settings, collected)
    strikes = [e for e in final if e["type"] == "strike"]
    launched = sorted(w["launched"] for e in strikes for w in e["weapons"] if w["category"] == "drone")
    assert [n for n in launched if n and 100 <= n < 120] == list(range(100, 120))
    assert len([e for e in strikes if len(e["sources"]) == 2]) == 1
