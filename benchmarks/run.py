"""One command for every speed figure (and, with --campaigns, the reliability campaigns).

    python benchmarks/run.py              # every figure, full rounds, a table
    python benchmarks/run.py --quick      # a short run (the test suite runs it)
    python benchmarks/run.py --json       # {"name": {"ours", "baseline", "ratio", "target", ...}}
    python benchmarks/run.py --campaigns  # the reliability campaigns at their full sizes

Each group of figures runs in its own fresh process (its own peak memory, no Qt or garbage
collector state shared with the next). Data is generated in temporary folders. Times are in
seconds; a ratio is ours / baseline, measured in the same run, rounds interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Each figure's module (benchmarks/<module>.py exposing `measure(quick) -> dict`), in order.
FIGURES = {
    "startup_500": ("bench_ui", 1.3),
    "startup_2000": ("bench_ui", 1.3),
    "scan_5000": ("bench_ui", 0.1),
    "durable_action": ("bench_session", 1.5),
    "check_in_growth": ("bench_session", 1.15),
    "pdf_500": ("bench_pdf", 1.5),
    "import_5000": ("bench_import", 2.0),
    "reconcile_400x300": ("bench_office", 2.0),
}
KEYS = ("ours", "baseline", "ratio", "target", "peak_mb")


def missing(name: str, why: str) -> dict[str, Any]:
    target = FIGURES[name][1]
    return {"ours": None, "baseline": None, "ratio": None, "target": target, "peak_mb": None,
            "note": why}  # fmt: skip


def measure_module(module: str, quick: bool) -> dict[str, dict[str, Any]]:
    """Run one module's `measure` in this process; its figures by name."""
    import importlib

    names = [name for name, (owner, _) in FIGURES.items() if owner == module]
    found = importlib.import_module(f"benchmarks.{module}").measure(quick)
    if "ratio" in found:  # a module with one figure may return it bare
        found = {names[0]: found}
    return {name: normalise(found[name]) for name in names if name in found}


def normalise(figure: dict[str, Any]) -> dict[str, Any]:
    """The runner's keys first, whatever spelling a module uses for them ("ours_s",
    "peak_memory_mb", a "memory_mib" breakdown); the module's other details kept after."""
    figure = dict(figure)
    figure.pop("name", None)
    for key in ("ours", "baseline"):
        if key not in figure and f"{key}_s" in figure:
            figure[key] = figure.pop(f"{key}_s")
    if figure.get("peak_mb") is None:
        if "peak_memory_mb" in figure:
            figure["peak_mb"] = figure.pop("peak_memory_mb")
        elif isinstance(figure.get("memory_mib"), dict):
            peaks = [v for part in figure["memory_mib"].values() if isinstance(part, dict)
                     for k, v in part.items() if k.endswith("peak")]  # fmt: skip
            figure["peak_mb"] = max(peaks) * 2**20 / 1e6 if peaks else None
    return {
        **{k: figure.get(k) for k in KEYS},
        **{k: v for k, v in figure.items() if k not in KEYS},
    }


def run_module(module: str, quick: bool) -> dict[str, dict[str, Any]]:
    """Run a module's figures in a fresh process; what cannot be measured says why."""
    names = [name for name, (owner, _) in FIGURES.items() if owner == module]
    if not (HERE / f"{module}.py").exists():
        return {name: missing(name, "not yet available") for name in names}
    command = [sys.executable, str(HERE / "run.py"), "--module", module]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(command + (["--quick"] if quick else []), capture_output=True,
                          text=True, cwd=ROOT, env=env)  # fmt: skip
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {name: missing(name, f"failed: {why}") for name in names}
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return {name: found.get(name) or missing(name, "not measured by its module") for name in names}


def run_all(quick: bool, only: list[str] | None = None) -> dict[str, dict[str, Any]]:
    wanted = only or list(FIGURES)
    results: dict[str, dict[str, Any]] = {}
    for module in dict.fromkeys(FIGURES[name][0] for name in wanted):
        results.update(run_module(module, quick))
    return {name: results[name] for name in wanted}


def _time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    ms = seconds * 1000
    return f"{ms:.3f} ms" if ms < 10 else f"{ms:.1f} ms"


def verdict(result: dict[str, Any]) -> str:
    if result.get("ratio") is None:
        return result.get("note", "not measured")
    return "OK" if result["ratio"] <= result["target"] else "ABOVE TARGET"


def print_table(results: dict[str, dict[str, Any]]) -> None:
    print(f"{'figure':<19} {'ours':>11} {'baseline':>11} {'ratio':>7} {'target':>7} "
          f"{'peak MB':>8}  verdict")  # fmt: skip
    for name, r in results.items():
        ratio = "—" if r.get("ratio") is None else f"{r['ratio']:.2f}"
        peak = "—" if r.get("peak_mb") is None else f"{r['peak_mb']:.2f}"
        print(f"{name:<19} {_time(r.get('ours')):>11} {_time(r.get('baseline')):>11} "
              f"{ratio:>7} {r['target']:>7.2f} {peak:>8}  {verdict(r)}")  # fmt: skip
    for name, r in results.items():
        more = [_detail(k, v) for k, v in r.items() if k not in (*KEYS, "note")]
        if more:
            print(f"  {name}: {', '.join(more)}")


def _detail(key: str, value: Any) -> str:
    if key.endswith("_mb"):
        return f"{key} {value:.1f}"
    if key.endswith("ratio"):
        return f"{key} {value:.2f}"
    return f"{key} {_time(value) if isinstance(value, float) else value}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run: fewer rounds")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", nargs="+", choices=list(FIGURES), help="these figures only")
    parser.add_argument("--campaigns", action="store_true", help="run the reliability campaigns")
    parser.add_argument("--module", help=argparse.SUPPRESS)  # one group, in a child process
    args = parser.parse_args(argv)
    if args.module:
        print(json.dumps(measure_module(args.module, args.quick)))
        return 0
    if args.campaigns:
        from benchmarks.campaigns import run_campaigns

        return run_campaigns(quick=args.quick, as_json=args.json)
    results = run_all(args.quick, args.only)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
