"""Starting the exam, late entries, leaving the room, the clock band and the projector."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.record.events import EventKind
from invigilator.room.state import Status
from ui.dialogs.addition import AdditionDialog
from ui.dialogs.checkin import CheckInDialog
from ui.dialogs.handin import ExitDialog, HandInDialog
from ui.room.projector import ProjectorWindow


def start_exam(qtbot, window) -> None:
    window.room_actions.start.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    assert "début de l'épreuve" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.state.started_at is not None, timeout=2000)


def open_check_in(qtbot, window, student_id: str) -> CheckInDialog:
    window.scan.clear()
    type_text(qtbot, window.scan, student_id)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    return wait_dialog(qtbot, window, CheckInDialog)


def ids(session) -> list[str]:
    return list(session.state.candidates)


def test_start_asks_for_confirmation_and_records_it(qtbot, window, session):
    window.room_actions.instructions.trigger()
    assert session.state.instructions_read_at is not None
    assert window.room_actions.instructions.text() == "Consignes lues à 06:40"
    button = next(b for b in window.findChildren(QPushButton) if "Consignes" in b.text())
    assert button.text() == "Consignes lues à 06:40"  # the button says when, too
    start_exam(qtbot, window)
    assert "Épreuve commencée à 06:40" in window.alert.text()
    assert not window.room_actions.start.isEnabled()
    window.tick()
    assert window.band.phase.text() == "ÉPREUVE EN COURS"
    assert any("entrée possible" in t for t in window.band.milestone_texts())


def test_declining_the_start_changes_nothing(qtbot, window, session):
    window.room_actions.start.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    QApplication.activeModalWidget().button(QMessageBox.StandardButton.No).click()
    assert session.state.started_at is None


def test_late_entry_admitted_shows_the_decision(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=25)
    dialog = open_check_in(qtbot, window, ids(session)[0])
    assert "Entrée en retard" in dialog.decision_label.text()
    assert dialog.decision_label.kind == "warning"
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    entry = session.state.candidates[ids(session)[0]]
    assert entry.status is Status.PRESENT and entry.late
    assert "Retard admis" in window.alert.text()
    assert "en retard" in window.model.index(window.model.row_of(entry.student_id), 0).data()


def test_late_entry_refused_says_it_plainly_and_is_recorded(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=100)
    student_id = ids(session)[1]
    dialog = open_check_in(qtbot, window, student_id)
    assert "ENTRÉE REFUSÉE" in dialog.decision_label.text()
    assert not dialog.signature.isVisible() and dialog.refuse.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.alert.kind == "error"
    assert "Refus enregistré" in window.alert.text() and "tiers" in window.alert.text()
    assert session.state.candidates[student_id].status is Status.REFUSED
    assert session.events()[-1].kind is EventKind.LATE_ENTRY_REFUSED


def test_past_one_hour_the_transport_proof_is_asked(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=70)
    student_id = ids(session)[2]
    dialog = open_check_in(qtbot, window, student_id)
    assert dialog.proof.isVisible()
    assert "justificatif" in dialog.decision_label.text()
    assert dialog.refuse.isVisible()
    dialog.proof.setChecked(True)
    assert dialog.confirm.isVisible() and dialog.signature.isVisible()
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.LATE_ENTRY_ADMITTED and event.payload["transport_proof"]


def test_past_one_hour_without_proof_is_refused(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=70)
    student_id = ids(session)[3]
    dialog = open_check_in(qtbot, window, student_id)
    dialog.late.no_proof.click()  # the question answered: no certificate
    dialog.refuse.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.events()[-1].payload["reason"] == "late_needs_transport_proof"


def check_in_now(qtbot, window, student_id):
    dialog = open_check_in(qtbot, window, student_id)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)


def test_exit_return_and_hand_in_from_the_main_window(qtbot, window, session, clock):
    student_id = ids(session)[0]
    check_in_now(qtbot, window, student_id)
    start_exam(qtbot, window)

    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, window, ExitDialog)
    assert "aucune sortie" in dialog.decision_label.text().lower()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert (
        window.alert.kind == "error"
        and session.state.candidates[student_id].status is Status.PRESENT
    )

    clock.advance(minutes=85)
    window.tick()
    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, window, ExitDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].status is Status.OUT
    clock.advance(minutes=4)
    window.tick()
    row = window.model.row_of(student_id)
    assert "sorti(e) temporairement (4 min)" in window.model.index(row, 0).data()
    assert "Sortis : 1" in window.counters.text()

    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert session.state.candidates[student_id].status is Status.PRESENT

    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    dialog = wait_dialog(qtbot, window, HandInDialog)
    dialog.sheets.setValue(3)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    entry = session.state.candidates[student_id]
    assert entry.status is Status.HANDED_IN and entry.sheets == 3
    assert "Copies rendues : 1" in window.counters.text()


def test_after_late_entry_closes_the_missing_are_absent(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=81)
    window.tick()
    assert "absent" in window.model.index(0, 0).data()
    texts = window.band.milestone_texts()
    assert any("fermée" in t for t in texts) and any("ouvertes" in t for t in texts)


def test_the_projector_shows_the_rules_and_no_names(qtbot, window, session, clock):
    window.room_actions.projector_action.trigger()
    projector = window.room_actions.projector
    assert isinstance(projector, ProjectorWindow)
    start_exam(qtbot, window)
    projector.refresh()
    text = "\n".join(label.text() for label in projector.findChildren(QLabel))
    assert "Entrée des retardataires jusqu'à 07:40" in text
    assert "Sorties autorisées à partir de 08:00" in text
    assert "Fin du temps majoré" in text
    assert "NFA031" in text
    for entry in session.state.candidates.values():
        assert entry.candidate.student_id not in text
        assert entry.candidate.last_name not in text
    window.close()
    assert window.room_actions.projector is None


def test_start_correction_is_logged(qtbot, window, session, clock):
    start_exam(qtbot, window)
    clock.advance(minutes=10)
    window.room_actions.correct_start(session.state.started_at - timedelta(minutes=3), "oubli")
    assert session.events()[-1].kind is EventKind.START_CORRECTED
    assert "06:37" in window.alert.text()


# -- hand addition after the start: the late-entry rules first (issue: signed, then refused) --


def open_addition(qtbot, window) -> AdditionDialog:
    window.scan.setFocus()
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    return wait_dialog(qtbot, window, AdditionDialog)


def fill_addition(qtbot, dialog, student_id: str = "777000111") -> None:
    dialog.student_id.setText(student_id)
    type_text(qtbot, dialog.last_name, "Łukaszewicz")
    type_text(qtbot, dialog.first_name, "Zoé")


def test_hand_addition_past_one_hour_asks_the_certificate_before_the_signature(
    qtbot, window, session, clock
):
    start_exam(qtbot, window)
    clock.advance(minutes=70)
    dialog = open_addition(qtbot, window)
    assert dialog.proof.isVisible() and "justificatif" in dialog.decision_label.text()
    assert not dialog.signature.isVisible() and dialog.refuse.isVisible()
    fill_addition(qtbot, dialog)
    dialog.proof.setChecked(True)
    assert "Entrée en retard" in dialog.decision_label.text()
    assert dialog.signature.isVisible() and dialog.confirm.isVisible()
    draw_signature(qtbot, dialog.signature.pad)
    events = len(session.events())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    added, admitted = session.events()[events:]  # one command: added and signed in together
    assert added.kind is EventKind.CANDIDATE_ADDED
    assert admitted.kind is EventKind.LATE_ENTRY_ADMITTED and admitted.payload["transport_proof"]
    entry = session.state.candidates["777000111"]
    assert entry.added_by_hand and entry.status is Status.PRESENT and entry.late
    assert "entré(e) en retard à" in window.alert.text()  # late, as the row says
    assert "émargé(e)" not in window.alert.text()


def test_hand_addition_too_late_records_who_was_turned_away_without_adding(
    qtbot, window, session, clock
):
    start_exam(qtbot, window)
    clock.advance(minutes=100)  # past D/3 of a 4 h exam: refused whatever the certificate
    dialog = open_addition(qtbot, window)
    assert "ENTRÉE REFUSÉE" in dialog.decision_label.text()
    assert not dialog.proof.isVisible() and not dialog.signature.isVisible()
    assert dialog.refuse.isVisible() and dialog.refuse.text() == "Enregistrer le &refus"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nobody named yet
    assert "numéro d'auditeur" in dialog.error.text() and window.active_dialog is dialog
    fill_addition(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    assert "777000111" not in session.state.candidates
    event = session.events()[-1]
    assert event.kind is EventKind.LATE_ENTRY_REFUSED
    assert event.payload["addition"]["candidate"]["last_name"] == "Łukaszewicz"
    assert window.alert.kind == "error" and "Refus enregistré" in window.alert.text()


# -- the signature pad stays whole when the certificate box appears ---------------------------


def test_ticking_the_certificate_keeps_the_signature_pad_above_the_buttons(
    qtbot, window, session, clock
):
    start_exam(qtbot, window)
    clock.advance(minutes=70)
    dialog = open_check_in(qtbot, window, ids(session)[4])
    dialog.proof.setChecked(True)
    pad = dialog.signature.pad

    def pad_whole() -> bool:
        bottom = pad.mapTo(dialog, pad.rect().bottomLeft()).y()
        return pad.height() >= pad.minimumHeight() and bottom < dialog.buttons.geometry().top()

    qtbot.waitUntil(pad_whole, timeout=2000)
    assert dialog.height() <= 768
