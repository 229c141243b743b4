"""What the clock band and the projector announce agrees with what the rules decide (#4)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused
from invigilator.room.timeline import MilestoneState, hhmm, timeline
from invigilator.rules import MilestoneKind

M = timedelta(minutes=1)


@pytest.fixture(params=["UTC", "Europe/Paris", "Pacific/Noumea"])
def local_zone(request, monkeypatch):
    """The rooms are not all in UTC: times on screen and in messages are local."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_an_exit_shown_allowed_from_a_minute_is_allowed_at_that_minute(
    make_session, clock, signature, local_zone
):
    session = make_session(duration_minutes=240)
    session.check_in("100", id_document="passeport", signature=signature)
    clock.advance(seconds=15)  # a start that is not on a whole minute
    session.start_exam()
    shown = timeline(session).exits_from
    assert shown is not None and shown.second == 0
    assert shown - session.state.started_at == 80 * M + timedelta(seconds=45)
    clock.set(session.state.started_at + 80 * M - timedelta(seconds=1))
    with pytest.raises(CommandRefused) as refused:  # refused, saying from the shown minute…
        session.temporary_exit("100", escort="M. Benali")
    assert hhmm(shown) in str(refused.value)
    clock.set(shown)  # …at which it is allowed
    session.temporary_exit("100", escort="M. Benali")


def test_the_transport_certificate_window_closes_once_someone_has_left(
    make_session, clock, signature
):
    session = make_session(duration_minutes=240)
    session.check_in("100", id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=61)

    def proof_state() -> MilestoneState:
        view = timeline(session)
        return next(m.state for m in view.milestones
                    if m.kind is MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES)  # fmt: skip

    assert proof_state() is MilestoneState.OPEN
    assert timeline(session).late_entry_with_proof_until is not None
    session.hand_in("100", sheets=1, signature=signature, emergency=True, note="malaise")
    assert session.state.anyone_left
    assert proof_state() is MilestoneState.CLOSED
    assert timeline(session).late_entry_with_proof_until is None  # not on the projector


def test_once_sealed_nothing_is_still_to_come(make_session, clock, signature):
    session = make_session(duration_minutes=240)  # Łukaszewicz has 80 min extra time
    session.check_in("100", id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=250)
    session.hand_in("100", sheets=1, signature=signature)
    session.sign_pv({name: signature for name in session.state.invigilators})
    session.seal()
    extra = [m for m in timeline(session).milestones if m.kind is MilestoneKind.EXTRA_TIME_ENDS]
    assert extra and all(m.state is MilestoneState.CLOSED for m in extra)


def test_extra_time_is_under_way_only_while_someone_entitled_to_it_writes(
    make_session, clock, signature
):
    """Review of #11: the band said "temps majoré en cours" with its tiers-temps absent."""
    from invigilator.room.timeline import Phase

    session = make_session(duration_minutes=240)  # "102" (Łukaszewicz) has 80 min extra time
    session.check_in("100", id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=245)
    assert timeline(session).phase is Phase.OVER  # "102" never came

    other = make_session(duration_minutes=240)
    other.check_in("102", id_document="passeport", signature=signature)
    other.start_exam()
    clock.advance(minutes=245)
    assert timeline(other).phase is Phase.EXTRA_TIME
    other.hand_in("102", sheets=1, signature=signature)
    assert timeline(other).phase is Phase.OVER


def test_a_start_forgotten_a_minute_past_the_planned_one_is_said(make_session, clock, local_zone):
    """Review walk: at 10:55 for a 09:00 exam not started, the band still said "avant le
    début". A minute after the planned start, the phase says the start is overdue."""
    from datetime import datetime

    from invigilator.model import ExamFacts
    from invigilator.room.timeline import Phase

    session = make_session()
    planned = (clock.now() + 30 * M).astimezone()
    session.configure_exam(ExamFacts("NFA031", "Programmation Java", duration_minutes=240,
                                     exam_date=planned.date(), start_time=planned.time()))  # fmt: skip
    start = datetime.combine(planned.date(), planned.time().replace(second=0, microsecond=0),
                             tzinfo=planned.tzinfo)  # fmt: skip
    assert timeline(session).phase is Phase.BEFORE
    clock.set(start + M - timedelta(seconds=1))
    assert timeline(session).phase is Phase.BEFORE  # a minute's grace: rooms start at :00
    clock.set(start + M)
    assert timeline(session).phase is Phase.START_OVERDUE
    session.start_exam()
    assert timeline(session).phase is Phase.RUNNING
