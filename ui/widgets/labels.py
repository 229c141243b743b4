"""Texts the widgets translate at run time (tables of labels, phases, milestones), marked
here so that `make translations` extracts them under the context that looks them up.

The domain's own words (statuses, rule decisions, ID documents) stay French in the record
and the official documents; the screen shows them through these tables, from their stable
codes, in the UI's language (issue #11, item 18).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from invigilator.room.commands import ID_NONE, ID_OTHER, local_time
from invigilator.room.state import Status
from invigilator.rules import Decision, MilestoneKind, Reason, format_offset, minute_from

# How a hand addition is marked everywhere (4.2: "adjonction manuscrite", to be verified).
ADDED_MARK = QT_TRANSLATE_NOOP("Labels", "ajouté(e) en salle — à vérifier")
ADDED_SYMBOL = "✚"
INCIDENT_SYMBOL = "⚑"  # a candidate named in an incident (issue #11, item 15)
NO_ID_SYMBOL = "⚠"  # admitted without an ID document (issue #11, item 8)

STATUS_LABELS = {
    Status.EXPECTED: QT_TRANSLATE_NOOP("Labels", "attendu(e)"),
    Status.PRESENT: QT_TRANSLATE_NOOP("Labels", "présent(e)"),
    Status.OUT: QT_TRANSLATE_NOOP("Labels", "sorti(e) temporairement"),
    Status.HANDED_IN: QT_TRANSLATE_NOOP("Labels", "copie rendue"),
    Status.NOT_HANDED_IN: QT_TRANSLATE_NOOP("Labels", "parti(e) sans rendre sa copie"),
    Status.REFUSED: QT_TRANSLATE_NOOP("Labels", "entrée refusée"),
    Status.ABSENT: QT_TRANSLATE_NOOP("Labels", "absent(e)"),
    Status.EMERGENCY_PAPER: QT_TRANSLATE_NOOP("Labels", "sortie d'urgence — copie remise"),
    Status.EMERGENCY_NO_PAPER: QT_TRANSLATE_NOOP("Labels", "sortie d'urgence — copie non remise"),
}
ID_DOCUMENT_LABELS = {
    "carte d'identité": QT_TRANSLATE_NOOP("Labels", "carte d'identité"),
    "passeport": QT_TRANSLATE_NOOP("Labels", "passeport"),
    "titre de séjour": QT_TRANSLATE_NOOP("Labels", "titre de séjour"),
    "permis de conduire": QT_TRANSLATE_NOOP("Labels", "permis de conduire"),
    ID_OTHER: QT_TRANSLATE_NOOP("Labels", "autre"),
    ID_NONE: QT_TRANSLATE_NOOP("Labels", "sans pièce d'identité"),
}
REASON_TEXTS = {
    Reason.ON_TIME: QT_TRANSLATE_NOOP("Labels", "arrivée avant le début de l'épreuve"),
    Reason.LATE_ADMITTED: QT_TRANSLATE_NOOP(
        "Labels", "retard admis (dans la limite du tiers de la durée et d'une heure)"),
    Reason.LATE_ADMITTED_WITH_PROOF: QT_TRANSLATE_NOOP(
        "Labels",
        "retard de plus d'une heure admis sur justificatif d'un organisme de transport"),
    Reason.LATE_NEEDS_TRANSPORT_PROOF: QT_TRANSLATE_NOOP(
        "Labels", "retard de plus d'une heure : admission uniquement sur justificatif "
        "d'un organisme de transport"),
    Reason.LATE_SOMEONE_LEFT: QT_TRANSLATE_NOOP(
        "Labels",
        "retard de plus d'une heure refusé : un candidat est déjà sorti de la salle"),
    Reason.LATE_TOO_LATE: QT_TRANSLATE_NOOP(
        "Labels", "retard supérieur au tiers de la durée de l'épreuve"),
    Reason.EXIT_ALLOWED: QT_TRANSLATE_NOOP("Labels", "sortie autorisée"),
    Reason.EXIT_EMERGENCY: QT_TRANSLATE_NOOP(
        "Labels", "sortie d'urgence (à justifier par une note)"),
    Reason.EXIT_TOO_EARLY: QT_TRANSLATE_NOOP(
        "Labels", "aucune sortie pendant la première partie de l'épreuve"),
    Reason.EXIT_SINGLE_INVIGILATOR: QT_TRANSLATE_NOOP(
        "Labels",
        "un seul surveillant dans la salle : toute sortie est définitive, pas de sortie "
        "temporaire"),
    Reason.EXIT_SOMEONE_OUT: QT_TRANSLATE_NOOP(
        "Labels", "un autre candidat est déjà sorti : les sorties se font une par une"),
}  # fmt: skip
MILESTONE_LABELS = {
    MilestoneKind.LATE_ENTRY_CLOSES: "fin de l'entrée des retardataires",
    MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES: "fin de l'entrée sur justificatif de transport",
    MilestoneKind.TEMPORARY_EXITS_OPEN: "sorties temporaires autorisées",
    MilestoneKind.DEFINITIVE_EXITS_OPEN: "sorties définitives autorisées",
    MilestoneKind.EXITS_OPEN: "sorties autorisées",
    MilestoneKind.EXAM_ENDS: "fin de l'épreuve",
    MilestoneKind.EXTRA_TIME_ENDS: QT_TRANSLATE_NOOP("Labels", "fin du temps majoré (+%d min)"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def added_mark() -> str:
    return tr(ADDED_MARK)


def status_label(status: Status) -> str:
    return tr(STATUS_LABELS[status])


def id_document_label(text: str) -> str:
    """A recorded ID check in the UI's words: "passeport", "autre : …", "sans pièce… : why"."""
    kind, sep, detail = text.partition(" : ")
    if kind in ID_DOCUMENT_LABELS:
        return tr(ID_DOCUMENT_LABELS[kind]) + (f" : {detail}" if sep else "")
    return text


