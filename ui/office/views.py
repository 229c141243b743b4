"""The office view's three tables: the rooms of an exam, its problems, its candidates."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from invigilator.office.checks import PAPER_MATCHES, PAPER_MISMATCH
from invigilator.office.reconcile import CandidateLine, ExamReport
from ui.office.problem_text import problem_detail, problem_label, word
from ui.office.rows_model import RowsModel

RED, AMBER, GREEN = QColor("#8a1111"), QColor("#6b4a00"), QColor("#0d5b1f")
# Candidate filters: label, predicate on a CandidateLine.
CANDIDATE_FILTERS = (
    (QT_TRANSLATE_NOOP("OfficeTables", "Tous les candidats"), lambda c: True),
    (QT_TRANSLATE_NOOP("OfficeTables", "Absents (session 2)"), lambda c: bool(c.absence_code)),
    (QT_TRANSLATE_NOOP("OfficeTables", "Ajouts manuscrits"), lambda c: c.state == "ajouté(e)"),
    (QT_TRANSLATE_NOOP("OfficeTables", "Avec un signalement"), lambda c: bool(c.flags)),
)


def tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("OfficeTables", …), in the UI's language."""
    return QCoreApplication.translate("OfficeTables", text)


def make_table(
    headers: list[str], name: str, stretch: int, model: RowsModel | None = None
) -> QTableWidget | QTableView:
    """A read-only table: items for a few rows, a model (`model`) for many."""
    if model is None:
        table: QTableWidget | QTableView = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
    else:
        table = QTableView()
        table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _item(value: object, colour: QColor | None = None, tip: str = "") -> QTableWidgetItem:
    text = "—" if value is None else str(value)
    item = QTableWidgetItem(text)
    if isinstance(value, int):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour is not None:
        item.setForeground(colour)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    item.setToolTip(tip or text)
    return item


def rooms_table() -> QTableWidget:
    return make_table(
        [tr(QT_TRANSLATE_NOOP("OfficeTables", "Salle")), tr(QT_TRANSLATE_NOOP("OfficeTables", "État")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Inscrits")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Présents")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Absents")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Copies")),
         tr(QT_TRANSLATE_NOOP("OfficeTables", "Feuilles")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Ajouts")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Incidents")), tr(QT_TRANSLATE_NOOP("OfficeTables", "Problèmes")), tr(QT_TRANSLATE_NOOP("OfficeTables", "PV papier")),
         tr(QT_TRANSLATE_NOOP("OfficeTables", "Fichier"))],
        tr(QT_TRANSLATE_NOOP("OfficeTables", "Salles de l'épreuve")), 11,
    )  # fmt: skip


def fill_rooms(table: QTableWidget, exam: ExamReport | None) -> None:
    # Sizing columns to their contents at every item would measure the whole table 4,800
    # times for 400 rooms: sized once, at the end.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        _fill_rooms(table, exam)
    finally:
        table.resizeColumnsToContents()
        header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        table.setUpdatesEnabled(True)


def _fill_rooms(table: QTableWidget, exam: ExamReport | None) -> None:
    rooms = exam.rooms if exam else []
    missing = exam.missing_rooms if exam else []
    per_room = Counter(p.room for p in exam.problems) if exam else Counter()
    table.setRowCount(len(rooms) + len(missing))
    for row, room in enumerate(rooms):
        state = room.state
        state_colour = GREEN if state == "scellée, intacte" else (
            AMBER if state == "non scellée" else RED)  # fmt: skip
        paper_colour = {PAPER_MATCHES: GREEN, PAPER_MISMATCH: RED}.get(room.paper_status, AMBER)
        problems = per_room.get(room.room, 0)
        counts = [room.count(k) for k in ("enrolled", "present", "absent", "papers", "sheets",
                                          "added_by_hand", "incidents")]  # fmt: skip
        values: list[tuple[object, QColor | None, str]] = [
            (room.room, None, ""),
            (word(state), state_colour, room.file.verification),
            *((c, None, "") for c in counts),
            (problems, RED if problems else None, ""),
            (word(room.paper_status), paper_colour, room.paper.code.text if room.paper and room.paper.code else ""),
            (room.file.path.name, None, str(room.file.path)),
        ]  # fmt: skip
        for column, (value, colour, tip) in enumerate(values):
            table.setItem(row, column, _item(value, colour, tip))
    for offset, name in enumerate(missing):
        row = len(rooms) + offset
        table.setItem(row, 0, _item(name))
        table.setItem(row, 1, _item(tr(QT_TRANSLATE_NOOP("OfficeTables", "AUCUN FICHIER")), RED))
        for column in range(2, table.columnCount()):
            table.setItem(row, column, _item(""))


def problems_table() -> QTableView:
    headers = [tr(QT_TRANSLATE_NOOP("OfficeTables", "Salle")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Problème")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Code")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Candidats")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Détail"))]  # fmt: skip
    model = RowsModel(headers, 1, RED)
    table = make_table(
        headers, tr(QT_TRANSLATE_NOOP("OfficeTables", "Problèmes de l'épreuve")), 4, model
    )
    model.setParent(table)
    return table  # type: ignore[return-value]


def fill_problems(table: QTableView, exam: ExamReport | None) -> None:
    table.model().set_rows(
        exam.problems if exam else [],
        lambda p: (p.room, problem_label(p), p.kind, ", ".join(p.candidates), problem_detail(p)),
    )


def candidates_table() -> QTableView:
    headers = [tr(QT_TRANSLATE_NOOP("OfficeTables", "N° auditeur")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Nom")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Prénom")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Salle")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "État")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Entrée")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Remise")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Feuilles")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Code absence")),
               tr(QT_TRANSLATE_NOOP("OfficeTables", "Signalements"))]  # fmt: skip
    model = RowsModel(headers, 9, RED)
    table = make_table(
        headers, tr(QT_TRANSLATE_NOOP("OfficeTables", "Candidats de l'épreuve")), 9, model
    )
    model.setParent(table)
    return table  # type: ignore[return-value]


def _hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def _candidate_cells(c: CandidateLine) -> tuple[str, ...]:
    return (c.student_id, c.last_name, c.first_name, c.room, word(c.state), _hhmm(c.entered_at),
            _hhmm(c.handed_in_at), "" if c.sheets is None else str(c.sheets), c.absence_code,
            " ; ".join(word(flag) for flag in c.flags))  # fmt: skip


def fill_candidates(table: QTableView, exam: ExamReport | None, wanted: int) -> None:
    keep = CANDIDATE_FILTERS[wanted][1]
    everyone = exam.candidates if exam else []
    table.model().set_rows(everyone if wanted == 0 else [c for c in everyone if keep(c)],
                           _candidate_cells)  # fmt: skip
