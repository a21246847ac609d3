"""kill -9 mid-stream: every article's events are present after a restart; duplicates are counted.

N articles (``RELIABILITY_CRASH_N``, default 1500: what fits in about two minutes here; bench/crash_test.py
runs 5000) go to one worker, which is killed with SIGKILL once half of them have events; a new worker in
the same group resumes from the last commit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability import scenarios

pytestmark = pytest.mark.integration
N = int(os.environ.get("RELIABILITY_CRASH_N", "1500"))


def test_kill_9_midway_loses_no_article_and_replays_with_the_same_ids(bootstrap: str, tmp_path: Path) -> None:
    report = scenarios.crash(bootstrap, tmp_path, N, kill_fraction=0.5, timeout=150)
    print(report.summary())
    acc = report.account
    assert 0 < report.covered_at_kill < N, "the kill did not happen midway"
    assert acc.missing_articles == [], acc.missing_articles[:10]
    assert acc.missing_event_ids == [], acc.missing_event_ids[:10]
    assert acc.unknown_event_ids == [], "a replay gave an id the article does not give"
    assert acc.dead_letters == 0
    # duplicates (an event id published again with the same version) are allowed: at least once; printed above
