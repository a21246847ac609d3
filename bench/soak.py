"""Soak: many generated articles through one worker, with the worker's memory sampled as it goes.

Usage: python bench/soak.py [--n 100000] [--chunk 5000] [--max-minutes 15] [--every 5] [--workdir DIR]

Publishes the articles (bench/articles.py: varied, none corroborating another) in chunks, keeping at most
two chunks ahead of the worker, against $KAFKA_BOOTSTRAP_SERVERS or an embedded tansu broker, with the
production settings (corroboration state kept 7 event days). Every ``--every`` seconds it samples VmRSS
of the worker (/proc/PID/status) and prints a line; at the end: RSS start/end/peak, articles done, events,
throughput. Stops early after ``--max-minutes``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.articles import generate  # noqa: E402
from service.broker import EmbeddedBroker  # noqa: E402
from service.client import publish  # noqa: E402
from tests.integration.harness import settings_for  # noqa: E402
from tests.reliability.support import Reader, event_topics, messages, start_ready_worker  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Progress:
    """Articles with at least one event, counted incrementally from a Reader's records."""

    def __init__(self, reader: Reader, topics: list[str]) -> None:
        self.reader, self.topics = reader, set(topics)
        self.done: set[str] = set()
        self.records = self.letters = 0

    def update(self) -> int:
        new = self.reader.drain()
        self.records += len(new)
        for r in new:
            if r.topic in self.topics and r.value is not None:
                self.done.update(s["article_id"] for s in r.json()["sources"])
            elif r.topic not in self.topics:
                self.letters += 1
        return len(self.done)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=5_000)
    parser.add_argument("--max-minutes", type=float, default=15.0)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--fetch-wait-ms", type=int, default=250,
                        help="CONSUMER_FETCH_MAX_WAIT_MS of the worker (see the note on tansu in main)")
    parser.add_argument("--workdir", help="keep the broker and worker logs here (default: a temporary directory)")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        tmp = args.workdir or stack.enter_context(tempfile.TemporaryDirectory(prefix="soak-"))
        Path(tmp).mkdir(parents=True, exist_ok=True)
        bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
        broker = None
        if not bootstrap:
            broker = stack.enter_context(EmbeddedBroker(log_path=Path(tmp) / "broker.log"))
            bootstrap = broker.bootstrap
        # tansu scans a partition's batches to answer a fetch and returns what it found by the fetch's
        # deadline: past ~20,000 batches a 10 ms deadline returns almost nothing (the consumer crawls).
        settings = settings_for(bootstrap, uuid.uuid4().hex[:8], Path(tmp),
                                {"CONSUMER_FETCH_MAX_WAIT_MS": str(args.fetch_wait_ms)})
        worker = start_ready_worker(settings, Path(tmp) / "worker.log")
        stack.callback(worker.stop)
        pid = worker.proc.pid
        samples = [(0.0, rss_mb(pid))]
        print(f"worker pid {pid} ready; RSS {samples[0][1]:.0f} MB", flush=True)
        reader = stack.enter_context(Reader(settings, [*event_topics(settings), settings.dlq_topic]))
        progress = Progress(reader, event_topics(settings))
        started = time.monotonic()
        deadline = started + args.max_minutes * 60
        published = 0
        next_sample = started + args.every
        while time.monotonic() < deadline:
            done = progress.update()
            if published < args.n and published - done < 2 * args.chunk:
                count = min(args.chunk, args.n - published)
                asyncio.run(publish(settings, messages(generate(count, prefix="soak", start=published))))
                published += count
            if done >= args.n:
                break
            if not worker.alive():
                print("WORKER DIED", worker.log()[-2000:])
                return 1
            now = time.monotonic()
            if now >= next_sample:
                samples.append((now - started, rss_mb(pid)))
                broker_rss = f" broker RSS {rss_mb(broker._proc.pid):.0f} MB" if broker and broker._proc else ""
                print(f"{now - started:7.1f}s published {published:>7,} done {done:>7,} "
                      f"({done / (now - started):6.1f}/s) worker RSS {samples[-1][1]:7.1f} MB{broker_rss}", flush=True)
                next_sample = now + args.every
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        done = progress.update()
        samples.append((elapsed, rss_mb(pid)))
        peak = max(s[1] for s in samples)
        first_full = next((s[1] for s in samples if s[0] >= 60), samples[1][1] if len(samples) > 1 else 0)
        print(f"\narticles published {published:,}, with events {done:,} in {elapsed:.0f}s "
              f"-> {done / elapsed:.1f} articles/s; event records {progress.records - progress.letters:,}, "
              f"dead letters {progress.letters}")
        print(f"worker RSS start {samples[0][1]:.0f} MB (idle, ready), after 1 min {first_full:.0f} MB, "
              f"end {samples[-1][1]:.0f} MB, peak {peak:.0f} MB ({len(samples)} samples)")
        metrics = worker.metrics()
        print("worker metrics: consumed", metrics.get("war_events_articles_consumed_total"),
              "produced", sum(v for k, v in metrics.items() if k.startswith("war_events_events_produced_total{")))
        return 0 if done >= min(published, args.n) else 2


if __name__ == "__main__":
    sys.exit(main())
