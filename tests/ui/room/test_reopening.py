"""Issue #13: reopening a room mid-exam does less before its first frame, and shows the same.

The fold decodes each row straight into its event, the journal is read once the window verifies
the file, the buttons take their shortcuts from the text they were given: these check that what
the room shows and refuses is what it was."""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta

from invigilator.clock import ManualClock
from invigilator.demo import demo_signature
from invigilator.record.events import Event, EventKind
from invigilator.room import safekeeping
from invigilator.room.session import RoomSession
from invigilator.room.state import Status
from ui.room.main_window import MainWindow


def mid_exam(session: RoomSession, clock: ManualClock) -> list[str]:
    """Everyone in with a signature, the exam started, one out now, one paper handed in."""
    rng = random.Random(3)
    ids = list(session.state.candidates)
    for student_id in ids:
        clock.advance(seconds=1)
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(minutes=90)
    session.temporary_exit(ids[0], escort="M. Karim Benali")
    session.hand_in(ids[1], sheets=2, signature=demo_signature(rng))
    return ids


def test_issue_13_the_fold_reads_each_event_as_the_full_read_does_without_its_signature(
    session, clock
):
    mid_exam(session, clock)
    store = session._store
    folded, full = list(store.to_fold()), list(store.events())
    assert [e._replace(payload={}) for e in folded] == [e._replace(payload={}) for e in full]
    for fold, whole in zip(folded, full, strict=True):
        if "signature" in whole.payload:
            assert fold.payload == {**whole.payload, "signature": None}
            assert whole.payload["signature"]["strokes"]
        else:
            assert fold.payload == whole.payload
    rows = store.conn.execute("SELECT * FROM events ORDER BY seq").fetchall()
    assert full == [Event.from_row(dict(zip(Event._fields, row, strict=True))) for row in rows]


def test_issue_13_a_row_of_an_unknown_kind_is_still_named_and_the_rest_still_read(session, clock):
    ids = mid_exam(session, clock)
    path = session.path
    session.close()
    with sqlite3.connect(path) as conn:  # an edit outside the app: a kind no version writes
        conn.execute("UPDATE events SET kind = 'teleported' WHERE kind = 'definitive_exit'")
    with RoomSession.open(path, readonly=True) as reopened:
        [(seq, verdict)] = reopened.state.unreadable
        assert "illisible" in verdict and "teleported" in verdict
        assert reopened.state.candidates[ids[0]].status is Status.OUT
        assert reopened.state.candidates[ids[1]].status is Status.PRESENT
        assert any(e.kind is EventKind.UNREADABLE and e.seq == seq for e in reopened.events())
        assert reopened.read_only and not reopened.verify().ok


def test_issue_13_a_file_shown_at_once_reads_its_journal_once_the_window_verifies_it(
    qtbot, session, clock, monkeypatch
):
    mid_exam(session, clock)
    path = session.path
    session.close()
    read: list[object] = []
    real = safekeeping.read_anchors
    monkeypatch.setattr(safekeeping, "read_anchors", lambda p: read.append(p) or real(p))
    reopened = RoomSession.open(path, readonly=True, clock=clock)
    window = MainWindow(reopened, tick_ms=0, verify_after_first_frame=True)
    qtbot.addWidget(window)
    assert read == []  # not before the first frame
    actions = window.room_actions
    enabled = [a for a in actions.row_actions() if a.isEnabled()]
    assert enabled == [actions.projector_action]  # read-only until verified: a view only
    with qtbot.waitSignal(window.firstFramePainted, timeout=5000):
        window.show()
    assert len(read) == 1 and not reopened.read_only  # verified against it, then writable
    clock.advance(minutes=1)
    out, present = list(reopened.state.candidates)[:3:2]
    window.select(present)  # the actions follow the selected row, as in any window
    assert actions.exit.isEnabled() and actions.hand_in.isEnabled()
    assert not actions.back.isEnabled()
    window.select(out)
    assert actions.back.isEnabled() and not actions.exit.isEnabled()
    window.record_return()
    assert reopened.state.candidates[window.selected_id()].status is Status.PRESENT
    window.close()
    reopened.close()


def test_issue_13_a_read_only_file_behind_its_journal_is_still_refused_when_asked(session, clock):
    mid_exam(session, clock)
    path = session.path
    session.close()
    with sqlite3.connect(path) as conn:  # the last event removed outside the app
        conn.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    with RoomSession.open(path, readonly=True) as reopened:
        assert reopened.read_only and "manquants" in reopened.write_refusal


def test_issue_13_the_buttons_show_the_shortcuts_their_actions_answer_to(window):
    from PySide6.QtWidgets import QPushButton

    captions = {b.text() for b in window.findChildren(QPushButton)}
    assert {"Sortie temporaire (F6)", "Retour en salle (F7)", "Remise de copie (F9)",
            "Ajout manuscrit (F8)", "Vue projecteur (F12)"} <= captions  # fmt: skip
    keys = {a.objectName(): a.shortcut().toString() for a in window.room_actions.row_actions()}
    assert keys["exit"] == "F6" and keys["hand_in"] == "F9" and keys["check_in"] == ""
    assert window.room_actions.save_copy.shortcut().toString() == "Ctrl+S"
    assert window.room_actions.quit.shortcut().toString() == "Ctrl+Q"


def test_issue_13_the_window_reopened_mid_exam_counts_as_before(qtbot, session, clock):
    ids = mid_exam(session, clock)
    path = session.path
    session.close()
    reopened = RoomSession.open(path, readonly=True, clock=clock)
    window = MainWindow(reopened, tick_ms=0, verify_after_first_frame=True)
    qtbot.addWidget(window)
    counters = window.counters.text()
    assert f"Émargés : {len(ids)}" in counters and "Sortis : 1" in counters
    assert "Copies rendues : 1" in counters
    assert window.model.rowCount() == len(ids)
    assert reopened.elapsed() == timedelta(minutes=90)
    window.close()
    reopened.close()
