"""What every benchmark shares: interleaved rounds, medians, the figure's shape, peak memory.

The machine is shared and noisy: a figure is always a ratio against a bare baseline measured
in the same run, round after round in turn, so that a busy moment hits both sides.
"""

from __future__ import annotations

import statistics
import tracemalloc
from collections.abc import Callable
from typing import Any

Figure = dict[str, Any]


def figure(ours: float, baseline: float, target: float, *, ratio: float | None = None,
           peak_mb: float | None = None, **details: Any) -> Figure:  # fmt: skip
    """{"ours", "baseline", "ratio", "target", "peak_mb"} in seconds; `ratio` defaults to
    ours / baseline (pass the median of per-round ratios where rounds are paired)."""
    return {
        "ours": ours,
        "baseline": baseline,
        "ratio": ratio if ratio is not None else ours / baseline,
        "target": target,
        "peak_mb": peak_mb,
        **details,
    }


def rounds(count: int, *measures: Callable[[], float]) -> list[list[float]]:
    """Each measure `count` times, in turn, the order rotating from round to round (a b c,
    b c a, c a b…) so that none always comes first; their times, one list per measure."""
    times: list[list[float]] = [[] for _ in measures]
    for r in range(count):
        for k in range(len(measures)):
            i = (r + k) % len(measures)
            times[i].append(measures[i]())
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired_ratio(ours: list[float], baseline: list[float]) -> float:
    """The median of each round's ratio: a round's pair sees the same load."""
    return statistics.median(o / b for o, b in zip(ours, baseline, strict=True))


def python_peak_mb(run: Callable[[], object]) -> float:
    """The peak of Python allocations while `run` runs once (tracemalloc), in MB."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
