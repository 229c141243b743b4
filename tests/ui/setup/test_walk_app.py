"""The app around a room, as a newcomer walking a whole exam found it (#11: items 11, 12, 17)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from invigilator.demo import create_demo_room
from invigilator.paths import recent_sessions, sessions_dir
from ui.setup.start_screen import StartScreen


def start_screens() -> list[StartScreen]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, StartScreen) and w.isVisible()
    ]


def close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_issue11_item11_closing_the_session_returns_to_the_start_screen(qtbot, data_dir, clock):
    from ui.app import App

    path = sessions_dir() / "room.invigilator"
    session = create_demo_room(path, candidates=5, clock=clock)
    shell = App()
    window = shell.open_session(session)
    qtbot.waitExposed(window)
    window.bridge.run(session.start_exam)
    window.room_actions.quit.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    assert "se rouvre depuis l'écran d'accueil" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    screens = start_screens()
    assert len(screens) == 1  # the start screen, not the end of the app
    qtbot.waitUntil(lambda: shell.session is None, timeout=2000)
    # The session is listed there and opens again.
    assert path in [s.path for s in screens[0].sessions]
    screens[0].table.selectRow([s.path for s in screens[0].sessions].index(path))
    screens[0].open_selected()
    assert shell.session is not None and shell.session.path == path
    shell.session.close()
    close_all()


def damage(path) -> None:
    """Overwrite the middle of the file's pages: SQLite can no longer read it back."""
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // 4096):
        start = page * 4096 + 8
        data[start : start + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def test_issue11_item12_a_damaged_file_says_what_to_do_and_the_app_stays_open(
    qtbot, monkeypatch, data_dir, clock
):
    from ui import app as app_module

    path = sessions_dir() / "abimee.invigilator"
    create_demo_room(path, candidates=30, clock=clock).close()
    damage(path)
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_module.main(["--session", str(path), "--lang", "fr"]) == 0
    screens = start_screens()
    assert len(screens) == 1
    text = screens[0].message.text()
    assert "abimee.invigilator" in text and "endommagé" in text
    assert "remettez-le tel quel au service des examens" in text
    assert "ouvrez la copie" in text
    assert isinstance(screens[0].problem_box, QMessageBox)
    assert screens[0].problem_box.text() == text.split("  ", 1)[1]
    close_all()


def test_issue11_item12_from_the_start_screen_too(qtbot, data_dir, clock):
    from ui.app import App

    path = sessions_dir() / "abimee.invigilator"
    create_demo_room(path, candidates=30, clock=clock).close()
    damage(path)
    shell = App()
    screen = shell.start_screen()
    screen.openRequested.emit(path)
    assert screen.isVisible() and shell.session is None
    assert "endommagé" in screen.message.text()
    close_all()


def test_issue11_item12_a_busy_file_is_not_called_damaged(qtbot, data_dir, clock, tmp_path):
    from invigilator.errors import SessionLocked
    from ui.app import opening_problem

    path = sessions_dir() / "occupee.invigilator"
    create_demo_room(path, candidates=3, clock=clock).close()
    text = opening_problem(path, SessionLocked("utilisé par un autre programme"))
    assert "endommagé" not in text and "utilisé par un autre programme" in text
    other = tmp_path / "liste.csv"  # another kind of file, chosen by mistake
    other.write_text("N° étudiant;Nom\n", encoding="utf-8")
    from invigilator.errors import NotASessionFile

    text = opening_problem(other, NotASessionFile("liste.csv n'est pas un fichier de session"))
    assert "endommagé" not in text and "n'est pas un fichier de session" in text


def test_issue11_item17_each_demo_run_resets_the_one_demo_room(qtbot, monkeypatch, data_dir):
    from ui import app as app_module

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    old = sessions_dir() / "2026-06-15_084400_demo.invigilator"  # left by older versions
    create_demo_room(old, candidates=3).close()
    for _ in range(3):
        assert app_module.main(["--demo", "--lang", "fr"]) == 0
        close_all()
    demos = [s for s in recent_sessions() if s.path.name.endswith("_demo.invigilator")]
    assert len(demos) == 1
    # Reset, not reused: what the last run recorded is gone at the next.
    from invigilator.room.session import RoomSession

    with RoomSession.open(demos[0].path) as session:
        session.read_instructions()
    app_module.main(["--demo", "--lang", "fr"])
    close_all()
    with RoomSession.open(demos[0].path, readonly=True) as session:
        assert session.state.instructions_read_at is None


def test_issue11_item17_real_sessions_are_never_taken_for_the_demo(data_dir, clock):
    from invigilator.paths import fresh_demo_path, new_session_path

    real = new_session_path("NFA031", None, "demo")
    create_demo_room(real, candidates=3, clock=clock).close()
    fresh_demo_path()
    assert real.exists()


def test_issue11_item20_run_and_test_install_only_the_missing_system_packages(tmp_path):
    import shutil
    import subprocess
    from pathlib import Path

    import pytest

    if shutil.which("make") is None or shutil.which("dpkg-query") is None:
        pytest.skip("needs make and dpkg")
    root = Path(__file__).resolve().parents[3]

    def make(*args: str) -> str:
        return subprocess.run(
            ["make", "-s", "-C", str(root), *args], capture_output=True, text=True, check=True
        ).stdout

    for target in ("run", "test"):  # both set everything up first
        assert "dpkg-query" in make("-n", target)
    installed = "libc6"  # on every Debian
    asked = make("missing-system-deps", f"SYSTEM_PACKAGES={installed}", "SUDO=echo SUDO")
    assert "SUDO" not in asked  # nothing missing: no sudo, no apt
    asked = make("missing-system-deps", "SYSTEM_PACKAGES=libc6 no-such-package-x", "SUDO=echo SUDO")
    assert "SUDO apt-get install -y -qq no-such-package-x" in asked


def test_a_read_only_file_opens_locked_and_says_why_in_the_ui_language(
    qtbot, data_dir, clock, unwritable
):
    from ui.app import App, install_translations

    path = sessions_dir() / "protege.invigilator"
    create_demo_room(path, candidates=3, clock=clock).close()
    unwritable(path)
    app = QApplication.instance()
    shown = {}
    try:
        for lang in ("en", "fr"):
            install_translations(app, lang)
            shell = App()
            window = shell.open_path(path)
            qtbot.waitUntil(lambda window=window: not window.verifying, timeout=5000)
            assert window.lock_reason() and window.session.read_only
            shown[lang] = window.integrity.text()
            close_all()
            window.session.close()
    finally:
        install_translations(app, "fr")
    assert "protege.invigilator is read-only: nothing can be written to it" in shown["en"]
    assert "est en lecture seule : impossible d'y écrire" in shown["fr"]
