"""Fixes found by walking the dialogs: hand-in count, messages with any name, the transport
certificate question, too little ink, a stale signature error, Enter in the hand addition,
the emergency exit banner."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.demo import demo_signature
from invigilator.model import Candidate
from invigilator.record.events import EventKind
from invigilator.room.state import Status
from ui.dialogs.addition import AdditionDialog
from ui.dialogs.checkin import CheckInDialog
from ui.dialogs.handin import PLAUSIBLE_SHEETS, ExitDialog, HandInDialog
from ui.widgets import dialog_parts as widgets
from ui.widgets.dialog_parts import TASKBAR_ROOM, SignatureField, full_stop


def first_ids(session, count: int) -> list[str]:
    return list(session.state.candidates)[:count]


def start(window, session) -> None:
    session.read_instructions()
    session.start_exam()
    window.bridge.roomChanged.emit()


def open_check_in(qtbot, window, student_id: str) -> CheckInDialog:
    window.open_entry(student_id)
    return wait_dialog(qtbot, window, CheckInDialog)


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def dot(qtbot, pad) -> None:
    """A single click: a signature with no visible ink."""
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 60))


def seat_in_room(session, candidate: Candidate) -> None:
    """A candidate checked in before the start (added by hand, to have any name we like)."""
    session.add_candidate(candidate, reason="absent(e) de la liste", id_document="passeport",
                          signature=demo_signature(random.Random(4)))  # fmt: skip


def open_addition(qtbot, window) -> AdditionDialog:
    window.scan.setFocus()
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    return wait_dialog(qtbot, window, AdditionDialog)


def open_hand_in(qtbot, window, student_id: str) -> HandInDialog:
    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    return wait_dialog(qtbot, window, HandInDialog)


# -- 1. the intercalary count: typing replaces, an unusual count is asked again -------------------


def hand_in_after_90_minutes(qtbot, window, session, clock):
    """A candidate checked in, the exam started 90 minutes ago: their hand-in dialog."""
    student_id = first_ids(session, 1)[0]
    session.check_in(student_id, id_document="passeport", signature=demo_signature(random.Random()))
    start(window, session)
    clock.advance(minutes=90)
    return student_id, open_hand_in(qtbot, window, student_id)


def test_typing_a_sheet_count_replaces_the_one_shown(qtbot, window, session, clock):
    student_id, dialog = hand_in_after_90_minutes(qtbot, window, session, clock)
    qtbot.waitUntil(dialog.sheets.hasFocus, timeout=1000)
    assert dialog.sheets.lineEdit().selectedText() == "1"
    type_text(qtbot, dialog.sheets, "3")
    assert dialog.sheets.value() == 3  # not 31
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].sheets == 3


def test_an_unusual_sheet_count_is_asked_and_enter_corrects_it(qtbot, window, session, clock):
    student_id, dialog = hand_in_after_90_minutes(qtbot, window, session, clock)
    qtbot.waitUntil(dialog.sheets.hasFocus, timeout=1000)
    type_text(qtbot, dialog.sheets, "31")  # the count that slipped through before
    assert dialog.sheets.value() == 31 > PLAUSIBLE_SHEETS
    draw_signature(qtbot, dialog.signature.pad)
    events = len(session.events())
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    assert "31 intercalaires" in box.text()
    press_enter(qtbot, box)  # a reflex Enter corrects, it does not confirm
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert len(session.events()) == events
    assert window.active_dialog is dialog
    qtbot.waitUntil(dialog.sheets.hasFocus, timeout=1000)
    type_text(qtbot, dialog.sheets, "3")
    assert dialog.sheets.value() == 3
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].sheets == 3


def test_an_unusual_sheet_count_can_be_confirmed(qtbot, window, session, clock):
    student_id, dialog = hand_in_after_90_minutes(qtbot, window, session, clock)
    dialog.sheets.setValue(25)
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    confirm = next(b for b in box.buttons() if "Confirmer 25" in b.text().replace("&", ""))
    confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].sheets == 25


# -- 2. messages that read well whatever the name --------------------------------------------------


def test_the_hand_in_message_reads_well_with_a_particle(qtbot, window, session, clock):
    seat_in_room(session, Candidate("555000111", "de La Fontaine", "Élodie"))
    start(window, session)
    clock.advance(minutes=90)
    dialog = open_hand_in(qtbot, window, "555000111")
    dialog.sheets.setValue(3)
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert "Copie rendue : de La Fontaine Élodie (3 intercalaires)." in window.alert.text()
    assert "de de" not in window.alert.text()


def test_a_blank_paper_message_ends_once_after_a_name_with_a_full_stop(
    qtbot, window, session, clock
):
    seat_in_room(session, Candidate("555000112", "Martin", "J."))
    start(window, session)
    clock.advance(minutes=90)
    dialog = open_hand_in(qtbot, window, "555000112")
    dialog.blank.setChecked(True)
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.alert.text().endswith("Copie blanche rendue : Martin J.")


def test_clearing_a_signature_reads_well_with_a_particle(qtbot):
    field = SignatureField("Contreseing", signer="de La Fontaine Élodie")
    qtbot.addWidget(field)
    assert field.clear_button.accessibleName() == "Effacer la signature : de La Fontaine Élodie"


def test_full_stop_never_doubles():
    assert full_stop("Nguyễn Anh…") == "Nguyễn Anh…"
    assert full_stop("Martin J.") == "Martin J."
    assert full_stop("sortie autorisée") == "sortie autorisée."


# -- 3. past one hour: the transport certificate question, asked outright --------------------------


def test_past_one_hour_enter_asks_the_certificate_question_instead_of_refusing(
    qtbot, window, session, clock
):
    start(window, session)
    clock.advance(minutes=70)
    student_id = first_ids(session, 1)[0]
    dialog = open_check_in(qtbot, window, student_id)
    headline = dialog.decision_label.text()
    assert "ENTRÉE POSSIBLE UNIQUEMENT SUR JUSTIFICATIF DE TRANSPORT" in headline
    assert "REFUSÉE" not in headline
    assert dialog.late.question.isVisible() and "justificatif" in dialog.late.question.text()
    assert not dialog.proof.isChecked() and not dialog.late.no_proof.isChecked()
    assert not dialog.refuse.isDefault() and not dialog.confirm.isDefault()
    assert not dialog.refuse.isEnabled()  # no refusal that nobody decided, not even by Alt+R
    events = len(session.events())

    press_enter(qtbot, dialog)
    assert window.active_dialog is dialog and len(session.events()) == events
    assert session.state.candidates[student_id].status is Status.EXPECTED
    assert "Répondez d'abord" in dialog.late.reminder.text() and dialog.late.reminder.isVisible()

    dialog.late.no_proof.click()  # refusing is an explicit answer
    assert "ENTRÉE REFUSÉE" in dialog.decision_label.text() and dialog.refuse.isEnabled()
    assert dialog.refuse.isDefault() and not dialog.late.reminder.isVisible()
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.LATE_ENTRY_REFUSED
    assert event.payload["reason"] == "late_needs_transport_proof"


def test_past_one_hour_admitting_needs_the_certificate_answer_and_the_signature(
    qtbot, window, session, clock
):
    start(window, session)
    clock.advance(minutes=70)
    student_id = first_ids(session, 2)[1]
    dialog = open_check_in(qtbot, window, student_id)
    assert not dialog.signature.isVisible()
    dialog.proof.click()
    assert "Entrée en retard" in dialog.decision_label.text()
    assert dialog.signature.isVisible() and dialog.confirm.isDefault()
    press_enter(qtbot, dialog)  # not signed yet
    assert "signature est vide" in dialog.error.text()
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.LATE_ENTRY_ADMITTED and event.payload["transport_proof"]


def test_the_hand_addition_asks_the_same_question(qtbot, window, session, clock):
    start(window, session)
    clock.advance(minutes=70)
    dialog = open_addition(qtbot, window)
    dialog.student_id.setText("777000222")
    dialog.last_name.setText("Dupont")
    dialog.first_name.setText("Marie")
    events = len(session.events())
    press_enter(qtbot, dialog)
    assert window.active_dialog is dialog and len(session.events()) == events
    assert dialog.late.reminder.isVisible()


def test_the_late_check_in_keeps_room_for_a_taskbar(qtbot, window, session, clock):
    start(window, session)
    clock.advance(minutes=70)
    dialog = open_check_in(qtbot, window, first_ids(session, 3)[2])
    screen = dialog.screen().geometry()
    dialog.move(dialog.x(), screen.bottom() - dialog.frameGeometry().height() - 10)
    dialog.proof.click()  # the ID check and the pad appear: the dialog grows

    def fits() -> bool:
        buttons = dialog.buttons.mapToGlobal(dialog.buttons.rect().bottomLeft()).y()
        frame = dialog.frameGeometry()
        return (
            dialog.signature.isVisible()
            and frame.bottom() <= screen.bottom() - TASKBAR_ROOM
            and frame.top() >= screen.top()
            and buttons <= frame.bottom()
        )

    qtbot.waitUntil(fits, timeout=2000)


def test_on_a_short_screen_the_top_scrolls_and_the_buttons_stay(
    qtbot, window, session, clock, monkeypatch
):
    short = QRect(0, 0, 1366, 520)
    monkeypatch.setattr(widgets, "usable_area", lambda widget: short)
    start(window, session)
    clock.advance(minutes=70)
    dialog = open_check_in(qtbot, window, first_ids(session, 4)[3])
    dialog.proof.click()
    pad = dialog.signature.pad

    def fits() -> bool:
        frame = dialog.frameGeometry()
        pad_bottom = pad.mapTo(dialog, pad.rect().bottomLeft()).y()
        return (
            frame.height() <= short.height()
            and pad.height() >= pad.minimumHeight()
            and pad_bottom < dialog.buttons.geometry().top()
            and dialog.buttons.geometry().bottom() <= dialog.height()
        )

    qtbot.waitUntil(fits, timeout=2000)
    assert dialog.who.verticalScrollBar().isVisible()  # the candidate's details scroll
    assert dialog.late.question.isVisible()


# -- 4 and 5. too little ink is no signature; the error goes once the pad has ink ------------------


def test_a_single_click_is_not_a_signature(qtbot, window, session):
    student_id = first_ids(session, 1)[0]
    dialog = open_check_in(qtbot, window, student_id)
    dot(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    assert window.active_dialog is dialog
    assert "La signature est trop courte" in dialog.error.text()
    assert session.state.candidates[student_id].status is Status.EXPECTED


def test_a_dot_is_not_a_hand_in_signature(qtbot, window, session, clock):
    student_id, dialog = hand_in_after_90_minutes(qtbot, window, session, clock)
    dot(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    assert "trop courte" in dialog.error.text()
    assert session.state.candidates[student_id].status is Status.PRESENT


def test_the_empty_signature_error_goes_as_soon_as_the_pad_gets_ink(qtbot, window, session):
    student_id = first_ids(session, 1)[0]
    dialog = open_check_in(qtbot, window, student_id)
    press_enter(qtbot, dialog)
    assert "signature est vide" in dialog.error.text() and dialog.error.isVisible()
    pad = dialog.signature.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    assert not dialog.error.isVisible()  # pen down: the error is gone
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    draw_signature(qtbot, pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates[student_id].status is Status.PRESENT


def test_drawing_leaves_an_id_problem_on_screen(qtbot, window, session):
    dialog = open_check_in(qtbot, window, first_ids(session, 1)[0])
    dialog.id_check.choose_key(Qt.Key.Key_5)  # "autre", not named yet
    press_enter(qtbot, dialog)
    assert "Précisez la pièce" in dialog.error.text()
    draw_signature(qtbot, dialog.signature.pad)
    assert dialog.error.isVisible() and "Précisez la pièce" in dialog.error.text()


# -- 6. Enter in the hand addition moves to the next empty field -----------------------------------


def test_enter_in_the_hand_addition_moves_to_the_next_empty_field(qtbot, window, session):
    dialog = open_addition(qtbot, window)
    qtbot.waitUntil(dialog.student_id.hasFocus, timeout=1000)
    type_text(qtbot, dialog.student_id, "777000333")
    press_enter(qtbot, dialog.student_id)
    assert dialog.last_name.hasFocus() and not dialog.error.isVisible()
    type_text(qtbot, dialog.last_name, "Łukaszewicz")
    press_enter(qtbot, dialog.last_name)
    assert dialog.first_name.hasFocus() and not dialog.error.isVisible()
    type_text(qtbot, dialog.first_name, "Zoé")
    press_enter(qtbot, dialog.first_name)  # the form is complete: sent, the signature asked for
    assert "signature est vide" in dialog.error.text()
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog.first_name)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.candidates["777000333"].candidate.first_name == "Zoé"


def test_enter_goes_back_to_an_earlier_empty_field(qtbot, window, session):
    dialog = open_addition(qtbot, window)
    qtbot.waitUntil(dialog.student_id.hasFocus, timeout=1000)
    dialog.first_name.setFocus()
    type_text(qtbot, dialog.first_name, "Zoé")
    press_enter(qtbot, dialog.first_name)
    assert dialog.student_id.hasFocus() and not dialog.error.isVisible()


# -- 7. the emergency exit banner ------------------------------------------------------------------


def test_an_emergency_exit_changes_the_refusal_banner(qtbot, window, session, clock):
    student_id = first_ids(session, 1)[0]
    session.check_in(student_id, id_document="passeport", signature=demo_signature(random.Random()))
    start(window, session)
    clock.advance(minutes=10)
    window.select(student_id)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    dialog = wait_dialog(qtbot, window, ExitDialog)
    qtbot.waitUntil(dialog.escort.hasFocus, timeout=1000)
    assert dialog.decision_label.kind == "error"
    assert "aucune sortie" in dialog.decision_label.text().lower()

    dialog.emergency.click()
    text = dialog.decision_label.text()
    assert dialog.decision_label.kind == "warning"
    assert "aucune sortie" not in text.lower()
    assert "urgence" in text and "autorisée à tout moment" in text and "note" in text
    assert dialog.note.hasFocus()

    dialog.emergency.click()
    assert dialog.decision_label.kind == "error"

    dialog.emergency.click()
    type_text(qtbot, dialog.note, "malaise")
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.TEMPORARY_EXIT and event.payload["emergency"]


def test_a_dialog_opened_before_the_free_late_entry_ends_asks_before_recording(
    qtbot, window, session, clock
):
    # Opened at 59 min 40 s, confirmed at 60 min 40 s: the certificate question has come up
    # meanwhile, and nothing is recorded (neither entry nor refusal) until it is answered.
    start(window, session)
    clock.advance(minutes=59, seconds=40)
    student_id = first_ids(session, 3)[2]
    dialog = open_check_in(qtbot, window, student_id)
    assert not dialog.late.asks_proof and dialog.confirm.isVisible()
    draw_signature(qtbot, dialog.signature.pad)
    clock.advance(minutes=1)
    events = len(session.events())
    dialog.confirm.click()
    assert window.active_dialog is dialog and len(session.events()) == events
    assert dialog.late.awaiting_answer() and dialog.late.question_box.isVisible()
    assert not dialog.refuse.isEnabled()
    dialog.proof.click()
    draw_signature(qtbot, dialog.signature.pad)
    dialog.confirm.click()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.LATE_ENTRY_ADMITTED and event.payload["transport_proof"]


def test_a_blank_paper_counts_no_intercalary_sheet_unless_typed(qtbot, window, session, clock):
    """Review walk: ticking « Copie blanche » kept the default of 1 sheet, counted in the
    room's totals."""
    student_id, dialog = hand_in_after_90_minutes(qtbot, window, session, clock)
    dialog.blank.setChecked(True)
    assert dialog.sheets.value() == 0
    dialog.blank.setChecked(False)
    dialog.sheets.setValue(2)
    dialog.blank.setChecked(True)
    assert dialog.sheets.value() == 2  # a count typed stays: the invigilator saw the sheets
    dialog.sheets.setValue(0)
    draw_signature(qtbot, dialog.signature.pad)
    press_enter(qtbot, dialog)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    entry = session.state.candidates[student_id]
    assert entry.blank and entry.sheets == 0
