"""Dialogs that moved under the pen, as a newcomer walking a whole exam found them (#11.14)."""

from __future__ import annotations

import random

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.demo import demo_signature
from ui.dialogs.checkin import CheckInDialog
from ui.dialogs.handin import ExitDialog, HandInDialog


def settle(qtbot) -> None:
    """Let every posted layout request and fit run, as the screen would between events."""
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(10)


def place(widget) -> QPoint:
    return widget.mapToGlobal(QPoint(0, 0))


def test_issue11_item14_the_pad_does_not_jump_when_the_empty_signature_banner_goes(
    qtbot, window, session
):
    student_id = list(session.state.candidates)[0]
    window.open_entry(student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    settle(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot)
    assert "signature est vide" in dialog.error.text()
    pad = dialog.signature.pad
    before = place(pad)
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    settle(qtbot)
    assert not dialog.error.isVisible()  # the banner goes…
    assert place(pad) == before  # …and the pad stays where the pen is
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 60))
    draw_signature(qtbot, pad)
    settle(qtbot)
    assert place(pad) == before


def start_and_seat(window, session, clock) -> str:
    student_id = list(session.state.candidates)[0]
    session.check_in(student_id, id_document="passeport", signature=demo_signature(random.Random()))
    session.read_instructions()
    session.start_exam()
    clock.advance(minutes=20)  # too early for an exit: the preview is a short refusal
    window.bridge.roomChanged.emit()
    window.select(student_id)
    return student_id


def test_issue11_item14_ticking_emergency_moves_no_field(qtbot, window, session, clock):
    student_id = start_and_seat(window, session, clock)
    for kind in (ExitDialog, HandInDialog):
        window.select(student_id)
        (window.open_exit if kind is ExitDialog else window.open_hand_in)()
        dialog = wait_dialog(qtbot, window, kind)
        settle(qtbot)
        fields = [dialog.note, dialog.emergency, dialog.confirm]
        if kind is HandInDialog:
            fields.append(dialog.signature.pad)
        before = [place(f) for f in fields]
        qtbot.mouseClick(dialog.emergency, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
        settle(qtbot)
        assert dialog.emergency.isChecked()
        assert "Sortie d'urgence" in dialog.decision_label.text()
        assert [place(f) for f in fields] == before
        type_text(qtbot, dialog.note, "malaise, accompagnée")
        assert dialog.note.text() == "malaise, accompagnée"
        qtbot.mouseClick(dialog.emergency, Qt.MouseButton.LeftButton, pos=QPoint(6, 6))
        settle(qtbot)
        assert [place(f) for f in fields] == before
        dialog.reject()
        qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
