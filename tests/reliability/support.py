"""What the reliability tests share: workers that can be killed, a background reader, a pausable TCP proxy,
and the accounting (what is missing, what was seen twice) that every scenario reports.

Also imported by bench/crash_test.py, so the script and the test run the same scenario.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from service.broker import free_port
from service.client import Outgoing, Received, tail
from service.config import Settings, to_env
from service.demo import wait_ready
from service.dlq import Origin
from service.process import Limits, process
from service.resources import default_resources

# Faust reads these from the environment. With its default 60 s session timeout a worker needs ~30 s to
# join a group on tansu and a killed member holds its partitions for a minute; 10 s keeps each test short.
FAST_GROUP = {"BROKER_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}
QUIET = {"LOG_LEVEL": "WARNING"}


@dataclass
class Worker:
    """A worker process (``python -m service worker``) with its metrics port and log."""

    proc: subprocess.Popen[bytes]
    http_port: int
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill9(self) -> None:
        """SIGKILL: no shutdown, no commit, no flush."""
        self.proc.kill()
        self.proc.wait()

    def stop(self, timeout: float = 15.0) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill9()

    def alive(self) -> bool:
        return self.proc.poll() is None

    def readyz(self) -> int | None:
        """The HTTP status of /readyz (None: nothing answers)."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/readyz", timeout=2) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            return int(exc.code)
        except OSError:
            return None

    def metrics(self) -> dict[str, float]:
        url = f"http://127.0.0.1:{self.http_port}/metrics"
        text = urllib.request.urlopen(url, timeout=5).read().decode()
        out = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                out[name] = float(value)
        return out


def spawn_worker(settings: Settings, log_path: Path, extra_env: dict[str, str] | None = None) -> Worker:
    """Start a worker (not waiting for it); ``extra_env`` on top of the settings (e.g. FAST_GROUP)."""
    port = free_port()
    env = {**os.environ, **to_env(settings), **(extra_env or {}),
           "SERVICE_HTTP_PORT": str(port), "SERVICE_HTTP_HOST": "127.0.0.1"}
    out = open(log_path, "ab")  # noqa: SIM115 - the child owns it
    proc = subprocess.Popen([sys.executable, "-m", "service", "worker"], env=env, stdout=out, stderr=out)
    out.close()
    return Worker(proc, port, log_path)


def start_ready_worker(settings: Settings, log_path: Path, extra_env: dict[str, str] | None = None,
                       timeout: float = 90.0) -> Worker:
    worker = spawn_worker(settings, log_path, {**FAST_GROUP, **QUIET, **(extra_env or {})})
    try:
        wait_ready(worker.http_port, worker.proc, timeout)
    except BaseException:
        worker.stop()
        raise
    return worker


class Reader:
    """Reads the event and dead-letter topics from the beginning in a thread of its own, until ``close``.

    The test thread can meanwhile kill and start workers; ``records`` grows as messages arrive.
    """

    def __init__(self, settings: Settings, topics: list[str]) -> None:
        self.settings, self.topics = settings, topics
        self.records: list[Received] = []
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="reader", daemon=True)

    def __enter__(self) -> Reader:
        self._thread.start()
        if not self._ready.wait(60):
            raise TimeoutError(f"reader not positioned: {self._error!r}")
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._loop is not None and self._task is not None:
            self._loop.call_soon_threadsafe(self._task.cancel)
        self._thread.join(30)

    def _run(self) -> None:
        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            ready = asyncio.Event()
            watcher = asyncio.ensure_future(ready.wait())
            watcher.add_done_callback(lambda _: self._ready.set())
            async for rec in tail(self.settings, self.topics, from_beginning=True, ready=ready):
                with self._lock:
                    self.records.append(rec)

        async def runner() -> None:
            self._task = asyncio.current_task()
            with contextlib.suppress(asyncio.CancelledError):
                await main()

        try:
            asyncio.run(runner())
        except BaseException as exc:  # noqa: BLE001 - reported by __enter__ / the test
            self._error = exc
            self._ready.set()

    def snapshot(self) -> list[Received]:
        with self._lock:
            return list(self.records)

    def drain(self) -> list[Received]:
        """The records since the last drain (and forget them: long runs keep memory flat)."""
        with self._lock:
            out, self.records = self.records, []
            return out


def event_topics(settings: Settings) -> list[str]:
    return list(settings.event_topics.values())


def covered(records: Iterable[Received], topics: list[str]) -> set[str]:
    """Article ids named in the sources of any event version seen."""
    out: set[str] = set()
    for r in records:
        if r.topic in topics and r.value is not None:
            out.update(s["article_id"] for s in r.json()["sources"])
    return out


def event_ids(records: Iterable[Received], topics: list[str]) -> set[str]:
    """Keys of the event versions seen (tombstones aside)."""
    return {r.key.decode() for r in records if r.topic in topics and r.key is not None and r.value is not None}


