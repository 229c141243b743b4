"""The documents' sub-commands:

    invigilator export-pdf SESSION_FILE -o OUT.pdf [--parts pv,sheet,fraud] [--draft]
    invigilator print-list LIST_FILE --duration MIN [--room ROOM] -o OUT.pdf

A bad path, a file that is not a session, an unwritable output: a French message, a non-zero
exit, never a traceback, and no partial PDF left behind.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from invigilator.errors import InvigilatorError
from invigilator.importing.command import minutes_argument


def register(subparsers: Any) -> None:
    export = subparsers.add_parser(
        "export-pdf",
        help="produire le procès-verbal, la feuille d'émargement et les PV de fraude (PDF)",
        description=(
            "Produit le PDF d'une session : procès-verbal de déroulement, feuille d'émargement "
            "et un procès-verbal par fraude. Une session non scellée donne un projet marqué "
            "« PROJET — NON SCELLÉ » ; un fichier NON CONFORME est refusé, sauf avec --draft."
        ),
    )
    export.add_argument("session_file", metavar="FICHIER_DE_SESSION")
    export.add_argument("-o", "--output", metavar="SORTIE.pdf",
                        help="le PDF à écrire (par défaut, à côté du fichier de session)")  # fmt: skip
    export.add_argument("--parts", default="pv,sheet,fraud",
                        help="parties à produire parmi pv, sheet, fraud (par défaut toutes)")  # fmt: skip
    export.add_argument("--draft", action="store_true",
                        help="produire un document de travail même d'un fichier NON CONFORME")  # fmt: skip
    export.set_defaults(func=run_export_pdf)

    blank = subparsers.add_parser(
        "print-list",
        help="imprimer une feuille d'émargement vierge depuis une liste (secours papier)",
        description=(
            "Imprime avant l'épreuve une feuille d'émargement vierge (mêmes colonnes, cases de "
            "signature vides, lignes pour les ajouts manuscrits) : si l'ordinateur tombe en "
            "panne, la salle continue sur papier."
        ),
    )
    blank.add_argument("list_file", metavar="LISTE")
    blank.add_argument("--duration", required=True, type=minutes_argument, metavar="MINUTES",
                       help="durée de l'épreuve (pour les tiers-temps)")  # fmt: skip
    blank.add_argument("--room", metavar="SALLE", help="la salle, si la liste en a plusieurs")
    blank.add_argument("--sheet", metavar="FEUILLE", help="la feuille du classeur")
    blank.add_argument("--exam", metavar="CODE_UE", default="", help="le code de l'UE")
    blank.add_argument("--title", metavar="INTITULÉ", default="", help="l'intitulé de l'UE")
    blank.add_argument("--date", metavar="AAAA-MM-JJ", type=_day, help="la date de l'épreuve")
    blank.add_argument("--centre", metavar="CENTRE", default="", help="le centre organisateur")
    blank.add_argument("--blank-rows", type=int, default=10, metavar="N",
                       help="lignes vierges pour les ajouts manuscrits (10 par défaut)")  # fmt: skip
    blank.add_argument("-o", "--output", required=True, metavar="SORTIE.pdf")
    blank.set_defaults(func=run_print_list)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue (AAAA-MM-JJ) : {text!r}") from None


def run_export_pdf(args: argparse.Namespace) -> int:
    from invigilator.documents.export import default_pdf_path, export_pdf

    out = Path(args.output) if args.output else default_pdf_path(args.session_file)
    result = export_pdf(args.session_file, out, args.parts, draft=args.draft)
    print(result.message)
    return 0


def run_print_list(args: argparse.Namespace) -> int:
    from invigilator.documents.blank import BlankSheet, blank_sheet_pdf
    from invigilator.documents.export import write_private
    from invigilator.importing import ListImportError, read_list

    if not 0 <= args.blank_rows <= 200:
        raise InvigilatorError("--blank-rows doit être entre 0 et 200.")
    try:
        imported = read_list(args.list_file, sheet=args.sheet, room=args.room,
                             duration_minutes=args.duration)  # fmt: skip
    except ListImportError as error:
        raise InvigilatorError(str(error)) from None
    sheet = BlankSheet(
        imported.candidates, args.duration, room=args.room or imported.room or "",
        exam_code=args.exam, exam_title=args.title, exam_date=args.date,
        institution=args.centre, source_name=imported.source_name, blank_rows=args.blank_rows,
    )  # fmt: skip
    out = write_private(args.output, blank_sheet_pdf(sheet))
    print(f"{out} : feuille d'émargement vierge, {len(imported.candidates)} candidats")
    return 0
