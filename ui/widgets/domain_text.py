"""The domain's errors, refusals and decisions in the UI's language (issue #11, item 18).

The domain raises French messages (the record and the documents keep them) with a stable
`code` and its `params`. In the French UI the message is shown as it is; in another language
it is rebuilt here from the code, so that the English UI never shows a French refusal.
A code this table does not know falls back to the French message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from invigilator.errors import InvigilatorError
from invigilator.room.commands import local_time
from ui.widgets.labels import decision_text

# code -> French template with %(name)s-style parameters (the domain's own sentence).
TEMPLATES = {
    "sealed": QT_TRANSLATE_NOOP(
        "DomainText", "La session est scellée depuis %(at)s : plus rien ne peut y être écrit."),
    "other_room": QT_TRANSLATE_NOOP(
        "DomainText", "%(name)s (%(student_id)s) est attendu(e) en salle %(room)s."),
    "unknown": QT_TRANSLATE_NOOP(
        "DomainText", "Numéro %(student_id)s inconnu dans cette salle : ajout manuscrit possible."),
    "already_checked_in": QT_TRANSLATE_NOOP("DomainText", "%(name)s a déjà émargé à %(at)s."),
    "already_listed": QT_TRANSLATE_NOOP(
        "DomainText",
        "Le numéro %(student_id)s est déjà sur la liste (%(name)s) : faites-le émarger."),
    "other_room_needs_decision": QT_TRANSLATE_NOOP(
        "DomainText", "%(name)s (%(student_id)s) est attendu(e) en salle %(room)s : "
        "l'accueillir ici demande une décision motivée."),
    "id_missing": QT_TRANSLATE_NOOP("DomainText", "Indiquez la pièce d'identité présentée."),
    "id_other_unnamed": QT_TRANSLATE_NOOP("DomainText", "Précisez la pièce d'identité présentée."),
    "id_none_unexplained": QT_TRANSLATE_NOOP(
        "DomainText", "Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi."),
    "already_started": QT_TRANSLATE_NOOP("DomainText", "L'épreuve a déjà commencé."),
    "not_started": QT_TRANSLATE_NOOP("DomainText", "L'épreuve n'a pas commencé."),
    "no_exam": QT_TRANSLATE_NOOP(
        "DomainText", "Renseignez l'épreuve (durée) avant de la commencer."),
    "future": QT_TRANSLATE_NOOP(
        "DomainText", "L'heure de début corrigée ne peut pas être dans le futur."),
    "not_present": QT_TRANSLATE_NOOP("DomainText", "%(name)s n'est pas dans la salle."),
    "not_out": QT_TRANSLATE_NOOP("DomainText", "%(name)s n'est pas sorti(e)."),
    "already_paused": QT_TRANSLATE_NOOP("DomainText", "L'épreuve est déjà interrompue."),
    "not_paused": QT_TRANSLATE_NOOP("DomainText", "L'épreuve n'est pas interrompue."),
    "pv_unsigned": QT_TRANSLATE_NOOP(
        "DomainText", "Faites signer le procès-verbal avant de sceller."),
    "papers_missing": QT_TRANSLATE_NOOP(
        "DomainText", "Des candidats n'ont pas rendu leur copie."),
    # Issue #9: escorts, the signed PV, the seal of an exam not held, the start's bounds.
    "escort_missing": QT_TRANSLATE_NOOP(
        "DomainText", "Indiquez qui accompagne le candidat : un surveillant présent, ou une "
        "personne extérieure nommée."),
    "escort_not_invigilator": QT_TRANSLATE_NOOP(
        "DomainText", "%(escort)s n'est pas un surveillant de la salle : choisissez un "
        "surveillant présent, ou indiquez une personne extérieure."),
    "escort_outside_not_emergency": QT_TRANSLATE_NOOP(
        "DomainText", "Hors urgence, un candidat sort accompagné d'un surveillant."),
    "escort_away": QT_TRANSLATE_NOOP(
        "DomainText", "%(escort)s accompagne déjà un candidat hors de la salle."),
    "last_invigilator": QT_TRANSLATE_NOOP(
        "DomainText", "%(escort)s est le dernier surveillant dans la salle et ne peut pas la "
        "quitter : indiquez une personne extérieure pour accompagner le candidat."),
    "pv_signed": QT_TRANSLATE_NOOP(
        "DomainText", "Le procès-verbal est signé : seul un ajout postérieur à la signature ou "
        "le scellé peuvent encore être enregistrés."),
    "addendum_before_pv": QT_TRANSLATE_NOOP(
        "DomainText", "Le procès-verbal n'est pas signé : enregistrez une observation."),
    "not_held_reason_missing": QT_TRANSLATE_NOOP(
        "DomainText", "L'épreuve n'a pas commencé : pour sceller, indiquez pourquoi l'épreuve "
        "est non tenue (Procès-verbal › Épreuve non tenue)."),
    "too_far": QT_TRANSLATE_NOOP(
        "DomainText", "L'heure de début ne peut être déplacée que de %(minutes)s min au plus."),
    "invigilator_twice": QT_TRANSLATE_NOOP(
        "DomainText", "Surveillant indiqué deux fois : %(names)s."),
    # The second medium (set-up wizard, Fichier menu).
    "mirror_missing": QT_TRANSLATE_NOOP(
        "DomainText", "Le dossier %(folder)s n'existe pas (support débranché ?)."),
    "mirror_same_folder": QT_TRANSLATE_NOOP(
        "DomainText", "Le second support doit être un autre dossier que celui du fichier."),
    # The documents: where a PDF cannot be written (review walk).
    "folder_missing": QT_TRANSLATE_NOOP(
        "DomainText", "Le dossier %(folder)s n'existe pas : impossible d'y écrire %(name)s."),
    "output_is_folder": QT_TRANSLATE_NOOP(
        "DomainText", "%(path)s est un dossier : indiquez un nom de fichier PDF."),
    "folder_unwritable": QT_TRANSLATE_NOOP(
        "DomainText", "Impossible d'écrire dans %(folder)s : %(reason)s."),
    "write_failed": QT_TRANSLATE_NOOP("DomainText", "Impossible d'écrire %(path)s : %(reason)s."),
    # A session file that cannot be opened as it is (ui/app.py opening_problem).
    "file_locked": QT_TRANSLATE_NOOP(
        "DomainText", "Le fichier de session %(name)s est utilisé par un autre programme."),
    "file_read_only": QT_TRANSLATE_NOOP(
        "DomainText",
        "Le fichier de session %(name)s est en lecture seule : impossible d'y écrire."),
    "file_unopenable": QT_TRANSLATE_NOOP(
        "DomainText",
        "Impossible d'ouvrir ou de créer %(path)s : dossier inexistant ou protégé en écriture."),
}  # fmt: skip
# A decision's refusal: the candidate's name when there is one, then the reason.
WITH_NAME = QT_TRANSLATE_NOOP("DomainText", "%(name)s : %(decision)s.")
ALONE = QT_TRANSLATE_NOOP("DomainText", "%(decision)s.")


def french_ui() -> bool:
    return QLocale().language() == QLocale.Language.French


def _shown(value: Any) -> Any:
    return local_time(value) if isinstance(value, datetime) else value


def error_text(error: BaseException) -> str:
    """What to show of a domain error: its French text in the French UI, else translated."""
    message = str(error)
    if french_ui() or not isinstance(error, InvigilatorError):
        return message
    raw = getattr(error, "params", {})
    params = {key: _shown(value) for key, value in raw.items()}
    decision = getattr(error, "decision", None)
    code = error.code
    try:
        if decision is not None and code == decision.reason.value:
            params["decision"] = decision_text(decision, raw.get("start"))
            template = WITH_NAME if "name" in params else ALONE
            text = QCoreApplication.translate("DomainText", template) % params
            return text[:1].upper() + text[1:]
        if code in TEMPLATES:
            return QCoreApplication.translate("DomainText", TEMPLATES[code]) % params
    except (KeyError, TypeError, ValueError):  # a parameter missing: the French says it all
        return message
    return message
