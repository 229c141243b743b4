"""The procès-verbal's sections for what issue #9 added to the record: an exam not held, the
exam and its start changed after the start (with the decisions they changed), emergency
departures, instructions read late, the computer's clock, the second medium, and what was
written after the signatures ("ajouts postérieurs à la signature"); and the QR code of the
last page.

Each kind has its own place, so that nothing the PV can name ends in "Autres mentions".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from invigilator.documents.common import note
from invigilator.documents.fonts import markup, markup_lines
from invigilator.documents.source import Sitting
from invigilator.documents.styles import (
    CONTENT_WIDTH,
    RED,
    day,
    grid_style,
    hhmm,
    minutes_text,
    para,
    styles,
)
from invigilator.record.events import Event, EventKind, parse_time

NOT_HELD = "ÉPREUVE NON TENUE"
ADDENDA_TITLE = "Ajouts postérieurs à la signature"
# The exam facts an amendment may change, as the PV names them.
_FACTS = {
    "ue_code": "code de l'UE", "title": "intitulé", "centre": "centre",
    "session_number": "session", "exam_date": "date", "start_time": "début prévu",
    "duration_minutes": "durée", "room": "salle", "authorised_materials": "documents autorisés",
    "teacher": "enseignant responsable", "teacher_in_room": "enseignant présent",
    "teacher_phone": "téléphone de l'enseignant",
}  # fmt: skip
# Handled here; pv.py keeps its own list of what it prints elsewhere.
KINDS = {
    EventKind.EXAM_AMENDED, EventKind.CLOCK_JUMPED, EventKind.EMERGENCY_DEPARTURE,
    EventKind.ADDENDUM, EventKind.MIRROR_SET,
}  # fmt: skip


def _table(headers: list[str], widths: list[float], rows: list[list[Any]]) -> Table:
    # A row taller than a page (a very long text) is split across pages rather than
    # failing the whole export.
    table = Table([headers, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(grid_style(zebra=True) + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _p(text: str) -> Paragraph:
    return Paragraph(markup_lines(text), styles().cell)


def _time(text: Any) -> datetime | None:
    try:
        return parse_time(str(text))
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int:
    """A number as the file holds it; 0 for anything else (the PV prints, never stops)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _stamp(moment: datetime | None) -> str:
    return f"{day(moment)} {hhmm(moment)}" if moment is not None else "—"


def _name(sitting: Sitting, student_id: str | None) -> str:
    candidate = sitting.name_of(student_id or "")
    name = candidate.display_name if candidate else "candidat inconnu"
    return f"{name} (n° {student_id})"


# -- an exam not held ----------------------------------------------------------------------


