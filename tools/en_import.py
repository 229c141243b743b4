"""English for the UI: the list importer's problems and file descriptions, rebuilt from their
codes in the set-up wizard and the office (ui/widgets/import_text.py).

One table of `tools/translations_en.py`, which merges them (a later entry wins). “tiers-temps”
stays in French where it is a value to type in the list: the importer reads that spelling.
"""

IMPORT = {
    # -- where, and the whole error ---------------------------------------------------------
    "ligne %(line)s": "line %(line)s",
    "colonne « %(column)s »": "column “%(column)s”",
    "colonne %(number)s": "column %(number)s",
    "%(where)s : %(message)s": "%(where)s: %(message)s",
    "« %(name)s »": "“%(name)s”",
    "Impossible d'importer la liste ; rien n'a été importé.":
        "Cannot import the list; nothing was imported.",
    "Impossible d'importer la liste « %(name)s » ; rien n'a été importé.":
        "Cannot import the list “%(name)s”; nothing was imported.",
    " %(count)s problèmes :": " %(count)s problems:",
    "  … et %(count)s autres problèmes.": "  … and %(count)s more problems.",
    # -- how the file was read ----------------------------------------------------------------
    "CSV, %(encoding)s, séparateur %(delimiter)s": "CSV, %(encoding)s, %(delimiter)s delimiter",
    "%(kind)s, feuille « %(sheet)s »": "%(kind)s, sheet “%(sheet)s”",
    "point-virgule": "semicolon",
    "tabulation": "tab",
    "virgule": "comma",
    "barre verticale": "vertical bar",
    # -- the file itself ------------------------------------------------------------------------
    "fichier introuvable : %(path)s": "file not found: %(path)s",
    "%(path)s est un dossier, pas un fichier de liste": "%(path)s is a folder, not a list file",
    "%(path)s n'est pas un fichier ordinaire (un tube, un périphérique…) : choisissez le fichier de la liste":
        "%(path)s is not a regular file (a pipe, a device…): choose the list's file",
    "fichier trop volumineux pour une liste de candidats (> %(megabytes)s Mo)":
        "file too large for a candidate list (> %(megabytes)s MB)",
    "lecture impossible de %(path)s : %(reason)s": "cannot read %(path)s: %(reason)s",
    "le fichier est vide": "the file is empty",
    "le fichier est vide (aucune ligne remplie)": "the file is empty (no line filled in)",
    "le fichier est un texte (CSV), sans feuilles : la feuille « %(sheet)s » ne s'applique pas":
        "the file is text (CSV), without sheets: the sheet “%(sheet)s” does not apply",
    "le fichier n'est ni un texte (CSV) ni un tableur reconnu (contenu binaire)":
        "the file is neither text (CSV) nor a known spreadsheet (binary content)",
    "texte illisible en %(encoding)s (octet %(byte)s inattendu) : le fichier est peut-être "
    "tronqué ou n'est pas un texte":
        "text unreadable as %(encoding)s (unexpected byte %(byte)s): the file may be truncated "
        "or may not be text",
    "caractère de contrôle U+%(code_point)s inattendu : le fichier est peut-être binaire ou "
    "endommagé":
        "unexpected control character U+%(code_point)s: the file may be binary or damaged",
    "guillemet ouvert jamais fermé : les lignes suivantes seraient fusionnées":
        "a quote opened and never closed: the lines after it would be merged",
    "guillemet mal placé : un champ entre guillemets doit être suivi du séparateur":
        "misplaced quote: a quoted field must be followed by the delimiter",
    "champ démesurément long (guillemet jamais fermé ?)":
        "field far too long (a quote never closed?)",
    "ligne CSV illisible (%(detail)s)": "unreadable CSV line (%(detail)s)",
    # -- workbooks ---------------------------------------------------------------------------
    "classeur illisible : le fichier est tronqué, endommagé ou d'un format inconnu":
        "unreadable workbook: the file is truncated, damaged or of an unknown format",
    "le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe puis "
    "importez-le à nouveau":
        "the workbook is protected by a password: save it without a password, then import it "
        "again",
    "le classeur ne contient aucune feuille visible": "the workbook has no visible sheet",
    "feuille « %(sheet)s » introuvable ; feuilles du classeur : %(sheets)s":
        "sheet “%(sheet)s” not found; the workbook's sheets: %(sheets)s",
    "la feuille « %(sheet)s » compte plus de %(max_rows)s lignes":
        "the sheet “%(sheet)s” has more than %(max_rows)s rows",
    "le classeur a une cellule remplie très loin du tableau (jusqu'à la ligne %(row)s) : "
    "supprimez les lignes et colonnes inutiles puis enregistrez à nouveau":
        "the workbook has a filled cell far away from the table (down to row %(row)s): delete "
        "the unused rows and columns, then save again",
    # -- the header and the column mapping -------------------------------------------------
    "colonne %(field)s introuvable (en-têtes reconnus : %(examples)s) ; en-tête lu : "
    "%(header)s":
        "no %(field)s column (headers recognised: %(examples)s); header read: %(header)s",
    "champ inconnu dans la correspondance : %(key)s":
        "unknown field in the column mapping: %(key)s",
    "colonne %(index)s hors du tableau pour %(field)s":
        "column %(index)s is outside the table for %(field)s",
    "la même colonne ne peut être à la fois %(field)s et %(other_field)s":
        "the same column cannot be both %(field)s and %(other_field)s",
    "aucune colonne choisie pour %(field)s": "no column chosen for %(field)s",
    "aucun candidat : la liste s'arrête à l'en-tête (ligne %(header_line)s)":
        "no candidates: the list stops at the header (line %(header_line)s)",
    # -- rooms -------------------------------------------------------------------------------
    "salle « %(room)s » absente : la liste est celle de la salle « %(listed_room)s »":
        "room “%(room)s” not in the list: the list is for room “%(listed_room)s”",
    "salle manquante alors que la liste compte plusieurs salles":
        "room missing, while the list has several rooms",
    "la liste compte plusieurs salles (%(rooms)s) : choisissez la salle à importer":
        "the list has several rooms (%(rooms)s): choose the room to import",
    "salle « %(room)s » absente de la liste ; salles trouvées : %(rooms)s":
        "room “%(room)s” not in the list; rooms found: %(rooms)s",
    # -- rows and cells ----------------------------------------------------------------------
    "%(count)s champs alors que l'en-tête en a %(header_count)s (séparateur dans un nom sans "
    "guillemets ?)":
        "%(count)s fields while the header has %(header_count)s (a delimiter in a name without "
        "quotes?)",
    "retour à la ligne au milieu du champ (guillemet mal fermé ?)":
        "line break inside the field (a quote badly closed?)",
    "tabulation au milieu du champ": "tab inside the field",
    "caractère de contrôle U+%(code_point)s inattendu":
        "unexpected control character U+%(code_point)s",
    "numéro d'étudiant manquant": "student number missing",
    "nom manquant": "last name missing",
    "numéro « %(value)s » en notation scientifique (Excel) : mettez la colonne au format Texte "
    "ou Nombre sans décimale, puis exportez à nouveau":
        "number “%(value)s” in scientific notation (Excel): format the column as Text, or as "
        "Number without decimals, then export again",
    "numéro %(student_id)s en double (déjà ligne %(first_line)s)":
        "number %(student_id)s appears twice (already on line %(first_line)s)",
    "date de naissance illisible : « %(value)s » (attendu JJ/MM/AAAA)":
        "unreadable date of birth: “%(value)s” (expected DD/MM/YYYY)",
    "valeur « %(value)s » non reconnue : attendu oui/non, « tiers-temps » ou un nombre de "
    "minutes":
        "value “%(value)s” not recognised: expected yes/no, “tiers-temps” (a third more time) "
        "or a number of minutes",
    "temps majoré sans durée dans « %(value)s » : écrivez « tiers-temps » ou un nombre de "
    "minutes":
        "extra time without a length in “%(value)s”: write “tiers-temps” (a third more time) "
        "or a number of minutes",
    "temps supplémentaire de %(minutes)s min improbable":
        "implausible extra time of %(minutes)s min",
    "« %(value)s » contredit l'aménagement « %(accommodations)s »":
        "“%(value)s” contradicts the accommodation “%(accommodations)s”",
}
