"""One rule for the minutes the room is shown, and the engine decides by it (follow-up of #11).

A pause of a few seconds puts every threshold between two minutes. Openings are shown at the
whole minute at or after them, closings and the end at the minute at or before them; the
engine allows, refuses and ends the time at exactly those minutes.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused
from invigilator.record.events import EventKind
from invigilator.room.timeline import MilestoneState, Phase, hhmm, timeline
from invigilator.rules import MilestoneKind

M = timedelta(minutes=1)
S = timedelta(seconds=1)


@pytest.fixture
def paused_7_seconds(make_session, clock, signature):
    """A 2-hour exam started on a whole minute, then paused for 7 s: late entry closes at
    start + 40 min 7 s, exits open at start + 60 min 7 s, the end is at start + 2 h 7 s."""
    session = make_session(duration_minutes=120)
    for student_id in ("100", "102"):
        session.check_in(student_id, id_document="passeport", signature=signature)
    session.start_exam()
    start = session.state.started_at
    assert start is not None and start.second == 0
    clock.advance(minutes=10)
    session.pause("alarme incendie (fausse alerte)")
    clock.advance(seconds=7)
    session.resume()
    return session, start


def _milestone(session, kind):
    return next(m for m in timeline(session).milestones if m.kind is kind)


def test_after_a_7_second_pause_openings_round_up_and_closings_and_the_end_round_down(
    paused_7_seconds,
):
    session, start = paused_7_seconds
    view = timeline(session)
    assert view.late_entry_until == start + 40 * M  # 40 min 7 s: shown down
    assert view.exits_from == start + 61 * M  # 60 min 7 s: shown up
    assert view.end == start + 120 * M  # 2 h 7 s: shown down, as the closings
    extra = dict(view.extra_time_ends)
    assert extra[80] == start + 200 * M  # the tiers-temps' end: down too


def test_after_a_7_second_pause_late_entry_closes_at_the_minute_shown(
    paused_7_seconds, clock, signature
):
    session, start = paused_7_seconds
    clock.set(start + 40 * M)  # the minute shown: admitted
    session.check_in("101", id_document="passeport", signature=signature)
    assert session.events()[-1].kind is EventKind.LATE_ENTRY_ADMITTED
    clock.set(start + 40 * M + 3 * S)  # within the 7 s, but after the minute shown: refused
    assert _milestone(session, MilestoneKind.LATE_ENTRY_CLOSES).state is MilestoneState.CLOSED
    assert session.entry_closed()
    with pytest.raises(CommandRefused):
        session.check_in("103", id_document="passeport", signature=signature)
    assert session.events()[-1].kind is EventKind.LATE_ENTRY_REFUSED


def test_after_a_7_second_pause_exits_open_at_the_minute_shown(paused_7_seconds, clock):
    session, start = paused_7_seconds
    shown = timeline(session).exits_from
    clock.set(start + 60 * M + 30 * S)  # past the rule's 60 min 7 s, before the minute shown
    assert _milestone(session, MilestoneKind.EXITS_OPEN).state is MilestoneState.COMING
    with pytest.raises(CommandRefused) as refused:
        session.temporary_exit("100", escort="M. Benali")
    assert hhmm(shown) in str(refused.value)  # the refusal names the minute shown
    clock.set(shown)
    assert _milestone(session, MilestoneKind.EXITS_OPEN).state is MilestoneState.OPEN
    session.temporary_exit("100", escort="M. Benali")
    assert session.events()[-1].kind is EventKind.TEMPORARY_EXIT


def test_after_a_7_second_pause_the_time_is_over_at_the_end_shown(
    paused_7_seconds, clock, signature
):
    session, start = paused_7_seconds
    clock.set(start + 120 * M - S)
    view = timeline(session)
    assert view.phase is Phase.LAST_MINUTES and view.remaining == S
    assert session.still_composing(["100"]) == {"100": start + 120 * M}
    clock.set(start + 120 * M)  # the end shown: the time is over, 7 s before the rule's end
    view = timeline(session)
    assert view.remaining == timedelta(0)
    assert view.phase is Phase.EXTRA_TIME  # Łukaszewicz (102) writes on
    assert _milestone(session, MilestoneKind.EXAM_ENDS).state is MilestoneState.CLOSED
    assert session.still_composing(["100"]) == {}
    session.hand_in("100", sheets=2, signature=signature)
    assert session.events()[-1].kind is EventKind.HANDED_IN  # not an early, definitive exit
