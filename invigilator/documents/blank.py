"""The paper fallback: a blank attendance sheet printed from the list before the exam, with the
same columns, empty signature boxes and blank rows for hand additions, so that a room whose
laptop fails carries on on paper (`invigilator print-list`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from invigilator.documents.attendance import TITLE, accommodation_text
from invigilator.documents.common import DEFAULT_INSTITUTION, note
from invigilator.documents.fonts import check_drawable, markup
from invigilator.documents.page import Marking, Part, build_pdf
from invigilator.documents.sheet_grid import ROW_HEIGHT, Block, SheetGrid, SheetRow, name_block
from invigilator.documents.styles import CONTENT_WIDTH, grid_style, rich, section_bar, styles
from invigilator.model import Candidate

BLANK_ROWS = 10


@dataclass(frozen=True)
class BlankSheet:
    """What is known before the exam: the list, and what the office chose to print."""

    candidates: Sequence[Candidate]
    duration_minutes: int
    room: str = ""
    exam_code: str = ""
    exam_title: str = ""
    exam_date: date | None = None
    institution: str = ""
    source_name: str = ""
    blank_rows: int = BLANK_ROWS


def _blank_rows(sheet: BlankSheet) -> tuple[list[SheetRow], dict[str, str]]:
    rows: list[SheetRow] = []
    names: dict[str, str] = {}
    for index, candidate in enumerate(sheet.candidates, start=1):
        number = str(index)
        names[number] = candidate.last_name.strip().upper() or candidate.student_id
        detail = accommodation_text(None, None, candidate, end_text="____")
        what = f"le nom de {candidate.display_name} (n° {candidate.student_id})"
        name = name_block(candidate.last_name, candidate.first_name, detail, what)
        rows.append(SheetRow(index, number, candidate.student_id, name))
    return rows, names


def _fill_in(sheet: BlankSheet) -> Table:
    """The header's facts, printed when known, a line to fill in by hand when not."""
    st = styles()
    line = "______________"

    def value(text: str) -> Paragraph:
        return Paragraph(markup(text) if text else line, st.value)

    date_text = sheet.exam_date.strftime("%d/%m/%Y") if sheet.exam_date else ""
    hours, minutes = divmod(sheet.duration_minutes, 60)
    duration = f"{hours} h {minutes:02d}" if minutes else f"{hours} h"
    cells = [
        [Paragraph("Épreuve (code UE)", st.label), value(sheet.exam_code),
         Paragraph("Date", st.label), value(date_text)],
        [Paragraph("Intitulé", st.label), value(sheet.exam_title),
         Paragraph("Salle", st.label), value(sheet.room)],
        [Paragraph("Durée", st.label), value(duration),
         Paragraph("Heure de début", st.label), value("")],
        [Paragraph("Surveillants", st.label), value(""),
         Paragraph("Consignes lues à", st.label), value("")],
    ]  # fmt: skip
    w = CONTENT_WIDTH
    table = Table(cells, colWidths=[w * 0.16, w * 0.42, w * 0.16, w * 0.26])
    table.setStyle(TableStyle(grid_style(header_rows=0)))
    return table


def blank_story(sheet: BlankSheet, part: Part) -> list[Flowable]:
    st = styles()
    for c in sheet.candidates:
        check_drawable(
            f"{c.last_name} {c.first_name}", f"le nom de {c.display_name} (n° {c.student_id})"
        )
    rows, names = _blank_rows(sheet)
    part.row_names.update(names)
    source = f" — liste : {sheet.source_name}" if sheet.source_name else ""
    story: list[Flowable] = [
        rich("Feuille d'émargement", st.title),
        Paragraph(
            markup(
                f"Exemplaire papier de secours, {len(sheet.candidates)} candidats{source}. "
                "Signée à l'entrée après justification de l'identité (4.1) et à la remise de la "
                "copie (4.3.2, 4.8)."
            ),
            st.subtitle,
        ),
        _fill_in(sheet),
        Spacer(1, 6),
        SheetGrid(rows),
        Spacer(1, 8),
        section_bar("Ajouts manuscrits — à vérifier par l'administration (4.2)"),
        Spacer(1, 2),
        note(
            "Nom, prénom, numéro et motif de l'ajout ; être présent et avoir composé n'engage "
            "pas l'administration à valider l'examen."
        ),  # fmt: skip
        Spacer(1, 3),
    ]
    additions = [SheetRow(i, f"A{i}", "", Block()) for i in range(1, sheet.blank_rows + 1)]
    story.append(SheetGrid(additions))
    totals = Table(
        [["Inscrits", "Présents", "Absents", "Ajouts", "Copies recueillies", "Copies blanches"],
         [str(len(sheet.candidates)), "", "", "", "", ""]],
        colWidths=[CONTENT_WIDTH / 6] * 6, rowHeights=[14, ROW_HEIGHT * 0.8],
    )  # fmt: skip
    totals.setStyle(TableStyle(grid_style()))
    story.append(KeepTogether([
        Spacer(1, 8), section_bar("Totaux et signatures des surveillants"), Spacer(1, 3), totals,
        Spacer(1, 4),
        Table([["Surveillant", "Signature", "Surveillant", "Signature"], ["", "", "", ""]],
              colWidths=[CONTENT_WIDTH / 4] * 4, rowHeights=[14, ROW_HEIGHT * 1.3],
              style=TableStyle(grid_style())),
    ]))  # fmt: skip
    return story


def blank_sheet_pdf(sheet: BlankSheet, *, invariant: bool = True) -> bytes:
    place = " · ".join(
        x for x in (sheet.exam_code, f"salle {sheet.room}" if sheet.room else "") if x
    )
    part = Part(
        "blank",
        TITLE,
        sheet.institution or DEFAULT_INSTITUTION,
        " — ".join(x for x in (sheet.exam_code, sheet.exam_title) if x) or "Épreuve : ________",
        place or "Exemplaire papier de secours",
    )
    story = blank_story(sheet, part)
    return build_pdf(
        story, [part], title=f"Feuille d'émargement vierge {place}".strip(),
        subject="feuille d'émargement papier de secours",
        author=sheet.institution or DEFAULT_INSTITUTION, marking=Marking(), invariant=invariant,
    )  # fmt: skip
