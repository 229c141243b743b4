"""Sleep-and-clock campaign: the wall clock jumps and the laptop sleeps during exams.

    python -m benchmarks.campaigns.clock --sittings 50

Each sitting (a 2-hour exam on a manual clock) goes on through random steps: the laptop
sleeps 20 minutes, the wall clock jumps forward (up to 2 hours) or back (up to 30 minutes), or
time just passes; after each, the room tries what it would (late check-ins without a
certificate, temporary exits and returns, hand-ins). Counted:
- thresholds moved: the wall-clock moments of the rules' milestones (late entry closes, exits
  open, the end) must stay where the start put them, whatever the clock does;
- events dated before the one they follow (time must only go forward, issue #9);
- windows reopened: a late candidate admitted after one was turned away as too late;
- jumps logged: events of a kind naming the clock (issue #9 records the jump and the room
  shows it).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from benchmarks.campaigns.common import print_report

INVIGILATORS = ("Mme Sophie Lambert", "M. Karim Benali")


def sitting(path: Path, rng: random.Random) -> dict[str, int]:
    from benchmarks.rooms import T0, new_room
    from invigilator.clock import ManualClock
    from invigilator.demo import demo_signature
    from invigilator.errors import CommandRefused
    from invigilator.room.state import Status

    clock = ManualClock(T0)
    session = new_room(path, 40, clock=clock, duration_minutes=120)
    ids = list(session.state.candidates)
    for student_id in ids[:30]:
        clock.advance(seconds=5)
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    started = session.state.started_at
    assert started is not None

    def moments() -> list[object]:
        now = clock.now()
        return [session.state.moment_of(m.offset, now) for m in session.milestones()]

    # The computer's clock set by hand or by a time server: no time passes (`set_wall`, #9's
    # manual clock; before it, the wall clock was the only one). A sleep lets time pass.
    set_wall = getattr(clock, "set_wall", None)

    def jump(minutes: int) -> None:
        if set_wall is not None:
            set_wall(clock.now() + timedelta(minutes=minutes))
        else:
            clock.advance(minutes=minutes)

    before = moments()
    counts = dict.fromkeys(("sleeps", "jumps_forward", "jumps_back", "thresholds_moved"), 0)
    for _ in range(rng.randint(8, 16)):
        roll = rng.random()
        if roll < 0.2:
            clock.advance(minutes=20)
            counts["sleeps"] += 1
        elif roll < 0.35:
            jump(rng.randint(2, 120))
            counts["jumps_forward"] += 1
        elif roll < 0.55:
            jump(-rng.randint(2, 30))
            counts["jumps_back"] += 1
        else:
            clock.advance(seconds=rng.randint(10, 600))
        session.observe(f"Pas {counts}")  # the room acts at once: a jump is seen as it comes
        if moments() != before:
            counts["thresholds_moved"] += 1
            before = moments()
        state = session.state
        try:
            waiting = [c for c, e in state.candidates.items() if e.status is Status.EXPECTED]
            present = [c for c, e in state.candidates.items() if e.status is Status.PRESENT]
            action = rng.random()
            if action < 0.4 and waiting:
                session.check_in(rng.choice(waiting), id_document="passeport",
                                 signature=demo_signature(rng))  # fmt: skip
            elif action < 0.7 and state.out_now:
                session.return_to_room(state.out_now[0].student_id)
            elif action < 0.85 and present:
                session.temporary_exit(rng.choice(present), escort=INVIGILATORS[1])
            elif present:
                session.hand_in(rng.choice(present), sheets=1, signature=demo_signature(rng))
        except CommandRefused:
            pass
    session.close()
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT kind, at, payload FROM events ORDER BY seq").fetchall()
    conn.close()
    backwards = sum(1 for (_, a, _), (_, b, _) in zip(rows, rows[1:], strict=False) if b < a)
    refused_too_late = reopened = 0
    for kind, _, payload in rows:
        if kind == "late_entry_refused" and '"late_too_late"' in payload:
            refused_too_late += 1
        elif kind == "late_entry_admitted" and refused_too_late:
            reopened += 1
    logged = sum(1 for kind, _, _ in rows if "clock" in kind)
    return {**counts, "events_dated_backwards": backwards, "windows_reopened": reopened,
            "jumps_logged": logged}  # fmt: skip


def run(sittings: int = 50, seed: int = 37) -> dict[str, Any]:
    rng = random.Random(seed)
    totals: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(sittings):
            for key, value in sitting(Path(tmp) / f"sitting-{i}.invigilator", rng).items():
                totals[key] = totals.get(key, 0) + value
    # A sleep lets time pass (the app counts it, CLOCK_BOOTTIME): nothing to log. Jumps forward
    # can be told from time passing only with a clock that has its own monotonic count (#9).
    from invigilator.clock import ManualClock

    jumps = totals["jumps_back"]
    if hasattr(ManualClock, "set_wall"):
        jumps += totals["jumps_forward"]
    return {"sittings": sittings, **totals,
            "ok": not (totals["thresholds_moved"] or totals["events_dated_backwards"]
                       or totals["windows_reopened"]) and totals["jumps_logged"] >= jumps}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description="sleep-and-clock campaign")
    parser.add_argument("--sittings", type=int, default=50)
    print_report("sleep and clock", run(parser.parse_args().sittings))


if __name__ == "__main__":
    main()
