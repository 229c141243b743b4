"""The main window between actions: focus, read-only states, projector, filter, start screen."""

from __future__ import annotations

import random
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import type_text, wait_dialog

from invigilator.demo import demo_signature
from ui.dialogs.checkin import CheckInDialog
from ui.dialogs.handin import ExitDialog
from ui.room.candidate_model import CandidateTableModel
from ui.room.main_window import MainWindow
from ui.widgets.labels import ADDED_MARK


def ids(session) -> list[str]:
    return list(session.state.candidates)


def scan(qtbot, window, text: str) -> None:
    type_text(qtbot, window.scan, text)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)


# -- 1. the scan box after a dialog ------------------------------------------------------


def test_after_cancelling_a_check_in_the_next_scan_is_not_appended(qtbot, window, session):
    first, second = ids(session)[:2]
    scan(qtbot, window, first)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.scan.text() == "" and window.scan.hasFocus()

    scan(qtbot, window, second)  # typed straight in, as a scanner does
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert dialog.entry.student_id == second
    assert "inconnu" not in window.alert.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert window.scan.text() == "" and window.scan.hasFocus()


# -- 4. focus after a confirmation box ---------------------------------------------------


def test_enter_on_the_start_confirmation_hands_the_focus_back(qtbot, window, session):
    student_id = ids(session)[0]
    session.check_in(
        student_id, id_document="passeport", signature=demo_signature(random.Random(1))
    )
    window.bridge.roomChanged.emit()
    window.room_actions.start.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.state.started_at is not None, timeout=2000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    assert window.scan.hasFocus()

    window.select(student_id)
    qtbot.keyClick(window.scan, Qt.Key.Key_F6)  # the shortcuts work again
    wait_dialog(qtbot, window, ExitDialog)


# -- 5. the projector ----------------------------------------------------------------------


