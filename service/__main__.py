"""war-events: articles in, strike / diplomacy / territory events out.

Commands: worker, demo, publish, tail, extract, replay-dlq. Configuration comes from environment
variables (see the README); without KAFKA_BOOTSTRAP_SERVERS the demo starts an embedded broker.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

import orjson

from service import config


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="war-events", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("worker", help="run the production worker (needs KAFKA_BOOTSTRAP_SERVERS)")
    demo = sub.add_parser("demo", help="embedded broker + worker + sample articles; prints the events")
    demo.add_argument("files", nargs="*", type=Path, help="articles to publish (default: the bundled samples)")
    demo.add_argument("--json", action="store_true", help="print raw event JSON instead of readable lines")
    pub = sub.add_parser("publish", help="publish articles (JSON or JSON Lines files) to the input topic")
    pub.add_argument("files", nargs="+", type=Path)
    tail = sub.add_parser("tail", help="print events (and dead letters with --dlq) as they arrive")
    tail.add_argument("--json", action="store_true", help="raw JSON, one event per line")
    tail.add_argument("--from-beginning", action="store_true", help="start at the oldest retained event")
    tail.add_argument("--dlq", action="store_true", help="also show the dead-letter topic")
    tail.add_argument("--idle-timeout", type=float, default=None, help="exit after this many idle seconds")
    tail.add_argument("--type", choices=["strike", "diplomacy", "territory"], action="append",
                      help="only these event types (repeatable)")
    ext = sub.add_parser("extract", help="offline: JSONL articles on stdin -> JSONL events on stdout (no Kafka)")
    ext.add_argument("--max-bytes", type=int, default=None, help="per-line limit (default MAX_MESSAGE_BYTES)")
    rep = sub.add_parser("replay-dlq", help="re-publish dead letters to the input topic (after a fix)")
    rep.add_argument("--reason", default=None, help="only dead letters with this reason")
    bench = sub.add_parser("bench", help="benchmark: raw transport, no-op faust agent, extraction, full service")
    bench.add_argument("--articles", type=int, default=None, help="articles per backlog run (default 2000)")
    bench.add_argument("--quick", action="store_true", help="a tiny load (smoke test; figures meaningless)")
    bench.add_argument("--markdown", action="store_true", help="print the table in markdown")
    bench.add_argument("--rate", type=float, default=300.0, help="offered load of the paced run, articles/s")
    bench.add_argument("--per-day", type=int, default=100, help="articles per simulated day of news (default 100)")
    return parser


def _need_broker(settings: config.Settings, command: str) -> None:
    if not settings.bootstrap_servers:
        raise SystemExit(f"{command}: set KAFKA_BOOTSTRAP_SERVERS to the brokers to talk to")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = config.load()
    if args.command == "extract":
        from service.offline import extract_stream

        limit = args.max_bytes or settings.max_message_bytes
        articles, events, rejected = extract_stream(sys.stdin.buffer, sys.stdout.buffer, limit)
        print(f"{articles} articles, {events} events, {rejected} rejected", file=sys.stderr)
        return 0
    if args.command == "worker":
        from service.worker import run_worker

        return run_worker(settings)
    if args.command == "bench":
        from service.bench.run import run_bench
        from service.logs import setup

        setup("WARNING", "text")
        return run_bench(args.articles, args.quick, args.markdown, args.rate, args.per_day)
    if args.command == "demo":
        from service.demo import run_demo
        from service.logs import setup

        setup("WARNING", "text")
        return run_demo(settings, args.files, args.json)
    _need_broker(settings, args.command)
    if args.command == "publish":
        from service.client import publish, read_articles

        count = asyncio.run(publish(settings, (m for f in args.files for m in read_articles(f))))
        print(f"published {count} messages to '{settings.input_topic}'", file=sys.stderr)
        return 0
    if args.command == "tail":
        return asyncio.run(_tail(settings, args))
    if args.command == "replay-dlq":
        from service.client import replay_dead_letters

        count = asyncio.run(replay_dead_letters(settings, reason=args.reason))
        print(f"replayed {count} dead letters to '{settings.input_topic}'", file=sys.stderr)
        return 0
    return 2


async def _tail(settings: config.Settings, args: argparse.Namespace) -> int:
    from service.client import tail
    from service.render import render_dead_letter, render_event

    types = args.type or list(settings.event_topics)
    topics = [settings.event_topics[t] for t in types] + ([settings.dlq_topic] if args.dlq else [])
    try:
        async for rec in tail(settings, topics, from_beginning=args.from_beginning, idle_timeout=args.idle_timeout):
            if rec.topic == settings.dlq_topic:
                print(render_dead_letter(rec.headers, rec.value), flush=True)
            elif rec.value is None:  # tombstone: the key was merged into another event
                if args.json:
                    print(orjson.dumps({"tombstone": (rec.key or b"").decode()}).decode(), flush=True)
            else:
                print(rec.value.decode() if args.json and rec.value else render_event(rec.json()), flush=True)
    except (KeyboardInterrupt, asyncio.CancelledError):
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
