"""Pieces several documents print: the exam's lines, key–value grids, signature cells."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from invigilator.documents.fonts import REGULAR, markup
from invigilator.documents.page import Part
from invigilator.documents.source import Sitting
from invigilator.documents.styles import CONTENT_WIDTH, LIGHT, RULE, SHADE, rich, styles
from invigilator.model import ExamFacts
from invigilator.room.commands import INCIDENT_CATEGORIES

DEFAULT_INSTITUTION = "Conservatoire national des arts et métiers"


def institution(exam: ExamFacts | None) -> str:
    centre = exam.centre.strip() if exam else ""
    return centre or DEFAULT_INSTITUTION


def session_label(exam: ExamFacts) -> str:
    return "1re session" if exam.session_number == 1 else f"{exam.session_number}e session"


def exam_line(exam: ExamFacts | None) -> str:
    if exam is None:
        return "Épreuve non renseignée"
    date = exam.exam_date.strftime("%d/%m/%Y") if exam.exam_date else "date non renseignée"
    return f"{exam.ue_code} — {exam.title} · {session_label(exam)} · {date}"


def place_line(exam: ExamFacts | None) -> str:
    if exam is None:
        return "Épreuve non renseignée"
    date = exam.exam_date.strftime("%d/%m/%Y") if exam.exam_date else "—"
    return f"{exam.ue_code} · salle {exam.room or '—'} · {date}"


def part_for(sitting: Sitting, key: str, title: str) -> Part:
    exam = sitting.state.exam
    return Part(key, title, institution(exam), exam_line(exam), place_line(exam))


def category_label(category: str) -> str:
    return INCIDENT_CATEGORIES.get(category, category)


def facts_grid(rows: list[tuple[str, Any]], *, columns: int = 2) -> Table:
    """Label / value pairs, `columns` pairs a line; a value is text (user text) or a flowable."""
    st = styles()
    cells: list[list[Any]] = []
    line: list[Any] = []
    for label, value in rows:
        shown = value if isinstance(value, Flowable) else Paragraph(markup(str(value)), st.value)
        line += [Paragraph(label, st.label), shown]
        if len(line) == 2 * columns:
            cells.append(line)
            line = []
    if line:
        cells.append(line + [""] * (2 * columns - len(line)))
    label_w = 30 * 2.8346 if columns == 2 else 45 * 2.8346
    value_w = CONTENT_WIDTH / columns - label_w
    table = Table(cells, colWidths=[label_w, value_w] * columns)
    rules: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    for c in range(0, 2 * columns, 2):
        rules.append(("BACKGROUND", (c, 0), (c, -1), SHADE))
    table.setStyle(TableStyle(rules))
    return table


def note(text: str) -> Paragraph:
    """A grey line of the documents' own wording."""
    return rich(text, styles().legal)
