"""Fixes found by walking the closing and the record: the refusal to hand in (never for a
candidate still writing, nobody pre-ticked, back to Clôture), Clôture's layout, its keyboard
path to the seal, the whole final hash, the incident's focus and Enter, the observation's
default source, emergency exits in the record, the picker's status words."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.demo import demo_signature
from invigilator.record.events import EventKind
from invigilator.room.commands import local_time
from invigilator.room.state import Status
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pv import ClosingDialog
from ui.dialogs.record import ObservationDialog, RecordListDialog
from ui.widgets.record_widgets import ID_ROLE

CTRL = Qt.KeyboardModifier.ControlModifier
EXAM = timedelta(minutes=240)  # the demo room of tests/ui/conftest.py


def start(window, session, *present: str) -> None:
    rng = random.Random(4)
    for student_id in present:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    window.bridge.roomChanged.emit()


def plain_and_tiers_temps(session) -> tuple[list[str], str]:
    """Three candidates without extra time, and one with a tiers-temps."""
    plain = [i for i, e in session.state.candidates.items() if not e.candidate.extra_time_minutes]
    extra = next(i for i, e in session.state.candidates.items() if e.candidate.extra_time_minutes)
    return plain[:3], extra


def open_closing(qtbot, window) -> ClosingDialog:
    window.record_actions.closing.trigger()
    return wait_dialog(qtbot, window, ClosingDialog)


def open_refusal(qtbot, closing: ClosingDialog) -> IncidentDialog:
    closing.refusal.click()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), IncidentDialog), timeout=2000
    )
    return QApplication.activeModalWidget()


def key(qtbot, widget, code: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key in the widget's window, once it is active (as a person sees it)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    qtbot.keyClick(widget, code, modifier)


def sign_all(qtbot, closing: ClosingDialog) -> None:
    for box in closing.boxes:
        draw_signature(qtbot, box.pad)
    closing.sign.click()


def hand_in_all(session, ids) -> None:
    rng = random.Random(2)
    for student_id in ids:
        session.hand_in(student_id, sheets=1, signature=demo_signature(rng))


# -- 1 and 2: the refusal to hand in --------------------------------------------------------


def test_a_refusal_mid_exam_ticks_nobody_and_is_refused_for_those_still_writing(
    qtbot, window, session, clock
):
    plain, extra = plain_and_tiers_temps(session)
    start(window, session, *plain, extra)
    start_at = session.state.started_at
    clock.advance(minutes=94)  # 2 h 26 still to run
    closing = open_closing(qtbot, window)
    incident = open_refusal(qtbot, closing)
    assert incident.category_code == "refus_de_rendre"
    assert incident.picker.selected() == []  # nobody pre-ticked, tiers-temps or not
    qtbot.waitUntil(incident.picker.search.hasFocus, timeout=2000)  # who refuses: a name
    incident.picker.set_selected([plain[0], extra])
    type_text(qtbot, incident.description, "Refuse.")
    key(qtbot, incident, Qt.Key.Key_Return, CTRL)
    message = incident.error.text()
    assert "2 candidat(s) composent encore" in message
    assert f"jusqu'à {local_time(start_at + EXAM)}" in message
    assert f"jusqu'à {local_time(start_at + EXAM + timedelta(minutes=80))}" in message
    assert incident.isVisible() and not session.state.incidents
    assert all(session.state.candidates[i].status is Status.PRESENT for i in (*plain, extra))
    assert session.state.pv_signed is None
    # Clôture itself says who is still writing, and until when.
    assert "4 candidat(s) composent encore" in closing.warning.text()
    assert local_time(start_at + EXAM + timedelta(minutes=80)) in closing.warning.text()


def test_cancelling_the_refusal_returns_to_closing_as_it_was(qtbot, window, session, clock):
    plain, extra = plain_and_tiers_temps(session)
    start(window, session, *plain, extra)
    clock.advance(minutes=94)
    closing = open_closing(qtbot, window)
    draw_signature(qtbot, closing.boxes[0].pad)
    incident = open_refusal(qtbot, closing)
    key(qtbot, incident, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not incident.isVisible(), timeout=2000)
    assert window.active_dialog is closing and closing.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is closing, timeout=2000)
    assert not closing.boxes[0].is_empty  # what was signed there is still there
    assert not session.state.incidents


def test_after_the_end_a_refusal_is_recorded_and_clôture_is_refreshed(
    qtbot, window, session, clock
):
    plain, extra = plain_and_tiers_temps(session)
    start(window, session, *plain, extra)
    clock.advance(EXAM)
    hand_in_all(session, plain[1:])
    window.bridge.roomChanged.emit()
    closing = open_closing(qtbot, window)
    assert "1 candidat(s) n'ont pas rendu leur copie" in closing.warning.text()
    assert "1 candidat(s) composent encore" in closing.warning.text()

    incident = open_refusal(qtbot, closing)
    incident.picker.set_selected([plain[0]])
    type_text(qtbot, incident.description, "Refuse de rendre sa copie.")
    key(qtbot, incident, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not incident.isVisible(), timeout=2000)
    assert session.state.candidates[plain[0]].status is Status.NOT_HANDED_IN
    assert window.active_dialog is closing and closing.isVisible()
    assert closing.count_labels["incidents"].text() == "1"
    assert "n'ont pas rendu" not in closing.warning.text()
    assert "1 candidat(s) composent encore" in closing.warning.text()
    assert "Incident enregistré" in closing.error.text()

    # The tiers-temps candidate is still writing: the PV cannot be signed.
    # (Clôture says until when; the plain candidates' time is over.)
    sign_all(qtbot, closing)
    assert session.state.pv_signed is None and "n'ont pas rendu" in closing.error.text()


# -- 3: Clôture's layout at 1366×768 --------------------------------------------------------


def fully_shown(widget) -> bool:
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_closing_messages_never_cut_the_pads_and_signing_leaves_no_empty_area(
    qtbot, window, session, clock
):
    ids = list(session.state.candidates)[:20]
    session.set_invigilators(["Mme Sophie Lambert", "M. Karim Benali", "Mme Anne Roux",
                              "M. Paul Petit"], "Mme Sophie Lambert")  # fmt: skip
    start(window, session, *ids)
    clock.advance(minutes=94)
    closing = open_closing(qtbot, window)
    sign_all(qtbot, closing)  # refused: the warning and the error are both shown
    assert closing.warning.isVisible() and closing.error.isVisible()
    qtbot.wait(10)
    assert all(fully_shown(box.pad) for box in closing.boxes)
    assert closing.height() <= 740  # a 1366×768 screen, title bar included

    clock.advance(EXAM)
    hand_in_all(session, ids)
    window.bridge.roomChanged.emit()
    closing.sign.click()
    assert session.state.pv_signed is not None and not closing.pads.isVisible()
    qtbot.wait(10)
    buttons_top = closing.seal_button.mapTo(closing, closing.seal_button.rect().topLeft()).y()
    label = closing.signed_label
    label_bottom = label.mapTo(closing, label.rect().bottomLeft()).y()
    assert buttons_top - label_bottom < 40, (label_bottom, buttons_top, closing.height())


# -- 4 and 5: the keyboard path to the seal, and the whole final hash -----------------------


def test_enter_opens_the_seal_confirmation_which_defaults_to_no(qtbot, window, session, clock):
    start(window, session)
    clock.advance(EXAM)
    closing = open_closing(qtbot, window)
    sign_all(qtbot, closing)
    assert session.state.pv_signed is not None
    qtbot.waitUntil(closing.seal_button.hasFocus, timeout=2000)
    assert closing.seal_button.isDefault()
    assert "Entrée" in closing.signed_label.text()

    for press in (Qt.Key.Key_Return, Qt.Key.Key_Space):
        key(qtbot, closing.seal_button, press)
        qtbot.waitUntil(
            lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000
        )
        box = QApplication.activeModalWidget()
        assert "lecture seule" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        assert box.focusWidget() is box.button(QMessageBox.StandardButton.No)
        key(qtbot, box.focusWidget(), press)  # the same key again answers "Non": not sealed
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is closing, timeout=2000)
        qtbot.waitUntil(closing.seal_button.hasFocus, timeout=2000)  # ready to try again
        assert not session.state.sealed

    key(qtbot, closing.seal_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    QApplication.activeModalWidget().button(QMessageBox.StandardButton.Yes).click()
    assert session.state.sealed


def test_the_whole_final_hash_is_shown_selectable_and_wrapped(qtbot, window, session, clock):
    start(window, session)
    clock.advance(EXAM)
    closing = open_closing(qtbot, window)
    sign_all(qtbot, closing)
    closing.seal()
    full = session.final_hash
    assert len(full) == 64
    # Clôture stays open on the hash, to be read or copied; the window's line has it whole too.
    assert window.active_dialog is closing and closing.final_hash.isVisible()
    assert closing.final_hash.toPlainText() == full
    assert closing.final_hash.isReadOnly()
    assert closing.final_hash.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert full in window.alert.text() and "…" not in window.alert.text()
    one_line = closing.final_hash.height()
    closing.final_hash.resize(200, one_line)
    assert closing.final_hash.height() > one_line  # wrapped, not cut
    assert closing.final_hash.toPlainText() == full
    assert closing.close_button.isDefault() and not closing.seal_button.isVisible()


# -- 6: the incident's first focus and Enter ------------------------------------------------


def test_the_incident_opens_on_the_description_and_enter_alone_records_nothing(
    qtbot, window, session, clock
):
    start(window, session)
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    qtbot.waitUntil(dialog.description.hasFocus, timeout=2000)
    type_text(qtbot, dialog.description, "Téléphone")
    assert dialog.description.toPlainText() == "Téléphone"

    for field in (dialog.category, dialog.seized):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        key(qtbot, field, Qt.Key.Key_Return)
        assert not field.hasFocus()  # moved on to the next field
        assert not dialog.error.isVisible() and dialog.isVisible()
    assert not session.state.incidents


# -- 7: the observation's source ------------------------------------------------------------


def test_an_observation_is_the_invigilators_by_default(qtbot, window, session, clock):
    start(window, session)
    key(qtbot, window, Qt.Key.Key_O, CTRL)
    dialog = wait_dialog(qtbot, window, ObservationDialog)
    assert dialog.from_invigilator.isChecked() and not dialog.from_candidate.isChecked()
    qtbot.waitUntil(dialog.text.hasFocus, timeout=2000)
    type_text(qtbot, dialog.text, "Chauffage en panne.")
    key(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.OBSERVATION and event.payload["source"] == "surveillant"


# -- 8: emergency exits in the record -------------------------------------------------------


def test_the_record_lists_emergency_exits_with_their_note(qtbot, window, session, clock):
    first, second = list(session.state.candidates)[:2]
    start(window, session, first, second)
    clock.advance(minutes=10)
    session.temporary_exit(first, escort="M. Karim Benali", emergency=True,
                           note="Saignement de nez.")  # fmt: skip
    clock.advance(minutes=5)
    session.return_to_room(first)
    clock.advance(minutes=5)
    session.hand_in(second, sheets=1, signature=demo_signature(random.Random(3)),
                    emergency=True, note="Malaise, évacué(e) par les pompiers.")  # fmt: skip
    dialog = RecordListDialog(session, window)
    qtbot.addWidget(dialog)
    rows = {row[1]: row for row in dialog.texts()}
    out = rows["Sortie d'urgence"]
    # Issue #9: the escort is recorded and shown.
    assert out[2] == "Saignement de nez.\nAccompagné(e) par : M. Karim Benali" and first in out[3]
    left = rows["Sortie d'urgence, copie remise"]
    assert left[2] == "Malaise, évacué(e) par les pompiers." and second in left[3]
    assert [row[1] for row in dialog.texts()] == ["Sortie d'urgence",
                                                  "Sortie d'urgence, copie remise"]  # fmt: skip


# -- 9: the picker reads the candidates' state as the table does -----------------------------


def test_the_incident_picker_uses_the_tables_status_words(qtbot, window, session, clock):
    present = list(session.state.candidates)[0]
    start(window, session, present)
    clock.advance(minutes=100)  # late entry closed: whoever never came is absent
    window.bridge.roomChanged.emit()
    key(qtbot, window, Qt.Key.Key_I, CTRL)
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    items = [dialog.picker.list.item(i) for i in range(dialog.picker.list.count())]
    for item in items:
        entry = session.state.candidates[item.data(ID_ROLE)]
        assert item.text().endswith(f"— {window.model.status(entry).label}"), item.text()
    words = {item.text().rsplit("— ", 1)[1] for item in items}
    assert words == {"présent(e)", "absent(e)"}
