"""The clock is injected everywhere, so tests and the demo can run at any time of day.

A room session does not read the computer's clock as it is: it keeps its own time
(`SessionClock`), the last recorded moment plus a monotonic count since, so that a wall clock
set back or forward never reopens or closes a window of the rules (issue #9).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import NamedTuple, Protocol

# Below this, a difference between the computer's clock and the session's time is drift or
# a slow disk, not a clock that was set: it is neither recorded nor shown.
JUMP_TOLERANCE = timedelta(seconds=90)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        """Seconds that only go forward, counting the time the computer slept where the
        system can (Linux's CLOCK_BOOTTIME): a laptop that slept did let time pass."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if boottime is not None:
            try:
                return time.clock_gettime(boottime)
            except OSError:
                pass
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to.

    `advance` and `set` to a later moment let time pass; `set` to an earlier moment is the
    computer's clock set back (no time passes); `set_wall` moves the computer's clock alone.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start
        self._monotonic = 0.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def set(self, moment: datetime) -> None:
        self._monotonic += max((moment - self._now).total_seconds(), 0.0)
        self._now = moment

    def set_wall(self, moment: datetime) -> None:
        """The computer's clock changed (set by hand, a time server): no time passed."""
        self._now = moment

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        step = delta if delta is not None else timedelta(**kwargs)
        self._monotonic += max(step.total_seconds(), 0.0)
        self._now += step
        return self._now


class ClockJump(NamedTuple):
    """The computer's clock disagrees with the session's time by `offset` (wall − session)."""

    wall: datetime
    session: datetime
    offset: timedelta


class SessionClock:
    """A room's own time: an anchor (a moment the session trusts) plus the monotonic time
    since. It never goes back: never before the last recorded event either."""

    def __init__(self, wall: Clock) -> None:
        self.wall = wall
        self._anchor = wall.now()
        self._anchor_mono = self._monotonic()
        self.offset = timedelta(0)  # the last wall − session difference recorded or accepted

    def _monotonic(self) -> float | None:
        reader = getattr(self.wall, "monotonic", None)
        return float(reader()) if reader is not None else None

    def now(self) -> datetime:
        mono = self._monotonic()
        if mono is None:  # a clock with no monotonic count: the wall, never backwards
            wall = self.wall.now()
            if wall > self._anchor:
                self._anchor = wall
            return self._anchor
        return self._anchor + timedelta(seconds=mono - (self._anchor_mono or 0.0))

    def not_before(self, moment: datetime) -> None:
        """The record holds `moment` (another window wrote it): time goes on from there."""
        if moment > self.now():
            self._anchor, self._anchor_mono = moment, self._monotonic()

    def jump(self) -> ClockJump | None:
        """The computer's clock moved away from the session's time since the last jump
        recorded, or None."""
        session = self.now()
        wall = self.wall.now()
        offset = wall - session
        if abs(offset - self.offset) <= JUMP_TOLERANCE:
            return None
        return ClockJump(wall, session, offset)

    def accept(self, jump: ClockJump) -> None:
        """The jump is recorded: only a further move is a new one."""
        self.offset = jump.offset
