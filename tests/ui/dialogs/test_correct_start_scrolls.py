"""Issue #11.6 (review): with dozens of decisions changed, the start-correction dialog scrolls
its list instead of growing past the screen; OK and Annuler stay on screen."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import wait_dialog

from invigilator.demo import create_demo_room, demo_signature
from ui.dialogs.correct_start import CorrectStartDialog
from ui.widgets.dialog_parts import usable_area


@pytest.fixture
def session(tmp_path, clock):
    """A large room: 90 candidates, more lines than any screen holds."""
    room = create_demo_room(tmp_path / "big.invigilator", candidates=90, clock=clock,
                            duration_minutes=240)  # fmt: skip
    yield room
    room.close()


def test_issue_11_6_the_start_correction_dialog_scrolls_a_long_list_within_the_screen(
    qtbot, window, session, clock
):
    rng = random.Random(3)
    for student_id in session.state.candidates:  # 90 candidates, all on time
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    started = session.state.started_at.astimezone()
    clock.advance(minutes=20)
    window.room_actions.ask_correct_start()
    dialog = wait_dialog(qtbot, window, CorrectStartDialog)
    earlier = started.replace(second=0, microsecond=0) - timedelta(minutes=20)
    dialog.time.setTime(QTime(earlier.hour, earlier.minute))
    assert len(dialog.changed_decisions()) == 90
    assert dialog.changes.text().count("•") == 90  # every decision listed, none dropped
    available = usable_area(dialog)  # the screen less a taskbar
    assert available.contains(dialog.frameGeometry())  # grown, but still all on screen
    qtbot.waitUntil(lambda: dialog.scroll.verticalScrollBar().maximum() > 0, timeout=2000)
    buttons = dialog.findChildren(QDialogButtonBox)[0]
    bottom = buttons.mapToGlobal(buttons.rect().bottomLeft()).y()
    assert bottom <= available.bottom()
