"""The list importer's problems and descriptions in the UI's language (set-up wizard, office).

The importer (`invigilator.importing`) writes French for the office and the command line; each
problem also carries a stable code and its parameters, and each file description too. In the
French UI the importer's text is shown as it is; in another language it is rebuilt here from the
codes, so that the English set-up never shows a French problem. These French templates are the
importer's own (`importing.messages.MESSAGES`, `DESCRIPTIONS`): a test keeps them equal. A code
or a parameter this module does not know falls back to the French.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from invigilator.importing import ListImportError, Problem
from ui.widgets.domain_text import french_ui

CONTEXT = "ImportText"

# The importer's fields (invigilator.importing.FIELDS), named in the UI's language; the set-up's
# column mapping shows them too (their context is the list page's, where they were first).
FIELD_CAPTIONS = {
    "student_id": QT_TRANSLATE_NOOP("ListPage", "N° étudiant"),
    "last_name": QT_TRANSLATE_NOOP("ListPage", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("ListPage", "Prénom"),
    "extra_time": QT_TRANSLATE_NOOP("ListPage", "Tiers-temps / temps majoré"),
    "accommodations": QT_TRANSLATE_NOOP("ListPage", "Aménagements"),
    "seat": QT_TRANSLATE_NOOP("ListPage", "Place"),
    "room": QT_TRANSLATE_NOOP("ListPage", "Salle"),
    "birth_date": QT_TRANSLATE_NOOP("ListPage", "Date de naissance"),
    "email": QT_TRANSLATE_NOOP("ListPage", "Courriel"),
    "ue_code": QT_TRANSLATE_NOOP("ListPage", "Code UE"),
}

# code -> the importer's French template (importing.messages.MESSAGES).
TEMPLATES = {
    "file_not_found": QT_TRANSLATE_NOOP("ImportText", "fichier introuvable : %(path)s"),
    "is_folder": QT_TRANSLATE_NOOP(
        "ImportText", "%(path)s est un dossier, pas un fichier de liste"),
    "not_regular": QT_TRANSLATE_NOOP(
        "ImportText",
        "%(path)s n'est pas un fichier ordinaire (un tube, un périphérique…) : choisissez le fichier de la liste"),
    "file_too_large": QT_TRANSLATE_NOOP(
        "ImportText", "fichier trop volumineux pour une liste de candidats (> %(megabytes)s Mo)"),
    "read_failed": QT_TRANSLATE_NOOP("ImportText", "lecture impossible de %(path)s : %(reason)s"),
    "empty_file": QT_TRANSLATE_NOOP("ImportText", "le fichier est vide"),
    "blank_file": QT_TRANSLATE_NOOP("ImportText", "le fichier est vide (aucune ligne remplie)"),
    "text_has_no_sheets": QT_TRANSLATE_NOOP(
        "ImportText", "le fichier est un texte (CSV), sans feuilles : la feuille « %(sheet)s » "
        "ne s'applique pas"),
    "binary_content": QT_TRANSLATE_NOOP(
        "ImportText",
        "le fichier n'est ni un texte (CSV) ni un tableur reconnu (contenu binaire)"),
    "undecodable": QT_TRANSLATE_NOOP(
        "ImportText", "texte illisible en %(encoding)s (octet %(byte)s inattendu) : le fichier "
        "est peut-être tronqué ou n'est pas un texte"),
    "control_character_in_file": QT_TRANSLATE_NOOP(
        "ImportText", "caractère de contrôle U+%(code_point)s inattendu : le fichier est "
        "peut-être binaire ou endommagé"),
    "unclosed_quote": QT_TRANSLATE_NOOP(
        "ImportText", "guillemet ouvert jamais fermé : les lignes suivantes seraient fusionnées"),
    "misplaced_quote": QT_TRANSLATE_NOOP(
        "ImportText",
        "guillemet mal placé : un champ entre guillemets doit être suivi du séparateur"),
    "field_too_long": QT_TRANSLATE_NOOP(
        "ImportText", "champ démesurément long (guillemet jamais fermé ?)"),
    "csv_unreadable": QT_TRANSLATE_NOOP("ImportText", "ligne CSV illisible (%(detail)s)"),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "ImportText",
        "classeur illisible : le fichier est tronqué, endommagé ou d'un format inconnu"),
    "workbook_password": QT_TRANSLATE_NOOP(
        "ImportText", "le classeur est protégé par un mot de passe : enregistrez-le sans mot de "
        "passe puis importez-le à nouveau"),
    "no_visible_sheet": QT_TRANSLATE_NOOP(
        "ImportText", "le classeur ne contient aucune feuille visible"),
    "sheet_not_found": QT_TRANSLATE_NOOP(
        "ImportText", "feuille « %(sheet)s » introuvable ; feuilles du classeur : %(sheets)s"),
    "sheet_too_long": QT_TRANSLATE_NOOP(
        "ImportText", "la feuille « %(sheet)s » compte plus de %(max_rows)s lignes"),
    "cell_too_far": QT_TRANSLATE_NOOP(
        "ImportText", "le classeur a une cellule remplie très loin du tableau (jusqu'à la ligne "
        "%(row)s) : supprimez les lignes et colonnes inutiles puis enregistrez à nouveau"),
    "column_not_found": QT_TRANSLATE_NOOP(
        "ImportText", "colonne %(field)s introuvable (en-têtes reconnus : %(examples)s) ; "
        "en-tête lu : %(header)s"),
    "unknown_field": QT_TRANSLATE_NOOP(
        "ImportText", "champ inconnu dans la correspondance : %(key)s"),
    "column_out_of_range": QT_TRANSLATE_NOOP(
        "ImportText", "colonne %(index)s hors du tableau pour %(field)s"),
    "same_column_twice": QT_TRANSLATE_NOOP(
        "ImportText", "la même colonne ne peut être à la fois %(field)s et %(other_field)s"),
    "no_column_chosen": QT_TRANSLATE_NOOP("ImportText", "aucune colonne choisie pour %(field)s"),
    "no_candidates": QT_TRANSLATE_NOOP(
        "ImportText", "aucun candidat : la liste s'arrête à l'en-tête (ligne %(header_line)s)"),
    "room_not_in_single_list": QT_TRANSLATE_NOOP(
        "ImportText",
        "salle « %(room)s » absente : la liste est celle de la salle « %(listed_room)s »"),
    "room_missing": QT_TRANSLATE_NOOP(
        "ImportText", "salle manquante alors que la liste compte plusieurs salles"),
    "room_not_chosen": QT_TRANSLATE_NOOP(
        "ImportText",
        "la liste compte plusieurs salles (%(rooms)s) : choisissez la salle à importer"),
    "room_not_found": QT_TRANSLATE_NOOP(
        "ImportText", "salle « %(room)s » absente de la liste ; salles trouvées : %(rooms)s"),
    "too_many_fields": QT_TRANSLATE_NOOP(
        "ImportText", "%(count)s champs alors que l'en-tête en a %(header_count)s (séparateur "
        "dans un nom sans guillemets ?)"),
    "line_break_in_field": QT_TRANSLATE_NOOP(
        "ImportText", "retour à la ligne au milieu du champ (guillemet mal fermé ?)"),
    "tab_in_field": QT_TRANSLATE_NOOP("ImportText", "tabulation au milieu du champ"),
    "control_character": QT_TRANSLATE_NOOP(
        "ImportText", "caractère de contrôle U+%(code_point)s inattendu"),
    "student_id_missing": QT_TRANSLATE_NOOP("ImportText", "numéro d'étudiant manquant"),
    "last_name_missing": QT_TRANSLATE_NOOP("ImportText", "nom manquant"),
    "scientific_notation": QT_TRANSLATE_NOOP(
        "ImportText", "numéro « %(value)s » en notation scientifique (Excel) : mettez la colonne "
        "au format Texte ou Nombre sans décimale, puis exportez à nouveau"),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "ImportText", "numéro %(student_id)s en double (déjà ligne %(first_line)s)"),
    "birth_date_unreadable": QT_TRANSLATE_NOOP(
        "ImportText", "date de naissance illisible : « %(value)s » (attendu JJ/MM/AAAA)"),
    "extra_time_unrecognised": QT_TRANSLATE_NOOP(
        "ImportText", "valeur « %(value)s » non reconnue : attendu oui/non, « tiers-temps » ou "
        "un nombre de minutes"),
    "extra_time_without_duration": QT_TRANSLATE_NOOP(
        "ImportText", "temps majoré sans durée dans « %(value)s » : écrivez « tiers-temps » ou "
        "un nombre de minutes"),
    "extra_time_improbable": QT_TRANSLATE_NOOP(
        "ImportText", "temps supplémentaire de %(minutes)s min improbable"),
    "extra_time_contradiction": QT_TRANSLATE_NOOP(
        "ImportText", "« %(value)s » contredit l'aménagement « %(accommodations)s »"),
}  # fmt: skip

# How a file was read (importing.messages.DESCRIPTIONS), and its delimiter's name.
DESCRIPTIONS = {
    "csv": QT_TRANSLATE_NOOP("ImportText", "CSV, %(encoding)s, séparateur %(delimiter)s"),
    "sheet": QT_TRANSLATE_NOOP("ImportText", "%(kind)s, feuille « %(sheet)s »"),
}
DELIMITER_NAMES = {
    ";": QT_TRANSLATE_NOOP("ImportText", "point-virgule"),
    "\t": QT_TRANSLATE_NOOP("ImportText", "tabulation"),
    ",": QT_TRANSLATE_NOOP("ImportText", "virgule"),
    "|": QT_TRANSLATE_NOOP("ImportText", "barre verticale"),
}

# Where a problem is (Problem.__str__) and the whole error's text (ListImportError).
LINE = QT_TRANSLATE_NOOP("ImportText", "ligne %(line)s")
COLUMN = QT_TRANSLATE_NOOP("ImportText", "colonne « %(column)s »")
UNTITLED_COLUMN = QT_TRANSLATE_NOOP("ImportText", "colonne %(number)s")
WHERE = QT_TRANSLATE_NOOP("ImportText", "%(where)s : %(message)s")
QUOTED = QT_TRANSLATE_NOOP("ImportText", "« %(name)s »")
HEAD = QT_TRANSLATE_NOOP("ImportText", "Impossible d'importer la liste ; rien n'a été importé.")
HEAD_NAMED = QT_TRANSLATE_NOOP(
    "ImportText", "Impossible d'importer la liste « %(name)s » ; rien n'a été importé."
)
COUNT = QT_TRANSLATE_NOOP("ImportText", " %(count)s problèmes :")
MORE = QT_TRANSLATE_NOOP("ImportText", "  … et %(count)s autres problèmes.")
# Past this many problems the error's text stops listing them (as the importer's does).
SHOWN = 20


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


def field_caption(key: str) -> str:
    """One of the importer's fields, by its key, in the UI's language."""
    return _tr(FIELD_CAPTIONS[key], "ListPage") if key in FIELD_CAPTIONS else key


def _quoted(name: str) -> str:
    return _tr(QUOTED) % {"name": name}


def _params(params: dict[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if key in ("field", "other_field"):
            value = field_caption(value)
        elif key == "delimiter":
            value = _tr(DELIMITER_NAMES[value]) if value in DELIMITER_NAMES else repr(value)
        elif isinstance(value, list | tuple):
            value = ", ".join(_quoted(str(item)) for item in value)
        shown[key] = value
    return shown


def _rebuilt(template: str, params: dict[str, Any]) -> str:
    return _tr(template) % _params(params)


def message_text(problem: Problem) -> str:
    """What is wrong (without where): the importer's French, or its code's translation."""
    if french_ui() or problem.code not in TEMPLATES:
        return problem.message
    try:
        return _rebuilt(TEMPLATES[problem.code], problem.params)
    except (KeyError, TypeError, ValueError):  # a parameter missing: the French says it all
        return problem.message


def problem_text(problem: Problem) -> str:
    """The problem with its line and column, as `str(problem)` says it in French."""
    if french_ui() or problem.code not in TEMPLATES:
        return str(problem)
    where = []
    if problem.line is not None:
        where.append(_tr(LINE) % {"line": problem.line})
    if problem.column is not None:
        column = problem.column
        if problem.column_number is not None:  # "colonne N", the importer's name for it
            column = _tr(UNTITLED_COLUMN) % {"number": problem.column_number}
        where.append(_tr(COLUMN) % {"column": column})
    message = message_text(problem)
    return _tr(WHERE) % {"where": ", ".join(where), "message": message} if where else message


def import_error_text(error: ListImportError) -> str:
    """The whole error, as `str(error)` says it in French: nothing imported, then each problem."""
    if french_ui():
        return str(error)
    if error.source_name:
        head = _tr(HEAD_NAMED) % {"name": error.source_name}
    else:
        head = _tr(HEAD)
    count = len(error.problems)
    if count > 1:
        head += _tr(COUNT) % {"count": count}
    lines = [head, *(f"  - {problem_text(p)}" for p in error.problems[:SHOWN])]
    if count > SHOWN:
        lines.append(_tr(MORE) % {"count": count - SHOWN})
    return "\n".join(lines)


def description_text(french: str, code: str, params: dict[str, Any]) -> str:
    """How a file was read (a ListPreview's or an ImportedList's `description`, `description_code`
    and `description_params`): the French as it is, or rebuilt from the code."""
    if french_ui() or code not in DESCRIPTIONS:
        return french
    try:
        return _rebuilt(DESCRIPTIONS[code], params)
    except (KeyError, TypeError, ValueError):
        return french
