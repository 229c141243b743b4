"""What a check-in costs, against a bare durable insert, and whether it grows with the room.

- `durable_action`: one check-in with its signature (rules, hash chain, fold, commit) in a
  300-candidate room, 10 minutes into the exam (a late entry: the rules look at who has left),
  against a bare INSERT + COMMIT of the same row's bytes in WAL, synchronous=FULL (target 1.5).
- `check_in_growth`: the same check-in in a 3,000-candidate room against the 300-candidate
  one (target 1.15: the cost must not grow with the room).

Each round times a batch of each in turn (bare, 300, 3,000); a figure is the median per-row
time, its ratio the median of the rounds' ratios.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.rooms import started_room  # noqa: E402
from benchmarks.timing import Figure, figure, median, paired_ratio, python_peak_mb  # noqa: E402
from invigilator.clock import ManualClock  # noqa: E402
from invigilator.demo import demo_signature  # noqa: E402
from invigilator.record.store import create_tables  # noqa: E402
from invigilator.room.session import RoomSession  # noqa: E402

SMALL, LARGE = 300, 3000


class Room:
    """A started room and its late-comers, checked in a batch at a time."""

    def __init__(self, folder: Path, candidates: int, waiting: int) -> None:
        self.session: RoomSession
        self.clock: ManualClock
        path = folder / f"room-{candidates}.invigilator"
        self.session, self.clock, self.waiting = started_room(path, candidates, waiting=waiting)
        rng = random.Random(candidates)
        self.signatures = [demo_signature(rng) for _ in self.waiting]

    def batch(self, size: int) -> float:
        """Check in `size` late-comers; the time per check-in."""
        ids, self.waiting = self.waiting[:size], self.waiting[size:]
        signatures, self.signatures = self.signatures[:size], self.signatures[size:]
        total = 0.0
        for student_id, signature in zip(ids, signatures, strict=True):
            self.clock.advance(seconds=1)
            start = time.perf_counter()
            self.session.check_in(student_id, id_document="passeport", signature=signature)
            total += time.perf_counter() - start
        return total / size

    def last_row(self) -> tuple[object, ...]:
        return self.session._store.conn.execute(
            "SELECT * FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()


class Bare:
    """The same bytes as a check-in's event row, inserted and committed alone, durably."""

    def __init__(self, folder: Path, row: tuple[object, ...]) -> None:
        self.conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL").fetchall()
        self.conn.execute("PRAGMA synchronous = FULL")

        class Db:  # create_tables takes a sqlite-utils-like object with execute()
            execute = self.conn.execute

        create_tables(Db)  # type: ignore[arg-type]
        self.row = list(row)
        self.seq = 0

    def batch(self, size: int) -> float:
        start = time.perf_counter()
        for _ in range(size):
            self.seq += 1
            self.row[0], self.row[-1] = self.seq, f"{self.seq:064x}"
            self.conn.execute("BEGIN IMMEDIATE")
            self.conn.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.row)
            self.conn.execute("COMMIT")
        return (time.perf_counter() - start) / size


def measure(quick: bool) -> dict[str, Figure]:
    runs, size = (2, 10) if quick else (9, 40)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = Room(folder, SMALL, waiting=(runs + 2) * size)
        large = Room(folder, LARGE, waiting=(runs + 2) * size)
        small.batch(size), large.batch(size)  # warm up: caches, first pages of the WAL
        bare = Bare(folder, small.last_row())
        bare.batch(size)
        b, s, g = [], [], []
        for _ in range(runs):
            b.append(bare.batch(size))
            s.append(small.batch(size))
            g.append(large.batch(size))
        small_mb = python_peak_mb(lambda: small.batch(size))
        large_mb = python_peak_mb(lambda: large.batch(size))
        for room in (small, large):
            room.session.close()
        bare.conn.close()
    return {
        "durable_action": figure(median(s), median(b), 1.5, ratio=paired_ratio(s, b),
                                 peak_mb=small_mb, row_bytes=sum(len(str(v)) for v in bare.row)),
        "check_in_growth": figure(median(g), median(s), 1.15, ratio=paired_ratio(g, s),
                                  peak_mb=large_mb),
    }  # fmt: skip


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(measure("--quick" in sys.argv))
