"""Command line: worker, demo, publish, tail, extract."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="war-events", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_extract = sub.add_parser("extract", help="offline: JSONL articles on stdin -> JSONL events on stdout")
    p_extract.add_argument("--max-bytes", type=int, default=1_048_576)
    args = parser.parse_args(argv)
    if args.command == "extract":
        from service.offline import extract_stream

        articles, events, rejected = extract_stream(sys.stdin.buffer, sys.stdout.buffer, args.max_bytes)
        print(f"{articles} articles, {events} events, {rejected} rejected", file=sys.stderr)
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