def reason_text(code: str | Reason) -> str:
    """A rule decision's reason from its stable code (as the record keeps it)."""
    try:
        reason = code if isinstance(code, Reason) else Reason(code)
    except ValueError:
        return str(code)
    return tr(REASON_TEXTS[reason])


def decision_text(decision: Decision, start: datetime | None = None) -> str:
    """`Decision.text(start)` in the UI's language."""
    text = reason_text(decision.reason)
    if decision.allowed_from is None:
        return text
    moment = (
        local_time(minute_from(start + decision.allowed_from))
        if start is not None
        else format_offset(decision.allowed_from)
    )
    if decision.reason is Reason.EXIT_TOO_EARLY:
        return (
            text
            + QCoreApplication.translate("Labels", " ; sorties autorisées à partir de %s") % moment
        )
    return text + QCoreApplication.translate("Labels", " ; autorisé à partir de %s") % moment


def milestone_label(kind: MilestoneKind, label: str) -> str:
    """A milestone's label in the UI's language; `label` is the domain's (with its minutes)."""
    if kind is MilestoneKind.EXTRA_TIME_ENDS:
        minutes = "".join(ch for ch in label if ch.isdigit())
        return tr(MILESTONE_LABELS[kind]) % int(minutes or 0)
    return QCoreApplication.translate("ClockBand", MILESTONE_LABELS.get(kind, label))


MARKED = (
    QT_TRANSLATE_NOOP("CandidateTableModel", "État"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Nom"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Prénom"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "N° d'auditeur"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Place"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Aménagements"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Entrée"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Remise"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Inscription"),
    QT_TRANSLATE_NOOP("MainWindow", "Tous les candidats"),
    QT_TRANSLATE_NOOP("MainWindow", "Attendus"),
    QT_TRANSLATE_NOOP("MainWindow", "Présents dans la salle"),
    QT_TRANSLATE_NOOP("MainWindow", "Sortis temporairement"),
    QT_TRANSLATE_NOOP("MainWindow", "Copies rendues"),
    QT_TRANSLATE_NOOP("MainWindow", "Partis sans rendre leur copie"),
    QT_TRANSLATE_NOOP("MainWindow", "Absents ou refusés"),
    QT_TRANSLATE_NOOP("MainWindow", "Ajoutés en salle"),
    QT_TRANSLATE_NOOP("ClockBand", "avant le début de l'épreuve"),
    QT_TRANSLATE_NOOP("ClockBand", "début prévu dépassé"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "dernières minutes"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve interrompue"),
    QT_TRANSLATE_NOOP("ClockBand", "temps majoré en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "épreuve terminée"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'entrée des retardataires"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'entrée sur justificatif de transport"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties temporaires autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "sorties définitives autorisées"),
    QT_TRANSLATE_NOOP("ClockBand", "fin de l'épreuve"),
    QT_TRANSLATE_NOOP("ClockBand", "à venir"),
    QT_TRANSLATE_NOOP("ClockBand", "entrée possible"),
    QT_TRANSLATE_NOOP("ClockBand", "sur justificatif"),
    QT_TRANSLATE_NOOP("ClockBand", "fermée"),
    QT_TRANSLATE_NOOP("ClockBand", "ouvertes"),
    QT_TRANSLATE_NOOP("ClockBand", "en cours"),
    QT_TRANSLATE_NOOP("ClockBand", "terminée"),
    QT_TRANSLATE_NOOP("ClockBand", "terminé"),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve en cours. Aucune communication entre candidats."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve interrompue. Restez à votre place."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Temps majoré en cours : les autres candidats ont rendu leur copie."),
    QT_TRANSLATE_NOOP("ProjectorWindow", "Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage."),
    QT_TRANSLATE_NOOP("ListPage", "— aucune —"),
)  # fmt: skip


# The accommodations an office list spells in French words the screen can translate.
ACCOMMODATION_WORDS = (QT_TRANSLATE_NOOP("Labels", "tiers-temps"),)


def accommodations_label(text: str) -> str:
    for word in ACCOMMODATION_WORDS:
        if word in text:
            text = text.replace(word, tr(word))
    return text
