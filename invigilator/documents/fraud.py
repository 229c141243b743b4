"""One procès-verbal de fraude ou tentative de fraude per fraud incident (4.6.2).

Signed by the invigilators, countersigned by the candidate under the regulation's caveat, or
stating that the candidate refused to countersign, and when. It carries the event's sequence
number and hash so that the legal service can find it in the file.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from invigilator.documents.common import exam_name, facts_grid, note, session_label
from invigilator.documents.fonts import markup
from invigilator.documents.signature import SignatureFlowable
from invigilator.documents.source import Sitting, readable_signature
from invigilator.documents.styles import (
    CONTENT_WIDTH,
    RED,
    day,
    grid_style,
    hhmm,
    para,
    rich,
    section_bar,
    styles,
)
from invigilator.model import Signature
from invigilator.record.events import Event
from invigilator.room.commands import CUSTODY_MODES, FRAUD_NATURES
from invigilator.room.state import Status

TITLE = "PROCÈS-VERBAL DE FRAUDE OU DE TENTATIVE DE FRAUDE"
CAVEAT = (
    "La signature du candidat ne vaut pas reconnaissance des faits ; "
    "elle atteste qu'il en a pris connaissance."
)
NATURES = FRAUD_NATURES


def _kept(flowable: Flowable) -> Flowable:
    flowable.keepWithNext = True
    return flowable


def _section(story: list[Flowable], title: str) -> None:
    story += [Spacer(1, 7), section_bar(title), _kept(Spacer(1, 3))]


def _signature(record: Any) -> Signature | None:
    return readable_signature(record)


def _box(ticked: bool, label: str) -> str:
    """A tick box and its label, never split across lines (no-break spaces)."""
    return f"{'☒' if ticked else '☐'} {label}".replace(" ", "\u00a0")


def _nature(payload: dict[str, Any]) -> Flowable:
    chosen = str(payload.get("nature", "") or "")
    boxes = "   ".join(_box(key == chosen, label) for key, label in NATURES.items())
    text = markup(boxes)
    if not chosen:
        text += "<br/>" + markup(
            "Nature non précisée lors de l'enregistrement : voir les faits ci-dessus."
        )
    elif chosen not in NATURES:
        text = markup(f"☒ {chosen}")
    return Paragraph(text, styles().body)


def _custody(payload: dict[str, Any]) -> Flowable:
    """How the seized items are kept, as ticked boxes; an older record's free text as is."""
    kept = payload.get("custody", [])
    if not isinstance(kept, list):  # never written so, but a file is printed as it is
        return Paragraph(markup(str(kept or "—")), styles().body)
    chosen = {str(mode) for mode in kept}
    boxes = "   ".join(_box(key in chosen, label) for key, label in CUSTODY_MODES.items())
    text = markup(boxes)
    strange = sorted(chosen - set(CUSTODY_MODES))
    if strange:
        text += "<br/>" + markup("☒ " + ", ".join(strange))
    if not chosen:
        text += "<br/>" + markup("Conservation non précisée lors de l'enregistrement.")
    return Paragraph(text, styles().body)


def _measures(sitting: Sitting, ids: list[str], event: Event) -> list[Flowable]:
    lines = []
    for student_id in ids:
        entry = sitting.state.candidates.get(student_id)
        if entry is None:
            continue
        name = entry.candidate.display_name
        if entry.status is Status.HANDED_IN and entry.handed_in_at is not None:
            lines.append(f"{name} a poursuivi l'épreuve et remis sa copie à "
                         f"{hhmm(entry.handed_in_at)}.")  # fmt: skip
        elif entry.status is Status.NOT_HANDED_IN:
            lines.append(f"{name} a poursuivi l'épreuve et a refusé de rendre sa copie.")
        else:
            lines.append(f"{name} a poursuivi l'épreuve ({entry.status.label} à la clôture "
                         "du journal).")  # fmt: skip
    measures = str(event.payload.get("measures", "") or "")
    if measures:
        lines.append(f"Autre mesure prise : {measures}")
    out: list[Flowable] = [para(line) for line in lines]
    out.append(
        note(
            "4.6.2 : la fraude est stoppée sans interrompre la participation du candidat à "
            "l'examen ; aucune mention n'est portée sur sa copie ; les documents ou matériels "
            "permettant d'établir la réalité des faits sont saisis ; la fraude est portée à la "
            "connaissance du responsable de l'organisation des examens."
        )
    )
    return out


