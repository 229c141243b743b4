"""Review walk under Xvfb: "Nouvelle session…" for a room that already has its session."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from invigilator.demo import create_demo_room
from invigilator.paths import new_session_path, recent_sessions
from ui.setup.start_screen import StartScreen

DAY = date(2026, 6, 15)


def the_box(qtbot, screen: StartScreen) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(screen.problem_box, QMessageBox), timeout=2000)
    box = screen.problem_box
    assert box.isVisible()
    return box


def test_a_new_session_for_a_room_already_started_offers_to_reopen_it(qtbot, data_dir, clock):
    # After a restart, "Nouvelle session…" with the same exam, date and room made a second,
    # empty file ("…-2") listed first on the start screen, with no word of the first one.
    path = new_session_path("NFA/031", DAY, "A101")
    session = create_demo_room(path, candidates=5, clock=clock)
    exam = session.state.exam._replace(ue_code="NFA/031", room="A101", exam_date=DAY)
    session.configure_exam(exam)
    session.start_exam()
    session.close()
    screen = StartScreen()
    qtbot.addWidget(screen)
    screen.show()
    opened, created = [], []
    screen.openRequested.connect(opened.append)
    screen.newRequested.connect(lambda *values: created.append(values))

    screen.create("nfa/031 ", DAY, "a101")
    box = the_box(qtbot, screen)
    assert path.name in box.text() and "existe déjà" in box.text()
    assert box.defaultButton().text() == "Ouvrir la session existante"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: opened == [path], timeout=2000)
    assert created == []

    screen.problem_box = None
    screen.create("NFA/031", DAY, "A101")
    box = the_box(qtbot, screen)
    [second] = [b for b in box.buttons() if b.text() == "Créer une seconde session"]
    second.click()
    qtbot.waitUntil(lambda: created == [("NFA/031", DAY, "A101")], timeout=2000)
    assert len(recent_sessions()) == 1  # nothing written until the app creates it


def test_a_new_session_for_another_room_or_day_is_created_at_once(qtbot, data_dir, clock):
    session = create_demo_room(new_session_path("NFA031", DAY, "A101"), candidates=3, clock=clock)
    session.configure_exam(session.state.exam._replace(room="A101", exam_date=DAY))
    session.close()
    screen = StartScreen()
    qtbot.addWidget(screen)
    created = []
    screen.newRequested.connect(lambda *values: created.append(values))
    screen.create("NFA031", DAY, "B202")
    screen.create("NFA031", date(2026, 6, 16), "A101")
    assert created == [("NFA031", DAY, "B202"), ("NFA031", date(2026, 6, 16), "A101")]
    assert screen.problem_box is None


def test_the_started_session_is_offered_before_an_empty_second_one(qtbot, data_dir, clock):
    # Once a "-2" file was made by mistake, it is the most recent: the one offered must be the
    # sitting that started.
    path = new_session_path("NFA031", DAY, "A101")
    session = create_demo_room(path, candidates=3, clock=clock)
    session.configure_exam(session.state.exam._replace(room="A101", exam_date=DAY))
    session.start_exam()
    session.close()
    clock.advance(minutes=5)
    empty = new_session_path("NFA031", DAY, "A101")
    second = create_demo_room(empty, candidates=3, clock=clock)
    second.configure_exam(second.state.exam._replace(room="A101", exam_date=DAY))
    second.close()
    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.same_room("NFA031", DAY, "A101").path == path


def test_the_start_screen_says_each_sessions_state_in_english(qtbot, data_dir, clock):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations

    session = create_demo_room(new_session_path("NFA031", DAY, "A101"), candidates=3, clock=clock)
    session.start_exam()
    session.close()
    app = QApplication.instance()
    try:
        install_translations(app, "en")
        screen = StartScreen()
        qtbot.addWidget(screen)
        assert screen.table.item(0, 3).text() == "exam started"
    finally:
        install_translations(app, "fr")
    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.table.item(0, 3).text() == "épreuve commencée"
