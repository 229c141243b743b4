"""Issue #4's start-up, checked as behaviour: the file is shown at once and verified right
after the first frame, the command line is read the same with or without argparse, garbage
collection comes back on; and speed guards on what the first frame must not build."""

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
from ui import pyside_startup, qt_values
from ui.app import App, parse, parser
from ui.options import plain_options
from ui.room.candidate_model import CandidateTableModel

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
from ui.launcher import load_app

app_main = load_app()  # as the `invigilator` command: the domain, then Qt
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

app = QApplication([])  # the app takes this one

def first_frame():
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    window.repaint()
    created = [name for name in ("Qt", "QEvent") if name in vars(QtCore)]
    print("created:", created, "rows:", window.model.rowCount())
    app.quit()

QtCore.QTimer.singleShot(0, first_frame)
app_main(["--session", sys.argv[1], "--lang", "fr"])
"""


def test_the_first_frame_does_not_create_qt_or_qevent_types(tmp_path):
    # A speed guard (#4): Qt's enum namespace costs ~20 ms (ui.qt_values), QEvent's types
    # ~2.5 ms (an event handled in Python); the first frame must be painted without them.
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


def test_an_intact_file_is_shown_at_once_and_writable_once_verified(qtbot, session):
    path = session.path
    session.close()
    window = App().open_path(path)
    qtbot.addWidget(window)
    # Shown before it is verified: nothing can be written yet, and the window says why.
    assert window.session.read_only and window.verifying
    assert window.lock_reason() == "Vérification du fichier en cours"
    assert not window.room_actions.start.isEnabled()
    qtbot.waitUntil(lambda: not window.verifying, timeout=2000)
    assert not window.session.read_only and not window.read_only()
    assert window.room_actions.start.isEnabled() and "VÉRIFICATION" not in window.band.phase.text()
    window.room_actions.read_instructions()
    assert window.session.state.instructions_read_at is not None
    window.close()
    window.session.close()


def test_a_file_that_cannot_be_written_stays_read_only_and_says_so(qtbot, session, monkeypatch):
    # A write-protected USB stick (root ignores file permissions: the refusal is injected).
    from invigilator.errors import SessionReadOnly
    from invigilator.room import session as room_session

    path = session.path
    session.close()
    window = App().open_path(path)
    qtbot.addWidget(window)
    real_open = room_session.SessionStore.open

    def write_protected(target, *, readonly=False):
        if not readonly:
            raise SessionReadOnly(f"Le fichier de session {path.name} est en lecture seule.")
        return real_open(target, readonly=readonly)

    monkeypatch.setattr(room_session.SessionStore, "open", staticmethod(write_protected))
    qtbot.waitUntil(lambda: not window.verifying, timeout=2000)
    assert window.session.read_only and window.read_only() and not window.nonconforming
    assert window.integrity.kind == "warning" and "lecture seule" in window.integrity.text()
    assert "FICHIER EN LECTURE SEULE" in window.band.phase.text()
    assert not window.room_actions.start.isEnabled()
    window.close()
    window.session.close()


def test_a_file_that_cannot_be_read_back_says_so(qtbot, session):
    # Issue #9: an event the fold cannot read is a verdict on that event; the file still
    # opens, read-only, so that what it holds can be read and exported.
    path = session.path
    session.close()
    tamper(path, "UPDATE events SET payload = '{not json' WHERE seq = 2")
    window = App().open_path(path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.verifying, timeout=2000)
    assert "n° 2" in window.nonconforming and window.read_only()
    assert "NON CONFORME" in window.integrity.text()
    window.close()
    window.session.close()


def test_garbage_collection_is_back_on_after_the_first_frame(qtbot, session):
    # Off during start-up (#4), it must not stay off for the exam.
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
def test_plain_command_lines_are_read_without_argparse_as_argparse_reads_them(argv):
    assert plain_options(argv) is not None
    assert plain_options(argv) == parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [["--lang", "de"], ["--session"], ["--bogus"], ["--session", "-x"], ["-h"]]
)
def test_other_command_lines_go_to_argparse(argv, capsys):
    assert plain_options(argv) is None
    with pytest.raises(SystemExit):
        parse(argv)
    printed = capsys.readouterr()
    assert "usage : invigilator" in printed.out + printed.err  # argparse in French too


def test_the_launcher_opens_the_app_on_plain_options_only(monkeypatch, capsys):
    opened: list[list[str]] = []
    monkeypatch.setattr(ui.launcher, "open_app", lambda argv: opened.append(argv) or 0)
    assert ui.launcher.main(["--session", "x.invigilator", "--lang", "en"]) == 0
    assert opened == [["--session", "x.invigilator", "--lang", "en"]]
    with pytest.raises(SystemExit):  # a mistyped command: the full parser says what exists
        ui.launcher.main(["verif", "x.invigilator"])
    assert "choix invalide : 'verif'" in capsys.readouterr().err and len(opened) == 1
    with pytest.raises(SystemExit):
        ui.launcher.main(["--help"])
    assert "verify" in capsys.readouterr().out and len(opened) == 1


def feature_table_probe(code: str) -> str:
    """What `code` prints in a fresh app process about PySide6's feature table (skips where
    this PySide6 keeps none)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    if out.stdout.strip() == "None":
        pytest.skip("this PySide6 keeps no feature table")
    return out.stdout.strip()


def test_modules_loaded_before_qt_are_not_read_again_by_pyside():
    # A speed guard (#4), on PySide6's own table (ui.pyside_startup): without it, PySide6
    # reads typing.py, datetime.py… once each at start-up.
    code = (
        "import sys, ui.app\n"
        "feature = sys.modules.get('shibokensupport.feature')\n"
        "table = getattr(feature, 'pyside_feature_dict', None)\n"
        "print(table and [table.get(m) for m in ('typing', 'datetime', 'invigilator.room.session')])\n"
    )
    assert feature_table_probe(code) == "[-1, -1, -1]"


def test_the_app_modules_imported_after_qt_are_not_read_by_pyside_either():
    # A speed guard (#13): the room's first frame imports some twenty modules of ui and
    # invigilator after PySide6; each is named in its table as it loads, unread. Read, one that
    # names PySide6 would say 0 ("uses PySide6, no feature").
    code = (
        "import sys, ui.app\n"
        "table = getattr(sys.modules.get('shibokensupport.feature'), 'pyside_feature_dict', None)\n"
        "names = ('ui.room.main_window', 'ui.widgets.labels', 'invigilator.room.timeline')\n"
        "before = [n in sys.modules for n in names]\n"
        "import ui.room.main_window\n"
        "print(table and (before, [table.get(n) for n in names]))\n"
    )
    assert feature_table_probe(code) == "([False, False, False], [-1, -1, -1])"


def test_the_scan_skipper_finds_nothing_itself_and_names_only_the_app_modules():
    table: dict[str, int] = {}
    skipper = pyside_startup.SkipScan(table, ("ui.", "invigilator."))
    assert skipper.find_spec("ui.dialogs.checkin", None) is None
    assert skipper.find_spec("invigilator.documents.pv", ["x"], None) is None
    assert skipper.find_spec("uirelated", None) is None
    assert skipper.find_spec("json.decoder", None) is None
    assert table == {"ui.dialogs.checkin": -1, "invigilator.documents.pv": -1}