def fraud_story(sitting: Sitting, event: Event, number: int) -> list[Flowable]:
    st = styles()
    state = sitting.state
    exam = state.exam
    payload = event.payload
    ids = [str(i) for i in payload.get("candidates", [])]
    story: list[Flowable] = [
        rich("Procès-verbal de fraude ou de tentative de fraude", st.title),
        rich(
            f"Règlement national du contrôle des connaissances du Cnam, article 4.6.2 — pièce "
            f"F{number} jointe au procès-verbal de déroulement de l'épreuve",
            st.subtitle,
        ),  # fmt: skip
    ]
    _section(story, "L'épreuve")
    story.append(facts_grid([
        ("Établissement", (exam.centre if exam else "") or "—"),
        ("Unité d'enseignement", exam_name(exam) if exam else "—"),
        ("Date", exam.exam_date.strftime("%d/%m/%Y") if exam and exam.exam_date else day(event.at)),
        ("Session", session_label(exam) if exam else "—"),
        ("Salle", (exam.room if exam else "") or "—"),
        ("Surveillant responsable", state.lead_invigilator or "—"),
    ]))  # fmt: skip
    _section(story, "Candidat(s) mis en cause")
    rows: list[list[Any]] = [["Nom, prénom", "N° d'auditeur", "Place"]]
    for student_id in ids:
        candidate = sitting.name_of(student_id)
        name = candidate.display_name if candidate else "(candidat inconnu de la liste)"
        what = f"le nom du candidat n° {student_id}"
        rows.append([Paragraph(markup(name, what), st.cell_bold), student_id,
                     Paragraph(markup((candidate.seat if candidate else "") or "—"), st.cell)])  # fmt: skip
    w = CONTENT_WIDTH
    table = Table(rows, colWidths=[w * 0.6, w * 0.2, w * 0.2])
    table.setStyle(TableStyle(grid_style()))
    story.append(table)
    _section(story, "Les faits")
    seats = [c.seat for c in (sitting.name_of(i) for i in ids) if c and c.seat]
    place = f"salle {exam.room if exam else '—'}" + (f", place {', '.join(seats)}" if seats else "")
    story.append(facts_grid([
        ("Date et heure", f"{day(event.at)} à {hhmm(event.at)} (heure d'enregistrement)"),
        ("Lieu", place),
        ("Faits constatés", Paragraph(markup(payload.get("description", "")), st.body)),
        ("Nature", _nature(payload)),
        ("Consigné par", event.invigilator or "—"),
    ], columns=1))  # fmt: skip
    _section(story, "Documents ou matériels saisis")
    seized = str(payload.get("seized", "") or "")
    seized_by = str(payload.get("seized_by", "") or "")
    story.append(facts_grid([
        ("Objets saisis", seized or "aucun objet saisi"),
        ("Conservation", _custody(payload) if seized else "—"),
        ("Saisis par", seized_by or (f"non précisé (rapport consigné par {event.invigilator})"
                                     if seized and event.invigilator else "—")),
    ], columns=1))  # fmt: skip
    _section(story, "Mesures prises")
    story += _measures(sitting, ids, event)

    signatures = payload.get("invigilator_signatures", {}) or {}
    rows = [["Surveillant(s) ayant constaté les faits", "Signature"]]
    for name, record in signatures.items():
        rows.append([Paragraph(markup(name), st.cell_bold),
                     SignatureFlowable(_signature(record), w * 0.45, 34)])  # fmt: skip
    if not signatures:
        rows.append([Paragraph(markup("aucune signature de surveillant"), st.cell), ""])
    invigilators = Table(rows, colWidths=[w * 0.53, w * 0.47])
    invigilators.setStyle(TableStyle(grid_style()))
    signed = [Spacer(1, 7), section_bar("Signatures des surveillants"), Spacer(1, 3), invigilators]

    countersigned = payload.get("candidate_signatures", {}) or {}
    refused = set(payload.get("refused_to_countersign", []) or [])
    rows = [["Candidat", "Contreseing"]]
    refused_style = st.body.clone("refused", textColor=RED, fontName="DejaVuSans-Bold")
    for student_id in ids:
        candidate = sitting.name_of(student_id)
        name = candidate.display_name if candidate else student_id
        if student_id in refused:
            shown: Any = Paragraph(markup(
                f"{name} a refusé de contresigner ce procès-verbal "
                f"({day(event.at)} à {hhmm(event.at)})."), refused_style)  # fmt: skip
        elif student_id in countersigned:
            shown = SignatureFlowable(_signature(countersigned[student_id]), w * 0.45, 34)
        else:
            shown = Paragraph(markup("ni contreseing ni refus enregistré"), st.cell)
        rows.append([Paragraph(markup(name), st.cell_bold), shown])
    candidates = Table(rows, colWidths=[w * 0.53, w * 0.47])
    candidates.setStyle(TableStyle(grid_style()))
    # The invigilators' signatures and the candidates' countersignature on one page: a page
    # holding the countersignature alone read as a page signed by nobody else.
    story.append(KeepTogether(signed + [
        Spacer(1, 7), section_bar("Contreseing du ou des candidats"), Spacer(1, 3),
        Paragraph(f"<i>{CAVEAT}</i>", st.body), Spacer(1, 3), candidates,
        Spacer(1, 8),
        note(f"Enregistré au journal de la salle : événement n° {event.seq}, le {day(event.at)} "
             f"à {hhmm(event.at)}, empreinte SHA-256 de l'événement :"),
        Paragraph(event.hash, st.mono),
    ]))  # fmt: skip
    return story
