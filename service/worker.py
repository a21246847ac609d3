"""The production worker: resolve settings, create topics, run the faust app until stopped."""

from __future__ import annotations

import asyncio
import logging

import faust

from service.app import create_app
from service.config import Settings
from service.kafka import ensure_topics
from service.logs import logging_config, setup
from service.metrics import Metrics
from service.resources import Resources

log = logging.getLogger(__name__)


def run_worker(settings: Settings) -> int:
    """Run until SIGTERM/SIGINT. Needs ``settings.bootstrap_servers``."""
    if not settings.bootstrap_servers:
        raise SystemExit("worker: set KAFKA_BOOTSTRAP_SERVERS (the demo starts an embedded broker by itself)")
    setup(settings.log_level, settings.log_format)
    resources = Resources.load()  # before joining the group: a slow load must not stall a rebalance
    log.info("worker starting", extra={"settings": settings.redacted()})
    asyncio.run(ensure_topics(settings, timeout=300.0))
    app = create_app(settings, resources, Metrics())
    worker = faust.Worker(
        app,
        loglevel=settings.log_level,
        logging_config=logging_config(settings.log_level, settings.log_format),
        quiet=True,
    )
    worker.execute_from_commandline()  # returns via SystemExit when stopped
    return 0
