"""The procès-verbal de déroulement de l'épreuve (regulation 4.5, 4.2, 4.6.1).

Counts come from `summarise` (the same figures as `invigilator summary --json`); the last page
carries the invigilators' signatures, the log's final hash printed whole and a QR code of
`pv_code`, so the exam office can match the paper with the file.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from invigilator.documents import pv_record
from invigilator.documents.common import (
    category_label,
    exam_name,
    facts_grid,
    note,
    session_label,
)
from invigilator.documents.fonts import markup, markup_lines
from invigilator.documents.pv_record import QrFlowable
from invigilator.documents.signature import SignatureFlowable
from invigilator.documents.source import Sitting, Standing, readable_signature
from invigilator.documents.styles import (
    CONTENT_WIDTH,
    LIGHT,
    RED,
    SHADE,
    cell,
    day,
    grid_style,
    hhmm,
    minutes_text,
    para,
    rich,
    section_bar,
    styles,
)
from invigilator.pv_code import format_pv_code
from invigilator.record.events import Event, EventKind
from invigilator.room.commands import CUSTODY_MODES, FRAUD_NATURES, ID_NONE, without_id
from invigilator.room.state import Status
from invigilator.rules import Reason

TITLE = "PROCÈS-VERBAL DE DÉROULEMENT DE L'ÉPREUVE"


def reason_text(code: str) -> str:
    try:
        return Reason(code).text
    except ValueError:
        return code


def pv_code(sitting: Sitting) -> str:
    exam = sitting.state.exam
    summary = sitting.summary
    return format_pv_code({
        "exam": exam.ue_code if exam else "",
        "room": exam.room if exam else "",
        "date": exam.exam_date.isoformat() if exam and exam.exam_date else "",
        "enrolled": summary["enrolled"],
        "present": summary["present"],
        "absent": summary["absent"],
        "papers": summary["handed_in"],
        "hash": summary["final_hash"],
    })  # fmt: skip


def _kept(flowable: Flowable) -> Flowable:
    flowable.keepWithNext = True
    return flowable


def _section(story: list[Flowable], title: str) -> None:
    story.append(Spacer(1, 7))
    story.append(section_bar(title))
    story.append(_kept(Spacer(1, 3)))


def _exam_facts(sitting: Sitting) -> list[Flowable]:
    state = sitting.state
    exam = state.exam
    st = styles()
    if exam is None:
        return [para("L'épreuve n'a pas été renseignée dans la session.", st.body)]
    planned = exam.start_time.strftime("%H:%M") if exam.start_time else "non renseigné"
    started = hhmm(state.started_at) if state.started_at else "l'épreuve n'a pas commencé"
    if state.not_held:
        started = f"ÉPREUVE NON TENUE — {state.not_held}"
    if any(e.kind is EventKind.START_CORRECTED for e in sitting.events):
        started += " (heure corrigée : voir « Modifications après le début »)"
    end = sitting.moment(state.duration) if state.started_at else None
    extra = sitting.extra_time_ends()
    extra_text = (
        "; ".join(f"+{minutes_text(minutes)} : {hhmm(moment)}" for minutes, moment in extra)
        or "aucun candidat ne bénéficie d'un temps majoré"
    )
    if exam.teacher_in_room:
        teacher_presence = "présent(e) dans la salle pendant la première heure"
    elif exam.teacher_phone:
        teacher_presence = f"joignable pendant la première heure au {exam.teacher_phone}"
    else:
        teacher_presence = "ni présence ni numéro où le joindre n'ont été indiqués"
    teacher = f"{exam.teacher or 'non renseigné'} — {teacher_presence}"
    invigilators = (
        ", ".join(
            f"{name} (responsable de salle)" if name == state.lead_invigilator else name
            for name in state.invigilators
        )
        or "non renseignés"
    )
    instructions = pv_record.instructions_text(sitting)
    listing = state.list_import or {}
    list_text = (
        f"{listing.get('source_name', '—')} ({listing.get('count', 0)} candidats, "
        f"SHA-256 {str(listing.get('sha256', ''))[:16]}…)"
        if listing else "aucune liste importée"
    )  # fmt: skip
    rows: list[tuple[str, Any]] = [
        ("Unité d'enseignement", exam_name(exam)),
        ("Centre", exam.centre or "—"),
        ("Session", session_label(exam)),
        ("Date", exam.exam_date.strftime("%d/%m/%Y") if exam.exam_date else "—"),
        ("Salle", exam.room or "—"),
        ("Durée", minutes_text(exam.duration_minutes)),
        ("Début prévu", planned),
        ("Début effectif", started),
        ("Fin de l'épreuve", hhmm(end) if end else "—"),
        ("Fins des temps majorés", extra_text),
    ]
    grid = facts_grid(rows)
    wide = facts_grid([
        ("Documents et matériels autorisés (3.1)", exam.authorised_materials or "aucun"),
        ("Enseignant responsable (4.2)", teacher),
        ("Surveillants", invigilators),
        ("Consignes lues (4.6.1)", instructions),
        ("Liste d'émargement", list_text),
    ], columns=1)  # fmt: skip
    return [grid, Spacer(1, 3), wide]


def _counts(sitting: Sitting) -> Table:
    s = sitting.summary
    state = sitting.state
    listed_present = sum(1 for e in sitting.listed() if e.has_entered)
    added_present = s["present"] - listed_present
    inside = sum(1 for e in state.candidates.values() if e.status in (Status.PRESENT, Status.OUT))
    statuses = [e.status for e in state.candidates.values()]
    urgent_paper = statuses.count(Status.EMERGENCY_PAPER)
    urgent_no_paper = statuses.count(Status.EMERGENCY_NO_PAPER)
    accounted = s["handed_in"] + s["not_handed_in"] + inside + urgent_no_paper
    other = s["present"] - accounted

    def check(ok: bool) -> str:
        return "✓" if ok else "✗ ne concorde pas"

    rows: list[tuple[str, str, str]] = [
        ("Candidats inscrits sur la liste", str(s["enrolled"]), ""),
        ("    dont présents", str(listed_present), ""),
        ("    dont absents (entrées refusées comprises)", str(s["absent"]),
         f"{listed_present} + {s['absent']} = {listed_present + s['absent']} "
         f"{check(listed_present + s['absent'] == s['enrolled'])}"),
        ("Ajouts manuscrits (à vérifier par l'administration)", str(s["added_by_hand"]),
         f"dont présents : {added_present}"),
        ("Candidats présents", str(s["present"]),
         f"{listed_present} + {added_present} = {listed_present + added_present} "
         f"{check(listed_present + added_present == s['present'])}"),
        ("    dont arrivés en retard, admis", str(s["late_admitted"]), ""),
        ("Retardataires refusés (non comptés présents)", str(s["late_refused"]), ""),
        ("Copies recueillies", str(s["handed_in"]), ""),
        ("    dont copies blanches", str(s["blank_papers"]), ""),
        *([("    dont remises lors d'une sortie d'urgence", str(urgent_paper),
            "voir les sorties d'urgence")] if urgent_paper else []),
        ("Feuilles intercalaires", str(s["sheets"]), "dans les copies recueillies"),
        ("Refus de rendre la copie", str(s["not_handed_in"]), "voir les incidents"),
        ("Encore en salle ou sortis sans être revenus", str(inside),
         "à la clôture du journal" if inside else ""),
        *([("Partis en urgence sans remettre de copie", str(urgent_no_paper),
            "voir les sorties d'urgence")] if urgent_no_paper else []),
    ]  # fmt: skip
    if other:
        rows.append(("Autres présents sans copie", str(other), "voir les mentions du journal"))
    urgent = f" + {urgent_no_paper}" if urgent_no_paper else ""
    rows.append((
        "Présents = copies + refus + encore en salle"
        + (" + partis en urgence" if urgent_no_paper else ""),
        f"{s['present']}",
        f"{s['handed_in']} + {s['not_handed_in']} + {inside}{urgent}"
        f"{f' + {other}' if other else ''} = {accounted + other} "
        f"{check(accounted + other == s['present'])}",
    ))  # fmt: skip
    st = styles()
    data: list[list[Any]] = [["Effectifs et copies (4.5)", "Nombre", "Contrôle"]]
    for label, number, control in rows:
        data.append([label, number, Paragraph(markup(control), st.small) if control else ""])
    table = Table(
        data, colWidths=[CONTENT_WIDTH * 0.52, CONTENT_WIDTH * 0.12, CONTENT_WIDTH * 0.36]
    )
    rules = grid_style()
    rules += [
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
        ("FONTNAME", (1, 1), (1, -1), "DejaVuSans-Bold"),
        ("FONTSIZE", (1, 1), (1, -1), 9),
        ("FONTSIZE", (0, 1), (0, -1), 8),
        ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE),
        ("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1.0, "#333333"),
    ]
    for i, (label, _, _) in enumerate(rows, start=1):
        if not label.startswith("    "):
            rules.append(("FONTNAME", (0, i), (0, i), "DejaVuSans-Bold"))
    table.setStyle(TableStyle(rules))
    return table


def _discrepancies(sitting: Sitting) -> list[Flowable]:
    state = sitting.state
    lines: list[str] = []
    for entry in state.candidates.values():
        name = f"{entry.candidate.display_name} (n° {entry.student_id})"
        if state.not_held and entry.has_entered:
            lines.append(f"Émargé(e) avant la décision de ne pas tenir l'épreuve : {name}.")
        elif entry.status is Status.EMERGENCY_NO_PAPER:
            lines.append(f"Parti(e) en urgence sans remettre de copie : {name} "
                         "(voir les sorties d'urgence).")  # fmt: skip
        elif entry.has_entered and entry.status not in (Status.HANDED_IN, Status.EMERGENCY_PAPER):
            lines.append(f"Présent(e) sans copie recueillie : {name} — {entry.status.label}.")
        if entry.has_entered and without_id(entry.id_document):
            # The check-in promises it (4.1: an original ID is required to sit): the room's
            # decision and its reason, as recorded.
            why = entry.id_document.strip().removeprefix(ID_NONE).strip(" :")
            lines.append(f"Entré(e) sans pièce d'identité originale, par décision de la salle : "
                         f"{name}" + (f" — motif : {why}." if why else "."))  # fmt: skip
        if entry.handed_in_at is not None and not entry.has_entered:
            lines.append(f"Copie recueillie sans émargement d'entrée : {name}.")
        if entry.added_by_hand:
            reason = f" — motif : {entry.added_reason}" if entry.added_reason else ""
            presence = "présent(e)" if entry.has_entered else "non entré(e)"
            lines.append(f"Ajout manuscrit, {presence}, à vérifier par l'administration : "
                         f"{name}{reason}.")  # fmt: skip
    if not lines:
        return [para("Aucun écart : chaque candidat présent a rendu une copie, chaque copie "
                     "correspond à un émargement, aucun ajout manuscrit.")]  # fmt: skip
    return [para("• " + line, styles().body) for line in lines]


def _event_table(headers: list[str], widths: list[float], rows: list[list[Any]]) -> Table:
    # A row taller than a page (a very long text) is split across pages rather than
    # failing the whole export.
    table = Table([headers, *rows], colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(grid_style(zebra=True) + [("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _pauses(sitting: Sitting) -> list[Flowable]:
    paused = [e for e in sitting.events if e.kind is EventKind.PAUSED]
    if not paused:
        return [para("Aucune interruption de l'épreuve.")]
    st = styles()
    rows = []
    total = timedelta(0)
    for (start, end), event in zip(sitting.state.pauses, paused, strict=False):
        length = (end - start) if end else None
        total += length or timedelta(0)
        rows.append([
            hhmm(start), hhmm(end) if end else "non reprise",
            minutes_text(length) if length is not None else "—",
            Paragraph(markup(event.payload.get("reason", "")), st.cell),
        ])  # fmt: skip
    w = CONTENT_WIDTH
    table = _event_table(
        ["De", "À", "Durée", "Motif"], [w * 0.1, w * 0.12, w * 0.1, w * 0.68], rows
    )
    return [table, Spacer(1, 2), para(
        f"Chaque heure de fin (fin de l'épreuve, fins des temps majorés) et chaque seuil du "
        f"règlement ont été reportés de la durée des interruptions : {minutes_text(total)} au total."
    )]  # fmt: skip


def _notes(events: list[Event], empty: str, *, lead: str = "") -> list[Flowable]:
    if not events:
        return [para(empty)]
    st = styles()
    rows = [[hhmm(e.at), Paragraph(markup(e.invigilator), st.cell),
             Paragraph(markup(e.payload.get("text", "")), st.cell)] for e in events]  # fmt: skip
    w = CONTENT_WIDTH
    out: list[Flowable] = [_event_table(["Heure", "Consigné par", "Texte"],
                                        [w * 0.09, w * 0.2, w * 0.71], rows)]  # fmt: skip
    if lead:
        out += [Spacer(1, 2), note(lead)]
    return out


def _name(sitting: Sitting, student_id: str) -> str:
    candidate = sitting.name_of(student_id)
    return candidate.display_name if candidate else student_id


def _people(sitting: Sitting, ids: list[str]) -> str:
    names = []
    for student_id in ids:
        candidate = sitting.name_of(student_id)
        names.append(f"{candidate.display_name} (n° {student_id})" if candidate else student_id)
    return ", ".join(names)


def _incidents(sitting: Sitting) -> list[Flowable]:
    st = styles()
    rows = []
    for event in sitting.state.incidents:
        p = event.payload
        text = p.get("description", "")
        who = _people(sitting, list(p.get("candidates", [])))
        details = f"{text}" + (f"\nCandidat(s) : {who}" if who else "")
        if p.get("seized"):
            details += f"\nSaisi : {p['seized']}"
        rows.append([hhmm(event.at), cell(category_label(p.get("category", "")), 80),
                     Paragraph(markup_lines(details), st.cell),
                     str(event.seq)])  # fmt: skip
    for event in sitting.state.refusals:
        if event.kind is not EventKind.LATE_ENTRY_REFUSED:
            continue
        candidate = sitting.name_of(event.candidate or "")
        added = (
            event.payload.get("addition", {}).get("candidate")
            if event.payload.get("addition")
            else None
        )
        name = (
            candidate.display_name
            if candidate
            else (
                f"{added.get('last_name', '')} {added.get('first_name', '')}".strip()
                if added
                else ""
            )
        )
        who = f"{name} (n° {event.candidate})"
        rows.append([hhmm(event.at), cell("entrée refusée", 80),
                     Paragraph(markup(f"{who} : {reason_text(event.payload.get('reason', ''))}"), st.cell),
                     str(event.seq)])  # fmt: skip
    if not rows:
        return [para("Aucun incident.")]
    rows.sort(key=lambda r: int(r[3]))  # the log's order: times never go back
    w = CONTENT_WIDTH
    return [_event_table(["Heure", "Nature", "Faits", "N° év."],
                         [w * 0.08, w * 0.17, w * 0.67, w * 0.08], rows)]  # fmt: skip


def fraud_incidents(sitting: Sitting) -> list[Event]:
    return [e for e in sitting.state.incidents if e.payload.get("category") == "fraude"]


def _seized_summary(payload: dict[str, Any]) -> str:
    nature = FRAUD_NATURES.get(str(payload.get("nature", "")), "nature non précisée")
    seized = str(payload.get("seized", "") or "") or "aucun objet saisi"
    kept = payload.get("custody", [])
    modes = (
        [CUSTODY_MODES[str(m)] for m in kept if str(m) in CUSTODY_MODES]
        if isinstance(kept, list)
        else []
    )
    if modes:
        seized += f" ({', '.join(modes)})"
    return f"{nature}\n{seized}"


def _frauds(sitting: Sitting) -> list[Flowable]:
    frauds = fraud_incidents(sitting)
    if not frauds:
        return [para("Aucun procès-verbal de fraude.")]
    st = styles()
    rows = []
    for number, event in enumerate(frauds, start=1):
        p = event.payload
        ids = list(p.get("candidates", []))
        refused = set(p.get("refused_to_countersign", []))
        counter = "; ".join(
            f"{_name(sitting, i)} : "
            + ("a refusé de contresigner" if i in refused else "contresigné")
            for i in ids
        )
        rows.append([f"F{number}", hhmm(event.at),
                     Paragraph(markup(_people(sitting, ids)), st.cell),
                     Paragraph(markup_lines(_seized_summary(p)), st.cell),
                     Paragraph(markup(counter), st.cell)])  # fmt: skip
    w = CONTENT_WIDTH
    return [_event_table(["PV", "Heure", "Candidat(s)", "Nature, objets saisis", "Contreseing"],
                         [w * 0.06, w * 0.08, w * 0.3, w * 0.3, w * 0.26], rows),
            Spacer(1, 2),
            note("Chaque procès-verbal de fraude suit ce document ; il est transmis avec les "
                 "copies concernées au responsable de l'organisation des examens (4.6.2).")]  # fmt: skip


def _corrections(sitting: Sitting) -> list[Flowable]:
    corrections = sitting.state.corrections
    if not corrections:
        return []
    rows = [[hhmm(e.at), str(e.payload.get("target_seq", "")),
             "annulé" if e.payload.get("void") else "rectifié",
             Paragraph(markup(e.payload.get("note", "")), styles().cell)] for e in corrections]  # fmt: skip
    w = CONTENT_WIDTH
    return [_event_table(["Heure", "Év. n°", "Effet", "Motif"],
                         [w * 0.09, w * 0.09, w * 0.12, w * 0.7], rows)]  # fmt: skip


def _other_mentions(sitting: Sitting) -> list[Flowable]:
    known = {k.value for k in _KNOWN}
    others = [e for e in sitting.events if e.kind.value not in known]
    if not others:
        return []
    rows = []
    for event in others:
        text = "; ".join(f"{k} : {v}" for k, v in sorted(event.payload.items())
                         if isinstance(v, str | int | float) and not isinstance(v, bool))  # fmt: skip
        rows.append([hhmm(event.at), str(event.seq), cell(event.kind.value, 90),
                     Paragraph(markup(text or "—"), styles().cell)])  # fmt: skip
    w = CONTENT_WIDTH
    return [_event_table(["Heure", "N° év.", "Mention", "Contenu"],
                         [w * 0.08, w * 0.08, w * 0.2, w * 0.64], rows)]  # fmt: skip


_KNOWN = {
    EventKind.SESSION_CREATED, EventKind.EXAM_CONFIGURED, EventKind.INVIGILATORS_SET,
    EventKind.LIST_IMPORTED, EventKind.PHOTO_FOLDER_SET, EventKind.INSTRUCTIONS_READ,
    EventKind.EXAM_STARTED, EventKind.START_CORRECTED, EventKind.CHECKED_IN,
    EventKind.LATE_ENTRY_ADMITTED, EventKind.LATE_ENTRY_REFUSED, EventKind.CANDIDATE_ADDED,
    EventKind.TEMPORARY_EXIT, EventKind.RETURNED, EventKind.DEFINITIVE_EXIT, EventKind.HANDED_IN,
    EventKind.PAUSED, EventKind.RESUMED, EventKind.INCIDENT, EventKind.OBSERVATION,
    EventKind.ERRATUM, EventKind.CORRECTION, EventKind.COMMAND_REFUSED, EventKind.PV_SIGNED,
    EventKind.SEALED, *pv_record.KINDS,
}  # fmt: skip


def _signatures(sitting: Sitting) -> Flowable:
    state = sitting.state
    signed = state.pv_signed
    records = signed.payload.get("signatures", {}) if signed else {}
    st = styles()
    data: list[list[Any]] = [["Surveillant", "Qualité", "Signé le", "Signature"]]
    w = CONTENT_WIDTH
    for name in state.invigilators or list(records):
        record = records.get(name)
        signature = readable_signature(record)
        role = "responsable de salle" if name == state.lead_invigilator else "surveillant(e)"
        when = f"{day(signed.at)} à {hhmm(signed.at)}" if signed and signature else "non signé"
        data.append([Paragraph(markup(name), st.cell_bold), role, when,
                     SignatureFlowable(signature, w * 0.36, 34)])  # fmt: skip
    table = Table(data, colWidths=[w * 0.3, w * 0.17, w * 0.15, w * 0.38])
    table.setStyle(TableStyle(grid_style() + [("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    return table


def _seal(sitting: Sitting) -> Flowable:
    state = sitting.state
    st = styles()
    summary = sitting.summary
    qr_size = 36 * mm
    drawing = QrFlowable(pv_code(sitting), qr_size)
    if state.sealed_at is not None:
        sealed = f"Session scellée le {day(state.sealed_at)} à {hhmm(state.sealed_at)} : le fichier est en lecture seule."
    else:
        sealed = "Session NON SCELLÉE : ce procès-verbal est un projet."
    if sitting.standing is Standing.NOT_CONFORMING:
        sealed += " Le journal ne se vérifie pas : " + sitting.verdict + "."
    hash_style = st.mono.clone("hash", fontName="DejaVuSans-Bold", fontSize=8.3, leading=10)
    text: list[Flowable] = [
        para(sealed, st.body),
        Spacer(1, 3),
        rich(f"Empreinte finale du journal (SHA-256, {summary['events']} événements) :", st.small),
        Paragraph(summary["final_hash"], hash_style),
        Spacer(1, 3),
        note(
            "Le service des examens compare cette empreinte avec celle du fichier de session "
            "(« invigilator verify ») ; le code QR la reprend avec l'épreuve, la salle, la date "
            "et les effectifs. Une empreinte différente signifie que le fichier n'est pas celui "
            "dont ce procès-verbal a été tiré."
        ),  # fmt: skip
    ]
    w = CONTENT_WIDTH
    table = Table([[text, drawing]], colWidths=[w - qr_size - 8 * mm, qr_size + 8 * mm])
    colour = RED if sitting.standing is not Standing.FINAL else "#333333"
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"),
        ("BOX", (0, 0), (-1, -1), 1.0, colour),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("BACKGROUND", (0, 0), (0, 0), LIGHT if sitting.standing is Standing.FINAL else "#FBEAEA"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]))  # fmt: skip
    return table


def pv_story(sitting: Sitting) -> list[Flowable]:
    st = styles()
    state = sitting.state
    as_of = sitting.as_of
    story: list[Flowable] = [
        rich("Procès-verbal de déroulement de l'épreuve", st.title),
        rich(
            "Règlement national du contrôle des connaissances du Cnam, articles 4.2, 4.5 et 4.6 "
            f"— établi d'après le journal de la salle arrêté le {day(as_of)} à {hhmm(as_of)} "
            "(heures locales)",
            st.subtitle,
        ),  # fmt: skip
        *pv_record.not_held_banner(sitting),
    ]
    numbers = iter(range(1, 100))

    def section(title: str, flowables: list[Flowable]) -> None:
        _section(story, f"{next(numbers)}. {title}")
        story.extend(flowables)

    section("L'épreuve", _exam_facts(sitting))
    changes = pv_record.changes(sitting)
    if changes:
        section("Modifications après le début (épreuve, heure de début)", changes)
    section("Effectifs et copies", [_counts(sitting)])
    section("Écarts à vérifier", _discrepancies(sitting))
    section("Interruptions", _pauses(sitting))
    section("Informations transmises à la salle sur le sujet (4.2)", _notes(
        state.errata, "Aucune information transmise à la salle.",
        lead="L'enseignant en tient compte lors de la correction de l'ensemble des copies (4.2).",
    ))  # fmt: skip
    remarks = [e for e in state.observations if e.payload.get("source") == "candidat"]
    observations = [e for e in state.observations if e.payload.get("source") != "candidat"]
    section("Remarques des candidats (4.2)", _notes(remarks, "Aucune remarque de candidat."))
    section("Observations des surveillants", _notes(observations, "Aucune observation."))
    section("Incidents et entrées refusées", _incidents(sitting))
    section("Sorties d'urgence", pv_record.emergencies(sitting))
    section("Procès-verbaux de fraude et objets saisis (4.6.2)", _frauds(sitting))
    corrections = _corrections(sitting)
    if corrections:
        section("Corrections portées au journal", corrections)
    keeping = pv_record.record_keeping(sitting)
    if keeping:
        section("Tenue du journal : horloge, second support", keeping)
    others = _other_mentions(sitting)
    if others:
        _section(story, "Autres mentions du journal")
        story += others
    signatures: list[Flowable] = [Spacer(1, 7), section_bar("Signatures des surveillants (4.5)"),
                                  Spacer(1, 3), _signatures(sitting)]  # fmt: skip
    seal: list[Flowable] = [Spacer(1, 6), _seal(sitting)]
    addenda = pv_record.addenda(sitting)
    if not addenda:  # the signatures and the hash they close on one page
        story.append(KeepTogether(signatures + seal))
        return story
    # Written after the signatures: below them, above the hash that covers them too.
    story.append(KeepTogether(signatures))
    _section(story, pv_record.ADDENDA_TITLE)
    story += addenda
    story.append(KeepTogether(seal))
    return story
