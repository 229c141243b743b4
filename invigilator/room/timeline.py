"""What the room clock shows, computed from the state and the time: no Qt, no counter.

Shared by the clock band and the projector view.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum
from typing import NamedTuple

from invigilator.room.session import RoomSession
from invigilator.room.state import Status
from invigilator.rules import MilestoneKind, as_shown

LAST_MINUTES = timedelta(minutes=15)


class MilestoneState(Enum):
    COMING = "à venir"
    OPEN = "en cours"
    CLOSED = "terminé"


class Phase(Enum):
    BEFORE = "avant le début de l'épreuve"
    # Not started a minute after the planned start: nothing else would say that the start
    # was forgotten (the band would read "avant le début" at 10:55 for a 09:00 exam).
    START_OVERDUE = "début prévu dépassé"
    RUNNING = "épreuve en cours"
    LAST_MINUTES = "dernières minutes"
    PAUSED = "épreuve interrompue"
    EXTRA_TIME = "temps majoré en cours"
    OVER = "épreuve terminée"


# Per kind: the words for (coming, open, closed).
_STATE_WORDS = {
    MilestoneKind.LATE_ENTRY_CLOSES: ("à venir", "entrée possible", "fermée"),
    MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES: ("à venir", "sur justificatif", "fermée"),
    MilestoneKind.TEMPORARY_EXITS_OPEN: ("à venir", "ouvertes", "ouvertes"),
    MilestoneKind.DEFINITIVE_EXITS_OPEN: ("à venir", "ouvertes", "ouvertes"),
    MilestoneKind.EXITS_OPEN: ("à venir", "ouvertes", "ouvertes"),
    MilestoneKind.EXAM_ENDS: ("à venir", "en cours", "terminée"),
    MilestoneKind.EXTRA_TIME_ENDS: ("à venir", "en cours", "terminé"),
}
_ENDS = {MilestoneKind.EXAM_ENDS, MilestoneKind.EXTRA_TIME_ENDS}
_OPENS = {
    MilestoneKind.TEMPORARY_EXITS_OPEN,
    MilestoneKind.DEFINITIVE_EXITS_OPEN,
    MilestoneKind.EXITS_OPEN,
}


# How long after the planned start a room that has not started is told so.
START_GRACE = timedelta(minutes=1)


class MilestoneView(NamedTuple):
    kind: MilestoneKind
    label: str
    at: datetime | None  # None when neither the start nor the planned start is known
    state: MilestoneState
    words: str


class Timeline(NamedTuple):
    now: datetime
    started: bool
    start: datetime | None  # the real start, or the planned one before it
    end: datetime | None
    remaining: timedelta | None
    phase: Phase
    milestones: tuple[MilestoneView, ...]
    late_entry_until: datetime | None
    late_entry_with_proof_until: datetime | None
    exits_from: datetime | None
    extra_time_ends: tuple[tuple[int, datetime | None], ...]


def planned_start(session: RoomSession) -> datetime | None:
    exam = session.state.exam
    if exam is None or exam.exam_date is None or exam.start_time is None:
        return None
    local_tz = session.clock.now().astimezone().tzinfo
    return datetime.combine(exam.exam_date, exam.start_time, tzinfo=local_tz)


def timeline(session: RoomSession) -> Timeline:
    state = session.state
    now = session.clock.now()
    started = state.started_at is not None
    base = state.moment_of(timedelta(0), now) if started else planned_start(session)
    elapsed = state.elapsed(now)
    duration = state.duration

    def shown(offset: timedelta, *, opening: bool = False) -> timedelta:
        """One rule for every time on screen, the one the engine decides by: an opening at the
        whole minute at or after it, a closing or an end at the minute at or before it."""
        return as_shown(offset, base, opening=opening)

    def at(offset: timedelta) -> datetime | None:
        return base + offset if base is not None else None

    views = []
    for milestone in session.milestones():
        words = _STATE_WORDS[milestone.kind]
        offset = shown(milestone.offset, opening=milestone.kind in _OPENS)
        moment = at(offset)
        if elapsed is None:
            ms_state = MilestoneState.COMING
        elif milestone.kind in _OPENS:
            ms_state = MilestoneState.OPEN if elapsed >= offset else MilestoneState.COMING
        elif milestone.kind in _ENDS:  # a moment, not a period: coming until it is reached
            ms_state = MilestoneState.COMING if elapsed < offset else MilestoneState.CLOSED
        elif elapsed <= offset:
            ms_state = MilestoneState.OPEN
        else:
            ms_state = MilestoneState.CLOSED
        if milestone.kind is MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES and state.anyone_left:
            ms_state = MilestoneState.CLOSED  # 4.1: not once a candidate has left for good
        if state.sealed and milestone.kind not in _OPENS:
            ms_state = MilestoneState.CLOSED  # the room is closed: nothing is still to come
        index = {MilestoneState.COMING: 0, MilestoneState.OPEN: 1, MilestoneState.CLOSED: 2}
        views.append(
            MilestoneView(milestone.kind, milestone.label, moment, ms_state,
                          words[index[ms_state]])
        )  # fmt: skip

    end = at(shown(duration))
    remaining = (end - now) if started and end is not None else None
    # Extra time is "en cours" only while someone entitled to it is still writing: a tiers-temps
    # whose candidates are absent or have handed in leaves the room over (review of #11).
    writing_extra = {timedelta(minutes=c.candidate.extra_time_minutes)
                     for c in state.candidates.values()
                     if c.candidate.extra_time_minutes and c.status in (Status.PRESENT, Status.OUT)}  # fmt: skip
    last_extra = shown(duration + max(writing_extra, default=timedelta(0)))
    if not started:
        overdue = base is not None and now >= base + START_GRACE
        phase = Phase.START_OVERDUE if overdue else Phase.BEFORE
    elif state.paused:
        phase = Phase.PAUSED
    elif elapsed is not None and elapsed < shown(duration) - LAST_MINUTES:
        phase = Phase.RUNNING
    elif elapsed is not None and elapsed < shown(duration):
        phase = Phase.LAST_MINUTES
    elif elapsed is not None and elapsed < last_extra:
        phase = Phase.EXTRA_TIME
    else:
        phase = Phase.OVER

    def first(*kinds: MilestoneKind) -> datetime | None:
        return next((v.at for v in views if v.kind in kinds), None)

    return Timeline(
        now=now,
        started=started,
        start=base,
        end=end,
        remaining=remaining,
        phase=phase,
        milestones=tuple(views),
        late_entry_until=first(MilestoneKind.LATE_ENTRY_CLOSES),
        late_entry_with_proof_until=(
            None if state.anyone_left else first(MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES)
        ),
        exits_from=first(MilestoneKind.EXITS_OPEN, MilestoneKind.TEMPORARY_EXITS_OPEN),
        extra_time_ends=tuple(
            (v_extra, v.at)
            for v, v_extra in (
                (v, m.extra_minutes)
                for v, m in zip(views, session.milestones(), strict=True)
                if m.kind is MilestoneKind.EXTRA_TIME_ENDS
            )
        ),
    )


def hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment is not None else "—"


def duration_text(delta: timedelta | None) -> str:
    if delta is None:
        return "—"
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    return f"{sign}{hours} h {minutes:02d}" if hours else f"{sign}{minutes} min"
