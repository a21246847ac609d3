"""Print the median time of ``Gazetteer.mentions`` per dev article, in microseconds.

Usage: python bench/gazetteer_speed.py [DEV_DIR]   (default ../shared/eval/dev)
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

from service.nlp.gazetteer import Gazetteer
from service.nlp.text import normalise


def main() -> None:
    dev = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/dev")
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - t0
    rss_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    texts = [normalise(json.loads(p.read_text())["article"]["body"]) for p in sorted(dev.glob("*.json"))]
    per_article, cold = [], []
    for text in texts:
        gaz._memo.clear()  # first sight of every name: no memoised runs
        t = time.perf_counter()
        gaz.mentions(text)
        cold.append((time.perf_counter() - t) * 1e6)
        runs = []
        for _ in range(50):
            t = time.perf_counter()
            gaz.mentions(text)
            runs.append(time.perf_counter() - t)
        per_article.append(min(runs) * 1e6)
    sizes = [len(t) for t in texts]
    print(f"load {load_s:.3f} s, max RSS +{rss_mb:.0f} MB, {len(gaz.places)} places")
    print(f"{len(texts)} articles, median {statistics.median(sizes)} chars")
    per_kb = [us / (n / 1024) for us, n in zip(per_article, sizes, strict=True)]
    print(f"mentions(): median {statistics.median(per_article):.0f} us/article, max {max(per_article):.0f} us, "
          f"median {statistics.median(per_kb):.0f} us/KB; cold (names never seen) median "
          f"{statistics.median(cold):.0f} us/article")


if __name__ == "__main__":
    main()
