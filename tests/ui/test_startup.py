"""What the start-up does to be quick, checked as behaviour: the first frame leaves Qt's
enum namespace alone, the file is verified right after it, the command line is read the
same with or without argparse, garbage collection comes back on."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QPoint, Qt

import ui.launcher
from invigilator.demo import create_demo_room
from ui import qt_values
from ui.app import App, parse, parser
from ui.candidate_model import CandidateTableModel

ROOT = Path(__file__).resolve().parents[2]


def test_the_plain_values_are_the_qt_enums():
    assert qt_values.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert qt_values.STRONG_FOCUS == Qt.FocusPolicy.StrongFocus.value
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert qt_values.ALIGN_RIGHT_VCENTER == align.value
    assert qt_values.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    roles = Qt.ItemDataRole
    assert qt_values.DISPLAY_ROLE == roles.DisplayRole.value
    assert qt_values.TOOLTIP_ROLE == roles.ToolTipRole.value
    assert qt_values.BACKGROUND_ROLE == roles.BackgroundRole.value
    assert qt_values.FOREGROUND_ROLE == roles.ForegroundRole.value
    assert qt_values.ACCESSIBLE_TEXT_ROLE == roles.AccessibleTextRole.value
    assert qt_values.USER_ROLE == roles.UserRole.value


def test_values_set_by_property_take_effect(window):
    assert window.table.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.filter.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert (
        window.band.phase.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert window.alert.textFormat() == Qt.TextFormat.PlainText
    exit_action = window.room_actions.exit
    assert exit_action.shortcut().toString() == "F6"


FIRST_FRAME = """
import sys
from ui.launcher import main

def started(shell):
    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    def first_frame():
        app.processEvents()
        window = shell.windows[-1]
        window.repaint()
        created = [name for name in ("Qt", "QEvent") if name in vars(QtCore)]
        print("created:", created, "rows:", window.model.rowCount())
        app.quit()
    QtCore.QTimer.singleShot(0, first_frame)

main(["--session", sys.argv[1], "--lang", "fr"], started=started)
"""


def test_the_first_frame_does_not_create_qt_or_qevent_types(tmp_path):
    # Qt's enum namespace costs ~20 ms (ui.qt_values), QEvent's types ~2.5 ms (an event
    # handled in Python): the window must be painted without them.
    path = tmp_path / "room.invigilator"
    create_demo_room(path, candidates=40).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME, str(path)], capture_output=True,
                         text=True, env=env, timeout=60, check=True)  # fmt: skip
    assert "created: [] rows: 40" in out.stdout, out.stdout + out.stderr


def test_cells_answer_all_their_roles_in_one_call(session):
    model = CandidateTableModel(session)
    index = model.index(0, CandidateTableModel.STATE)
    roles = [qt_values.DISPLAY_ROLE, qt_values.BACKGROUND_ROLE, qt_values.FOREGROUND_ROLE,
             qt_values.TOOLTIP_ROLE, Qt.ItemDataRole.DecorationRole.value]  # fmt: skip
    span = [QModelRoleData(role) for role in roles]
    model.multiData(index, span)
    for role_data, role in zip(span, roles, strict=True):
        assert role_data.data() == model.data(index, role), role
    assert span[0].data().startswith("○")
    assert span[-1].data() is None
    assert model.data(QModelIndex(), qt_values.DISPLAY_ROLE) is None


def test_the_header_shows_the_model_titles_and_sorts_the_model(qtbot, window, session):
    header = window.table.horizontalHeader()
    for column in range(window.model.columnCount()):
        assert header.model().headerData(column, Qt.Orientation.Horizontal) == (
            window.model.headerData(column, Qt.Orientation.Horizontal)
        )
    qtbot.waitUntil(lambda: window.table.isSortingEnabled(), timeout=2000)
    assert header.sortIndicatorSection() == CandidateTableModel.LAST
    first = window.model.student_id(0)
    x = header.sectionViewportPosition(CandidateTableModel.NUMBER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    numbers = [window.model.student_id(r) for r in range(window.model.rowCount())]
    assert header.sortIndicatorSection() == CandidateTableModel.NUMBER
    assert numbers == sorted(numbers) and numbers[0] != first


def tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def test_an_intact_file_opens_read_only_and_is_writable_after_its_first_frame(qtbot, session):
    path = session.path
    session.close()
    window = App().open_path(path)
    qtbot.addWidget(window)
    assert window.session.read_only  # shown before it is verified: nothing can be written
    qtbot.waitUntil(lambda: not window.session.read_only, timeout=2000)
    assert not window.read_only() and not window.nonconforming
    assert window.room_actions.start.isEnabled()
    window.room_actions.read_instructions()
    assert window.session.state.instructions_read_at is not None
    window.close()
    window.session.close()


def test_a_file_that_cannot_be_read_back_says_so(qtbot, session):
    path = session.path
    session.close()
    tamper(path, "UPDATE events SET payload = '{not json' WHERE seq = 2")
    with pytest.raises(Exception) as raised:
        App().open_path(path)
    assert "NON CONFORME" in str(raised.value) and "n° 2" in str(raised.value)


def test_garbage_collection_is_back_on_after_the_first_frame(qtbot, session):
    gc.disable()
    try:
        window = App().open_session(session)
        qtbot.addWidget(window)
        qtbot.waitUntil(gc.isenabled, timeout=2000)
    finally:
        gc.enable()
        gc.unfreeze()
    window.close()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--demo"],
        ["--session", "a b.invigilator"],
        ["--lang", "en", "--session", "x.invigilator"],
        ["--session", "x.invigilator", "--lang", "fr", "--demo"],
    ],
)
def test_plain_command_lines_read_as_argparse_reads_them(argv):
    assert parse(argv) == parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [["--lang", "de"], ["--session"], ["--bogus"], ["--session", "-x"], ["-h"]]
)
def test_other_command_lines_go_to_argparse(argv, capsys):
    with pytest.raises(SystemExit):
        parse(argv)
    printed = capsys.readouterr()
    assert "usage: invigilator" in printed.out + printed.err


def test_the_launcher_opens_the_app_with_its_options_and_runs_commands_headless(monkeypatch):
    opened: list[list[str]] = []
    monkeypatch.setattr(ui.launcher, "open_app", lambda argv, started: opened.append(argv) or 0)
    assert ui.launcher.main(["--session", "x.invigilator", "--lang", "en"]) == 0
    assert opened == [["--session", "x.invigilator", "--lang", "en"]]
    with pytest.raises(SystemExit):
        ui.launcher.main(["--help"])
    assert len(opened) == 1


def test_modules_loaded_before_qt_are_not_read_again_by_pyside():
    # ui.pyside_startup: PySide6 would read typing.py, datetime.py… once each, at start-up.
    code = (
        "import sys, ui.app\n"
        "table = sys.modules['shibokensupport.feature'].pyside_feature_dict\n"
        "print([table.get(m) for m in ('typing', 'datetime', 'invigilator.session')])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60, check=True)  # fmt: skip
    assert out.stdout.strip() == "[-1, -1, -1]", out.stdout + out.stderr
