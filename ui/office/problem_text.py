"""The office's problems, room states and flags in the UI's language (walk follow-up of #11).

The reconciliation (`invigilator.office`) writes French for the documents and the exports; each
problem also carries its kind and the parts of its detail as stable codes with parameters. In
the French UI the domain's text is shown as it is; in another language it is rebuilt here from
the codes, so that the English office view is English. These French templates are the
domain's own (`checks.KIND_LABELS`, `checks.DETAILS`, …): a test keeps them equal. A code or
a text this module does not know falls back to the French.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from invigilator.office.checks import Problem
from invigilator.office.files import Refused
from ui.widgets.domain_text import french_ui
from ui.widgets.labels import id_document_label

CONTEXT = "OfficeText"

KIND_LABELS = {
    "unreadable": QT_TRANSLATE_NOOP("OfficeText", "fichier illisible"),
    "not_intact": QT_TRANSLATE_NOOP("OfficeText", "fichier NON CONFORME (chaîne rompue)"),
    "pv_hash_mismatch": QT_TRANSLATE_NOOP("OfficeText", "empreinte différente du PV papier"),
    "duplicate_file": QT_TRANSLATE_NOOP("OfficeText", "fichier en double"),
    "not_sealed": QT_TRANSLATE_NOOP("OfficeText", "session non scellée"),
    "room_missing": QT_TRANSLATE_NOOP("OfficeText", "salle sans fichier"),
    "papers_received_mismatch": QT_TRANSLATE_NOOP("OfficeText", "copies reçues ≠ copies ramassées"),
    "present_in_two_rooms": QT_TRANSLATE_NOOP("OfficeText", "présent(e) dans deux salles"),
    "added_not_enrolled": QT_TRANSLATE_NOOP("OfficeText", "ajout manuscrit non trouvé — à régulariser"),
    "added_by_hand": QT_TRANSLATE_NOOP("OfficeText", "ajout manuscrit inscrit(e)"),
    "present_without_paper": QT_TRANSLATE_NOOP("OfficeText", "présent(e) sans copie remise"),
    "paper_without_check_in": QT_TRANSLATE_NOOP("OfficeText", "copie sans émargement"),
    "left_without_paper": QT_TRANSLATE_NOOP("OfficeText", "parti(e) sans rendre sa copie"),
    "late_refused": QT_TRANSLATE_NOOP("OfficeText", "retard refusé"),
    "no_id_document": QT_TRANSLATE_NOOP("OfficeText", "sans pièce d'identité"),
    "fraud": QT_TRANSLATE_NOOP("OfficeText", "fraude (procès-verbal à transmettre)"),
    "pause": QT_TRANSLATE_NOOP("OfficeText", "interruption de l'épreuve"),
    "not_held": QT_TRANSLATE_NOOP("OfficeText", "épreuve non tenue"),
    "addendum": QT_TRANSLATE_NOOP("OfficeText", "ajout postérieur à la signature du PV"),
    "clock_jump": QT_TRANSLATE_NOOP("OfficeText", "horloge de l'ordinateur déplacée"),
}  # fmt: skip

DETAILS = {
    "unreadable": QT_TRANSLATE_NOOP("OfficeText", "%(verification)s ; %(reason)s"),
    "unreadable_damaged": QT_TRANSLATE_NOOP(
        "OfficeText", "%(verification)s ; lu malgré tout : %(events)s événement(s), "
        "%(candidates)s candidat(s) — chiffres à vérifier sur le PV papier"),
    "not_intact": QT_TRANSLATE_NOOP(
        "OfficeText", "%(verification)s ; chiffres de cette salle non fiables"),
    "not_intact_at": QT_TRANSLATE_NOOP(
        "OfficeText", "%(verification)s ; premier événement en cause : n° %(seq)s ; chiffres de "
        "cette salle non fiables"),
    "not_sealed": QT_TRANSLATE_NOOP(
        "OfficeText", "session ni signée ni scellée : le fichier a pu être remis avant la fin"),
    "not_sealed_signed": QT_TRANSLATE_NOOP(
        "OfficeText", "procès-verbal signé mais session non scellée"),
    "present_without_paper": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : émargé(e) à %(at)s, aucune remise de copie enregistrée"),
    "paper_without_check_in": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : copie remise à %(at)s sans émargement"),
    "left_without_paper": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : parti(e) sans rendre sa copie"),
    "left_in_emergency": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : parti(e) en urgence sans copie"),
    "left_in_emergency_noted": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : parti(e) en urgence sans copie (%(note)s)"),
    "late_refused": QT_TRANSLATE_NOOP("OfficeText", "%(name)s : entrée refusée (retard)"),
    "no_id_document": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : pièce d'identité présentée : %(document)s"),
    "no_id_document_none": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : pièce d'identité présentée : aucune"),
    "fraud": QT_TRANSLATE_NOOP("OfficeText", "à %(at)s : %(description)s"),
    "fraud_seized": QT_TRANSLATE_NOOP("OfficeText", " ; saisi : %(seized)s"),
    "fraud_signed_by": QT_TRANSLATE_NOOP("OfficeText", " ; signé par %(names)s"),
    "fraud_refused_to_countersign": QT_TRANSLATE_NOOP(
        "OfficeText", " ; refus de contresigner : %(names)s"),
    "fraud_report": QT_TRANSLATE_NOOP(
        "OfficeText", " ; procès-verbal de fraude (événement n° %(seq)s) à transmettre"),
    "not_held": QT_TRANSLATE_NOOP("OfficeText", "épreuve non tenue : %(reason)s"),
    "addendum": QT_TRANSLATE_NOOP("OfficeText", "à %(at)s : %(text)s"),
    "clock_jump": QT_TRANSLATE_NOOP(
        "OfficeText", "à %(at)s : horloge déplacée de %(minutes)s min %(seconds)s s par "
        "rapport au journal"),
    "pause_open": QT_TRANSLATE_NOOP("OfficeText", "interruption à %(at)s, jamais reprise"),
    "pause": QT_TRANSLATE_NOOP(
        "OfficeText", "interruption de %(start)s à %(end)s (%(minutes)s min)"),
    "papers_received_mismatch": QT_TRANSLATE_NOOP(
        "OfficeText", "%(received)s copie(s) reçue(s) au service, %(collected)s ramassée(s) "
        "d'après le fichier"),
    "pv_hash_mismatch": QT_TRANSLATE_NOOP(
        "OfficeText", "empreinte du PV papier %(paper_hash)s… ≠ empreinte finale du fichier "
        "%(file_hash)s… : le fichier n'est pas celui que les surveillants ont signé"),
    "other_pv_exam": QT_TRANSLATE_NOOP(
        "OfficeText", " (le code scanné est celui d'un autre PV : épreuve %(exam)s)"),
    "other_pv_date": QT_TRANSLATE_NOOP(
        "OfficeText", " (le code scanné est celui d'un autre PV : date %(date)s)"),
    "other_pv_both": QT_TRANSLATE_NOOP(
        "OfficeText", " (le code scanné est celui d'un autre PV : épreuve %(exam)s, date "
        "%(date)s)"),
    "duplicate_identical": QT_TRANSLATE_NOOP(
        "OfficeText", "%(count)s copies identiques de la salle fusionnées : %(names)s"),
    "duplicate_conflict_same_session": QT_TRANSLATE_NOOP(
        "OfficeText", "CONFLIT : %(count)s fichiers différents pour la salle (copies de la même "
        "session prises à des moments différents) : "),
    "duplicate_conflict_other_sessions": QT_TRANSLATE_NOOP(
        "OfficeText", "CONFLIT : %(count)s fichiers différents pour la salle (sessions "
        "différentes) : "),
    "duplicate_copy_sealed": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s (%(events)s événements, scellé, empreinte %(hash)s)"),
    "duplicate_copy_unsealed": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s (%(events)s événements, non scellé, empreinte %(hash)s)"),
    "duplicate_next": "; ",
    "duplicate_kept": QT_TRANSLATE_NOOP("OfficeText", ". Retenu : %(name)s"),
    "added_enrolled": QT_TRANSLATE_NOOP("OfficeText", "%(name)s : inscrit(e)"),
    "added_enrolled_in_room": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : inscrit(e) en salle %(room)s"),
    "added_not_enrolled": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s : non trouvé(e) — à régulariser"),
    "added_reason": QT_TRANSLATE_NOOP("OfficeText", " ; motif : %(reason)s"),
    "present_in_two_rooms": QT_TRANSLATE_NOOP(
        "OfficeText", "%(name)s a émargé dans plusieurs salles : %(rooms)s"),
    "room_missing": QT_TRANSLATE_NOOP(
        "OfficeText", "salle %(room)s : %(count)s inscrit(s), aucun fichier de session reçu"),
}  # fmt: skip

# The fixed words of the rooms table and the candidates table (reconcile's and checks'
# constants), by their French text, which is their stable value.
WORDS = {
    # rooms: RoomReport.state
    "illisible": QT_TRANSLATE_NOOP("OfficeText", "illisible"),
    "endommagée": QT_TRANSLATE_NOOP("OfficeText", "endommagée"),
    "NON CONFORME": QT_TRANSLATE_NOOP("OfficeText", "NON CONFORME"),
    "épreuve non tenue": QT_TRANSLATE_NOOP("OfficeText", "épreuve non tenue"),
    "non scellée": QT_TRANSLATE_NOOP("OfficeText", "non scellée"),
    "scellée, intacte": QT_TRANSLATE_NOOP("OfficeText", "scellée, intacte"),
    # rooms: the paper PV (checks.PAPER_*)
    "non rapproché du PV papier": QT_TRANSLATE_NOOP("OfficeText", "non rapproché du PV papier"),
    "conforme au PV papier": QT_TRANSLATE_NOOP("OfficeText", "conforme au PV papier"),
    "DIFFÉRENT du PV papier": QT_TRANSLATE_NOOP("OfficeText", "DIFFÉRENT du PV papier"),
    # candidates: CandidateLine.state (reconcile.PRESENT…)
    "présent": QT_TRANSLATE_NOOP("OfficeText", "présent"),
    "absent": QT_TRANSLATE_NOOP("OfficeText", "absent"),
    "entrée refusée": QT_TRANSLATE_NOOP("OfficeText", "entrée refusée"),
    "ajouté(e)": QT_TRANSLATE_NOOP("OfficeText", "ajouté(e)"),
    "salle sans fichier": QT_TRANSLATE_NOOP("OfficeText", "salle sans fichier"),
    # candidates: flags beyond the problems' labels
    "fichier NON CONFORME": QT_TRANSLATE_NOOP("OfficeText", "fichier NON CONFORME"),
    "salle non scellée": QT_TRANSLATE_NOOP("OfficeText", "salle non scellée"),
    "salle sans fichier de session": QT_TRANSLATE_NOOP(
        "OfficeText", "salle sans fichier de session"),
}  # fmt: skip
# A candidate's flags are the labels of the problems that name them (checks.FLAG_LABELS).
FLAG_WORDS = {**{label: label for label in KIND_LABELS.values()}, **WORDS}


# Why a file could not be used at all (files.Refused), by code.
REFUSED = {
    "empty_folder": QT_TRANSLATE_NOOP("OfficeText", "aucun fichier de session dans ce dossier"),
    "not_a_file": QT_TRANSLATE_NOOP("OfficeText", "ni un fichier ni un dossier"),
    "not_found": QT_TRANSLATE_NOOP("OfficeText", "fichier ou dossier introuvable"),
    "not_a_session_file": QT_TRANSLATE_NOOP("OfficeText", "pas un fichier de session"),
    "read_failed": QT_TRANSLATE_NOOP("OfficeText", "lecture impossible (%(detail)s)"),
    "unreadable": QT_TRANSLATE_NOOP("OfficeText", "illisible : %(reason)s"),
    "no_exam": QT_TRANSLATE_NOOP("OfficeText", "illisible : épreuve non renseignée"),
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_label(problem: Problem) -> str:
    """The problem's label: the domain's French, or its kind's translation."""
    if french_ui() or problem.kind not in KIND_LABELS:
        return problem.label
    return _tr(KIND_LABELS[problem.kind])


