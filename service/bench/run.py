"""``war-events bench``: every stage measured in one run, on one broker and one machine.

1. raw aiokafka pass-through (subprocess): the transport's limit;
2. a no-op faust agent (subprocess worker): the framework's floor;
3. extraction alone, in process, on one core;
4. the real worker (``python -m service worker``): throughput and end-to-end latency with a backlog,
   one worker then two in one group, and latency at a paced offered load.

Uses the embedded tansu broker unless KAFKA_BOOTSTRAP_SERVERS is set. Topics and groups get a
unique suffix, so runs never see each other's data.
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import subprocess
import sys
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from service import config
from service.bench import articles as gen
from service.bench.measure import Match, Run, by_key, by_sources, drive, peak_rss_mb
from service.bench.report import Row, render
from service.broker import EmbeddedBroker, free_port, tansu_binary
from service.client import Outgoing
from service.codec import decode_article
from service.config import Settings
from service.demo import embedded_settings, start_worker, stop_process, wait_ready
from service.domain import Article
from service.kafka import ensure_topics


@dataclass(frozen=True)
class Plan:
    articles: int
    rate: float  # offered load of the paced run
    paced_seconds: float  # a paced run publishes at most rate x this many articles
    idle: float  # once outputs flow, this many seconds without one end a run
    warmup: int  # articles sent (and awaited) before each stage's first measured run
    quick: bool
    per_day: int  # articles per simulated day of news (how many reports corroboration compares)


def plan_for(articles: int | None, quick: bool, rate: float, per_day: int) -> Plan:
    if quick:
        return Plan(articles or 30, rate, 0.2, 5.0, 5, True, per_day)
    return Plan(articles or 2000, rate, 10.0, 15.0, 40, False, per_day)


def settings_for(base: Settings, name: str, data_dir: Path) -> Settings:
    """Topics and group of one stage, unique to this run."""
    return config.load({
        **config.to_env(base),
        "INPUT_TOPIC": f"bench-{name}-articles",
        "DLQ_TOPIC": f"bench-{name}-articles.dlq",
        "STRIKE_TOPIC": f"bench-{name}-events.strike",
        "DIPLOMACY_TOPIC": f"bench-{name}-events.diplomacy",
        "TERRITORY_TOPIC": f"bench-{name}-events.territory",
        "SERVICE_APP_ID": f"bench-{name}",
        "SERVICE_DATA_DIR": str(data_dir / name),
        "LOG_LEVEL": "WARNING",
    })


def messages(items: list[dict[str, object]]) -> list[Outgoing]:
    return [Outgoing(str(a["id"]).encode(), orjson.dumps(a)) for a in items]


def say(text: str) -> None:
    print(f"» {text}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, settings: Settings, plan: Plan, workdir: Path) -> None:
        from service.resources import Resources

        self.base, self.plan, self.workdir = settings, plan, workdir
        self.tag = uuid.uuid4().hex[:6]
        self.day = datetime(2025, 3, 1, tzinfo=UTC)  # each run's articles follow the previous run's
        self.rows: list[Row] = []
        self.resources = Resources.load()
        self.backlog: list[dict[str, object]] = []  # the 1-worker backlog run's articles (extraction runs on them)
        self.backlog_events: dict[str, set[str]] | None = None  # filled by the extraction stage
        self.workers: list[subprocess.Popen[bytes]] = []  # of the stage being measured
        self.broker_pid: int | None = None  # the embedded broker's process (its CPU is reported)

    def articles(self, name: str, count: int) -> list[dict[str, object]]:
        items = gen.stream(count, prefix=f"{name}-{self.tag}", start=self.day, per_day=self.plan.per_day)
        self.day += timedelta(days=count // self.plan.per_day + 2)
        return items

    def event_types(self, items: list[dict[str, object]]) -> dict[str, set[str]]:
        """Article id -> the event types the service will publish for it (the extraction, run here)."""
        from service.pipeline import run

        return {str(a["id"]): {e["type"] for e in run(_article(a), self.resources)} for a in items}

    def stage(self, name: str) -> Settings:
        settings = settings_for(self.base, f"{self.tag}-{name}", self.workdir)
        Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
        asyncio.run(ensure_topics(settings))
        return settings

    def extraction(self) -> None:
        """pipeline.run over the articles of the 1-worker backlog run (which then knows what to expect)."""
        from service.pipeline import run

        say("extraction alone, in process")
        self.backlog = self.articles("svc1", self.plan.articles)
        decoded = [_article(a) for a in self.backlog]
        times, expected = [], {}
        started = time.perf_counter()
        for article in decoded:
            t = time.perf_counter()
            events = run(article, self.resources)
            times.append((time.perf_counter() - t) * 1000)
            expected[article.id] = {e["type"] for e in events}
        seconds = time.perf_counter() - started
        self.backlog_events = expected
        with_events = sum(1 for kinds in expected.values() if kinds)
        self.rows.append(Row("extract", "extraction only (pipeline.run, in process)", "1 core",
                             Run(len(decoded), seconds, times, None, with_events, with_events), None))

    def passthrough(self, key: str, label: str, name: str) -> None:
        """Stage 1 or 2: a reference worker (``raw`` or ``noop``) that answers each article with 1 KB."""
        settings = self.stage(key)
        out = settings.strike_topic
        port = free_port()
        env = {**os.environ, **config.to_env(settings), "SERVICE_HTTP_PORT": str(port),
               "SERVICE_HTTP_HOST": "127.0.0.1"}
        log = open(self.workdir / f"{self.tag}-{key}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "service.bench.workers", key, out], env=env,
                                stdout=subprocess.PIPE, stderr=log)
        try:
            if key == "raw":
                _wait_line(proc, b"ready", 60)
            else:
                wait_ready(port, proc, timeout=180)
            self.workers = [proc]
            self._run(settings, [out], name + "-warm", self.plan.warmup, None, by_key)
            run = self._run(settings, [out], name, self.plan.articles, None, by_key)
            self.rows.append(Row(key, label, "1", run, [peak_rss_mb(proc.pid)]))
        finally:
            stop_process(proc)
            log.close()

    def service(self) -> None:
        say("full service, 1 worker (waiting for the group join)")
        settings = self.stage("service")
        outs = list(settings.event_topics.values())
        self.workers = []
        with ExitStack() as stack:
            first = self._worker(stack, settings, "worker1")
            self._run(settings, outs, "warm1", self.plan.warmup, None, by_sources)
            say("full service, 1 worker: backlog")
            assert self.backlog_events is not None
            backlog = self._drive(settings, outs, self.backlog, self.backlog_events, None, by_sources)
            self.rows.append(Row("svc1", "full service, backlog", "1", backlog, [peak_rss_mb(first.pid)]))
            say(f"full service, 1 worker: paced at {self.plan.rate:g}/s")
            paced = max(1, min(self.plan.articles, int(self.plan.rate * self.plan.paced_seconds)))
            run = self._run(settings, outs, "paced", paced, self.plan.rate, by_sources)
            self.rows.append(Row("paced", f"full service, paced {self.plan.rate:g}/s", "1", run,
                                 [peak_rss_mb(first.pid)]))
            half = max(5.0, round(backlog.rate / 2)) if backlog.rate else 5.0
            say(f"full service, 1 worker: paced at {half:g}/s")
            count = max(1, min(self.plan.articles, int(half * self.plan.paced_seconds)))
            run = self._run(settings, outs, "half", count, half, by_sources)
            self.rows.append(Row("half", f"full service, paced {half:g}/s (½ of 1-worker rate)", "1", run,
                                 [peak_rss_mb(first.pid)]))
            say("full service, 2 workers (waiting for the rebalance and the table recovery)")
            second = self._worker(stack, settings, "worker2")
            self._run(settings, outs, "warm2", self.plan.warmup, None, by_sources)
            say("full service, 2 workers: backlog")
            run = self._run(settings, outs, "svc2", self.plan.articles, None, by_sources)
            rss = [peak_rss_mb(first.pid), peak_rss_mb(second.pid)]
            self.rows.append(Row("svc2", "full service, backlog", "2", run, rss))

    def _worker(self, stack: ExitStack, settings: Settings, name: str) -> subprocess.Popen[bytes]:
        port = free_port()
        proc = start_worker(settings, port, self.workdir / f"{self.tag}-{name}.log")
        stack.callback(stop_process, proc)
        wait_ready(port, proc, timeout=180)
        self.workers.append(proc)
        return proc

    def _run(self, settings: Settings, outs: list[str], name: str, count: int, rate: float | None,
             match: Match) -> Run:
        items = self.articles(name, count)
        expected = {str(a["id"]): {"out"} for a in items} if match is by_key else self.event_types(items)
        return self._drive(settings, outs, items, expected, rate, match)

    def _drive(self, settings: Settings, outs: list[str], items: list[dict[str, object]],
               expected: dict[str, set[str]], rate: float | None, match: Match) -> Run:
        run = asyncio.run(drive(settings, outs, messages(items), match, expected, rate=rate, idle=self.plan.idle,
                                workers=self.workers, broker_pid=self.broker_pid))
        if run.crashed:
            raise WorkerCrashed(f"{run.crashed} (logs in {self.workdir})")
        return run


class WorkerCrashed(RuntimeError):
    """A measured worker process exited during a run."""


def _article(item: dict[str, object]) -> Article:
    return decode_article(orjson.dumps(item), max_bytes=10**7)


def _wait_line(proc: subprocess.Popen[bytes], line: bytes, timeout: float) -> None:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"pass-through worker exited with code {proc.returncode}")
        ready, _, _ = select.select([proc.stdout], [], [], 0.25)
        if ready and proc.stdout.readline().strip() == line:
            return
    raise TimeoutError(f"pass-through worker not ready after {timeout:.0f}s")


def run_bench(articles: int | None = None, quick: bool = False, markdown: bool = False, rate: float = 300.0,
              per_day: int = gen.PER_DAY) -> int:
    """Run every stage and print the table on stdout (progress on stderr).

    Returns 0, or 1 when a worker died (the table then holds the stages measured before it).
    """
    plan = plan_for(articles, quick, rate, per_day)
    settings = config.load()
    workdir = Path(settings.data_dir) / "bench"
    workdir.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop workers and broker on the way out
    started = time.monotonic()
    failure = None
    with ExitStack() as stack:
        broker = "external: " + settings.bootstrap_servers if settings.bootstrap_servers else ""
        if not settings.bootstrap_servers:
            embedded = stack.enter_context(EmbeddedBroker(log_path=workdir / "broker.log"))
            settings = embedded_settings(settings, embedded.bootstrap)
            broker = f"embedded {Path(tansu_binary()).name} (in-memory storage), {embedded.bootstrap}"
        say(f"broker: {broker}; {plan.articles} articles per run; logs in {workdir}")
        bench = Bench(settings, plan, workdir)
        if not broker.startswith("external"):
            bench.broker_pid = embedded.pid
        try:
            bench.extraction()
            say("raw aiokafka pass-through")
            bench.passthrough("raw", "raw aiokafka pass-through (1 KB out)", "raw")
            say("no-op faust agent (waiting for the group join)")
            bench.passthrough("noop", "no-op faust agent (1 KB out)", "noop")
            bench.service()
        except WorkerCrashed as exc:
            failure = str(exc)
            say(f"stopped: {failure}")
    print(render(bench.rows, plan_text(plan), broker, markdown, time.monotonic() - started, failure))
    return 1 if failure else 0


def plan_text(plan: Plan) -> str:
    mode = " (--quick)" if plan.quick else ""
    return (f"{plan.articles} articles per backlog run{mode} (extraction runs over the same articles), "
            f"{plan.warmup} warm-up articles per stage; {plan.per_day} articles per simulated day; paced runs "
            f"publish for at most {plan.paced_seconds:g} s")
