"""A file shown at once (#4's start-up): the Procès-verbal menu, the acting invigilator and the
Aide menu come right after the first frame, the same as a window built otherwise."""

from __future__ import annotations

from invigilator.room.session import RoomSession
from ui.room.main_window import MainWindow


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.menu()]


def test_a_file_shown_at_once_gets_its_pv_and_help_menus_right_after_the_first_frame(
    qtbot, session
):
    path = session.path
    session.close()
    reopened = RoomSession.open(path, readonly=True)
    window = MainWindow(reopened, tick_ms=0, verify_after_first_frame=True)
    qtbot.addWidget(window)
    assert "&Procès-verbal" not in menu_titles(window)
    with qtbot.waitSignal(window.firstFramePainted, timeout=5000):
        window.show()
    built = MainWindow(RoomSession.open(path, readonly=True), tick_ms=0)
    qtbot.addWidget(built)
    assert menu_titles(window) == menu_titles(built)
    assert menu_titles(window)[-2:] == ["&Procès-verbal", "A&ide"]
    assert window.help_action.shortcut().toString() == "F1"
    assert window.acting.label.text().startswith("Saisie : ")
    assert not reopened.read_only  # verified, then writable, as before
    window.close()
    built.session.close()
    reopened.close()


def test_asking_for_a_piece_before_the_first_frame_builds_them_once(qtbot, session):
    path = session.path
    session.close()
    reopened = RoomSession.open(path, readonly=True)
    window = MainWindow(reopened, tick_ms=0, verify_after_first_frame=True)
    qtbot.addWidget(window)
    assert window.record_actions.incident.shortcut().toString() == "Ctrl+I"
    with qtbot.waitSignal(window.firstFramePainted, timeout=5000):
        window.show()
    assert menu_titles(window).count("A&ide") == 1
    assert menu_titles(window).count("&Procès-verbal") == 1
    window.close()
    reopened.close()
