"""The office view in English: problems, room states and flags from their codes (follow-up of
#11); the French UI, the documents and the exports keep the domain's French."""

from __future__ import annotations

import pytest
from office_rooms import A
from PySide6.QtWidgets import QApplication

from invigilator.office import checks, reconcile
from ui.app import install_translations
from ui.office import problem_text
from ui.office.office_window import OfficeWindow


def column(table, index):
    model = table.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def open_office(qtbot, tmp_path, office_exam) -> OfficeWindow:
    window = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.add_paths([office_exam[A].parent])
    return window


@pytest.fixture
def english():
    app = QApplication.instance()
    install_translations(app, "en")
    yield
    install_translations(app, "fr")


def test_the_office_view_keeps_the_domains_french_templates():
    """The UI's templates are the domain's, word for word: the French never drifts from them."""
    assert problem_text.KIND_LABELS == checks.KIND_LABELS
    assert problem_text.DETAILS == checks.DETAILS
    fixed = {reconcile.PRESENT, reconcile.ABSENT, reconcile.REFUSED, reconcile.ADDED,
             reconcile.NO_FILE, checks.PAPER_NOT_GIVEN, checks.PAPER_MATCHES,
             checks.PAPER_MISMATCH}  # fmt: skip
    assert fixed <= set(problem_text.WORDS)
    assert set(checks.FLAG_LABELS.values()) <= set(problem_text.FLAG_WORDS)


def test_in_the_french_ui_the_office_shows_the_domains_own_texts(qtbot, tmp_path, office_exam):
    office = open_office(qtbot, tmp_path, office_exam)
    problems = office.exam.problems
    assert column(office.problems_table, 1) == [p.label for p in problems]
    assert column(office.problems_table, 4) == [p.detail for p in problems]
    for p in problems:  # rebuilt from its codes, each detail is the domain's French exactly
        assert p.parts and checks.detail_of(p.parts) == p.detail


def test_in_the_english_ui_the_office_problems_are_english(english, qtbot, tmp_path, office_exam):
    office = open_office(qtbot, tmp_path, office_exam)
    problems = office.exam.problems
    labels, details = column(office.problems_table, 1), column(office.problems_table, 4)
    for p, label, detail in zip(problems, labels, details, strict=True):
        assert label != p.label, p.kind  # every kind has its English label
        assert detail != p.detail, p.kind
    shown = dict(zip(column(office.problems_table, 2), zip(labels, details, strict=True),
                     strict=False))  # fmt: skip
    assert shown["no_id_document"][0] == "no ID document"
    assert "ID document shown: no ID document" in shown["no_id_document"][1]
    assert shown["late_refused"][1].endswith(": entry refused (late)")
    assert shown["room_missing"][1].startswith("room 12.0.01: ")
    assert "no session file received" in shown["room_missing"][1]
    fraud = shown["fraud"][1]
    assert fraud.startswith("at ") and "refused to countersign" in fraud
    assert "fraud report (event no." in fraud and "procès-verbal" not in fraud
    assert shown["not_sealed"] == (
        "session not sealed",
        "session neither signed nor sealed: the file may have been handed in before the end",
    )
    assert "notes.invigilator — not a session file" in office.message.text()
    states = column(office.rooms_table, 1)
    assert "sealed, intact" in states and "not sealed" in states and "NO FILE" in states
    assert set(column(office.rooms_table, 10)) >= {"not matched with the paper PV"}
    office.tabs.setCurrentIndex(1)
    assert {"present", "absent", "entry refused", "added"} <= set(
        column(office.candidates_table, 4)
    )
    flags = " ; ".join(column(office.candidates_table, 9))
    assert "present in two rooms" in flags and "room not sealed" in flags
    assert "présent(e)" not in flags and "non scellée" not in flags


def test_in_the_english_ui_the_exports_stay_french(english, qtbot, tmp_path, office_exam):
    office = open_office(qtbot, tmp_path, office_exam)
    target = tmp_path / "presences.csv"
    with qtbot.waitSignal(office.exported, timeout=20000):
        assert office.export_to(target)
    text = target.read_text(encoding="utf-8-sig")
    assert "présent(e) dans deux salles" in text and "salle non scellée" in text
    assert "present in two rooms" not in text and "room not sealed" not in text
