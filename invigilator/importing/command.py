"""`invigilator check-list FILE [--room ROOM] [--sheet NAME] [--duration MINUTES] [--json]`:
the office checks a list before exam day. Exit 0 when importable, 1 when not."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..model import Candidate
from .errors import ListImportError, Problem
from .headers import FIELDS
from .reader import ImportedList, read_list


def add_parser(subparsers: Any) -> None:
    """Add the `check-list` sub-command; its `func` default is `run_check_list`."""
    parser = subparsers.add_parser(
        "check-list",
        help="vérifier une liste de candidats avant l'épreuve",
        description=(
            "Lit une liste de candidats (CSV, XLSX, XLS ou ODS) comme l'application le fera "
            "le jour de l'épreuve, et dit si elle est importable."
        ),
    )
    parser.add_argument("file", metavar="FICHIER", type=Path, help="la liste (CSV, XLSX, XLS, ODS)")
    parser.add_argument(
        "--room", metavar="SALLE", help="la salle à vérifier, si la liste en a plusieurs"
    )
    parser.add_argument(
        "--sheet", metavar="FEUILLE", help="la feuille du classeur (la première par défaut)"
    )
    parser.add_argument(
        "--duration",
        metavar="MINUTES",
        type=minutes_argument,
        help="durée de l'épreuve, pour traduire un tiers-temps en minutes",
    )
    parser.add_argument("--json", action="store_true", help="résultat en JSON")
    parser.set_defaults(func=run_check_list)


def minutes_argument(text: str) -> int:
    """An exam's duration given on the command line, in minutes (argparse `type=`)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre de minutes attendu : {text!r}") from None
    if not 0 < value <= 24 * 60:
        raise argparse.ArgumentTypeError(f"durée improbable : {value} min")
    return value


def run_check_list(args: argparse.Namespace) -> int:
    imported: ImportedList | None = None
    problems: list[Problem] = []
    rooms: list[str] = []
    message = ""
    try:
        imported = read_list(
            args.file, sheet=args.sheet, room=args.room, duration_minutes=args.duration
        )
    except ListImportError as error:
        problems, message, rooms = error.problems, str(error), error.rooms
        if rooms and args.room is None:
            message += "\nIndiquez la salle avec --room, par exemple --room " + _quoted(rooms[0])
    except Exception as error:  # the office must never see a traceback
        problems = [Problem(None, None, f"erreur inattendue en lisant la liste : {error!r}")]
        message = problems[0].message
    if args.json:
        print(json.dumps(_json(imported, problems, rooms), ensure_ascii=False, indent=2))
    elif imported is not None:
        print(_report(imported))
    else:
        print(message)
        print("Liste NON importable : corrigez le fichier puis vérifiez-le à nouveau.")
    return 0 if imported is not None else 1


def _quoted(text: str) -> str:
    return f'"{text}"' if any(c.isspace() for c in text) else text


def _json(
    imported: ImportedList | None, problems: list[Problem], rooms: list[str]
) -> dict[str, Any]:
    candidates = imported.candidates if imported else []
    third = set(imported.third_time_ids) if imported else set()
    return {
        "ok": imported is not None,
        "count": len(candidates),
        "candidates": [
            {
                "id": c.student_id,
                "last_name": c.last_name,
                "first_name": c.first_name,
                "extra_time_minutes": c.extra_time_minutes,
                "tiers_temps": c.student_id in third,
                "accommodations": c.accommodations,
                "room": c.room,
                "seat": c.seat,
            }
            for c in candidates
        ],
        "problems": [p.to_record() for p in problems],
        "room": imported.room if imported else None,
        "rooms": imported.rooms if imported else rooms,
        "sha256": imported.sha256 if imported else None,
    }


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _extra_time(candidate: Candidate, imported: ImportedList) -> str:
    if candidate.student_id in imported.third_time_ids:
        if imported.duration_minutes is None:
            return "tiers-temps (minutes selon la durée : --duration)"
        return f"tiers-temps (+{candidate.extra_time_minutes} min)"
    if candidate.extra_time_minutes:
        return f"+{candidate.extra_time_minutes} min"
    return ""


def _report(imported: ImportedList) -> str:
    lines = [
        f"{imported.source_name} — {imported.description} ; en-tête ligne {imported.header_line}",
    ]
    where = f"salle {imported.room}" if imported.room else "salle non indiquée"
    count = f"{where} : {_plural(len(imported.candidates), 'candidat', 'candidats')}"
    if imported.others:
        elsewhere = [r for r in imported.rooms if r != imported.room]
        others = _plural(len(imported.others), "autre candidat", "autres candidats")
        rooms = _plural(len(elsewhere), "salle", "salles").split(" ", 1)[1]
        count += f" ({others} en {rooms} {', '.join(elsewhere)})"
    lines.append(count[0].upper() + count[1:])
    mapped = ", ".join(f"{FIELDS[k]} ← « {v} »" for k, v in imported.columns.items())
    lines.append(f"Colonnes : {mapped}")
    if imported.extra_columns:
        lines.append("Autres colonnes conservées : " + ", ".join(imported.extra_columns))
    special = [
        (c, _extra_time(c, imported))
        for c in imported.candidates
        if c.accommodations or c.extra_time_minutes or c.student_id in imported.third_time_ids
    ]
    if special:
        lines.append(f"Aménagements ({len(special)}) :")
        for candidate, extra in special:
            details = " ; ".join(t for t in (extra, candidate.accommodations) if t)
            lines.append(f"  {candidate.student_id}  {candidate.display_name} : {details}")
    else:
        lines.append("Aucun aménagement.")
    lines.append("Liste importable.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the sub-command alone (tests, or before it is wired into the main command line)."""
    parser = argparse.ArgumentParser(prog="invigilator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
