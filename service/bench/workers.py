"""The benchmark's reference workers, each run as its own process like the real worker.

``python -m service.bench.workers raw OUT_TOPIC``: aiokafka pass-through (no framework, no group):
reads every partition of ``INPUT_TOPIC`` from its end and produces a 1 KB message per record to
``OUT_TOPIC``, keyed like the input; prints ``ready`` once positioned. The transport's limit.

``python -m service.bench.workers noop OUT_TOPIC``: a faust app configured like the service
(raw serialisers, same producer and fetch sizes, memory store) with one agent that sends one 1 KB
message per article and does nothing else; serves ``/readyz`` like the service. The framework's floor.

Both read the rest of their configuration from the service's environment variables (service.config).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

from service import config, kafka
from service.app import base_app
from service.config import Settings

PAYLOAD = b"x" * 1024


async def pass_through(settings: Settings, out_topic: str) -> None:
    """Consume ``settings.input_topic`` and produce one ``PAYLOAD`` per record, until cancelled."""
    from service.bench.measure import positioned_consumer

    consumer = await positioned_consumer(settings, [settings.input_topic])
    producer = kafka.producer(settings, linger_ms=5, max_batch_size=settings.producer_max_batch_size)
    await producer.start()
    try:
        print("ready", flush=True)
        while True:
            batch = await consumer.getmany(timeout_ms=100)
            sent = [await producer.send(out_topic, PAYLOAD, key=r.key) for rs in batch.values() for r in rs]
            if sent:
                await asyncio.gather(*sent)
    finally:
        await producer.stop()
        await consumer.stop()


def run_noop(settings: Settings, out_topic: str) -> int:
    """A faust worker whose only agent forwards one 1 KB message per article (runs until stopped)."""
    import faust

    from service.app import is_ready
    from service.logs import logging_config, setup

    setup(settings.log_level, settings.log_format)
    assert settings.bootstrap_servers
    app = base_app(settings)
    source = app.topic(settings.input_topic, key_type=bytes, value_type=bytes)
    sink = app.topic(out_topic, key_type=bytes, value_type=bytes)

    @app.agent(source, name="noop")
    async def forward(stream: faust.StreamT[bytes]) -> None:
        async for event in stream.events():
            await sink.send(key=event.message.key, value=PAYLOAD)

    @app.page("/readyz")
    class Readyz(faust.web.View):
        async def get(self, request: faust.web.Request) -> faust.web.Response:
            ready = is_ready(app)
            return self.json({"ready": ready}, status=200 if ready else 503)

    worker = faust.Worker(app, loglevel=settings.log_level, quiet=True,
                          logging_config=logging_config(settings.log_level, settings.log_format))
    worker.execute_from_commandline()
    return 0


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("raw", "noop"):
        print("usage: python -m service.bench.workers raw|noop OUT_TOPIC", file=sys.stderr)
        return 2
    settings = config.load()
    if argv[0] == "noop":
        return run_noop(settings, argv[1])
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(pass_through(settings, argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
