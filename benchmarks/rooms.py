"""Session files for the benchmarks and campaigns, built through the real commands.

A room "in the middle of the exam" is what a crash or a second window reopens: every candidate
checked in with a signature, the exam started, some temporary exits (one still out) and some
papers handed in with their signature. Files are written with synchronous=OFF to build them
fast: what is measured afterwards opens them as the app does (WAL, synchronous=FULL).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

from invigilator.clock import ManualClock
from invigilator.demo import demo_candidates, demo_exam, demo_signature
from invigilator.room.session import RoomSession

T0 = datetime(2026, 6, 15, 6, 30, tzinfo=UTC)
INVIGILATORS = ("Mme Sophie Lambert", "M. Karim Benali")


def fast_writes(session: RoomSession) -> None:
    """Build-only: no fsync per command (the measured runs reopen the file durably)."""
    session._store.conn.execute("PRAGMA synchronous = OFF")


def new_room(path: Path, candidates: int, *, seed: int = 1, clock: ManualClock | None = None,
             duration_minutes: int = 240) -> RoomSession:  # fmt: skip
    """A configured room with its list imported, nobody in yet."""
    clock = clock or ManualClock(T0)
    session = RoomSession.create(path, clock=clock)
    fast_writes(session)
    session.configure_exam(demo_exam(duration_minutes, clock.now().astimezone().date()))
    session.set_invigilators(list(INVIGILATORS), INVIGILATORS[0])
    session.import_list(demo_candidates(candidates, seed, duration_minutes))
    return session


def check_in_everyone(session: RoomSession, clock: ManualClock, rng: random.Random,
                      leave: int = 0) -> list[str]:  # fmt: skip
    """Check in every candidate but the last `leave`; returns those left to check in."""
    ids = list(session.state.candidates)
    for student_id in ids[: len(ids) - leave]:
        clock.advance(seconds=1)
        session.check_in(student_id, id_document="carte d'identité", signature=demo_signature(rng))
    return ids[len(ids) - leave :]


def mid_exam_room(path: Path, candidates: int, *, seed: int = 1) -> Path:
    """A session file reopened mid-exam: everyone in, exits, returns, some papers handed in."""
    rng = random.Random(seed)
    clock = ManualClock(T0)
    with new_room(path, candidates, seed=seed, clock=clock) as session:
        check_in_everyone(session, clock, rng)
        session.read_instructions()
        clock.advance(minutes=2)
        session.start_exam()
        ids = list(session.state.candidates)
        clock.advance(minutes=85)  # temporary exits from 80 minutes (a third of 4 hours)
        for student_id in ids[: max(2, candidates // 50)]:
            session.temporary_exit(student_id, escort=INVIGILATORS[1])
            clock.advance(minutes=3)
            session.return_to_room(student_id)
        for student_id in ids[-max(2, candidates // 10) :]:
            clock.advance(seconds=20)
            session.hand_in(student_id, sheets=rng.randint(1, 4), signature=demo_signature(rng))
        session.record_incident(
            "malaise", "Malaise passager, le candidat reste.", candidates=[ids[1]]
        )
        session.temporary_exit(ids[2], escort=INVIGILATORS[1])  # out right now
    return path


def started_room(path: Path, candidates: int, *, waiting: int, seed: int = 1
                 ) -> tuple[RoomSession, ManualClock, list[str]]:  # fmt: skip
    """A room 10 minutes into the exam, everyone in but `waiting` late-comers, someone out
    and someone gone: what the late check-ins' rules (anyone left, who is out) look at."""
    rng = random.Random(seed)
    clock = ManualClock(T0)
    session = new_room(path, candidates, seed=seed, clock=clock)
    late = check_in_everyone(session, clock, rng, leave=waiting)
    clock.advance(minutes=2)
    session.start_exam()
    clock.advance(minutes=10)
    session._store.conn.execute("PRAGMA synchronous = FULL")
    return session, clock, late
