"""The reconciliation's PDF summary: per exam, the totals, the rooms, every problem, the
absentees. A4 portrait, the documents' fonts (`invigilator.documents.fonts`: DejaVu Sans, a
CJK fallback), "Page n / N", byte-identical builds for the same report (`invariant=1`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from invigilator.documents.fonts import BOLD as DOCUMENT_BOLD
from invigilator.documents.fonts import REGULAR, DocumentError, markup, register_fonts
from invigilator.errors import InvigilatorError
from invigilator.office.output import write_private
from invigilator.office.reconcile import ExamReport, Report

FONT, BOLD = REGULAR, DOCUMENT_BOLD


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=15, leading=19),
        "h2": ParagraphStyle(
            "h2", parent=base, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),  # fmt: skip
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=7.5, leading=9),
    }


def _p(text: object, style: Any) -> Any:
    """User text in a Paragraph, through the documents' fonts (a CJK name in its fallback).
    A name no font draws prints as boxes here rather than failing the office's summary."""
    from reportlab.platypus import Paragraph

    try:
        return Paragraph(markup(str(text)), style)
    except DocumentError:
        return Paragraph(escape(str(text)), style)


def _table(rows: list[list[Any]], widths: list[float]) -> Any:
    """A table whose header row wraps (its labels are longer than its numbers)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    head = _styles()["head"]
    rows = [[_p(label, head) for label in rows[0]], *rows[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ca3af")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return table


def _some(ids: list[str], shown: int = 40) -> str:
    """A cell must fit on a page: a missing room of 600 candidates lists its first ones (the
    CSV/XLSX export and the JSON have them all)."""
    more = len(ids) - shown
    return ", ".join(ids[:shown]) + (f" … et {more} autre(s)" if more > 0 else "")


def _exam_story(exam: ExamReport, styles: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Spacer

    cell = styles["cell"]
    day = "/".join(reversed(exam.date.split("-"))) if exam.date else "date inconnue"
    story: list[Any] = [
        _p(f"Rapprochement des salles — {exam.exam} {exam.title}", styles["title"]),
        _p(
            f"Épreuve du {day} · {len(exam.rooms)} salle(s) reçue(s)"
            + (
                f" · salle(s) sans fichier : {', '.join(exam.missing_rooms)}"
                if exam.missing_rooms
                else ""
            ),
            styles["body"],
        ),  # fmt: skip
        Spacer(1, 4 * mm),
    ]
    t = exam.totals
    labels = ("Inscrits", "Présents", "Absents", "Copies", "Feuilles", "Retards admis",
              "Retards refusés", "Ajouts manuscrits", "Incidents")  # fmt: skip
    keys = ("enrolled", "present", "absent", "papers", "sheets", "late_admitted", "late_refused",
            "added_by_hand", "incidents")  # fmt: skip
    story.append(_table([list(labels), [t.get(k, 0) for k in keys]], [20 * mm] * 9))
    story.append(_p("Salles", styles["h2"]))
    rows: list[list[Any]] = [["Salle", "État", "Insc.", "Prés.", "Abs.", "Cop.", "Feuil.",
                              "Ajouts", "Inc.", "PV papier", "Problèmes"]]  # fmt: skip
    for room in exam.rooms:
        counts = [room.count(k) for k in ("enrolled", "present", "absent", "papers", "sheets",
                                          "added_by_hand", "incidents")]  # fmt: skip
        rows.append([_p(room.room, cell), _p(room.state, cell),
                     *("—" if c is None else c for c in counts),
                     _p(room.paper_status, cell), len(exam.problems_of(room.room))])  # fmt: skip
    story.append(_table(rows, [20 * mm, 24 * mm] + [13 * mm] * 7 + [30 * mm, 15 * mm]))
    story.append(_p("Problèmes à examiner", styles["h2"]))
    if exam.problems:
        rows = [["Code", "Salle", "Candidats", "Détail"]]
        for problem in exam.problems:
            rows.append([_p(problem.kind, cell), _p(problem.room, cell),
                         _p(_some(problem.candidates), cell), _p(problem.detail[:1500], cell)])  # fmt: skip
        story.append(_table(rows, [32 * mm, 16 * mm, 22 * mm, 110 * mm]))
    else:
        story.append(_p("Aucun.", styles["body"]))
    story.append(_p(f"Absents ({len(exam.absentees)}) — code ABI, à changer en ABJ si justifié",
                    styles["h2"]))  # fmt: skip
    absent = [c for c in exam.candidates if c.absence_code]
    if absent:
        rows = [["N° auditeur", "Nom", "Prénom", "Salle", "État"]]
        rows += [[_p(c.student_id, cell), _p(c.last_name, cell), _p(c.first_name, cell),
                  _p(c.room, cell), _p(c.state, cell)] for c in absent]  # fmt: skip
        story.append(_table(rows, [26 * mm, 50 * mm, 50 * mm, 24 * mm, 30 * mm]))
    else:
        story.append(_p("Aucun.", styles["body"]))
    story.append(PageBreak())
    return story


def write_pdf(report: Report, path: Path | str) -> Path:
    register_fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    styles = _styles()
    story: list[Any] = []
    for exam in report.exams:
        story += _exam_story(exam, styles)
    if report.files_refused:
        story.append(_p("Fichiers refusés", styles["h2"]))
        story += [_p(f"{r.file} : {r.reason}", styles["body"]) for r in report.files_refused]
    if story and type(story[-1]).__name__ == "PageBreak":
        story.pop()
    if not story:
        story.append(_p("Aucun fichier de session n'a pu être lu.", styles["body"]))

    class NumberedCanvas(Canvas):
        """Keeps each page until the end, to print "Page n / N"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, page in enumerate(self._pages, start=1):
                self.__dict__.update(page)
                self.setFont(FONT, 7.5)
                self.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Page {number} / {total}")
                self.drawString(15 * mm, 8 * mm, "Invigilator — service des examens")
                super().showPage()
            super().save()

    def build(target: Path) -> None:
        doc = SimpleDocTemplate(
            str(target), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
            topMargin=14 * mm, bottomMargin=16 * mm, title="Rapprochement des salles",
            author="Invigilator", invariant=1, lang="fr-FR",
            initialFontName=FONT,  # no Helvetica left unembedded
        )  # fmt: skip
        from reportlab.platypus.doctemplate import LayoutError

        try:
            doc.build(story, canvasmaker=NumberedCanvas)
        except LayoutError as error:
            raise InvigilatorError(f"Le PDF ne peut pas être mis en page : {error}") from error

    return write_private(Path(path), build)