def test_f12_toggles_the_projector_and_esc_closes_it(qtbot, window):
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    projector = window.room_actions.projector
    assert projector is not None and projector.isVisible()
    # One screen (offscreen): a normal window, smaller than the screen, the scan box kept.
    assert not projector.isFullScreen()
    area = projector.screen().availableGeometry()
    assert projector.width() <= max(420, area.width() // 3)
    assert projector.height() <= max(260, area.height() // 3)
    assert window.scan.hasFocus()
    # A window of the main one's (above it, below its dialogs, not above everything), and
    # the window's shortcuts work from it too.
    assert projector.parentWidget() is window and projector.isWindow()
    assert not projector.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.room_actions.quit in projector.actions()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert window.room_actions.projector is None and not projector.isVisible()

    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    assert window.room_actions.projector is not None
    qtbot.keyClick(window.scan, Qt.Key.Key_F12)
    assert window.room_actions.projector is None


# -- 10. the state filter ------------------------------------------------------------------


def test_the_state_filter_is_labelled_and_reachable_from_the_keyboard(qtbot, window):
    assert window.filter_label.text() == "Affic&her :"
    assert window.filter_label.buddy() is window.filter
    assert window.scan.hasFocus()
    qtbot.keyClick(window.scan, Qt.Key.Key_Tab)
    assert window.filter.hasFocus()
    window.scan.setFocus()
    qtbot.keyClick(window.scan, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert window.filter.hasFocus()
    qtbot.keyClick(window.filter, Qt.Key.Key_Down)
    assert window.filter.currentIndex() == 1


# -- 11. readable at 1366 × 768 -----------------------------------------------------------


def test_the_hand_addition_mark_is_readable_whole(qtbot, window, session):
    from invigilator.model import Candidate

    session.add_candidate(Candidate("777000111", "Łukaszewicz", "Zoé"), reason="absente",
                          id_document="passeport", signature=demo_signature(random.Random(2)))  # fmt: skip
    window.bridge.roomChanged.emit()
    window.resize(1366, 740)
    row = window.model.row_of("777000111")
    state = window.model.index(row, CandidateTableModel.STATE).data()
    mark = window.model.index(row, CandidateTableModel.ADDED).data()
    assert ADDED_MARK not in state and ADDED_MARK in mark
    metrics = window.table.fontMetrics()
    for column, text in ((CandidateTableModel.STATE, state), (CandidateTableModel.ADDED, mark)):
        assert metrics.horizontalAdvance(text) + 12 <= window.table.columnWidth(column), text
    tooltip = window.model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert ADDED_MARK in tooltip and "absente" in tooltip


def test_the_exit_note_hint_is_not_cut(qtbot, window, session):
    entry = session.state.candidates[ids(session)[0]]
    dialog = ExitDialog(window.bridge, entry, window)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.note.placeholderText()
    assert dialog.note.width() >= dialog.note.fontMetrics().horizontalAdvance(hint) + 16


# -- 12. a sealed session ------------------------------------------------------------------


def seal(session) -> None:
    rng = random.Random(4)
    session.set_invigilators(["Mme Lambert"])
    session.start_exam()
    session.sign_pv({"Mme Lambert": demo_signature(rng)})
    session.seal()


def test_a_sealed_session_offers_nothing_that_writes(qtbot, window, session):
    seal(session)
    window.bridge.roomChanged.emit()
    actions = window.room_actions
    window.select(ids(session)[0])
    for action in (actions.check_in, actions.exit, actions.back, actions.hand_in,
                   actions.addition, actions.instructions, actions.start, actions.correct,
                   actions.setup):  # fmt: skip
        assert not action.isEnabled(), action.objectName()
    assert "SESSION SCELLÉE — LECTURE SEULE" in window.band.phase.text()
    scan(qtbot, window, "777000111")  # unknown: no hand addition offered
    assert not window.alert_action.isVisible()
    qtbot.keyClick(window.scan, Qt.Key.Key_F8)
    assert window.active_dialog is None


# -- 8. a file whose chain is broken ------------------------------------------------------


def test_a_tampered_file_opens_read_only_with_a_red_line(qtbot, session):
    from ui.app import App

    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE events SET at = replace(at, 'T0', 'T1') WHERE seq = 3")
    conn.close()
    window = App().open_path(path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=2000)
    box = window.findChild(QMessageBox)
    assert "NON CONFORME" in box.windowTitle() and "lecture seule" in box.text()
    box.accept()
    assert window.integrity.isVisible() and window.integrity.kind == "error"
    assert "Fichier de session NON CONFORME : événement n° 3" in window.integrity.text()
    assert "LECTURE SEULE" in window.band.phase.text()
    window.select(ids(window.session)[0])
    assert (
        not window.room_actions.check_in.isEnabled() and not window.room_actions.start.isEnabled()
    )
    window.show_alert("ok", "autre chose")
    assert window.integrity.isVisible()  # persistent
    events = len(window.session.events())
    window.open_selected()
    assert window.active_dialog is None and len(window.session.events()) == events
    window.close()
    window.session.close()


# -- 7. the photo folder ---------------------------------------------------------------------


def test_the_window_uses_the_photo_folder_recorded_in_the_session(qtbot, session, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    session.set_photo_folder(folder)
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    assert window.photo_folder == folder.resolve()


# -- 13. demo rooms in the start screen ---------------------------------------------------


def test_demo_rooms_are_marked_in_the_start_screen(qtbot, data_dir, clock):
    from invigilator.demo import create_demo_room
    from invigilator.paths import sessions_dir
    from ui.setup.start_screen import StartScreen

    folder = sessions_dir()
    create_demo_room(
        folder / "2026-06-15_084400_demo.invigilator", candidates=3, clock=clock
    ).close()
    started = create_demo_room(folder / "2026-06-15_NFA031_salle-31.2.85.invigilator",
                               candidates=3, clock=clock)  # fmt: skip
    started.start_exam()
    started.close()
    screen = StartScreen()
    qtbot.addWidget(screen)
    exams = {screen.table.item(r, 4).text(): screen.table.item(r, 1).text()
             for r in range(screen.table.rowCount())}  # fmt: skip
    assert exams["2026-06-15_084400_demo.invigilator"].startswith("(démo)")
    assert "(démo)" not in exams["2026-06-15_NFA031_salle-31.2.85.invigilator"]
    assert screen.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    item = screen.table.item(0, 4)
    assert item.toolTip().endswith(item.text())  # the whole path on hover
    screen.show()
    for row in range(screen.table.rowCount()):  # the state, whole
        state = screen.table.item(row, 3).text()
        width = screen.table.fontMetrics().horizontalAdvance(state)
        assert screen.table.columnWidth(3) > width, state


def test_names_sort_as_a_french_reader_expects(qtbot, tmp_path):
    """Çelik sorts with the C, Łukaszewicz with the L, Ødegaard with the O."""
    from types import SimpleNamespace

    from invigilator.model import Candidate
    from invigilator.room.session import RoomSession
    from ui.room.candidate_model import CandidateTableModel

    session = RoomSession.create(tmp_path / "sort.sqlite")
    names = ["Ødegaard", "Łukaszewicz", "Çelik", "Martin", "Benali", "Dubois", "Yılmaz"]
    session.import_list(
        SimpleNamespace(
            source_name="l.csv", sha256="0" * 64, sheet=None, room=None, others=[],
            candidates=[Candidate(str(i), n, "A") for i, n in enumerate(names)],
        )
    )  # fmt: skip
    model = CandidateTableModel(session)
    model.sort(CandidateTableModel.LAST)
    shown = [model.index(r, CandidateTableModel.LAST).data() for r in range(model.rowCount())]
    assert shown == ["Benali", "Çelik", "Dubois", "Łukaszewicz", "Martin", "Ødegaard", "Yılmaz"]
    session.close()