def all_there(records: list[Received], topics: list[str], ids: Iterable[str], expected: Iterable[str]) -> bool:
    """Every article named in an event, and every expected event id published (an article may have several)."""
    return set(ids) <= covered(records, topics) and set(expected) <= event_ids(records, topics)


def wait_until(predicate: Callable[[], bool], timeout: float, every: float = 0.5) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


def messages(articles: list[dict[str, Any]]) -> list[Outgoing]:
    return [Outgoing(a["id"].encode(), orjson.dumps(a)) for a in articles]


def expected_event_ids(articles: list[dict[str, Any]]) -> dict[str, str]:
    """event_id -> article id, computed in this process with the worker's own code (``process``)."""
    resources, limits = default_resources(), Limits(1_048_576, 200_000)
    out = {}
    for i, a in enumerate(articles):
        outcome = process(a["id"].encode(), orjson.dumps(a), Origin("expected", 0, i), resources, limits, "")
        assert outcome.dead_letter is None, outcome.dead_letter
        for event in outcome.events:  # (type, key, value, ...)
            out[event[1].decode()] = a["id"]
    return out


@dataclass
class Account:
    """What the event topics hold after a scenario, against what the articles should give."""

    articles: int
    expected_events: int
    records: int
    tombstones: int
    dead_letters: int
    missing_articles: list[str] = field(default_factory=list)
    missing_event_ids: list[str] = field(default_factory=list)
    unknown_event_ids: list[str] = field(default_factory=list)
    duplicates: int = 0  # records whose (event_id, version) was already seen
    duplicate_ids: int = 0  # distinct event ids with at least one duplicate

    def summary(self) -> str:
        return (f"articles={self.articles} expected_events={self.expected_events} records={self.records} "
                f"tombstones={self.tombstones} dead_letters={self.dead_letters} "
                f"missing_articles={len(self.missing_articles)} missing_event_ids={len(self.missing_event_ids)} "
                f"unknown_event_ids={len(self.unknown_event_ids)} duplicates={self.duplicates} "
                f"duplicate_ids={self.duplicate_ids}")


def account(settings: Settings, records: list[Received], article_ids: list[str],
            expected: dict[str, str]) -> Account:
    """Compare what was published with what must be: every article in a final event, every id known."""
    topics = event_topics(settings)
    final: dict[bytes, dict[str, Any]] = {}
    seen: Counter[tuple[bytes, int]] = Counter()
    tombstones = 0
    for r in records:
        if r.topic not in topics or r.key is None:
            continue
        if r.value is None:
            tombstones += 1
            final.pop(r.key, None)
            continue
        event = r.json()
        seen[(r.key, event["version"])] += 1
        final[r.key] = event
    in_final = {s["article_id"] for e in final.values() for s in e["sources"]}
    ids = {k.decode() for k, _ in seen}
    dups = {k: n for k, n in seen.items() if n > 1}
    return Account(
        articles=len(article_ids),
        expected_events=len(expected),
        records=sum(seen.values()) + tombstones,
        tombstones=tombstones,
        dead_letters=sum(1 for r in records if r.topic == settings.dlq_topic),
        missing_articles=sorted(set(article_ids) - in_final),
        missing_event_ids=sorted(set(expected) - ids),
        unknown_event_ids=sorted(ids - set(expected)),
        duplicates=sum(n - 1 for n in dups.values()),
        duplicate_ids=len({k for k, _ in dups}),
    )


class PausableProxy:
    """A TCP proxy 127.0.0.1:port -> 127.0.0.1:upstream in a thread of its own.

    ``pause()`` closes every open connection and stops listening (new connections are refused);
    ``resume()`` listens on the same port again. The broker behind it keeps running.
    """

    def __init__(self, upstream: int, port: int | None = None) -> None:
        self.upstream, self.port = upstream, port or free_port()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._conns: set[asyncio.StreamWriter] = set()
        self._thread = threading.Thread(target=self._loop.run_forever, name="proxy", daemon=True)

    def __enter__(self) -> PausableProxy:
        self._thread.start()
        self.resume()
        return self

    def __exit__(self, *exc: object) -> None:
        self.pause()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(30)

    def resume(self) -> None:
        self._call(self._listen())

    def pause(self) -> None:
        self._call(self._close_all())

    async def _listen(self) -> None:
        if self._server is None:
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def _close_all(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.close()
        for writer in list(self._conns):
            with contextlib.suppress(Exception):
                writer.transport.abort()  # RST: the client sees the connection drop at once
        self._conns.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)
        except OSError:
            writer.transport.abort()  # broker not up yet: as if nothing listened
            return
        self._conns.update((writer, up_writer))

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (OSError, asyncio.IncompleteReadError):
                pass
            finally:
                with contextlib.suppress(Exception):
                    dst.transport.abort()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self._conns.difference_update((writer, up_writer))


def port_refuses(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return False
    except OSError:
        return True
