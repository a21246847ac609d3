"""Two workers in one group, one killed with SIGKILL midway: the other takes its partitions, nothing is missing.

N articles (``RELIABILITY_REBALANCE_N``, default 1200). Both workers hold input partitions before the
articles go in; the first is killed once 30 % of the articles have events.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reliability import scenarios

pytestmark = pytest.mark.integration
N = int(os.environ.get("RELIABILITY_REBALANCE_N", "1200"))


def test_the_survivor_takes_over_and_nothing_is_missing(bootstrap: str, tmp_path: Path) -> None:
    report = scenarios.rebalance(bootstrap, tmp_path, N, kill_fraction=0.3, timeout=150)
    print(report.summary(), f"survivor_partitions={report.survivor_partitions}")
    acc = report.account
    assert 0 < report.covered_at_kill < N, "the kill did not happen midway"
    assert report.survivor_alive
    assert report.survivor_partitions == 8, "the survivor should hold every input and candidates partition"
    assert acc.missing_articles == [], acc.missing_articles[:10]
    assert acc.missing_event_ids == [] and acc.unknown_event_ids == []
    assert acc.dead_letters == 0
