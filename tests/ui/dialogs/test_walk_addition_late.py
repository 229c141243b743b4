"""A hand addition during late entry says the candidate came in late (follow-up of #11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.room.session import local_time
from ui.dialogs.addition import AdditionDialog


def add_by_hand(qtbot, window, student_id: str, last: str, first: str) -> None:
    window.scan.clear()
    type_text(qtbot, window.scan, student_id)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, AdditionDialog)
    qtbot.waitUntil(dialog.last_name.hasFocus, timeout=1000)
    type_text(qtbot, dialog.last_name, last)
    type_text(qtbot, dialog.first_name, first)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)


def test_a_hand_addition_during_late_entry_says_late_in_its_confirmation(
    qtbot, window, session, clock
):
    session.read_instructions()
    session.start_exam()
    window.bridge.roomChanged.emit()
    clock.advance(minutes=25)
    add_by_hand(qtbot, window, "777000222", "Martin", "Paul")

    entry = session.state.candidates["777000222"]
    assert entry.added_by_hand and entry.late
    message = window.alert.text()
    assert f"entré(e) en retard à {local_time(entry.entered_at)}" in message
    assert "Retard admis" in message  # why, as the check-in says
    assert "à vérifier" in message


def test_a_hand_addition_before_the_start_says_nothing_of_late(qtbot, window, session):
    add_by_hand(qtbot, window, "777000333", "Martin", "Paula")
    message = window.alert.text()
    assert "a émargé à" in message and "retard" not in message
