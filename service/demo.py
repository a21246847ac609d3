"""The demo: embedded broker + worker + the sample articles in, events printed as they arrive."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import urllib.request
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import orjson

from service.broker import EmbeddedBroker, free_port
from service.client import Outgoing, Received, publish, read_articles, tail
from service.config import Settings, to_env
from service.kafka import ensure_topics
from service.render import render_dead_letter, render_event

SAMPLES = Path(__file__).parent / "data" / "samples.jsonl"


def embedded_settings(settings: Settings, bootstrap: str) -> Settings:
    """Settings for the embedded broker: tansu holds a fetch until its deadline, so keep it short."""
    tuned = settings.with_bootstrap(bootstrap)
    if tuned.fetch_max_wait_ms is None:
        tuned = replace(tuned, fetch_max_wait_ms=10)
    return tuned


def start_worker(settings: Settings, http_port: int, log_path: Path | None = None) -> subprocess.Popen[bytes]:
    """The production worker in a child process, pointed at ``settings.bootstrap_servers``."""
    env = {**os.environ, **to_env(settings), "SERVICE_HTTP_PORT": str(http_port), "SERVICE_HTTP_HOST": "127.0.0.1"}
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
    return subprocess.Popen([sys.executable, "-m", "service", "worker"], env=env, stdout=out, stderr=out)


def wait_ready(http_port: int, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll /readyz until the worker has joined its group and holds partitions."""
    deadline = time.monotonic() + timeout
    url = f"http://127.0.0.1:{http_port}/readyz"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"worker exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"worker not ready after {timeout:.0f}s")


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run_demo(settings: Settings, files: list[Path], as_json: bool, idle_timeout: float = 8.0) -> int:
    """Articles in, events out, visible; returns 0 when at least one event arrived."""
    files = files or [SAMPLES]
    workdir = Path(settings.data_dir)
    workdir.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        if not settings.bootstrap_servers:
            broker = stack.enter_context(EmbeddedBroker(log_path=workdir / "broker.log"))
            settings = embedded_settings(settings, broker.bootstrap)
            say(f"embedded Kafka-protocol broker (tansu) on {broker.bootstrap}")
        else:
            say(f"using the brokers at {settings.bootstrap_servers}")
        asyncio.run(ensure_topics(settings))
        http_port = free_port()
        worker = start_worker(settings, http_port, workdir / "worker.log")
        stack.callback(stop_process, worker)
        say(f"worker started (pid {worker.pid}); metrics at http://127.0.0.1:{http_port}/metrics")
        say("waiting for the worker to join its consumer group (tansu takes a few seconds)...")
        wait_ready(http_port, worker, timeout=120)
        messages = [m for f in files for m in read_articles(f)]
        counts = asyncio.run(_publish_and_show(settings, messages, as_json, idle_timeout))
        say(f"done: {len(messages)} messages published, {counts[0]} events, {counts[1]} dead letters "
            f"(logs in {workdir})")
        return 0 if counts[0] else 1


async def _publish_and_show(
    settings: Settings, messages: list[Outgoing], as_json: bool, idle_timeout: float
) -> tuple[int, int]:
    topics = [*settings.event_topics.values(), settings.dlq_topic]
    events = letters = 0
    ready = asyncio.Event()
    stream = tail(settings, topics, from_beginning=False, idle_timeout=idle_timeout, ready=ready)
    first = asyncio.ensure_future(stream.__anext__())
    await ready.wait()  # the reader is positioned at the end: nothing we publish can be missed
    sent = await publish(settings, messages)
    say(f"published {sent} messages to '{settings.input_topic}'; events as they arrive:")
    pending: asyncio.Future[Received] | None = first
    while True:
        try:
            rec = await pending if pending is not None else await stream.__anext__()
        except StopAsyncIteration:
            break
        pending = None
        if rec.topic == settings.dlq_topic:
            letters += 1
            print(orjson.dumps({"dead_letter": rec.headers}).decode() if as_json
                  else render_dead_letter(rec.headers, rec.value), flush=True)
        elif rec.value is None:  # a tombstone: this key was merged into another event
            if as_json:
                print(orjson.dumps({"tombstone": (rec.key or b"").decode()}).decode(), flush=True)
        else:
            events += 1
            print(rec.value.decode() if as_json else render_event(rec.json()), flush=True)
    return events, letters


def say(text: str) -> None:
    print(f"» {text}", file=sys.stderr, flush=True)
