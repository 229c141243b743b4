"""Importing a 5,000-row list against the bare minimum: the csv module and one insert_all.

Prints ratios measured in the same run (target, issue 3: at most 2x). Baseline: read the
file, decode it, parse it with `csv`, insert the rows with one sqlite-utils `insert_all` into
a WAL, synchronous=FULL file. Measured: `read_list` (encoding and delimiter detection, header
recognition, accommodations, all-or-nothing checks) then `RoomSession.import_list` (digest,
event, rows, commit) into a session created beforehand.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlite_utils import Database  # noqa: E402

from invigilator.demo import FIRST_NAMES, LAST_NAMES  # noqa: E402
from invigilator.importing import read_list  # noqa: E402
from invigilator.room.session import RoomSession  # noqa: E402

ROWS = 5000
ROUNDS = 9
HEADER = ["N° auditeur", "Nom", "Prénom", "Salle", "Place", "Aménagements"]


def write_list(path: Path) -> None:
    rng = random.Random(5)
    lines = [";".join(HEADER)]
    for i in range(ROWS):
        accommodation = "tiers-temps" if rng.random() < 0.05 else ""
        last = rng.choice(
            [n for n in LAST_NAMES if n.encode("cp1252", "ignore").decode("cp1252") == n]
        )
        first = rng.choice(
            [n for n in FIRST_NAMES if n.encode("cp1252", "ignore").decode("cp1252") == n]
        )
        lines.append(f"{100000000 + i};{last};{first};31.2.85;{i + 1};{accommodation}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def baseline(source: Path, folder: Path) -> float:
    start = time.perf_counter()
    text = source.read_bytes().decode("cp1252")
    reader = csv.reader(io.StringIO(text), delimiter=";")
    header = next(reader)
    rows = [dict(zip(header, row, strict=True)) for row in reader]
    db = Database(folder / "bare.sqlite")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db["candidates"].insert_all(rows, batch_size=500)
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed


def ours(source: Path, folder: Path) -> float:
    session = RoomSession.create(folder / "room.sqlite")
    start = time.perf_counter()
    imported = read_list(source)
    session.import_list(imported)
    elapsed = time.perf_counter() - start
    assert len(session.state.candidates) == ROWS
    session.close()
    return elapsed


def main() -> None:
    bare, measured = [], []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "liste-5000.csv"
        write_list(source)
        for _ in range(ROUNDS):
            with tempfile.TemporaryDirectory() as a:
                bare.append(baseline(source, Path(a)))
            with tempfile.TemporaryDirectory() as b:
                measured.append(ours(source, Path(b)))
    b, m = statistics.median(bare), statistics.median(measured)
    verdict = "OK" if m / b <= 2 else "TOO SLOW"
    print(f"import     {ROWS} rows, median of {ROUNDS}: csv + insert_all {b * 1000:.1f} ms | "
          f"read_list + import_list {m * 1000:.1f} ms | ratio {m / b:.2f} (target <= 2.00) {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
