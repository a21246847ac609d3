"""Extraction speed: ``pipeline.run`` (gazetteer enrichment + the three extractors) on one core.

Input: the dev articles (../shared/eval/dev/*.json, if present), the house gold set (tests/data/gold),
the bundled samples (service/data/samples.jsonl) and 100 generated ~3 KB articles (the streaming benchmark's
generator); each distinct body is timed once. Output (stdout): resource load time and RSS
increase, median/p90/p99 per article and per 3 KB of body, articles/s on one core, and a per-stage
breakdown (doc preparation, gazetteer mentions, strike, diplomacy, territory) timed stage by stage.
Every figure is the median over ``--repeat`` passes of each article (warm caches, as in the worker).

Usage: .venv/bin/python bench/extract_speed.py [--repeat N] [--adversarial]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.domain import Article  # noqa: E402
from service.extract import diplomacy, strike, territory  # noqa: E402
from service.nlp import dates  # noqa: E402
from service.nlp.text import make_doc  # noqa: E402
from service.pipeline import run  # noqa: E402
from service.resources import Resources  # noqa: E402

PER = 3 * 1024  # "seed-sized article": about 3 KB of body
GENERATED = 100  # generated wire-style articles of ~3 KB (service/bench/articles.py), ~15% without events
_MEMO = getattr(dates, "_find_dates_memo", None)  # find_dates' memo: it serves one article's windows


def clear_memo() -> None:
    """Forget the dates memo, so that repeating an article does not measure memo hits."""
    if _MEMO is not None:
        _MEMO.cache_clear()


def rss_kb() -> int:
    """Resident set size of this process, from /proc/self/status (kB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _article(raw: dict) -> Article:
    return Article(id=str(raw.get("id", "")), body=raw.get("body") or "", url=raw.get("url"),
                   source=raw.get("source"), published_at=raw.get("published_at"), title=raw.get("title"))


def load_articles() -> list[tuple[str, Article]]:
    """(origin, article) for every benchmark article that exists on this machine."""
    out: list[tuple[str, Article]] = []
    for folder, name in ((ROOT.parent / "shared/eval/dev", "dev"), (ROOT / "tests/data/gold", "house")):
        for path in sorted(folder.glob("*.json")):
            out.append((name, _article(json.loads(path.read_text())["article"])))
    samples = ROOT / "service/data/samples.jsonl"
    if samples.exists():
        for line in samples.read_text().splitlines():
            try:
                raw = json.loads(line)
            except ValueError:
                continue  # the samples hold a deliberately broken line (dead-letter demo)
            if isinstance(raw, dict) and raw.get("body"):
                out.append(("samples", _article(raw)))
    from service.bench.articles import stream  # the streaming benchmark's generated ~3 KB articles

    out += [("generated", _article(raw)) for raw in stream(GENERATED, prefix="speed", seed=11)]
    seen: set[str] = set()  # the samples repeat the dev seeds: time each text once
    return [(origin, a) for origin, a in out if not (a.body in seen or seen.add(a.body))]  # type: ignore[func-returns-value]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_stages(article: Article, resources: Resources, repeat: int) -> dict[str, float]:
    """Median seconds of each stage and of the whole ``run`` for one article."""
    stages: dict[str, list[float]] = {k: [] for k in ("doc", "gazetteer", "strike", "diplomacy", "territory",
                                                     "run")}
    clock = time.perf_counter
    for _ in range(repeat):
        clear_memo()
        t0 = clock()
        doc = make_doc(article)
        t1 = clock()
        doc = replace(doc, places=tuple(resources.gazetteer.mentions(doc.text)))
        t2 = clock()
        strike.extract(doc, resources)
        t3 = clock()
        diplomacy.extract(doc, resources)
        t4 = clock()
        territory.extract(doc, resources)
        t5 = clock()
        clear_memo()
        t5b = clock()
        run(article, resources)
        t6 = clock()
        for key, seconds in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5b), strict=True):
            stages[key].append(seconds)
    return {k: statistics.median(v) for k, v in stages.items()}


