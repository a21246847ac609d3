"""Extraction quality, scored by the shared scorer through the offline `extract` command.

Two sets: the house set in tests/data/gold (articles written for this project, in the gold format
of ../shared/eval/GOLD.md) and, when it sits beside the repository, the shared development set.
These are regression floors, not targets: the README's table has the current figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SETS = {
    "house": (ROOT / "tests" / "data" / "gold", 0.85, 0.85),
    "dev": (ROOT.parent / "shared" / "eval" / "dev", 0.90, 0.90),
}


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not beside the repository")
@pytest.mark.parametrize("name", list(SETS))
def test_scores_stay_above_their_floor(name: str) -> None:
    path, f1_floor, slot_floor = SETS[name]
    if not Path(path).is_dir():
        pytest.skip(f"{path} is not here")
    cmd = f"{sys.executable} -m service extract"
    proc = subprocess.run([sys.executable, str(SCORER), "--cmd", cmd, str(path), "--json"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["event_f1"] >= f1_floor, summary
    assert summary["slot_accuracy"] >= slot_floor, summary


def test_the_house_articles_are_well_formed() -> None:
    for path in sorted((ROOT / "tests" / "data" / "gold").glob("*.json")):
        doc = json.loads(path.read_text())
        assert doc["article"]["id"] == path.stem and doc["article"]["body"].strip()
        for event in doc["events"]:
            assert event["type"] in ("strike", "diplomacy", "territory")
