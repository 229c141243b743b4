"""Issue #9 in the window: an emergency-exited candidate closed as such, an addendum after the
PV, the seal of an exam not held, a computer clock that moved, the start correction's list of
changed decisions (#11.6)."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtCore import QTime
from uihelpers import type_text, wait_dialog

from invigilator.demo import demo_signature
from invigilator.record.events import EventKind
from invigilator.room.state import Status
from ui.dialogs.closing_cases import AddendumDialog, EmergencyDepartureDialog, NotHeldDialog
from ui.dialogs.correct_start import CorrectStartDialog
from ui.dialogs.record import RecordListDialog


def start(window, session, *present: str) -> None:
    rng = random.Random(4)
    for student_id in present:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    window.bridge.roomChanged.emit()


def test_issue_9_an_emergency_exited_candidate_is_closed_as_such_in_the_window(
    qtbot, window, session, clock
):
    first = list(session.state.candidates)[0]
    start(window, session, first)
    clock.advance(minutes=10)
    session.temporary_exit(first, escort="M. Karim Benali", emergency=True, note="malaise")
    window.bridge.roomChanged.emit()
    window.select(first)
    window.room_actions.update()
    assert window.room_actions.emergency_departure.isEnabled()
    window.room_actions.emergency_departure.trigger()
    dialog = wait_dialog(qtbot, window, EmergencyDepartureDialog)
    assert not dialog.escort.isEnabled() and dialog.escort.currentText() == "M. Karim Benali"
    dialog.note.clear()
    type_text(qtbot, dialog.note, "Transporte a l'hopital par les pompiers.")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    entry = session.state.candidates[first]
    assert entry.status is Status.EMERGENCY_NO_PAPER
    assert window.model.counts()["emergency"] == 1
    rows = [row[1] for row in RecordListDialog(session, window).texts()]
    assert "Sortie d'urgence — copie non remise" in rows


def test_issue_9_after_the_pv_only_an_addendum_is_offered(qtbot, window, session, clock):
    start(window, session)
    clock.advance(minutes=241)
    session.sign_pv({n: demo_signature(random.Random(1)) for n in session.state.invigilators})
    window.bridge.roomChanged.emit()
    actions = window.record_actions
    assert not actions.incident.isEnabled() and not actions.observation.isEnabled()
    assert actions.addendum.isEnabled()
    actions.addendum.trigger()
    dialog = wait_dialog(qtbot, window, AddendumDialog)
    type_text(qtbot, dialog.text, "Calculatrice oubliee trouvee apres la sortie.")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.events()[-1].kind is EventKind.ADDENDUM
    rows = [row[1] for row in RecordListDialog(session, window).texts()]
    assert "Ajout postérieur à la signature" in rows


def test_issue_9_an_exam_not_held_is_sealed_with_its_reason(qtbot, window, session):
    assert window.record_actions.not_held.isEnabled()
    window.record_actions.not_held.trigger()
    dialog = wait_dialog(qtbot, window, NotHeldDialog)
    type_text(qtbot, dialog.reason, "Sujets non livres.")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.sealed and session.state.not_held == "Sujets non livres."


def test_issue_9_a_computer_clock_moved_is_recorded_and_said(qtbot, window, session, clock):
    clock.set_wall(clock.now() + timedelta(hours=1))
    window.tick()
    assert session.events()[-1].kind is EventKind.CLOCK_JUMPED
    assert "horloge" in window.alert.text().lower()
    window.tick()
    assert [e.kind for e in session.events()].count(EventKind.CLOCK_JUMPED) == 1


def test_issue_11_6_the_start_correction_dialog_lists_the_decisions_it_changes(
    qtbot, window, session, clock
):
    first, late = list(session.state.candidates)[:2]
    start(window, session, first)
    started = session.state.started_at.astimezone()
    clock.advance(minutes=50)
    session.check_in(late, id_document="passeport", signature=demo_signature(random.Random(2)))
    window.room_actions.correct.trigger()
    dialog = wait_dialog(qtbot, window, CorrectStartDialog)
    assert dialog.changes.isHidden()
    earlier = started - timedelta(minutes=35)  # 85 min late: beyond the 80 min of a 4 h exam
    dialog.time.setTime(QTime(earlier.hour, earlier.minute))
    assert not dialog.changes.isHidden() and "trop en retard" in dialog.changes.text()
    type_text(qtbot, dialog.note, "heure reelle")
    dialog.accept()
    qtbot.waitUntil(lambda: session.events()[-1].kind is EventKind.START_CORRECTED, timeout=2000)
    assert session.events()[-1].payload["changed_decisions"]


def test_issue_9_escort_refusals_and_the_new_statuses_in_english(qtbot, window, session, clock):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations
    from ui.widgets.labels import status_label

    app = QApplication.instance()
    first, second = list(session.state.candidates)[:2]
    start(window, session, first, second)
    clock.advance(minutes=10)
    try:
        install_translations(app, "en")
        window.run(session.temporary_exit, first, escort="Quelqu'un", emergency=True,
                   note="malaise")  # fmt: skip
        assert "is not an invigilator of this room" in window.alert.text()
        session.temporary_exit(first, escort="M. Karim Benali", emergency=True, note="malaise")
        window.run(session.temporary_exit, second, escort="M. Karim Benali", emergency=True,
                   note="malaise")  # fmt: skip
        # One invigilator left in the room: any exit is definitive, said in English.
        assert "Only one invigilator in the room" in window.alert.text()
        assert status_label(Status.EMERGENCY_NO_PAPER) == "emergency exit — paper not handed in"
    finally:
        install_translations(app, "fr")


def test_issue_9_the_duration_changes_after_the_start_with_its_reason(
    qtbot, window, session, clock
):
    from ui.dialogs.closing_cases import DurationDialog

    start(window, session, list(session.state.candidates)[0])
    clock.advance(minutes=20)
    window.room_actions.update()
    window.room_actions.duration.trigger()
    dialog = wait_dialog(qtbot, window, DurationDialog)
    dialog.minutes.setValue(255)
    dialog.confirm.click()  # no reason: refused, nothing recorded
    assert session.state.duration == timedelta(minutes=240) and window.active_dialog is dialog
    type_text(qtbot, dialog.reason, "sujet distribue avec 15 min de retard")
    dialog.confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.duration == timedelta(minutes=255)
    assert session.events()[-1].kind is EventKind.EXAM_AMENDED