def problem_detail(problem: Problem) -> str:
    """The problem's detail: the domain's French, or its parts rebuilt from their codes."""
    if french_ui() or not problem.parts:
        return problem.detail
    try:
        return "".join(_tr(DETAILS[code]) % _params(params) for code, params in problem.parts)
    except (KeyError, TypeError, ValueError):  # a code or a parameter unknown: the French
        return problem.detail


def _params(params: dict[str, Any]) -> dict[str, Any]:
    shown = {key: "—" if value is None else value for key, value in params.items()}
    if isinstance(shown.get("document"), str):  # "sans pièce d'identité : why" is the domain's
        shown["document"] = id_document_label(shown["document"])
    return shown


def word(text: str) -> str:
    """A fixed word of the office's tables (a room's state, a paper PV's standing, a candidate's
    state or flag) in the UI's language; an unknown one as it is."""
    if french_ui() or text not in FLAG_WORDS:
        return text
    return _tr(FLAG_WORDS[text])


def refused_text(refused: Refused) -> str:
    """Why a file was refused: the domain's French, or its code's translation."""
    if french_ui() or refused.code not in REFUSED:
        return refused.reason
    try:
        return _tr(REFUSED[refused.code]) % dict(refused.params or {})
    except (KeyError, TypeError, ValueError):
        return refused.reason
