"""The office view, driven: files added, problems seen, a PV code scanned, an export."""

from __future__ import annotations

import csv

import pytest
from office_rooms import EXAM, A, B, C
from PySide6.QtCore import Qt

from invigilator.pv_code import format_pv_code
from ui.office.office_window import OfficeWindow


@pytest.fixture
def office(qtbot, tmp_path, office_exam):
    window = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.add_paths([office_exam[A].parent])
    return window


def column(table, index):
    model = table.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def room_row(window, name):
    return column(window.rooms_table, 0).index(name)


def test_files_added_show_rooms_problems_and_the_refused_file(office, office_exam):
    assert sorted(column(office.rooms_table, 0)) == sorted([A, B, C, "05.3.10"])
    assert office.rooms_table.item(room_row(office, C), 1).text() == "AUCUN FICHIER"
    codes = column(office.problems_table, 2)
    for code in ("present_in_two_rooms", "added_not_enrolled", "room_missing", "not_sealed",
                 "fraud", "late_refused", "no_id_document"):  # fmt: skip
        assert code in codes
    assert office.message.kind == "warning" and "notes.invigilator" in office.message.text()
    assert "13 inscrits" in office.totals.text() and "9 présents" in office.totals.text()


def test_the_candidate_filters(office):
    office.tabs.setCurrentIndex(1)
    office.candidate_filter.setCurrentIndex(1)  # absentees
    assert sorted(column(office.candidates_table, 0)) == ["103", "104", "202", "401"]
    office.candidate_filter.setCurrentIndex(2)  # hand additions
    assert sorted(column(office.candidates_table, 0)) == ["100", "301", "999"][1:]


def test_a_scanned_pv_code_ties_its_room_and_is_kept(office, qtbot, tmp_path):
    row = room_row(office, A)
    assert office.rooms_table.item(row, 10).text() == "non rapproché du PV papier"
    room = next(r for r in office.exam.rooms if r.room == A)
    code = format_pv_code({"exam": EXAM, "room": A, "date": "2026-06-15", "enrolled": 6,
                           "present": 6, "absent": 2, "papers": 6,
                           "hash": room.file.final_hash})  # fmt: skip
    office.rooms_table.selectRow(room_row(office, B))  # the scan names its own room
    office.paper_code.setFocus()
    qtbot.keyClicks(office.paper_code, code)  # ASCII: the code is percent-encoded
    qtbot.keyClick(office.paper_code, Qt.Key.Key_Return)
    assert office.rooms_table.item(room_row(office, A), 10).text() == "conforme au PV papier"
    assert office.message.kind == "ok" and office.paper_code.text() == ""
    again = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(again)
    assert [p.room for p in again.paper] == [A]


def test_a_wrong_hash_and_a_short_one(office, qtbot):
    office.rooms_table.selectRow(room_row(office, B))
    assert not office.record_paper("abc123")
    assert office.message.kind == "error" and "trop courte" in office.message.text()
    assert office.record_paper("0123456789abcdef", papers_received=2)
    row = room_row(office, B)
    assert office.rooms_table.item(row, 10).text() == "DIFFÉRENT du PV papier"
    assert "pv_hash_mismatch" in column(office.problems_table, 2)
    assert "papers_received_mismatch" in column(office.problems_table, 2)


def test_export_from_the_view(office, qtbot, tmp_path, office_exam):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in office_exam.values()}
    target = tmp_path / "presences.csv"
    with qtbot.waitSignal(office.exported, timeout=20000) as blocker:
        assert office.export_to(target)
    assert blocker.args == [str(target), ""]
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 1 + 14 and office.message.kind == "ok"
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in office_exam.values()} == before
    assert not list(office_exam[A].parent.glob("*-wal")) + list(office_exam[A].parent.glob("*-shm"))


def test_the_session_opens_read_only_from_a_copy(office, qtbot, office_exam):
    office.rooms_table.selectRow(room_row(office, A))
    office.open_session()
    (viewer,) = office._viewers
    copy = viewer.session.path
    assert viewer.read_only() and copy != office_exam[A] and copy.exists()
    viewer.close()
    qtbot.waitUntil(lambda: not copy.parent.exists(), timeout=3000)  # no copy left behind


def test_the_start_screen_opens_the_office(qtbot):
    from PySide6.QtWidgets import QPushButton

    from ui.setup.start_screen import StartScreen

    screen = StartScreen()
    qtbot.addWidget(screen)
    button = next(b for b in screen.findChildren(QPushButton) if "examens" in b.text())
    with qtbot.waitSignal(screen.officeRequested, timeout=1000):
        button.click()


def test_the_app_opens_the_office_beside_the_start_screen(qtbot):
    from ui.app import App

    shell = App()
    window = shell.open_office()
    qtbot.addWidget(window)
    assert isinstance(window, OfficeWindow) and window.isVisible()
    assert "Aucun fichier de session" in window.totals.text()


def test_the_long_tables_are_sound_models(office):
    from PySide6.QtTest import QAbstractItemModelTester

    for table in (office.problems_table, office.candidates_table):
        QAbstractItemModelTester(table.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    office.candidate_filter.setCurrentIndex(3)  # flagged, through the tester's checks
    assert "fraude (procès-verbal à transmettre)" in column(office.candidates_table, 9)


def test_an_export_that_fails_says_why(office, qtbot, tmp_path):
    target = tmp_path / "absent" / "presences.xlsx"
    with qtbot.waitSignal(office.exported, timeout=20000) as blocker:
        assert office.export_to(target)
    assert blocker.args[1] and office.message.kind == "error"
    assert "Impossible d'écrire" in office.message.text()


def test_an_enrolment_list_reconciles_again(office, qtbot, tmp_path):
    enrolment = tmp_path / "inscrits.csv"
    enrolment.write_text(f"Numéro;Nom;Prénom;Salle\n999;Ajout;Candidat 999;{C}\n", encoding="utf-8")
    with qtbot.waitSignal(office.loaded, timeout=20000):
        office.set_enrolment(enrolment)
    codes = dict(
        zip(column(office.problems_table, 3), column(office.problems_table, 2), strict=True)
    )
    assert codes["999"] == "added_by_hand" and office.message.kind == "ok"
    assert "Liste des inscrits : 1 candidat(s)." in office.message.text()


def test_the_rooms_pdf_is_opened_from_beside_its_file(office, monkeypatch, office_exam):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    office.rooms_table.selectRow(room_row(office, B))
    office.open_pdf()
    assert opened == [] and office.message.kind == "warning"
    assert "salle-B.pdf" in office.message.text()
    pdf = office_exam[B].with_suffix(".pdf")
    pdf.write_bytes(b"%PDF-1.4\n")
    try:
        office.open_pdf()
    finally:
        pdf.unlink()
    assert opened == [str(pdf)]


def test_files_dropped_on_the_window_are_read(qtbot, tmp_path, office_exam):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = OfficeWindow(paper_path=tmp_path / "pv.json")
    qtbot.addWidget(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(office_exam[A])), QUrl.fromLocalFile(str(office_exam[B]))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.dropEvent(drop)
    assert sorted(r.room for r in window.exam.rooms) == sorted([A, B])
