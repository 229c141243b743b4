"""The band after a pause of 7 s: the minutes it shows are the ones the engine decides by
(follow-up of #11)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused
from invigilator.model import Signature
from invigilator.room.timeline import hhmm

M = timedelta(minutes=1)
SIGNATURE = Signature((((10.0, 20.0, 0, 0.5), (60.0, 40.0, 30, 0.6), (90.0, 25.0, 55, 0.4)),))


def test_after_a_7_second_pause_the_band_shows_the_minutes_the_engine_keeps(window, session, clock):
    student_id = next(iter(session.state.candidates))  # a 4-hour exam: exits from 80 min
    session.check_in(student_id, id_document="passeport", signature=SIGNATURE)
    window.bridge.run(session.start_exam)
    start = session.state.started_at
    clock.advance(minutes=5)
    window.bridge.run(session.pause, "alarme")
    clock.advance(seconds=7)
    window.bridge.run(session.resume)
    band = window.band
    band.refresh()
    texts = band.milestone_texts()
    exits = next(t for t in texts if "sorties" in t)
    late = next(t for t in texts if "retardataires" in t)
    assert hhmm(start + 81 * M) in exits  # 80 min 7 s: the next whole minute
    assert hhmm(start + 60 * M) in late  # 60 min 7 s: the minute before
    assert band.end.text().startswith(hhmm(start + 240 * M))  # 4 h 7 s: the minute before
    clock.set(start + 80 * M + timedelta(seconds=30))
    with pytest.raises(CommandRefused) as refused:
        session.temporary_exit(student_id, escort=session.state.invigilators[1])
    assert hhmm(start + 81 * M) in str(refused.value)  # the band's minute, not another
