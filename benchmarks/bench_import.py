"""`import_5000`: a 5,000-row list read and imported, against csv and one insert_all.

Target: at most 2x, measured in the same run, rounds interleaved. Baseline: read the
file, decode it, parse it with `csv`, insert the rows with one sqlite-utils `insert_all` into
a WAL, synchronous=FULL file. Measured: `read_list` (encoding and delimiter detection, header
recognition, accommodations, all-or-nothing checks) then `RoomSession.import_list` (digest,
event, rows, commit) into a session created beforehand.
"""

from __future__ import annotations

import csv
import io
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from benchmarks.timing import Figure, figure, median, paired_ratio, python_peak_mb  # noqa: E402
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


def measure(quick: bool) -> dict[str, Figure]:
    runs = 3 if quick else ROUNDS
    bare, measured = [], []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "liste-5000.csv"
        write_list(source)
        for _ in range(runs):
            with tempfile.TemporaryDirectory() as a:
                bare.append(baseline(source, Path(a)))
            with tempfile.TemporaryDirectory() as b:
                measured.append(ours(source, Path(b)))
        with tempfile.TemporaryDirectory() as c:
            peak = python_peak_mb(lambda: ours(source, Path(c)))
    return {
        "import_5000": figure(
            median(measured), median(bare), 2.0, ratio=paired_ratio(measured, bare), peak_mb=peak
        )  # fmt: skip
    }


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(measure("--quick" in sys.argv))
