"""The attendance sheet (feuille d'émargement, 4.1, 4.3.2, 4.8): every candidate of the list in
list order with the entry and hand-in signatures, hand additions in their own section.

The rows are drawn straight on the canvas (`sheet_grid`): laying out 500 candidates costs
little more than a bare table (benchmarks/bench_pdf.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from invigilator.documents.common import note
from invigilator.documents.fonts import check_drawable, markup
from invigilator.documents.pv import reason_text
from invigilator.documents.sheet_grid import HEADERS as HEADERS  # the benchmark's baseline
from invigilator.documents.sheet_grid import (
    PAD,
    SIGNATURE_HEIGHT,
    SPANNED,
    WIDTHS,
    Block,
    SheetGrid,
    SheetRow,
    name_block,
    text_block,
)
from invigilator.documents.sheet_grid import ROW_HEIGHT as ROW_HEIGHT
from invigilator.documents.signature import record_operators
from invigilator.documents.source import Sitting
from invigilator.documents.styles import (
    CONTENT_WIDTH,
    GREY,
    INK,
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
# Absent, entry refused: one text across the five columns left to sign.
SPAN_WIDTH = sum(WIDTHS[SPANNED:]) - 2 * PAD


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


def _cell(text: str, column: int, *, size: float = 6.5, leading: float = 7.6,
          colour: Color = INK) -> Block:  # fmt: skip
    return text_block(text, WIDTHS[column] - 2 * PAD, size, leading, colour=colour)


def _entry_cells(sitting: Sitting, entry: CandidateState, exits: list[str]) -> dict[str, Any]:
    entered = "—"
    if entry.entered_at is not None:
        entered = hhmm(entry.entered_at) + ("\nretard" if entry.late else "")
    hand_in, colour, size = "", INK, 6.8
    if entry.status is Status.HANDED_IN:
        hand_in = hhmm(entry.handed_in_at) + f"\n{entry.sheets} interc."
        if entry.blank:
            hand_in += "\nblanche"
        elif entry.left_early:
            hand_in += "\nsortie déf."
    elif entry.status is Status.NOT_HANDED_IN:
        hand_in, colour, size = "refus de rendre la copie", RED, 6.5
    elif entry.status is Status.PRESENT:
        hand_in = "en salle"
    elif entry.status is Status.OUT:
        hand_in = "sorti(e)"
    elif entry.status is Status.EMERGENCY_PAPER:
        hand_in = f"{hhmm(entry.handed_in_at)} urgence\ncopie remise\n{entry.sheets} interc."
        size = 6.5
    elif entry.status is Status.EMERGENCY_NO_PAPER:
        hand_in, colour = f"{hhmm(entry.handed_in_at)} urgence\ncopie non remise", RED
        size = 6.5
    signature = sitting.signature_record(entry.signatures.get("entry"))
    hand_signature = sitting.signature_record(entry.signatures.get("hand_in"))
    return {
        "entry": _cell(entered, 3, size=7.0, leading=7.8),
        "entry_signature": record_operators(signature, WIDTHS[4] - 2 * PAD, SIGNATURE_HEIGHT),
        "exits": _cell("\n".join(exits), 5),
        "hand_in": _cell(
            hand_in, 6, size=size, leading=7.8 if size > 6.5 else 7.6, colour=colour
        ),  # fmt: skip
        "hand_in_signature": record_operators(
            hand_signature, WIDTHS[7] - 2 * PAD, SIGNATURE_HEIGHT
        ),
    }


def _not_entered_text(sitting: Sitting, entry: CandidateState) -> str:
    if entry.status is Status.REFUSED and entry.refused_attempts:
        last = entry.refused_attempts[-1]
        return (f"entrée refusée {hhmm(last.at)} — "
                f"{reason_text(last.payload.get('reason', ''))}")  # fmt: skip
    if entry.status is Status.REFUSED:
        return "entrée refusée"
    closed = sitting.state.sealed or sitting.state.started_at is not None
    return "absent(e)" if closed else "attendu(e)"


def attendance_rows(
    sitting: Sitting, entries: list[CandidateState], prefix: str = ""
) -> tuple[list[SheetRow], dict[str, str]]:
    exits = _exits_by_candidate(sitting.events)
    rows: list[SheetRow] = []
    names: dict[str, str] = {}
    for index, entry in enumerate(entries, start=1):
        candidate = entry.candidate
        number = f"{prefix}{index}"
        names[number] = candidate.last_name.strip().upper() or candidate.student_id
        detail = accommodation_text(sitting, entry, candidate)
        if entry.added_by_hand and entry.added_reason:
            detail = " · ".join(x for x in (f"motif : {entry.added_reason}", detail) if x)
        check_drawable(detail, f"les indications de {candidate.display_name}")
        what = f"le nom de {candidate.display_name} (n° {candidate.student_id})"
        name = name_block(candidate.last_name, candidate.first_name, detail, what)
        if entry.has_entered or entry.handed_in_at is not None:
            cells = _entry_cells(sitting, entry, exits.get(entry.student_id, []))
            rows.append(SheetRow(index, number, candidate.student_id, name, **cells))
        else:
            refused = entry.status is Status.REFUSED
            spanned = text_block(_not_entered_text(sitting, entry), SPAN_WIDTH,
                                 colour=RED if refused else GREY)  # fmt: skip
            rows.append(SheetRow(index, number, candidate.student_id, name, spanned=spanned))
    return rows, names


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
    rows, names = attendance_rows(sitting, sitting.listed())
    part_names.update(names)
    story.append(SheetGrid(rows))
    added = sitting.added()
    if added:
        rows, names = attendance_rows(sitting, added, prefix="A")
        part_names.update(names)
        story += [Spacer(1, 8), section_bar("Ajouts manuscrits — à vérifier par l'administration (4.2)"),
                  Spacer(1, 2),
                  note("Candidats absents de la liste, ajoutés en salle : être présent et avoir "
                       "composé n'engage pas l'administration à valider l'examen."),
                  Spacer(1, 3), SheetGrid(rows)]  # fmt: skip
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
