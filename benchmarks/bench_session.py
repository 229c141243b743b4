"""What a check-in costs, against a bare durable insert, and whether it grows with the room.

- `durable_action`: one check-in with its signature (rules, hash chain, fold, commit) in a
  300-candidate room, 10 minutes into the exam (a late entry: the rules look at who has left),
  against a bare INSERT + COMMIT of the same row's bytes in WAL, synchronous=FULL (target 1.5).
- `check_in_growth`: the same check-in in a 3,000-candidate room against the 300-candidate
  one (target 1.15: the cost must not grow with the room).

One of each in turn (bare insert, check-in at 300, check-in at 3,000), many times; a figure
is the median time, its ratio the median of the triples' ratios. Beside it: the same without
the sync (what the code itself costs) and the WAL pages each side writes and syncs per action.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.rooms import started_room  # noqa: E402
from benchmarks.timing import (  # noqa: E402
    Figure,
    figure,
    median,
    paired_ratio,
    python_peak_mb,
    rounds,
)
from invigilator.clock import ManualClock  # noqa: E402
from invigilator.demo import demo_signature  # noqa: E402
from invigilator.room.session import RoomSession  # noqa: E402

SMALL, LARGE = 300, 3000


class Room:
    """A started room and its late-comers, checked in a batch at a time."""

    def __init__(self, folder: Path, candidates: int, waiting: int) -> None:
        self.session: RoomSession
        self.clock: ManualClock
        path = folder / f"room-{candidates}.invigilator"
        self.session, self.clock, self.waiting = started_room(path, candidates, waiting=waiting)
        # Every side starts from an empty WAL that grows as it goes, as the bare table does: a
        # sync that must also record a larger file costs more than one that rewrites in place.
        self.session._store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        rng = random.Random(candidates)
        self.signatures = [demo_signature(rng) for _ in self.waiting]

    def batch(self, size: int) -> float:
        """Check in `size` late-comers; the time per check-in."""
        if len(self.waiting) < size:
            raise RuntimeError("no late-comer left to check in: ask for more when building")
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


# The bare file as the issue measured it: the tables of the files made before #13, the UNIQUE
# index on `hash` included. Written out rather than taken from `create_tables`, so that the
# baseline stays what it was when the app's own table changes (#13 drops that index).
BARE_TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    invigilator TEXT NOT NULL,
    kind TEXT NOT NULL,
    candidate TEXT,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
)""",
    """CREATE TABLE candidates (
    import_seq INTEGER NOT NULL, position INTEGER NOT NULL, student_id TEXT NOT NULL,
    last_name TEXT NOT NULL, first_name TEXT NOT NULL, extra_time_minutes INTEGER NOT NULL,
    accommodations TEXT NOT NULL, seat TEXT NOT NULL, room TEXT NOT NULL,
    birth_date TEXT NOT NULL, email TEXT NOT NULL, ue_code TEXT NOT NULL, extra TEXT NOT NULL,
    other_room INTEGER NOT NULL, PRIMARY KEY (import_seq, position)
) WITHOUT ROWID""",
)


class Bare:
    """The same bytes as a check-in's event row, inserted and committed alone, durably."""

    def __init__(self, folder: Path, row: tuple[object, ...]) -> None:
        self.conn = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL").fetchall()
        self.conn.execute("PRAGMA synchronous = FULL")

        for statement in BARE_TABLES:
            self.conn.execute(statement)
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


def wal_pages(conn: sqlite3.Connection, batch: Callable[[int], float], count: int = 10) -> float:
    """WAL frames (pages) written per action: each is synced with the commit that writes it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    batch(count)
    (wal,) = conn.execute("PRAGMA database_list").fetchone()[2:3]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    return round(Path(f"{wal}-wal").stat().st_size / (page + 24) / count, 2)


def measure(quick: bool) -> dict[str, Figure]:
    # One of each in turn (bare, 300, 3,000), so that each triple meets the same disk: on
    # this shared machine a sync takes from 0.3 to 4 ms from one second to the next.
    count = 30 if quick else 200  # with the warm-up and the unsynced runs: 280 late-comers
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = Room(folder, SMALL, waiting=count + 80)
        large = Room(folder, LARGE, waiting=count + 80)
        small.batch(10), large.batch(10)  # warm up: caches, the first pages of the WAL
        bare = Bare(folder, small.last_row())
        bare.batch(10)
        b, s, g = rounds(count, lambda: bare.batch(1), lambda: small.batch(1),
                         lambda: large.batch(1))  # fmt: skip
        # The same without the sync (synchronous=OFF on both sides): what the code itself costs,
        # reported beside the figure; the disk's noise hides it when the machine is busy.
        for conn in (small.session._store.conn, large.session._store.conn, bare.conn):
            conn.execute("PRAGMA synchronous = OFF")
        cb, cs, cg = rounds(50, lambda: bare.batch(1), lambda: small.batch(1),
                            lambda: large.batch(1))  # fmt: skip
        small_mb = python_peak_mb(lambda: small.batch(10))
        large_mb = python_peak_mb(lambda: large.batch(10))
        pages, bare_pages = (
            wal_pages(small.session._store.conn, small.batch),
            wal_pages(bare.conn, bare.batch),
        )
        for room in (small, large):
            room.session.close()
        bare.conn.close()
    return {
        "durable_action": figure(median(s), median(b), 1.5, ratio=paired_ratio(s, b),
                                 peak_mb=small_mb, row_bytes=sum(len(str(v)) for v in bare.row),
                                 unsynced_ours=median(cs), unsynced_baseline=median(cb),
                                 unsynced_ratio=round(paired_ratio(cs, cb), 2),
                                 wal_pages=f"{pages:.2f} vs {bare_pages:.2f}"),
        "check_in_growth": figure(median(g), median(s), 1.15, ratio=paired_ratio(g, s),
                                  peak_mb=large_mb, unsynced_ours=median(cg),
                                  unsynced_ratio=round(paired_ratio(cg, cs), 2)),
    }  # fmt: skip


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(measure("--quick" in sys.argv))
