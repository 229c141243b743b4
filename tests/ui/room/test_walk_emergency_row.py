"""An emergency temporary exit is marked in the candidate's row, in words (follow-up of #11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from invigilator.model import Signature
from ui.app import install_translations
from ui.qt_values import TOOLTIP_ROLE
from ui.room.candidate_model import CandidateTableModel

SIGNATURE = Signature((((10.0, 20.0, 0, 0.5), (60.0, 40.0, 30, 0.6), (90.0, 25.0, 55, 0.4)),))


def state_text(window, student_id: str) -> str:
    row = window.model.row_of(student_id)
    return window.model.index(row, CandidateTableModel.STATE).data()


def test_an_emergency_temporary_exit_is_marked_in_the_row_in_words(window, session, clock):
    urgent, ordinary = list(session.state.candidates)[:2]
    for student_id in (urgent, ordinary):
        session.check_in(student_id, id_document="passeport", signature=SIGNATURE)
    session.read_instructions()
    session.start_exam()
    clock.advance(minutes=10)  # an emergency exit is allowed at any time (4.3)
    escort = session.state.invigilators[1]
    window.bridge.run(session.temporary_exit, urgent, escort=escort, emergency=True,
                      note="malaise, accompagné à l'infirmerie")  # fmt: skip
    text = state_text(window, urgent)
    assert "sorti(e) temporairement" in text and text.startswith("✚ urgence · ")
    tooltip = window.model.index(window.model.row_of(urgent), 0).data(TOOLTIP_ROLE)
    assert "Sortie d'urgence : malaise, accompagné à l'infirmerie" in tooltip

    clock.advance(minutes=5)
    window.bridge.run(session.return_to_room, urgent)
    assert state_text(window, urgent).startswith("✚ urgence · ✔")  # still seen after return

    clock.advance(minutes=80)  # an ordinary exit, once exits are open: no mark
    window.bridge.run(session.temporary_exit, ordinary, escort=escort)
    assert "urgence" not in state_text(window, ordinary)


@pytest.fixture
def english():
    app = QApplication.instance()
    install_translations(app, "en")
    yield
    install_translations(app, "fr")


def test_the_emergency_mark_is_english_in_the_english_ui(english, qtbot, session, clock):
    from ui.room.main_window import MainWindow

    student_id = next(iter(session.state.candidates))
    session.check_in(student_id, id_document="passeport", signature=SIGNATURE)
    session.start_exam()
    clock.advance(minutes=10)
    session.temporary_exit(student_id, escort=session.state.invigilators[1], emergency=True,
                           note="malaise")  # fmt: skip
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    assert state_text(window, student_id).startswith("✚ emergency · ↗ out temporarily")
