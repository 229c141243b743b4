"""The session's own time (issue #9): never back, a wall clock that moved is a recorded jump."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from invigilator.clock import ManualClock, SessionClock


def test_issue_9_session_clock_never_goes_back_and_records_a_wall_clock_set_back():
    wall = ManualClock(datetime(2026, 6, 15, 8, 0, tzinfo=UTC))
    session_time = SessionClock(wall)
    wall.advance(minutes=5)
    wall.set_wall(wall.now() - timedelta(minutes=10))
    assert session_time.now() == datetime(2026, 6, 15, 8, 5, tzinfo=UTC)
    jump = session_time.jump()
    assert jump is not None and jump.offset == -timedelta(minutes=10)
    session_time.accept(jump)
    assert session_time.jump() is None
