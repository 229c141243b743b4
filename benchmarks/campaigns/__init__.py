"""Reliability campaigns (README, "Reliability"): each a command with a size knob and a printed
figure (`python -m benchmarks.campaigns.<name> --help`); `benchmarks/run.py --campaigns` runs
them all at their full sizes, and tests/campaigns runs a small part of each."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any


def _all(quick: bool) -> dict[str, Callable[[], dict[str, Any]]]:
    from benchmarks.campaigns import clock, crash, fuzz, power_cut, privacy, tamper

    def durability() -> dict[str, Any]:
        from benchmarks.campaigns.durability import connection_settings

        return connection_settings()

    if quick:
        return {
            "crash": lambda: crash.run(kills=10),
            "power_cut": lambda: power_cut.run(cuts=10),
            "sleep_and_clock": lambda: clock.run(sittings=5),
            "fuzz": lambda: fuzz.run(lists=300, sessions=30),
            "tamper": lambda: tamper.run(candidates=10, flips=200),
            "privacy": lambda: privacy.run(seconds=1.0),
            "durability": durability,
        }
    return {
        "crash": lambda: crash.run(kills=200),
        "power_cut": lambda: power_cut.run(cuts=100),
        "sleep_and_clock": lambda: clock.run(sittings=100),
        "fuzz": lambda: fuzz.run(lists=10000, sessions=1000),
        "tamper": lambda: tamper.run(candidates=60, flips=5000),
        "privacy": lambda: privacy.run(seconds=3.0),
        "durability": durability,
    }


def run_campaigns(*, quick: bool = False, as_json: bool = False) -> int:
    reports: dict[str, Any] = {}
    for name, campaign in _all(quick).items():
        start = time.perf_counter()
        report = campaign()
        report["seconds"] = round(time.perf_counter() - start, 1)
        reports[name] = report
        if not as_json:
            print(f"{name}: {'OK' if report.get('ok') else 'FAILED'} ({report['seconds']} s)")
            for key, value in report.items():
                if key not in ("ok", "seconds"):
                    print(f"  {key}: {value}")
    if as_json:
        print(json.dumps(reports, indent=2, ensure_ascii=False, default=str))
    return 0 if all(r.get("ok") for r in reports.values()) else 1
