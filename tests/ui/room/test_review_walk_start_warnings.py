"""Review walk under Xvfb: "Début de l'épreuve" pressed on a room just created."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from invigilator.model import ExamFacts
from invigilator.room.session import RoomSession
from ui.room.main_window import MainWindow


def start_question(qtbot, window) -> str:
    window.room_actions.start.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    text = box.text()
    box.reject()
    return text


def test_starting_a_room_with_no_invigilator_nor_list_says_so(qtbot, tmp_path, clock):
    # A new session, the set-up closed at once, "Début de l'épreuve" clicked: the question
    # named only the instructions; the exam then ran with no invigilator and no list.
    session = RoomSession.create(tmp_path / "room.invigilator", clock=clock)
    session.configure_exam(ExamFacts("NFA031", "Programmation", duration_minutes=120))
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    window.show()
    text = start_question(qtbot, window)
    assert "Aucun surveillant n'est indiqué" in text
    assert "Aucune liste de candidats importée" in text
    assert session.state.started_at is None
    window.close()
    session.close()


def test_a_room_set_up_is_asked_only_about_the_instructions(qtbot, window, session):
    text = start_question(qtbot, window)
    assert "Aucun surveillant" not in text and "Aucune liste" not in text
