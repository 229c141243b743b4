"""Review walk under Xvfb: a message shown in a small dialog is never cut off."""

from __future__ import annotations

import random

from invigilator.demo import demo_signature
from ui.dialogs.record import PauseDialog


def test_the_interruption_dialog_grows_to_show_its_error_whole(qtbot, window, session, clock):
    # The interruption asked for once the PV was signed (the window's own dialog, opened just
    # before): the three lines of "Le procès-verbal est signé…" were squeezed into the
    # dialog's height, the first and the last cut in half.
    rng = random.Random(2)
    session.start_exam()
    window.bridge.roomChanged.emit()
    clock.advance(minutes=30)
    dialog = PauseDialog(window.bridge, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    session.sign_pv({name: demo_signature(rng) for name in session.state.invigilators})
    dialog.reason.setCurrentText("alerte incendie")
    dialog.commit()
    error = dialog.error
    assert error.isVisible() and "procès-verbal est signé" in error.text()
    qtbot.wait(50)
    assert error.height() >= error.heightForWidth(error.width()), "the message is cut off"
    button_top = dialog.confirm.mapTo(dialog, dialog.confirm.rect().topLeft()).y()
    assert button_top >= error.mapTo(dialog, error.rect().bottomLeft()).y()
