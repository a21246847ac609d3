"""Crash test: N generated articles, ``kill -9`` of the worker midway, a restart; nothing may be missing.

Usage: python bench/crash_test.py [--n 5000] [--kill-fraction 0.5] [--batch-size BYTES] [--keep-days D]

Runs the same scenario as tests/reliability/test_crash.py (``tests.reliability.scenarios.crash``) against
$KAFKA_BOOTSTRAP_SERVERS or an embedded tansu broker, and prints the account: articles, expected events,
records, missing articles / event ids, unknown ids (a replay that gave a different id), duplicates (an
event id published again with the same version: allowed, at least once) and the timings. Exit code 1
when anything is missing.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.broker import EmbeddedBroker  # noqa: E402
from tests.reliability import scenarios  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--kill-fraction", type=float, default=0.5)
    parser.add_argument("--batch-size", type=int, default=None, help="PRODUCER_MAX_BATCH_SIZE (default: 16384)")
    parser.add_argument("--keep-days", type=int, default=None,
                        help="CORROBORATION_KEEP_DAYS (default: keep all, see scenarios.KEEP_ALL)")
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    extra = {}
    if args.batch_size is not None:
        extra["PRODUCER_MAX_BATCH_SIZE"] = str(args.batch_size)
    if args.keep_days is not None:
        extra["CORROBORATION_KEEP_DAYS"] = str(args.keep_days)
    with tempfile.TemporaryDirectory(prefix="crash-test-") as tmp, contextlib.ExitStack() as stack:
        bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
        if not bootstrap:
            bootstrap = stack.enter_context(EmbeddedBroker(log_path=Path(tmp) / "broker.log")).bootstrap
        report = scenarios.crash(bootstrap, Path(tmp), args.n, args.kill_fraction, args.timeout, extra)
    print(report.summary())
    acc = report.account
    lost = acc.missing_articles or acc.missing_event_ids or acc.unknown_event_ids
    print("RESULT:", "LOST " + str(len(acc.missing_articles)) + " articles" if lost else "nothing lost")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
