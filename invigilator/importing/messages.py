"""What the importer says, by stable code: the French sentence of each problem and of the
description of a file, with %(name)s parameters.

A problem keeps its code and its parameters beside its French text, so that a UI in another
language can say the same in its own words (ui/widgets/import_text.py holds these same French
sentences as its translation sources; a test keeps the two equal). The parameters are given
raw and shown here: `field` and `other_field` are field keys (shown by their French name),
`delimiter` is the delimiter itself, a list is a list of names (shown « quoted »).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .headers import FIELDS

DELIMITER_NAMES = {";": "point-virgule", "\t": "tabulation", ",": "virgule", "|": "barre verticale"}
# Parameters that name one of the importer's fields by its key.
FIELD_PARAMS = ("field", "other_field")

MESSAGES = {
    # -- the file itself (source.py, decode.py) ------------------------------------------
    "file_not_found": "fichier introuvable : %(path)s",
    "is_folder": "%(path)s est un dossier, pas un fichier de liste",
    "not_regular": (
        "%(path)s n'est pas un fichier ordinaire (un tube, un périphérique…) : choisissez le fichier de la liste"
    ),
    "file_too_large": ("fichier trop volumineux pour une liste de candidats (> %(megabytes)s Mo)"),
    "read_failed": "lecture impossible de %(path)s : %(reason)s",
    "empty_file": "le fichier est vide",
    "blank_file": "le fichier est vide (aucune ligne remplie)",
    "text_has_no_sheets": (
        "le fichier est un texte (CSV), sans feuilles : la feuille « %(sheet)s » ne s'applique pas"
    ),
    "binary_content": (
        "le fichier n'est ni un texte (CSV) ni un tableur reconnu (contenu binaire)"
    ),
    "undecodable": (
        "texte illisible en %(encoding)s (octet %(byte)s inattendu) : le fichier est "
        "peut-être tronqué ou n'est pas un texte"
    ),
    "control_character_in_file": (
        "caractère de contrôle U+%(code_point)s inattendu : le fichier est peut-être binaire "
        "ou endommagé"
    ),
    "unclosed_quote": ("guillemet ouvert jamais fermé : les lignes suivantes seraient fusionnées"),
    "misplaced_quote": (
        "guillemet mal placé : un champ entre guillemets doit être suivi du séparateur"
    ),
    "field_too_long": "champ démesurément long (guillemet jamais fermé ?)",
    "csv_unreadable": "ligne CSV illisible (%(detail)s)",
    # -- workbooks (spreadsheet.py, guards.py) -------------------------------------------
    "workbook_unreadable": (
        "classeur illisible : le fichier est tronqué, endommagé ou d'un format inconnu"
    ),
    "workbook_password": (
        "le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe "
        "puis importez-le à nouveau"
    ),
    "no_visible_sheet": "le classeur ne contient aucune feuille visible",
    "sheet_not_found": "feuille « %(sheet)s » introuvable ; feuilles du classeur : %(sheets)s",
    "sheet_too_long": "la feuille « %(sheet)s » compte plus de %(max_rows)s lignes",
    "cell_too_far": (
        "le classeur a une cellule remplie très loin du tableau (jusqu'à la ligne %(row)s) : "
        "supprimez les lignes et colonnes inutiles puis enregistrez à nouveau"
    ),
    # -- the header and the mapping (reader.py) ------------------------------------------
    "column_not_found": (
        "colonne %(field)s introuvable (en-têtes reconnus : %(examples)s) ; en-tête lu : %(header)s"
    ),
    "unknown_field": "champ inconnu dans la correspondance : %(key)s",
    "column_out_of_range": "colonne %(index)s hors du tableau pour %(field)s",
    "same_column_twice": "la même colonne ne peut être à la fois %(field)s et %(other_field)s",
    "no_column_chosen": "aucune colonne choisie pour %(field)s",
    "no_candidates": "aucun candidat : la liste s'arrête à l'en-tête (ligne %(header_line)s)",
    # -- rooms (reader.py) ---------------------------------------------------------------
    "room_not_in_single_list": (
        "salle « %(room)s » absente : la liste est celle de la salle « %(listed_room)s »"
    ),
    "room_missing": "salle manquante alors que la liste compte plusieurs salles",
    "room_not_chosen": (
        "la liste compte plusieurs salles (%(rooms)s) : choisissez la salle à importer"
    ),
    "room_not_found": "salle « %(room)s » absente de la liste ; salles trouvées : %(rooms)s",
    # -- rows and cells (rows.py, cells.py, accommodations.py) ---------------------------
    "too_many_fields": (
        "%(count)s champs alors que l'en-tête en a %(header_count)s (séparateur dans un nom "
        "sans guillemets ?)"
    ),
    "line_break_in_field": "retour à la ligne au milieu du champ (guillemet mal fermé ?)",
    "tab_in_field": "tabulation au milieu du champ",
    "control_character": "caractère de contrôle U+%(code_point)s inattendu",
    "student_id_missing": "numéro d'étudiant manquant",
    "last_name_missing": "nom manquant",
    "scientific_notation": (
        "numéro « %(value)s » en notation scientifique (Excel) : mettez la colonne au format "
        "Texte ou Nombre sans décimale, puis exportez à nouveau"
    ),
    "duplicate_id": "numéro %(student_id)s en double (déjà ligne %(first_line)s)",
    "birth_date_unreadable": ("date de naissance illisible : « %(value)s » (attendu JJ/MM/AAAA)"),
    "extra_time_unrecognised": (
        "valeur « %(value)s » non reconnue : attendu oui/non, « tiers-temps » ou un nombre "
        "de minutes"
    ),
    "extra_time_without_duration": (
        "temps majoré sans durée dans « %(value)s » : écrivez « tiers-temps » ou un nombre "
        "de minutes"
    ),
    "extra_time_improbable": "temps supplémentaire de %(minutes)s min improbable",
    "extra_time_contradiction": "« %(value)s » contredit l'aménagement « %(accommodations)s »",
}

# How a file was read (RawTable.description).
DESCRIPTIONS = {
    "csv": "CSV, %(encoding)s, séparateur %(delimiter)s",
    "sheet": "%(kind)s, feuille « %(sheet)s »",
}


def quoted_list(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f"« {name} »" for name in names)


def french(template: str, params: Mapping[str, Any]) -> str:
    """A template of MESSAGES or DESCRIPTIONS with its raw parameters, in French."""
    shown: dict[str, Any] = {}
    for key, value in params.items():
        if key in FIELD_PARAMS:
            value = FIELDS.get(value, value)
        elif key == "delimiter":
            value = DELIMITER_NAMES.get(value, repr(value))
        elif isinstance(value, list | tuple):
            value = quoted_list(value)
        shown[key] = value
    return template % shown
