"""`invigilator reconcile PATH... [--enrolment FILE] [--pv-hashes FILE] [--json] [-o REPORT]`:
the exam office reconciles every room of an exam. Exit 0 whenever a report was produced
(its problems are in it), 1 when nothing could be read, 2 for a wrong usage (argparse)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from invigilator.collector import collector_paused
from invigilator.errors import InvigilatorError, NotASessionFile
from invigilator.office.exports import json_text, write_report
from invigilator.office.files import Refused, find_session_files
from invigilator.office.paper import PaperEntry, read_paper_file
from invigilator.office.reconcile import Report, reconcile
from invigilator.office.rooms import Listed, RoomFile, read_room


def read_rooms(
    paths: Iterable[Path | str], progress: Callable[[int, int, Path], None] | None = None
) -> tuple[list[RoomFile], list[Refused]]:
    """Every session file under `paths`, read one at a time; the rest refused with a reason."""
    found = find_session_files(paths)
    rooms: list[RoomFile] = []
    refused = list(found.refused)
    for number, path in enumerate(found.files, start=1):
        if progress is not None:
            progress(number, len(found.files), path)
        try:
            with collector_paused():
                rooms.append(read_room(path))
        except NotASessionFile as error:
            refused.append(Refused(str(path), str(error), "not_a_session_file"))
        except InvigilatorError as error:
            refused.append(Refused(str(path), str(error), error.code, error.params))
        except Exception as error:  # the office must never see a traceback
            detail = f"{type(error).__name__} : {error}"
            refused.append(Refused(str(path), f"lecture impossible ({detail})", "read_failed",
                                   {"detail": detail}))  # fmt: skip
    return rooms, refused


def read_enrolment(path: Path | str) -> list[Listed]:
    """The office's enrolment list (every room of the exam), read as the app reads lists."""
    from invigilator.importing import ListImportError, read_list

    try:
        imported = read_list(path)
    except ListImportError as error:
        if not error.rooms:
            raise
        imported = read_list(path, room=error.rooms[0])  # several rooms: take them all
    everyone = [*imported.candidates, *imported.others]
    return [Listed(c.student_id, c.last_name, c.first_name, c.room, c.ue_code) for c in everyone]


def run_reconcile(args: argparse.Namespace) -> int:
    if args.output and args.output.suffix.lower() not in (".csv", ".xlsx", ".pdf"):
        raise InvigilatorError(
            f"{args.output.name} : format d'export inconnu (.csv, .xlsx ou .pdf)."
        )
    enrolment = read_enrolment(args.enrolment) if args.enrolment else None
    paper: Sequence[PaperEntry] = read_paper_file(args.pv_hashes) if args.pv_hashes else ()
    rooms, refused = read_rooms(args.paths)
    report = reconcile(rooms, refused, enrolment=enrolment, paper=paper)
    if args.output:
        write_report(report, args.output)
    if args.json:
        print(json_text(report))
    else:
        print(text_report(report))
        if args.output:
            print(f"\nExport écrit : {args.output}")
    if not report.produced:
        print("invigilator : aucun fichier de session n'a pu être lu.", file=sys.stderr)
        return 1
    return 0


def text_report(report: Report) -> str:
    lines: list[str] = []
    for exam in report.exams:
        t = exam.totals
        lines.append(f"Épreuve {exam.exam} {exam.title} — {exam.date or 'date inconnue'}")
        lines.append(
            f"  {t['enrolled']} inscrits, {t['present']} présents, {t['absent']} absents, "
            f"{t['papers']} copies, {t['sheets']} feuilles, {t['late_admitted']} retards admis, "
            f"{t['late_refused']} refusés, {t['added_by_hand']} ajouts manuscrits, "
            f"{t['incidents']} incidents"
        )
        for room in exam.rooms:
            counts = ", ".join(
                f"{label} {'—' if room.count(key) is None else room.count(key)}"
                for key, label in (("enrolled", "inscrits"), ("present", "présents"),
                                   ("absent", "absents"), ("papers", "copies"))
            )  # fmt: skip
            lines.append(f"  Salle {room.room} : {room.state} ; {counts} ; {room.paper_status}")
            lines.append(f"    {room.file.path}")
        for missing in exam.missing_rooms:
            lines.append(f"  Salle {missing} : AUCUN FICHIER")
        if exam.problems:
            lines.append(f"  Problèmes ({len(exam.problems)}) :")
        for p in exam.problems:
            who = f" [{', '.join(p.candidates)}]" if p.candidates else ""
            lines.append(f"    {p.kind:<24} salle {p.room}{who} : {p.detail}")
        if exam.absentees:
            lines.append(f"  Absents (ABI) : {', '.join(exam.absentees)}")
        lines.append("")
    for r in report.files_refused:
        lines.append(f"Fichier refusé : {r.file} : {r.reason}")
    return "\n".join(lines).rstrip()


def add_parser(subparsers: Any) -> None:
    """Add the `reconcile` sub-command; its `func` default is `run_reconcile`."""
    parser = subparsers.add_parser(
        "reconcile",
        help="rapprocher les fichiers de session de toutes les salles d'une épreuve",
        description=(
            "Lit en lecture seule les fichiers de session (ou les dossiers qui les contiennent), "
            "les rapproche entre salles, de la liste des inscrits et des PV papier, et exporte."
        ),
    )
    parser.add_argument("paths", metavar="CHEMIN", nargs="+", type=Path,
                        help="fichier de session ou dossier")  # fmt: skip
    parser.add_argument("--enrolment", metavar="FICHIER", type=Path,
                        help="liste des inscrits de toutes les salles (CSV, XLSX, XLS, ODS)")  # fmt: skip
    parser.add_argument(
        "--pv-hashes", metavar="FICHIER", type=Path,
        help="empreintes des PV papier : lignes « salle;empreinte[;copies reçues] » "
        "ou codes scannés, un par ligne",
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help="résultat en JSON")
    parser.add_argument("-o", "--output", metavar="RAPPORT", type=Path,
                        help="export : .csv (Excel), .xlsx ou .pdf")  # fmt: skip
    parser.set_defaults(func=run_reconcile)
