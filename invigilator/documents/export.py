"""The PDF of a sitting, and writing it: owner-only, through a temporary file, never partial.

session_pdf(path, parts=("pv", "sheet", "fraud"), draft=False) -> bytes
export_pdf(path, out, parts=..., draft=False) -> Exported
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from invigilator.collector import collector_paused
from invigilator.documents import attendance, fraud, pv
from invigilator.documents.common import institution, part_for
from invigilator.documents.fonts import DocumentError, check_drawable
from invigilator.documents.page import Marking, Part, build_pdf
from invigilator.documents.source import Sitting, Standing, read_sitting

PARTS = ("pv", "sheet", "fraud")
PART_NAMES = {"pv": "procès-verbal", "sheet": "feuille d'émargement", "fraud": "PV de fraude"}
PDF_SUFFIX = ".pdf"


@dataclass(frozen=True)
class Exported:
    path: Path
    standing: Standing
    size: int
    fraud_reports: int

    @property
    def message(self) -> str:
        what = {
            Standing.FINAL: "documents définitifs (session scellée)",
            Standing.UNSEALED: "PROJET — session non scellée",
            Standing.NOT_CONFORMING: "document de travail NON CONFORME",
        }[self.standing]
        return f"{self.path} : {what}, {self.size // 1024 + 1} Ko"


def parse_parts(text: str | Iterable[str]) -> tuple[str, ...]:
    names = [p.strip() for p in (text.split(",") if isinstance(text, str) else text) if p.strip()]
    unknown = [p for p in names if p not in PARTS]
    if unknown or not names:
        raise DocumentError(
            f"Parties inconnues : {', '.join(unknown) or '(aucune)'} ; "
            f"choisir parmi {', '.join(PARTS)} (par exemple --parts pv,sheet)."
        )
    return tuple(p for p in PARTS if p in names)


def check_names(sitting: Sitting) -> None:
    """Every name the documents will print, checked first: the export fails naming the
    candidate rather than print an empty box."""
    for entry in sitting.state.candidates.values():
        c = entry.candidate
        check_drawable(f"{c.last_name} {c.first_name}",
                       f"le nom de {c.display_name} (n° {c.student_id})")  # fmt: skip
    for name in sitting.state.invigilators:
        check_drawable(name, f"le nom du surveillant {name}")


def sitting_pdf(sitting: Sitting, parts: Iterable[str] = PARTS, *, invariant: bool = True) -> bytes:
    parts = parse_parts(parts)
    check_names(sitting)
    story: list[Flowable] = []
    layout: list[Part] = []

    def start(part: Part, flowables: list[Flowable]) -> None:
        if layout:
            story.extend([NextPageTemplate(part.key), PageBreak()])
        layout.append(part)
        story.extend(flowables)

    if "pv" in parts:
        start(part_for(sitting, "pv", pv.TITLE), pv.pv_story(sitting))
    if "sheet" in parts:
        part = part_for(sitting, "sheet", attendance.TITLE)
        start(part, attendance.sheet_story(sitting, part.row_names))
    if "fraud" in parts:
        for number, event in enumerate(pv.fraud_incidents(sitting), start=1):
            start(part_for(sitting, f"fraud-{number}", fraud.TITLE),
                  fraud.fraud_story(sitting, event, number))  # fmt: skip
    if not layout:
        raise DocumentError("Aucun procès-verbal de fraude dans cette session : rien à produire.")
    exam = sitting.state.exam
    where = f"{exam.ue_code} — salle {exam.room} — {exam.exam_date or ''}" if exam else ""
    marking = Marking(sitting.mark, sitting.mark_reason)
    try:
        return build_pdf(
            story, layout,
            title=f"Procès-verbal de l'épreuve {where}".strip(),
            subject=", ".join(PART_NAMES[p] for p in parts) + (f" — {marking.text}" if marking.text else ""),
            author=institution(exam), marking=marking, invariant=invariant,
        )  # fmt: skip
    except LayoutError as error:  # a damaged file's text that no page can hold
        raise DocumentError(
            "Mise en page impossible : une mention du journal ne tient sur aucune page "
            f"({str(error)[:120]}…)."
        ) from error


def session_pdf(
    path: Path | str, parts: Iterable[str] = PARTS, *, draft: bool = False, invariant: bool = True
) -> tuple[bytes, Sitting]:
    with collector_paused():
        sitting = read_sitting(path, draft=draft)
        return sitting_pdf(sitting, parts, invariant=invariant), sitting


def default_pdf_path(session_path: Path | str) -> Path:
    """The PDF beside its session file: same name, .pdf."""
    path = Path(session_path)
    return path.with_name(path.stem + PDF_SUFFIX)


def write_private(out: Path | str, data: bytes) -> Path:
    """Write owner-only (0600) through a temporary file in the same folder, then rename:
    a reader never sees a partial PDF, and a failure leaves none behind."""
    out = Path(out)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DocumentError(
            f"Le dossier {folder} n'existe pas : impossible d'y écrire {out.name}.",
            code="folder_missing", params={"folder": str(folder), "name": out.name},
        )  # fmt: skip
    if out.is_dir():
        raise DocumentError(f"{out} est un dossier : indiquez un nom de fichier PDF.",
                            code="output_is_folder", params={"path": str(out)})  # fmt: skip
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".partiel", dir=folder)
    except OSError as error:
        raise DocumentError(
            f"Impossible d'écrire dans {folder} : {error.strerror}.",
            code="folder_unwritable", params={"folder": str(folder), "reason": error.strerror},
        ) from error  # fmt: skip
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, out)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise DocumentError(
            f"Impossible d'écrire {out} : {error.strerror}.",
            code="write_failed", params={"path": str(out), "reason": error.strerror},
        ) from error  # fmt: skip
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return out


def export_pdf(
    session_path: Path | str,
    out: Path | str,
    parts: Iterable[str] = PARTS,
    *,
    draft: bool = False,
) -> Exported:
    """The documents of a session file into `out` (a PDF), read-only on the session."""
    session_path, out = Path(session_path), Path(out)
    if out.exists() and session_path.exists() and out.resolve() == session_path.resolve():
        raise DocumentError(
            "Le PDF ne peut pas remplacer le fichier de session : choisissez un autre nom."
        )
    data, sitting = session_pdf(session_path, parts, draft=draft)
    write_private(out, data)
    frauds = len(pv.fraud_incidents(sitting)) if "fraud" in parse_parts(parts) else 0
    return Exported(out, sitting.standing, len(data), frauds)
