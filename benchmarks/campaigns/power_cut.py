"""Power-cut campaign: lose every write not yet synced to disk, then reopen; nothing the app
acknowledged may be lost.

    python -m benchmarks.campaigns.power_cut --cuts 100

The model (powercut_shim.c, compiled here with the system's C compiler and loaded with
LD_PRELOAD into the writer): at each fsync/fdatasync of a file, its whole content is copied
aside. The writer runs bursts of room actions, printing each acknowledged event, and is
killed at a random moment; the session's folder is then rebuilt from the copies alone (a
file never synced does not exist), as a disk that drops every unsynced write would leave it,
and the next writer carries on from there.

What it proves: the app never acknowledges an event before SQLite has synced it (the commit
with synchronous=FULL in WAL mode), and a file holding only synced content verifies and
reopens. What it does not prove: a disk or USB stick that lies about its syncs (write cache
without flush), writes torn inside a sector, or unsynced writes persisted out of order
(SQLite's WAL checksums are meant for those; this model only drops them all). The directory
entry of a new file is assumed durable once its content is synced.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.campaigns.common import (
    build_shim,
    file_problems,
    print_report,
    spawn,
    stored_events,
)
from benchmarks.campaigns.crash import BURSTS, _lost

SHIM = Path(__file__).with_name("powercut_shim.c")


def cut_power(path: Path, synced: Path) -> None:
    """Leave the session's files as the synced copies hold them, and nothing else."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        live = Path(f"{path}{suffix}")
        live.unlink(missing_ok=True)
        copy = synced / live.name
        if copy.exists():
            shutil.copy(copy, live)


def mirror(path: Path, synced: Path) -> None:
    """The checks' own connections wrote (a checkpoint when the last one closes, synced as it
    goes): take the files as they are now as the synced state the next writer starts from."""
    for suffix in ("", "-wal"):
        live, copy = Path(f"{path}{suffix}"), synced / f"{path.name}{suffix}"
        if live.exists():
            shutil.copy(live, copy)
        else:
            copy.unlink(missing_ok=True)


def run(cuts: int = 100, seed: int = 17, *, unsafe: bool = False) -> dict[str, Any]:
    """`unsafe` commits without syncing (synchronous=OFF): the campaign must then find losses."""
    from benchmarks.rooms import started_room

    rng = random.Random(seed)
    acked: list[tuple[int, str, str]] = []
    problems: list[str] = []
    lost = dropped = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = build_shim(SHIM, folder)
        path = folder / "room.invigilator"
        session, _, _ = started_room(path, max(300, cuts * 8), waiting=max(200, cuts * 6))
        session.close()  # checkpointed and synced: the starting point is on disk
        synced = folder / "synced"
        synced.mkdir()
        shutil.copy(path, synced / path.name)
        for i in range(cuts):
            args = [str(path), str(i), *(["unsafe"] if unsafe else [])]
            child = spawn(BURSTS, *args, LD_PRELOAD=str(library),
                          POWERCUT_DIR=str(synced))  # fmt: skip
            assert child.stdout is not None
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(child.communicate()[1][-2000:])
            time.sleep(rng.uniform(0, 0.15))
            child.send_signal(signal.SIGKILL)
            rest, _ = child.communicate()
            now = [(int(p[0]), p[1], p[2]) for p in (line.split(" ") for line in rest.splitlines())
                   if len(p) == 3 and p[0].isdigit()]  # fmt: skip
            acked += now
            written = len(stored_events(path))
            cut_power(path, synced)
            dropped += written - len(stored_events(path))
            missing = _lost(path, now)
            lost += len(missing)
            if i % 10 == 9 or i == cuts - 1 or missing:
                problems += file_problems(path)
            mirror(path, synced)
        lost_overall = len(_lost(path, acked))
    return {"cuts": cuts, "acknowledged": len(acked), "lost": max(lost, lost_overall),
            "unsynced_events_dropped": dropped,
            "problems": problems, "ok": not (lost or lost_overall or problems)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description="power-cut campaign")
    parser.add_argument("--cuts", type=int, default=100)
    report = run(parser.parse_args().cuts)
    print_report("power cut", report)


if __name__ == "__main__":
    main()
