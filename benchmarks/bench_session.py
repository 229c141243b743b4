"""What the log costs per check-in, against a bare SQLite insert with the same durability.

Prints ratios measured in the same run (this machine is shared: no absolute targets).
Baseline: one INSERT + COMMIT per row in WAL, synchronous=FULL, the cost any durable
check-in must pay. Measured: `RoomSession.check_in` (rules, hash chain, state fold, commit).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from invigilator.clock import ManualClock  # noqa: E402
from invigilator.demo import create_demo_room, demo_signature  # noqa: E402

CANDIDATES = 400
ROUNDS = 3


def bare_inserts(folder: Path, payload: str) -> float:
    conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, candidate TEXT, payload TEXT)")
    start = time.perf_counter()
    for i in range(CANDIDATES):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", [i, str(i), payload])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def session_check_ins(folder: Path) -> float:
    import random

    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    session = create_demo_room(folder / "room.sqlite", candidates=CANDIDATES, clock=clock)
    rng = random.Random(1)
    signatures = [demo_signature(rng) for _ in range(CANDIDATES)]
    ids = list(session.state.candidates)
    start = time.perf_counter()
    for student_id, signature in zip(ids, signatures, strict=True):
        session.check_in(student_id, id_document="passeport", signature=signature)
    elapsed = time.perf_counter() - start
    session.close()
    return elapsed


def main() -> None:
    import json
    import random

    payload = json.dumps(demo_signature(random.Random(2)).to_record())
    bare, ours = [], []
    for _ in range(ROUNDS):
        with tempfile.TemporaryDirectory() as tmp:
            bare.append(bare_inserts(Path(tmp), payload))
        with tempfile.TemporaryDirectory() as tmp:
            ours.append(session_check_ins(Path(tmp)))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"check-in, {CANDIDATES} candidates, median of {ROUNDS} runs")
    print(f"  bare durable insert : {b / CANDIDATES * 1000:.3f} ms per row")
    print(f"  RoomSession.check_in: {o / CANDIDATES * 1000:.3f} ms per check-in")
    print(f"  ratio               : {o / b:.2f}x the bare durable insert")


if __name__ == "__main__":
    main()
