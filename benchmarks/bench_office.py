"""What reconciling an exam costs, against plain sqlite3 reads of the same events.

Prints ratios measured in the same run (this machine is shared: no absolute targets).
Files: one simulated 300-candidate sitting, copied into 400 rooms (each copy's exam facts name
its own room and its chain is recomputed, so every file is a different, intact room).
Baseline: for every file, plain sqlite3 (immutable) reads every event and its list rows,
parses each payload, checks it is stored canonical and recomputes the SHA-256 chain: the
checks the record's verification makes, written bare (the least any verifying reader does).
Measured: `read_rooms` + `reconcile` (verification, the room fold, the checks, the report).
Target: at most 2x. Peak memory (tracemalloc) at 1/4 and all of the rooms: what grows must
be the report itself (its per-room share is printed), not the files read.

`measure(quick)` returns the figures for a benchmark runner; `quick` uses 40 rooms.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from invigilator.demo import simulate_sitting  # noqa: E402
from invigilator.office.command import read_rooms  # noqa: E402
from invigilator.office.reconcile import reconcile  # noqa: E402
from invigilator.record.events import chain_hash  # noqa: E402
from invigilator.record.store import CANDIDATE_COLUMNS, list_digest  # noqa: E402

ROOMS, QUICK_ROOMS, CANDIDATES = 400, 40, 300
TARGET = 2.0
QUOTED_ID = re.compile(r'"(\d{9})"')  # the demo's student numbers, wherever a payload names them


def make_rooms(folder: Path, count: int) -> list[Path]:
    """`count` different, intact rooms of one exam, from one simulated sitting: each copy's
    exam facts name its own room, its candidates get numbers of their own (so that no one is
    "present in two rooms"), and its list digest and chain are recomputed."""
    model = folder / "model.invigilator"
    simulate_sitting(model, candidates=CANDIDATES, seed=7).close()
    source = sqlite3.connect(model)
    rows = source.execute(
        "SELECT seq, at, invigilator, kind, candidate, payload FROM events ORDER BY seq"
    ).fetchall()
    ids = [r[0] for r in source.execute("SELECT DISTINCT student_id FROM candidates")]
    ids += [r[0] for r in source.execute(
        "SELECT DISTINCT candidate FROM events WHERE kind = 'candidate_added'")]  # fmt: skip
    source.close()
    files = []
    for number in range(count):
        path = folder / f"salle-{number:03d}.invigilator"
        shutil.copyfile(model, path)
        renamed = {old: f"{number:03d}{old}" for old in ids}
        conn = sqlite3.connect(path)
        conn.executemany("UPDATE candidates SET student_id = ? WHERE student_id = ?",
                         [(new, old) for old, new in renamed.items()])  # fmt: skip
        previous, updates = "0" * 64, []
        for seq, at, invigilator, kind, who, payload in rows:
            record = json.loads(payload)
            if kind == "exam_configured":
                record["exam"]["room"] = f"S{number:03d}"
            if kind == "list_imported":
                listed = conn.execute(
                    f"SELECT {', '.join(CANDIDATE_COLUMNS)} FROM candidates "
                    "WHERE import_seq = ? ORDER BY position", [seq],
                ).fetchall()  # fmt: skip
                record["digest"] = list_digest(listed)
            text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            text = QUOTED_ID.sub(lambda m, r=renamed: f'"{r.get(m[1], m[1])}"', text)
            who = renamed.get(who, who) if who else who
            digest = chain_hash(seq, at, invigilator, kind, who, text, previous)
            updates.append((who, text, previous, digest, seq))
            previous = digest
        with conn:
            conn.execute("UPDATE events SET hash = 'x' || seq")  # keep UNIQUE(hash) happy
            conn.executemany(
                "UPDATE events SET candidate = ?, payload = ?, prev_hash = ?, hash = ? "
                "WHERE seq = ?", updates
            )  # fmt: skip
            conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [previous])
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.close()
        files.append(path)
    model.unlink()
    return files


def plain_reads(files: list[Path]) -> int:
    """The bare baseline: every event read, parsed, checked canonical, its hash recomputed."""
    events = 0
    for path in files:
        conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
        previous = "0" * 64
        for seq, at, invigilator, kind, who, payload, _prev, digest in conn.execute(
            "SELECT seq, at, invigilator, kind, candidate, payload, prev_hash, hash "
            "FROM events ORDER BY seq"
        ):
            value = json.loads(payload)
            # The record's verification (#9) checks each payload is stored canonical.
            if json.dumps(value, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False) != payload:  # fmt: skip
                raise AssertionError(f"{path}: payload {seq} not canonical")
            encoded = json.dumps([seq, at, invigilator, kind, who, payload, previous],
                                 sort_keys=True, separators=(",", ":"), ensure_ascii=False)  # fmt: skip
            if hashlib.sha256(encoded.encode()).hexdigest() != digest:
                raise AssertionError(f"{path}: chain broken at {seq}")
            previous = digest
            events += 1
        conn.execute("SELECT * FROM candidates").fetchall()
        conn.close()
    return events


def ours(files: list[Path]) -> Any:
    report = reconcile(*read_rooms(files))
    assert len(report.exams[0].rooms) == len(files), "every room must be reconciled"
    return report


def timed_pairs(files: list[Path], rounds: int) -> tuple[float, float]:
    """Best of `rounds` for each, run in turns, so that a busy moment of the shared machine
    falls on both sides alike."""
    best_ours = best_plain = float("inf")
    for _ in range(rounds):
        for run, is_ours in ((plain_reads, False), (ours, True)):
            gc.collect()
            start = time.perf_counter()
            run(files)
            elapsed = time.perf_counter() - start
            if is_ours:
                best_ours = min(best_ours, elapsed)
            else:
                best_plain = min(best_plain, elapsed)
    return best_ours, best_plain


def peak_memory(files: list[Path]) -> dict[str, float]:
    """MiB: the peak while reading the files and what reading keeps (the rooms' values);
    then the peak while reconciling and what the finished report keeps."""
    gc.collect()
    tracemalloc.start()
    rooms, refused = read_rooms(files)
    rooms_kept, read_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    report = reconcile(rooms, refused)
    report_kept, report_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del report, rooms
    mib = 2**20
    return {
        "read_peak": round(read_peak / mib, 1),
        "rooms_kept": round(rooms_kept / mib, 1),
        "reading_overhead": round((read_peak - rooms_kept) / mib, 1),
        "report_peak": round(report_peak / mib, 1),
        "report_kept": round(report_kept / mib, 1),
    }


def measure(quick: bool = False) -> dict[str, Any]:
    count = QUICK_ROOMS if quick else ROOMS
    with tempfile.TemporaryDirectory(prefix="bench-office-") as tmp:
        files = make_rooms(Path(tmp), count)
        rounds = 2 if quick else 3
        plain_reads(files)  # the files into the page cache, for both sides
        measured, baseline = timed_pairs(files, rounds)
        quarter = peak_memory(files[: count // 4])
        whole = peak_memory(files)
    return {
        "name": "office reconcile",
        "rooms": count,
        "candidates_per_room": CANDIDATES,
        "ours": round(measured, 3),  # seconds
        "baseline": round(baseline, 3),  # seconds
        "ours_s": round(measured, 3),
        "baseline_s": round(baseline, 3),
        "ratio": round(measured / baseline, 2),
        "target": TARGET,
        # Reading one file at a time: its overhead beyond the values kept stays the same
        # at a quarter and all of the rooms; the rest is the report itself.
        "memory_mib": {"quarter": quarter, "all": whole},
    }


def main() -> None:
    quick = "--quick" in sys.argv
    result = measure(quick)
    print(
        f"reconcile {result['rooms']} rooms x {CANDIDATES} candidates: "
        f"{result['ours_s']:.2f} s vs plain sqlite3 reads {result['baseline_s']:.2f} s "
        f"= {result['ratio']:.2f}x (target <= {TARGET}x)"
    )
    quarter, whole = result["memory_mib"]["quarter"], result["memory_mib"]["all"]
    for label, m in (
        (f"{result['rooms'] // 4} rooms", quarter),
        (f"{result['rooms']} rooms", whole),
    ):
        print(
            f"memory at {label}: reading peaks at {m['read_peak']} MiB, keeps {m['rooms_kept']} "
            f"MiB (one file's overhead {m['reading_overhead']} MiB); the report peaks at "
            f"{m['report_peak']} MiB and keeps {m['report_kept']} MiB"
        )


if __name__ == "__main__":
    main()
