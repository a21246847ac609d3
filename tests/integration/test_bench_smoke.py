"""`war-events bench --quick` runs every stage against a real broker and prints the whole table.

Not a timed test: the figures of a tiny load mean nothing; only the table's shape is checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

STAGES = [
    ("extraction only (pipeline.run, in process)", "1 core"),
    ("raw aiokafka pass-through (1 KB out)", "1"),
    ("no-op faust agent (1 KB out)", "1"),
    ("full service, backlog", "1"),
    ("full service, paced 300/s", "1"),
    ("full service, paced", "1"),  # at half the measured 1-worker rate
    ("full service, backlog", "2"),
]


def table_rows(stdout: str) -> list[list[str]]:
    lines = [ln for ln in stdout.splitlines() if ln.startswith("| ")]
    return [[c.strip() for c in ln.strip("|").split("|")] for ln in lines[1:]]  # without the header


def test_quick_bench_prints_every_row(bootstrap: str, tmp_path: Path) -> None:
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "SERVICE_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "service", "bench", "--quick", "--markdown"], env=env,
                            capture_output=True, text=True, timeout=540)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = table_rows(result.stdout)
    assert len(rows) == len(STAGES), result.stdout
    for row, (stage, workers) in zip(rows, STAGES, strict=True):
        assert row[0].startswith(stage) and row[1] == workers, row
        complete, expected = row[3].split("/")
        assert complete == expected and int(expected) > 0, f"outputs missing: {row}"
        assert float(row[4].replace(",", "")) > 0, f"no throughput measured: {row}"
        assert row[7] != "—", f"no latency measured: {row}"
        if workers != "1 core":
            assert all(float(v.replace(",", "")) > 0 for v in row[8].split(" / ")), f"no peak RSS: {row}"
    for section in ("Ratios:", "Targets:", "Machine:", "service ÷ no-op agent", "2 workers ÷ 1 worker",
                    "p99 <= 100 ms", "faust-streaming", "aiokafka"):
        assert section in result.stdout, section