def adversarial(resources: Resources) -> None:
    """The whole pipeline on 1 MB of hostile text: must finish in seconds, not minutes."""
    unit = ("Russian forces launched 90 drones and 4 missiles at Kyiv on Saturday, March 3, killing 2 "
            "people near Kharkiv Oblast. Zelenskyy and Putin held talks in Istanbul. Russian troops captured "
            "Pokrovsk. ")
    bodies = {
        "war prose x1MB": unit * (2**20 // len(unit)),
        "one sentence 1MB": ("Kyiv Kharkiv Odesa drones missiles Zelenskyy Putin " * 20000)[: 2**20],
        "digits/commas 1MB": ("1,2,3 at least 4 of 5-6 March " * 40000)[: 2**20],
        "capitals 1MB": ("The Minister Of The President Of " * 40000)[: 2**20],
        "diplomacy 1MB": ("Zelenskyy met Trump in Washington on Monday and said the talks will continue, "
                          "while Ukraine's delegation was led by Rustem Umerov and Macron attended the summit, "
                          * 6000)[: 2**20],
        "dates 1MB": ("on the night of 23-24 February since late August last Friday morning 3 days ago "
                      * 14000)[: 2**20],
    }
    for name, body in bodies.items():
        t = time.perf_counter()
        events = run(Article(id="adv", body=body, published_at="2025-03-04T00:00:00Z"), resources)
        print(f"  {name:<20} {time.perf_counter() - t:7.2f} s  {len(events)} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21, help="passes per article (median taken)")
    parser.add_argument("--adversarial", action="store_true", help="also time 1 MB adversarial bodies")
    parser.add_argument("--verbose", action="store_true", help="one line per article")
    args = parser.parse_args()
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    gc.collect()
    rss0 = rss_kb()
    t = time.perf_counter()
    resources = Resources.load()
    load_s = time.perf_counter() - t
    gc.collect()
    rss1 = rss_kb()
    print(f"resources: load {load_s:.2f} s, RSS {rss0 / 1024:.0f} -> {rss1 / 1024:.0f} MB "
          f"(+{(rss1 - rss0) / 1024:.0f} MB for gazetteer and lexicons)")

    articles = load_articles()
    for _, article in articles:  # warm-up: first sight of every name, lazy tables
        run(article, resources)
    by_origin: dict[str, int] = {}
    for origin, _ in articles:
        by_origin[origin] = by_origin.get(origin, 0) + 1
    sizes = [len(a.body.encode()) for _, a in articles]
    print(f"articles: {len(articles)} ({', '.join(f'{k} {v}' for k, v in by_origin.items())}), "
          f"median {statistics.median(sizes) / 1024:.1f} KB, max {max(sizes) / 1024:.1f} KB")

    rows = [time_stages(a, resources, args.repeat) for _, a in articles]
    scale = [PER / max(1, n) for n in sizes]
    per_article = [r["run"] * 1e3 for r in rows]
    per_3kb = [r["run"] * 1e3 * s for r, s in zip(rows, scale, strict=True)]
    print(f"pipeline.run per article: median {statistics.median(per_article):.3f} ms, "
          f"p90 {pct(per_article, 0.9):.3f}, p99 {pct(per_article, 0.99):.3f}")
    print(f"pipeline.run per 3 KB:    median {statistics.median(per_3kb):.3f} ms, "
          f"p90 {pct(per_3kb, 0.9):.3f}, p99 {pct(per_3kb, 0.99):.3f}   (small articles: fixed costs scaled up)")
    seed = [i for i, n in enumerate(sizes) if n >= 2048 and articles[i][0] != "generated"]
    if seed:
        seed_ms = statistics.median(per_article[i] for i in seed)
        seed_3kb = statistics.median(per_3kb[i] for i in seed)
        print(f"seed-sized news articles (>= 2 KB, {len(seed)}): median {seed_ms:.3f} ms per article, "
              f"{seed_3kb:.3f} ms per 3 KB   (budget 1.000 ms)")
    generated = [i for i, (origin, _) in enumerate(articles) if origin == "generated"]
    if generated:
        print(f"generated ~3 KB articles ({len(generated)}): median "
              f"{statistics.median(per_article[i] for i in generated):.3f} ms per article, p90 "
              f"{pct([per_article[i] for i in generated], 0.9):.3f}")
    total_kb = sum(sizes) / PER
    print(f"pipeline.run, all articles together: {sum(r['run'] for r in rows) * 1e3 / total_kb:.3f} ms per 3 KB")
    print(f"throughput on one core: {len(rows) / sum(r['run'] for r in rows):.0f} articles/s")
    stage_names = ("doc", "gazetteer", "strike", "diplomacy", "territory")
    totals = {k: sum(r[k] for r in rows) * 1e3 / total_kb for k in stage_names}
    whole = sum(totals.values()) or 1.0
    print("per stage, all articles together, ms per 3 KB (share) | median ms per article | seed-sized median ms:")
    for k in stage_names:
        seed_median = statistics.median(rows[i][k] * 1e3 for i in seed) if seed else float("nan")
        print(f"  {k:<10} {totals[k]:.3f} ms ({100 * totals[k] / whole:4.1f}%) | "
              f"{statistics.median(r[k] * 1e3 for r in rows):.3f} | {seed_median:.3f}")
    if args.verbose:
        for (origin, a), r, n in zip(articles, rows, sizes, strict=True):
            print(f"  {origin:<7} {a.id[:24]:<24} {n:6d} B  run {r['run'] * 1e3:6.3f} ms  " + "  ".join(
                f"{k} {r[k] * 1e3:.3f}" for k in stage_names))
    if args.adversarial:
        print("adversarial 1 MB bodies (whole pipeline):")
        adversarial(resources)


if __name__ == "__main__":
    main()
