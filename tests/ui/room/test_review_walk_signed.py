"""Review walk under Xvfb: once the PV is signed, the window offers only what can be written."""

from __future__ import annotations

import random

from invigilator.demo import demo_signature


def test_after_the_pv_signature_no_addition_nor_interruption_is_offered(
    qtbot, window, session, clock
):
    # F8 opened a whole hand addition (number, names, ID, signature) and "Interrompre
    # l'épreuve" its dialog, both then refused by the record: "Le procès-verbal est signé…".
    rng = random.Random(5)
    first = list(session.state.candidates)[0]
    session.check_in(first, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(minutes=100)
    session.hand_in(first, sheets=1, signature=demo_signature(rng))
    window.bridge.roomChanged.emit()
    actions = window.room_actions
    assert actions.addition.isEnabled() and window.record_actions.pause.isEnabled()
    session.sign_pv({name: demo_signature(rng) for name in session.state.invigilators})
    window.bridge.roomChanged.emit()
    assert not actions.addition.isEnabled()
    assert not window.record_actions.pause.isEnabled()
    assert not window.record_actions.pause_button.isEnabled()
    assert not actions.correct.isEnabled()
    assert window.record_actions.addendum.isEnabled()
    assert window.record_actions.closing.isEnabled()
    assert actions.setup.isEnabled()  # still there to look at
