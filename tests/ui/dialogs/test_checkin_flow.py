"""The check-in flow, driven through the widgets: scan, search, sign, alerts, hand addition."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.room.session import RoomSession
from invigilator.room.state import Status
from ui.dialogs.addition import AdditionDialog
from ui.dialogs.checkin import CheckInDialog
from ui.room.candidate_model import ADDED_MARK, CandidateTableModel


def first_id(session: RoomSession) -> str:
    return next(iter(session.state.candidates))


def scan(qtbot, window, text: str) -> None:
    window.scan.clear()
    type_text(qtbot, window.scan, text)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)


def check_in_by_scan(qtbot, window, student_id: str) -> None:
    scan(qtbot, window, student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)


def test_the_scan_box_has_the_focus(window):
    assert window.scan.hasFocus()


def test_scanning_a_number_then_signing_checks_the_candidate_in(qtbot, window, session, tmp_path):
    student_id = first_id(session)
    scan(qtbot, window, student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert window.selected_id() == student_id
    draw_signature(qtbot, dialog.signature.pad)
    signature = dialog.signature.signature()
    assert len(signature.strokes) == 1 and len(signature.strokes[0]) >= 10
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    assert session.state.candidates[student_id].status is Status.PRESENT
    assert "émargé" in window.alert.text()
    assert window.scan.text() == "" and window.scan.hasFocus()
    row = window.model.row_of(student_id)
    assert "présent" in window.model.index(row, CandidateTableModel.STATE).data()
    # Already on disk: a second reader sees it.
    with RoomSession.open(session.path, readonly=True) as other:
        assert other.state.candidates[student_id].status is Status.PRESENT
        assert other.state.candidates[student_id].id_document == "carte d'identité"


def test_an_empty_signature_is_refused_and_nothing_is_lost(qtbot, window, session):
    student_id = first_id(session)
    scan(qtbot, window, student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert window.active_dialog is dialog and dialog.isVisible()
    assert "signature est vide" in dialog.error.text()
    assert session.state.candidates[student_id].status is Status.EXPECTED
    dialog.signature.clear_button.click()


def test_a_photocopy_is_not_an_id(qtbot, window, session):
    scan(qtbot, window, first_id(session))
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_6)  # a photocopy: "sans pièce d'identité", to be decided
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "Sans pièce d'identité" in dialog.error.text()
    assert not session.state.candidates[first_id(session)].has_entered


def test_search_by_a_name_with_accents_selects_the_unique_match(qtbot, window, session):
    entries = list(session.state.candidates.values())
    names = [f"{e.candidate.last_name} {e.candidate.first_name}" for e in entries]
    target = next(
        e for e, n in zip(entries, names, strict=True)
        if not n.isascii() and names.count(n) == 1
    )  # fmt: skip
    typed = f"{target.candidate.last_name} {target.candidate.first_name}"
    type_text(qtbot, window.scan, typed)
    assert window.model.rowCount() == 1
    assert window.selected_id() == target.student_id

    # Lower case, no accents: the same person.
    from invigilator.text import normalise_for_search

    window.scan.clear()
    type_text(qtbot, window.scan, normalise_for_search(typed))
    assert window.selected_id() == target.student_id
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    assert dialog.entry.student_id == target.student_id


def test_a_few_letters_filter_and_arrows_choose(qtbot, window, session):
    type_text(qtbot, window.scan, "a")
    count = window.model.rowCount()
    assert 1 < count < len(session.state.candidates) + 1
    assert window.selected_id() is None
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    assert "correspondent" in window.alert.text()
    qtbot.keyClick(window.scan, Qt.Key.Key_Down)
    chosen = window.selected_id()
    assert chosen == window.model.student_id(0)
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    assert wait_dialog(qtbot, window, CheckInDialog).entry.student_id == chosen


def test_already_checked_in_says_when(qtbot, window, session):
    student_id = first_id(session)
    check_in_by_scan(qtbot, window, student_id)
    scan(qtbot, window, student_id)
    assert window.active_dialog is None
    assert "a déjà émargé à 06:40" in window.alert.text()  # émarger: no agreement
    assert window.alert.kind == "warning"


def test_a_candidate_expected_in_another_room(qtbot, window, session):
    other_id, other = next(iter(session.state.others.items()))
    scan(qtbot, window, other_id)
    assert window.active_dialog is None
    assert f"attendu(e) en salle {other.room}" in window.alert.text()
    assert other.last_name in window.alert.text()


def test_unknown_number_leads_to_a_hand_addition(qtbot, window, session):
    scan(qtbot, window, "777000111")
    assert "inconnu" in window.alert.text()
    assert window.alert_action.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = wait_dialog(qtbot, window, AdditionDialog)
    assert dialog.student_id.text() == "777000111"
    qtbot.waitUntil(dialog.last_name.hasFocus, timeout=1000)
    type_text(qtbot, dialog.last_name, "Łukaszewicz")
    type_text(qtbot, dialog.first_name, "Zoé")
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)

    entry = session.state.candidates["777000111"]
    assert entry.added_by_hand and entry.status is Status.PRESENT
    assert entry.candidate.last_name == "Łukaszewicz"
    row = window.model.row_of("777000111")
    assert ADDED_MARK in window.model.index(row, CandidateTableModel.ADDED).data()
    assert "Ajoutés en salle : 1" in window.counters.text()
    type_text(qtbot, window.scan, "lukasz zoe")
    assert window.selected_id() == "777000111"


def test_the_model_passes_the_model_tester(qtbot, window, session):
    tester = QAbstractItemModelTester(
        window.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    type_text(qtbot, window.scan, "ma")
    window.scan.clear()
    for index in range(window.filter.count()):
        window.filter.setCurrentIndex(index)
    window.filter.setCurrentIndex(0)
    for column in range(window.model.columnCount()):
        window.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    check_in_by_scan(qtbot, window, first_id(session))
    window.model.tick()
    window.model.reload()
    assert tester is not None


def test_filter_by_state(qtbot, window, session):
    student_id = first_id(session)
    check_in_by_scan(qtbot, window, student_id)
    window.filter.setCurrentIndex(2)  # present
    assert window.model.visible_ids() == [student_id]
    window.filter.setCurrentIndex(1)  # expected
    assert student_id not in window.model.visible_ids()
    assert window.model.rowCount() == len(session.state.candidates) - 1


def test_the_confirm_button_names_the_document_in_correct_french(window, qtbot):
    """« passeport originale vue » was wrong for a masculine document: the document follows."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.dialogs.checkin import CheckInDialog

    window.scan.setText("100200454")
    QTest.keyClick(window.scan, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    QTest.keyClick(dialog, Qt.Key.Key_2)
    assert dialog.confirm.text().replace("&", "") == "Valider — original vu : passeport"
    dialog.reject()
