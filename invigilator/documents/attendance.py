"""The attendance sheet (feuille d'émargement, 4.1, 4.3.2, 4.8): every candidate of the list in
list order with the entry and hand-in signatures, hand additions in their own section.

Rows have a fixed height and most cells are plain strings or a small name flowable: laying
out 500 candidates costs little more than a bare table (benchmarks/bench_pdf.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from invigilator.documents.common import note
from invigilator.documents.fonts import BOLD, REGULAR, check_drawable, is_plain, markup, text_width
from invigilator.documents.pv import reason_text
from invigilator.documents.signature import SignatureFlowable
from invigilator.documents.source import Sitting
from invigilator.documents.styles import (
    CONTENT_WIDTH,
    GREY,
    RED,
    grid_style,
    hhmm,
    minutes_text,
    rich,
    section_bar,
    styles,
)
from invigilator.model import Candidate
from invigilator.record.events import Event, EventKind
from invigilator.room.state import CandidateState, Status

TITLE = "FEUILLE D'ÉMARGEMENT"
ROW_HEIGHT = 31.0
SIGNATURE_HEIGHT = ROW_HEIGHT - 5
_W = CONTENT_WIDTH
# N°, student number, name and accommodations, entry, entry signature, exits, hand-in,
# hand-in signature.
WIDTHS = [_W * 0.04, _W * 0.1, _W * 0.25, _W * 0.075, _W * 0.155, _W * 0.13, _W * 0.095,
          _W * 0.155]  # fmt: skip
HEADERS = ["N°", "N° d'auditeur", "Nom, prénom — aménagements", "Entrée",
           "Signature d'entrée", "Sorties temporaires", "Remise de copie",
           "Signature de remise"]  # fmt: skip
NAME_SIZE = 8.0
NOTE_SIZE = 6.3


class NameCell(Flowable):
    """Last name in bold, first name, and a grey line of accommodations, drawn as strings.

    Only for names the regular font draws and that fit; the others go through a Paragraph."""

    def __init__(self, last: str, first: str, detail: str, width: float) -> None:
        super().__init__()
        self.last, self.first, self.detail, self.width = last, first, detail, width
        self.height = ROW_HEIGHT - 4

    @staticmethod
    def fits(last: str, first: str, detail: str, width: float) -> bool:
        if not (is_plain(last) and is_plain(first) and is_plain(detail)):
            return False
        return (
            stringWidth(last, BOLD, NAME_SIZE) <= width
            and stringWidth(first, REGULAR, NAME_SIZE) <= width
            and stringWidth(detail, REGULAR, NOTE_SIZE) <= width
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # One text object for the cell (a drawString each would cost three times as much).
        last_w = stringWidth(self.last + " ", BOLD, NAME_SIZE)
        one_line = last_w + stringWidth(self.first, REGULAR, NAME_SIZE) <= self.width
        top = self.height - NAME_SIZE - (3 if one_line and not self.detail else 0)
        text = self.canv.beginText(0, top)
        text.setFont(BOLD, NAME_SIZE)
        text.textOut(self.last)
        text.setFont(REGULAR, NAME_SIZE)
        if one_line:
            text.setTextOrigin(last_w, top)
            next_y = top - NAME_SIZE - 2
        else:
            text.setTextOrigin(0, top - NAME_SIZE - 1)
            next_y = top - 2 * NAME_SIZE - 2
        text.textOut(self.first)
        if self.detail:
            text.setTextOrigin(0, next_y)
            text.setFont(REGULAR, NOTE_SIZE)
            text.setFillColor(GREY)
            text.textOut(self.detail)
        self.canv.drawText(text)


def _break_name(last: str, first: str, width: float, size: float) -> list[list[tuple[str, bool]]]:
    """Lines of (text, bold) pieces: breaks only at spaces and after a name's own hyphens.

    Reportlab's own hyphenation drops hyphens ("Marie-Anne" printed "MarieAnne"): a name
    is never altered, so the documents break it themselves."""
    tokens = [(t, True) for t in re.findall(r"[^\s-]+-?|-", last)]
    tokens += [(t, False) for t in re.findall(r"[^\s-]+-?|-", first)]
    lines: list[list[tuple[str, bool]]] = [[]]
    used = 0.0
    for text, bold in tokens:
        line = lines[-1]
        glue = " " if line and not line[-1][0].endswith("-") else ""
        needed = text_width(glue + text, size, bold=bold)
        if line and used + needed > width:
            lines.append([(text, bold)])
            used = text_width(text, size, bold=bold)
        else:
            line.append((glue + text, bold))
            used += needed
    return lines


def name_cell(candidate: Candidate, detail: str) -> Flowable:
    """The name as the office wrote it, broken only between its words or after its hyphens."""
    width = WIDTHS[2] - 6
    last, first = candidate.last_name.strip(), candidate.first_name.strip()
    if NameCell.fits(last, first, detail, width):
        return NameCell(last, first, detail, width)
    what = f"le nom de {candidate.display_name} (n° {candidate.student_id})"
    longest = max(
        (text_width(w, 1, bold=True) for w in re.findall(r"[^\s-]+-?", last + " " + first)),
        default=0,
    )
    size = max(6.0, min(7.3, (width - 1) / longest if longest else 7.3))
    lines = _break_name(last, first, width - 1, size)
    text = "<br/>".join(
        "".join(f"<b>{markup(piece, what)}</b>" if bold else markup(piece, what)
                for piece, bold in line)
        for line in lines
    )  # fmt: skip
    if detail:
        text += f'<br/><font size="{min(NOTE_SIZE, size)}" color="#555555">{markup(detail)}</font>'
    style = styles().cell.clone("name", fontSize=size, leading=size * 1.12)
    return Paragraph(text, style)


def row_height(cells: list[Any]) -> float:
    """The fixed height, or more when a wrapped name needs it (never text over a border)."""
    height = ROW_HEIGHT
    for index in (2, 5, 6):  # the cells that wrap (the others are single words or spanned)
        value = cells[index] if index < len(cells) else None
        if isinstance(value, Paragraph):
            _, needed = value.wrap(WIDTHS[index] - 6, 1000)
            height = max(height, needed + 5)
    return height


def accommodation_text(sitting: Sitting | None, entry: CandidateState | None,
                       candidate: Candidate, *, end_text: str = "") -> str:  # fmt: skip
    parts = []
    accommodation = candidate.accommodations.strip()
    if candidate.extra_time_minutes:
        third = accommodation.lower().replace(" ", "-").startswith("tiers-temps")
        label = "tiers-temps" if third else "temps majoré"
        end = end_text or (hhmm(sitting.own_end(entry)) if sitting and entry else "")
        parts.append(f"{label} +{minutes_text(candidate.extra_time_minutes)}"
                     + (f", fin {end}" if end else ""))  # fmt: skip
        if third:
            accommodation = accommodation[len("tiers-temps") :].strip(" ,;·-")
    if accommodation:
        parts.append(accommodation)
    if candidate.seat:
        parts.append(f"place {candidate.seat}")
    return " · ".join(parts)


def _exits_by_candidate(events: Sequence[Event]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    out: dict[str, Event] = {}
    for event in events:
        student_id = event.candidate or ""
        if event.kind is EventKind.TEMPORARY_EXIT:
            out[student_id] = event
        elif event.kind is EventKind.RETURNED and student_id in out:
            left = out.pop(student_id)
            found[student_id].append(_exit_text(left, hhmm(event.at)))
        elif event.kind is EventKind.EMERGENCY_DEPARTURE:
            # Out already: that exit never came back. From the room: the departure is the exit.
            left = out.pop(student_id) if student_id in out else event
            found[student_id].append(_exit_text(left, "sans retour"))
    for student_id, left in out.items():
        found[student_id].append(_exit_text(left, "—"))
    return found


def _exit_text(left: Event, back: str) -> str:
    escort = left.payload.get("escort", "")
    emergency = left.payload.get("emergency") or left.kind is EventKind.EMERGENCY_DEPARTURE
    urgent = " urgence" if emergency else ""
    return f"{hhmm(left.at)}→{back}{urgent}" + (f" acc. {escort}" if escort else "")


def _small(text: str, *, colour: str = "#111111") -> Paragraph:
    lines = "<br/>".join(markup(line) for line in text.split("\n"))
    return Paragraph(f'<font color="{colour}">{lines}</font>',
                     styles().cell.clone("small_cell", fontSize=6.5, leading=7.6))  # fmt: skip


def _entry_cells(sitting: Sitting, entry: CandidateState, exits: list[str]) -> list[Any]:
    entered = "—"
    if entry.entered_at is not None:
        entered = hhmm(entry.entered_at) + ("\nretard" if entry.late else "")
    signature = sitting.signature_of(entry.signatures.get("entry"))
    hand_in: Any = ""
    if entry.status is Status.HANDED_IN:
        hand_in = hhmm(entry.handed_in_at) + f"\n{entry.sheets} interc."
        if entry.blank:
            hand_in += "\nblanche"
        elif entry.left_early:
            hand_in += "\nsortie déf."
    elif entry.status is Status.NOT_HANDED_IN:
        hand_in = _small("refus de rendre la copie", colour="#B00020")
    elif entry.status is Status.PRESENT:
        hand_in = "en salle"
    elif entry.status is Status.OUT:
        hand_in = "sorti(e)"
    elif entry.status is Status.EMERGENCY_PAPER:
        hand_in = _small(
            f"{hhmm(entry.handed_in_at)} urgence\ncopie remise\n{entry.sheets} interc."
        )
    elif entry.status is Status.EMERGENCY_NO_PAPER:
        hand_in = _small(f"{hhmm(entry.handed_in_at)} urgence\ncopie non remise", colour="#B00020")
    hand_signature = sitting.signature_of(entry.signatures.get("hand_in"))
    exit_cell: Any = _small("\n".join(exits)) if exits else ""
    return [
        entered,
        SignatureFlowable(signature, WIDTHS[4] - 6, SIGNATURE_HEIGHT),
        exit_cell,
        hand_in,
        SignatureFlowable(hand_signature, WIDTHS[7] - 6, SIGNATURE_HEIGHT),
    ]


def _not_entered_text(sitting: Sitting, entry: CandidateState) -> str:
    if entry.status is Status.REFUSED and entry.refused_attempts:
        last = entry.refused_attempts[-1]
        return (f"entrée refusée {hhmm(last.at)} — "
                f"{reason_text(last.payload.get('reason', ''))}")  # fmt: skip
    if entry.status is Status.REFUSED:
        return "entrée refusée"
    closed = sitting.state.sealed or sitting.state.started_at is not None
    return "absent(e)" if closed else "attendu(e)"


def sheet_table(
    rows: list[list[Any]], spans: list[tuple[int, str]], heights: list[float] | None = None
) -> Table:
    """The sheet's grid: fixed row heights, the header repeated on every page.

    `spans` are the data rows (1-based, after the header) whose five last columns say in
    words why there is nothing to sign (absent, entry refused)."""
    st = styles()
    header = [Paragraph(h, st.head_cell) for h in HEADERS]
    table = Table([header, *rows], colWidths=WIDTHS, repeatRows=1,
                  rowHeights=[20] + (heights or [row_height(r) for r in rows]))  # fmt: skip
    rules = grid_style(zebra=True)
    rules += [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("FONTSIZE", (1, 1), (1, -1), 7),
        ("FONTSIZE", (3, 1), (3, -1), 7),
        ("FONTSIZE", (6, 1), (6, -1), 6.8),
        ("LEADING", (3, 1), (6, -1), 7.8),
        ("LEFTPADDING", (4, 1), (4, -1), 3),
        ("LEFTPADDING", (7, 1), (7, -1), 3),
        ("LINEAFTER", (1, 0), (1, -1), 0.9, HexColor("#333333")),
    ]
    for row, kind in spans:
        rules += [("SPAN", (3, row), (7, row)), ("TEXTCOLOR", (3, row), (7, row),
                  RED if kind == "refused" else GREY)]  # fmt: skip
    table.setStyle(TableStyle(rules))
    return table


def attendance_rows(
    sitting: Sitting, entries: list[CandidateState], prefix: str = ""
) -> tuple[list[list[Any]], list[tuple[int, str]], dict[str, str]]:
    exits = _exits_by_candidate(sitting.events)
    rows: list[list[Any]] = []
    spans: list[tuple[int, str]] = []
    names: dict[str, str] = {}
    for index, entry in enumerate(entries, start=1):
        candidate = entry.candidate
        number = f"{prefix}{index}"
        names[number] = candidate.last_name.strip().upper() or candidate.student_id
        detail = accommodation_text(sitting, entry, candidate)
        if entry.added_by_hand and entry.added_reason:
            detail = " · ".join(x for x in (f"motif : {entry.added_reason}", detail) if x)
        check_drawable(detail, f"les indications de {candidate.display_name}")
        row: list[Any] = [number, candidate.student_id, name_cell(candidate, detail)]
        if entry.has_entered or entry.handed_in_at is not None:
            row += _entry_cells(sitting, entry, exits.get(entry.student_id, []))
        else:
            text = _not_entered_text(sitting, entry)
            row += [_small(text, colour="#B00020" if entry.status is Status.REFUSED else "#555555"),
                    "", "", "", ""]  # fmt: skip
            spans.append((index, "refused" if entry.status is Status.REFUSED else "absent"))
        rows.append(row)
    return rows, spans, names


def _totals(sitting: Sitting) -> Table:
    s = sitting.summary
    st = styles()
    cells = [
        ("Inscrits", s["enrolled"]), ("Présents", s["present"]), ("Absents", s["absent"]),
        ("Ajouts manuscrits", s["added_by_hand"]), ("Retards admis", s["late_admitted"]),
        ("Entrées refusées", s["late_refused"]), ("Copies recueillies", s["handed_in"]),
        ("Copies blanches", s["blank_papers"]), ("Intercalaires", s["sheets"]),
        ("Refus de rendre", s["not_handed_in"]),
    ]  # fmt: skip
    labels = [Paragraph(label, st.label) for label, _ in cells]
    values = [Paragraph(str(value), st.count) for _, value in cells]
    half = len(cells) // 2
    table = Table([labels[:half], values[:half], labels[half:], values[half:]],
                  colWidths=[CONTENT_WIDTH / half] * half)  # fmt: skip
    table.setStyle(TableStyle(grid_style(header_rows=0) + [("ALIGN", (0, 0), (-1, -1), "RIGHT")]))
    return table


def sheet_story(sitting: Sitting, part_names: dict[str, str]) -> list[Flowable]:
    """The attendance sheet's flowables; fills `part_names` (row number → last name) for the
    page header's name range."""
    st = styles()
    state = sitting.state
    story: list[Flowable] = [
        rich("Feuille d'émargement", st.title),
        rich(
            "Signée par chaque candidat à l'entrée après justification de son identité (4.1) "
            "et à la remise de sa copie (4.3.2, 4.8) — heures locales",
            st.subtitle,
        ),  # fmt: skip
    ]
    rows, spans, names = attendance_rows(sitting, sitting.listed())
    part_names.update(names)
    story.append(sheet_table(rows, spans))
    added = sitting.added()
    if added:
        rows, spans, names = attendance_rows(sitting, added, prefix="A")
        part_names.update(names)
        story += [Spacer(1, 8), section_bar("Ajouts manuscrits — à vérifier par l'administration (4.2)"),
                  Spacer(1, 2),
                  note("Candidats absents de la liste, ajoutés en salle : être présent et avoir "
                       "composé n'engage pas l'administration à valider l'examen."),
                  Spacer(1, 3), sheet_table(rows, spans)]  # fmt: skip
    invigilators = ", ".join(
        f"{n} (responsable)" if n == state.lead_invigilator else n for n in state.invigilators
    )
    story.append(KeepTogether([
        Spacer(1, 8), section_bar("Totaux"), Spacer(1, 3), _totals(sitting), Spacer(1, 4),
        Paragraph(f"<b>Surveillants :</b> {markup(invigilators or '—')}", st.body),
        Paragraph("<b>Remarques :</b> voir le procès-verbal de déroulement de l'épreuve "
                  "(observations, incidents, objets saisis).", st.body),
    ]))  # fmt: skip
    return story
