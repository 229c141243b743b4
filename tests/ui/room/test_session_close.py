"""Closing the session, and the counters, as an invigilator walking the room found them (#4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from invigilator.demo import create_demo_room

ROOT = Path(__file__).resolve().parents[2]


def signature(session):
    import random

    from invigilator.demo import demo_signature

    return demo_signature(random.Random(1))


def check_in(session, *student_ids):
    for student_id in student_ids:
        session.check_in(student_id, id_document="passeport", signature=signature(session))


def question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    return QApplication.activeModalWidget()


def test_closing_during_the_exam_asks_first_and_no_is_the_default(qtbot, window, session):
    window.bridge.run(session.start_exam)
    window.room_actions.quit.trigger()
    box = question(qtbot)
    assert "L'épreuve est en cours" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter answers no
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=2000)
    assert window.isVisible()
    window.room_actions.quit.trigger()
    box = question(qtbot)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_before_the_start_the_session_closes_at_once(qtbot, window):
    window.room_actions.quit.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_instructions_are_read_before_the_start_only(window, session):
    assert window.room_actions.instructions.isEnabled()
    window.bridge.run(session.start_exam)
    assert not window.room_actions.instructions.isEnabled()


def test_counters_tell_signed_in_from_in_the_room_and_copies_from_none(window, session, clock):
    first, second, third = list(session.state.candidates)[:3]
    check_in(session, first, second, third)
    window.bridge.run(session.start_exam)
    clock.advance(minutes=session.state.duration.total_seconds() / 60 + 1)  # time is up
    session.hand_in(first, sheets=2, signature=signature(session))
    session.record_incident("refus_de_rendre", "refuse de rendre sa copie", candidates=[second])
    window.bridge.roomChanged.emit()
    text = window.counters.text()
    assert "Émargés : 3" in text and "Dans la salle : 1" in text
    assert "Copies rendues : 1" in text and "Sans copie : 1" in text


def test_counters_add_up_with_refused_entries(window, session, clock):
    from invigilator.errors import CommandRefused

    late = list(session.state.candidates)[0]
    window.bridge.run(session.start_exam)
    clock.advance(minutes=session.state.duration.total_seconds() / 60 / 3 + 61)
    try:
        check_in(session, late)
    except CommandRefused:
        pass  # too late: recorded as refused
    window.bridge.roomChanged.emit()
    # The PV's absent (issue #11): the refused are among the absent, and said apart.
    assert "(dont refusés à l'entrée : 1)" in window.counters.text()


def start_app(path: Path, log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    output = log.open("wb")
    return subprocess.Popen([sys.executable, "-m", "ui", "--session", str(path)], env=env,
                            stdout=output, stderr=subprocess.STDOUT)  # fmt: skip


def test_a_shutdown_during_start_up_still_quits(tmp_path):
    # SIGTERM as soon as the file is open, maybe before the event loop runs: it must not hang.
    path = tmp_path / "room.invigilator"
    create_demo_room(path, candidates=10).close()
    app = start_app(path, tmp_path / "app.log")
    wal = path.with_name(path.name + "-wal")
    deadline = time.monotonic() + 30
    while not wal.exists() and time.monotonic() < deadline and app.poll() is None:
        time.sleep(0.05)
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=60) == 0, (tmp_path / "app.log").read_text(errors="replace")


def test_a_shutdown_folds_the_last_writes_into_the_file(tmp_path):
    # SIGTERM (a system shutdown) once the room is open: the app quits through its event loop
    # and closes the file, so that a copy of the file alone holds every event.
    from invigilator.record.verify import verify_file
    from invigilator.room.session import RoomSession

    path = tmp_path / "room.invigilator"
    create_demo_room(path, candidates=10).close()
    app = start_app(path, tmp_path / "app.log")
    time.sleep(4)  # open, painted, verified and writable
    writer = RoomSession.open(path)  # as another window would: the app holds the file open
    writer.observe("Chauffage en panne.")
    events = len(writer.events())
    writer.close()  # not the last connection: the write stays in the -wal
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=60) == 0, (tmp_path / "app.log").read_text(errors="replace")
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists()
    alone = tmp_path / "copy.invigilator"
    alone.write_bytes(path.read_bytes())
    check = verify_file(alone)
    assert check.ok and check.events == events


def test_a_second_window_on_the_same_file_shows_what_the_first_records(window, session):
    from invigilator.room.session import RoomSession

    first = list(session.state.candidates)[0]
    other = RoomSession.open(session.path, clock=session.clock)
    try:
        check_in(other, first)
    finally:
        other.close()
    window.tick()  # every second
    row = window.model.row_of(first)
    assert window.model.data(window.model.index(row, 0)).startswith("✔")
    assert "Émargés : 1" in window.counters.text()


def test_a_file_that_can_no_longer_be_read_is_said_once_not_every_second(window, session):
    session.close()  # as if its USB stick were pulled out
    window.tick()
    window.tick()  # every second: no error box, the same line
    assert window.alert.isVisible() and window.alert.kind == "error"
    assert "ne peut plus être lu" in window.alert.text()


def test_another_windows_writes_are_shown_even_after_a_command_of_this_one(window, session):
    # This window's own command folds the other's events in first: the next tick shows them.
    from invigilator.model import Candidate
    from invigilator.room.session import RoomSession

    first, second = list(session.state.candidates)[:2]
    other = RoomSession.open(session.path, clock=session.clock)
    try:
        other.add_candidate(Candidate("999000111", "Nouveau", "Né"), reason="absent de la liste",
                            id_document="passeport", signature=signature(session))  # fmt: skip
    finally:
        other.close()
    window.bridge.run(session.check_in, first, id_document="passeport",
                      signature=signature(session))  # fmt: skip
    window.tick()
    assert window.model.row_of("999000111") is not None
    assert window.model.search("999000111") == ["999000111"]


def test_a_shutdown_on_the_start_screen_quits(tmp_path):
    # No room open, so no clock tick: the app still sees the signal.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "INVIGILATOR_DATA_DIR": str(tmp_path)}  # fmt: skip
    app = subprocess.Popen([sys.executable, "-m", "ui"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(3)
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=10) == 0
