"""Reopening a room mid-exam (#13): the fold skips the signatures' points and keeps who is out
and who left as it goes, and still says exactly what a fold of everything says."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from benchmarks.rooms import mid_exam_room
from invigilator.record.events import EventKind
from invigilator.room.session import RoomSession


def facts(session: RoomSession) -> dict[str, tuple]:
    return {
        sid: (e.status, e.entered_at, dict(e.signatures), e.exits, e.left_early, e.out_since,
              e.handed_in_at, e.sheets)
        for sid, e in session.state.candidates.items()
    }  # fmt: skip


def test_a_room_reopened_mid_exam_is_the_room_that_was_left(tmp_path):
    path = mid_exam_room(tmp_path / "mid.invigilator", 120)
    with RoomSession.open(path, readonly=True) as reopened:
        state = reopened.state
        assert [e.student_id for e in state.out_now] != []
        assert state.anyone_left
        entered = [e for e in state.candidates.values() if e.has_entered]
        assert len(entered) == 120 and all("entry" in e.signatures for e in entered)
        # What the record shows still has every signature, to draw it.
        events = {e.seq: e for e in reopened.events()}
        first = entered[0].signatures["entry"]
        assert events[first].payload["signature"]["strokes"]
        handed = [e for e in state.candidates.values() if "hand_in" in e.signatures]
        assert handed and events[handed[0].signatures["hand_in"]].payload["signature"]["strokes"]
        folded_here = facts(reopened)
        out_here = [e.student_id for e in state.out_now]
    with RoomSession.open(path) as again:  # writable: the same fold, then a command
        assert facts(again) == folded_here
        assert [e.student_id for e in again.state.out_now] == out_here


def test_who_is_out_and_whether_anyone_left_follow_returns_and_corrections(make_session, clock,
                                                                           signature):  # fmt: skip
    session = make_session(duration_minutes=240)
    for student_id in ("100", "101", "103"):
        session.check_in(student_id, id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=85)
    change = session.hand_in("101", sheets=2, signature=signature)  # leaves before the end
    assert session.state.anyone_left
    session.correct(change.events[0].seq, note="saisie sur le mauvais candidat", void=True)
    assert not session.state.anyone_left
    session.temporary_exit("100", escort="M. Benali")
    assert [e.student_id for e in session.state.out_now] == ["100"]
    clock.advance(minutes=3)
    session.return_to_room("100")
    assert session.state.out_now == []
    clock.advance(timedelta(minutes=1))
    session.temporary_exit("103", escort="M. Benali")
    assert [e.student_id for e in session.state.out_now] == ["103"]
    with RoomSession.open(session.path, readonly=True) as reopened:
        assert [e.student_id for e in reopened.state.out_now] == ["103"]
        assert reopened.state.anyone_left == session.state.anyone_left


def test_the_fold_reads_events_without_signature_points_and_the_record_with_them(tmp_path):
    path = mid_exam_room(tmp_path / "mid.invigilator", 12)
    with RoomSession.open(path, readonly=True) as session:
        store = session._store
        signed = {"checked_in", "late_entry_admitted", "handed_in", "definitive_exit"}
        lean = {e.seq: e for e in store.events(signatures=False)}
        full = {e.seq: e for e in store.events()}
        assert lean.keys() == full.keys()
        for seq, event in full.items():
            if event.kind.value in signed:
                assert event.payload["signature"]["strokes"]
                assert lean[seq].payload == {**event.payload, "signature": None}
            else:
                assert lean[seq] == event


def test_a_damaged_signature_opens_non_conforming_and_is_unreadable_where_it_is_drawn(tmp_path):
    """The fold skips a signature's points: a file where one is damaged still opens (verify then
    says NON CONFORME), and what reads the points finds that event unreadable (#13, #9)."""
    path = mid_exam_room(tmp_path / "mid.invigilator", 6)
    conn = sqlite3.connect(path)
    seq, payload = conn.execute(
        "SELECT seq, payload FROM events WHERE kind = 'checked_in' LIMIT 1"
    ).fetchone()
    conn.execute(
        "UPDATE events SET payload = ? WHERE seq = ?", [payload.replace("],[", "]x[", 1), seq]
    )
    conn.commit()
    conn.close()
    with RoomSession.open(path, readonly=True) as session:
        assert session.state.candidates  # the room is there
        assert not session.verify().ok
        events = {event.seq: event for event in session.events()}
        assert events[seq].kind is EventKind.UNREADABLE