def not_held_banner(sitting: Sitting) -> list[Flowable]:
    """A room sealed as not held says so before anything else, with the reason."""
    reason = sitting.state.not_held
    if not reason:
        return []
    st = styles()
    big = st.title.clone("not_held", textColor=RED, fontSize=16, leading=20)
    sealed = sitting.state.sealed_at
    text = [
        Paragraph(NOT_HELD, big),
        Paragraph(markup(f"Motif : {reason}"), st.body.clone("nh_reason", fontSize=11, leading=14)),
        Spacer(1, 2),
        para(
            f"La session a été scellée le {day(sealed)} à {hhmm(sealed)} sans que l'épreuve ait "
            "commencé : aucun candidat n'a composé dans cette salle. Les effectifs ci-dessous "
            "sont ceux de la liste et des émargements enregistrés avant la décision."
        ),
    ]
    box = Table([[text]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.0, RED),
        ("BACKGROUND", (0, 0), (-1, -1), "#FBEAEA"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    return [Spacer(1, 4), box]


# -- the instructions ----------------------------------------------------------------------


def instructions_text(sitting: Sitting) -> str:
    state = sitting.state
    if state.instructions_read_at is None:
        return "lecture non enregistrée"
    text = f"{hhmm(state.instructions_read_at)} par {state.lead_invigilator or 'le responsable'}"
    if state.instructions_after_start:
        late = [e for e in sitting.events if e.kind is EventKind.INSTRUCTIONS_READ]
        elapsed = _int(late[-1].payload.get("elapsed_s")) if late else 0
        text += (
            f" — APRÈS LE DÉBUT DE L'ÉPREUVE ({minutes_text(elapsed // 60)} après le début) : "
            "les candidats ont composé sans les avoir entendues"
        )
    return text


# -- the exam and its start changed after the start ----------------------------------------


def _fact(key: str, value: Any) -> str:
    if key == "duration_minutes" and isinstance(value, int):
        return minutes_text(value)
    if key == "teacher_in_room":
        return "oui" if value else "non"
    if key == "start_time" and isinstance(value, str):
        return value[:5]
    return str(value) if value not in ("", None) else "—"


def _amendment(event: Event) -> tuple[str, str]:
    before, after = (event.payload.get(key) for key in ("previous", "exam"))
    before = before if isinstance(before, dict) else {}
    after = after if isinstance(after, dict) else {}
    changed = [
        f"{label} : {_fact(key, before.get(key))} → {_fact(key, after.get(key))}"
        for key, label in _FACTS.items()
        if before.get(key) != after.get(key)
    ]
    what = "Épreuve modifiée après le début\n" + ("\n".join(changed) or "aucun fait changé")
    if "duration_minutes" in {k for k in _FACTS if before.get(k) != after.get(k)}:
        decisions = "la fin de l'épreuve et les fins des temps majorés suivent la nouvelle durée"
    else:
        decisions = "—"
    return what, decisions


def _start_correction(event: Event) -> tuple[str, str]:
    p = event.payload
    what = f"Heure de début corrigée : {hhmm(_time(p.get('previous')))} → {hhmm(_time(p.get('start')))}"
    listed = p.get("changed_decisions", [])
    decisions = [str(d) for d in listed] if isinstance(listed, list) else [str(listed)]
    if not decisions:
        return what, "aucune décision enregistrée contredite"
    # The decisions recorded at the door are facts and stay; the new start contradicts them.
    lines = "\n".join(f"• {d}" for d in decisions)
    return what, f"Décisions enregistrées, maintenues, que ce début contredit :\n{lines}"


def changes(sitting: Sitting) -> list[Flowable]:
    """Exam amendments and start corrections, each with its reason and what it changed."""
    rows = []
    for event in sitting.events:
        if event.kind is EventKind.EXAM_AMENDED:
            what, decisions = _amendment(event)
            reason = str(event.payload.get("reason", ""))
        elif event.kind is EventKind.START_CORRECTED:
            what, decisions = _start_correction(event)
            reason = str(event.payload.get("note", ""))
        else:
            continue
        rows.append([hhmm(event.at), _p(event.invigilator or "—"), _p(what), _p(reason),
                     _p(decisions)])  # fmt: skip
    if not rows:
        return []
    w = CONTENT_WIDTH
    return [
        _table(["Heure", "Par", "Modification", "Motif", "Décisions changées"],
               [w * 0.07, w * 0.14, w * 0.3, w * 0.19, w * 0.3], rows),
        Spacer(1, 2),
        note("Les heures de ce procès-verbal tiennent compte de ces modifications ; les "
             "décisions déjà prises qu'elles changent ont été acceptées par le surveillant."),
    ]  # fmt: skip


# -- emergency departures ------------------------------------------------------------------


def emergencies(sitting: Sitting) -> list[Flowable]:
    """Every emergency exit, temporary or final, with its escort and what became of the paper."""
    rows = []
    for event in sitting.events:
        p = event.payload
        if event.kind is EventKind.EMERGENCY_DEPARTURE:
            kind = "départ d'urgence sans retour"
            if p.get("from_temporary_exit"):
                kind += " (après une sortie temporaire)"
            paper = (
                f"copie remise ({_int(p.get('sheets'))} interc.)"
                if p.get("paper_handed_in") else "copie NON remise"
            )  # fmt: skip
        elif event.kind is EventKind.TEMPORARY_EXIT and p.get("emergency"):
            kind, paper = "sortie temporaire d'urgence", "—"
        elif event.kind in (EventKind.DEFINITIVE_EXIT, EventKind.HANDED_IN) and p.get("emergency"):
            kind = "sortie définitive d'urgence"
            paper = f"copie remise ({_int(p.get('sheets'))} interc.)"
        else:
            continue
        escort = str(p.get("escort", "") or "")
        if escort:
            escort += " (personne extérieure à la salle)" if p.get("escort_outside") else ""
        rows.append([hhmm(event.at), _p(_name(sitting, event.candidate)), _p(kind),
                     _p(escort or "non accompagné(e)"), _p(paper),
                     _p(str(p.get("note", "")))])  # fmt: skip
    if not rows:
        return [para("Aucune sortie d'urgence.")]
    w = CONTENT_WIDTH
    return [_table(["Heure", "Candidat", "Sortie", "Accompagné(e) par", "Copie", "Motif"],
                   [w * 0.07, w * 0.22, w * 0.17, w * 0.17, w * 0.13, w * 0.24], rows)]  # fmt: skip


# -- the record itself: the clock, the second medium ---------------------------------------


def record_keeping(sitting: Sitting) -> list[Flowable]:
    rows = []
    for event in sitting.events:
        p = event.payload
        if event.kind is EventKind.CLOCK_JUMPED:
            wall, session = _time(p.get("wall")), _time(p.get("session"))
            offset = _int(p.get("offset_s"))
            direction = "en avance" if offset > 0 else "en retard"
            gap = (
                f"l'ordinateur {direction} de {minutes_text(abs(offset) // 60)}, {abs(offset)} s"
                if offset else "l'ordinateur de nouveau à l'heure de la session"
            )  # fmt: skip
            rows.append([hhmm(event.at), _p("horloge de l'ordinateur modifiée"), _p(
                f"heure de l'ordinateur {_stamp(wall)}, heure de la session {_stamp(session)} "
                f"({gap}) : la session a gardé son heure"
            )])  # fmt: skip
        elif event.kind is EventKind.MIRROR_SET:
            folder = str(p.get("folder", "") or "")
            text = (f"copie continue de la session sur un second support : {folder}"
                    if folder else "copie sur un second support arrêtée")  # fmt: skip
            rows.append([hhmm(event.at), _p("second support"), _p(text)])
    if not rows:
        return []
    w = CONTENT_WIDTH
    return [_table(["Heure", "Mention", "Détail"], [w * 0.08, w * 0.25, w * 0.67], rows),
            Spacer(1, 2),
            note("Les heures de ce procès-verbal sont celles de la session, qui ne reculent "
                 "jamais : une horloge d'ordinateur modifiée ne change aucune décision.")]  # fmt: skip


# -- after the signatures ------------------------------------------------------------------


def addenda(sitting: Sitting) -> list[Flowable]:
    events = sitting.state.addenda
    if not events:
        return []
    rows = [[_stamp(e.at), _p(e.invigilator or "—"), _p(str(e.payload.get("text", "")))]
            for e in events]  # fmt: skip
    w = CONTENT_WIDTH
    return [
        note("Écrits après la signature du procès-verbal : les signatures ci-dessus ne les "
             "couvrent pas ; l'empreinte finale du journal, ci-dessous, les couvre."),
        Spacer(1, 3),
        _table(["Date et heure", "Écrit par", "Texte"], [w * 0.14, w * 0.2, w * 0.66], rows),
    ]  # fmt: skip


# -- the QR code of the last page (the text of `invigilator.pv_code`), as vector squares --
class QrFlowable(Flowable):
    """A QR code drawn as one filled path of its dark modules, with a quiet zone.

    Drawn straight on the canvas (reportlab's widget sets Helvetica, a font not embedded)."""

    QUIET = 4  # modules of white border that scanners need
    # Any of the eight masks makes a valid code that every reader decodes: scoring all eight
    # for the "best" one (reportlab's make()) took 5 % of a 500-candidate export (#10).
    # The checkerboard keeps light and dark balanced; tests scan the printed page.
    MASK = 0

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(text)
        code.version = code.calculate_version()
        code.makeImpl(False, self.MASK)
        self.modules = [[bool(m) for m in row] for row in code.modules]
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        box = self.width / (count + 2 * self.QUIET)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + self.QUIET + 1) * box
            c = 0
            while c < count:
                if row[c]:
                    start = c
                    while c < count and row[c]:
                        c += 1
                    path.rect((start + self.QUIET) * box, y, (c - start) * box, box)
                else:
                    c += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
