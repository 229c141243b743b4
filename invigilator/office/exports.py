"""The reconciliation's exports: the information system's file (CSV, XLSX) and the JSON.

One row per candidate and exam. The CSV is UTF-8 with a BOM and `;`, as French Excel opens it.
Every text cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`,
a tab or a carriage return: OWASP's CSV-injection rule) is neutralised with a leading `'`, in
the CSV and the XLSX alike; the XLSX is written with openpyxl and holds no formula at all.
Files are created owner-only (0600): they hold personal data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from invigilator.office.output import ExportError, write_private
from invigilator.office.reconcile import CandidateLine, Report

HEADERS = (
    "N° auditeur", "Nom", "Prénom", "Épreuve", "Salle", "État", "Entrée", "Remise", "Feuilles",
    "Copie blanche", "Retard", "Tiers-temps (min)", "Signalements", "Code absence",
)  # fmt: skip
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text cell a spreadsheet would take for a formula gets a leading `'`; numbers pass."""
    if isinstance(value, str) and value.startswith(DANGEROUS_STARTS):
        return "'" + value
    return value


def _time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M:%S") if moment else ""


def candidate_row(line: CandidateLine) -> list[Any]:
    """One export row, neutralised: numbers stay numbers, the rest is text."""
    values: list[Any] = [
        line.student_id, line.last_name, line.first_name, line.exam, line.room, line.state,
        _time(line.entered_at), _time(line.handed_in_at),
        line.sheets if line.sheets is not None else "",
        "oui" if line.blank else "", "oui" if line.late else "",
        line.extra_time_minutes or "", " ; ".join(line.flags), line.absence_code,
    ]  # fmt: skip
    return [neutralise(v) for v in values]


def rows(report: Report) -> Iterator[list[Any]]:
    for exam in report.exams:
        for line in exam.candidates:
            yield candidate_row(line)


def csv_text(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(rows(report))
    return out.getvalue()


def write_csv(report: Report, path: Path | str) -> Path:
    text = csv_text(report)

    def write(target: Path) -> None:
        target.write_text(text, encoding="utf-8-sig", newline="")

    return write_private(Path(path), write)


def write_xlsx(report: Report, path: Path | str) -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: Any) -> Any:
        # A control character (a scanner's GS, a NUL typed in a name) has no place in XLSX's
        # XML: openpyxl raised IllegalCharacterError and no export was written at all.
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value) if isinstance(value, str) else value

    def write(target: Path) -> None:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Présences")
        sheet.append(list(HEADERS))
        for row in rows(report):
            # openpyxl takes a text starting with "=" for a formula: neutralise() left none.
            sheet.append([cell(value) for value in row])
        book.save(target)

    return write_private(Path(path), write)


def write_report(report: Report, path: Path | str) -> Path:
    """The export the file name asks for: .csv, .xlsx or .pdf."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return write_csv(report, path)
    if suffix == ".xlsx":
        return write_xlsx(report, path)
    if suffix == ".pdf":
        from invigilator.office.pdf import write_pdf

        return write_pdf(report, path)
    raise ExportError(f"{path.name} : format d'export inconnu (.csv, .xlsx ou .pdf).")


def to_json(report: Report) -> dict[str, Any]:
    """The stable structure of `invigilator reconcile --json`."""
    return {
        "exams": [
            {
                "exam": exam.exam,
                "title": exam.title,
                "date": exam.date,
                **exam.totals,
                "absentees": exam.absentees,
                "missing_rooms": exam.missing_rooms,
                "rooms": [
                    {
                        "room": room.room,
                        "file": str(room.file.path),
                        "intact": room.file.intact,
                        "readable": room.file.readable,
                        "sealed": room.file.sealed,
                        "final_hash": room.file.final_hash,
                        "verification": room.file.verification,
                        "state": room.state,
                        "paper": room.paper_status,
                        "papers_received": room.paper.papers_received if room.paper else None,
                        "copies": [str(p) for p in room.copies],
                        **{
                            key: room.count(key)
                            for key in (
                                "enrolled",
                                "present",
                                "absent",
                                "papers",
                                "sheets",
                                "late_admitted",
                                "late_refused",
                                "added_by_hand",
                                "incidents",
                            )
                        },
                    }  # fmt: skip
                    for room in exam.rooms
                ],
                "problems": [
                    {
                        "kind": p.kind,
                        "room": p.room,
                        "file": p.file,
                        "candidates": p.candidates,
                        "detail": p.detail,
                    }
                    for p in exam.problems
                ],
            }
            for exam in report.exams
        ],
        "files_refused": [{"file": r.file, "reason": r.reason} for r in report.files_refused],
    }


def json_text(report: Report) -> str:
    return json.dumps(to_json(report), ensure_ascii=False, indent=2)
