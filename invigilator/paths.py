"""Where session files live, what they are called, and the copy for a USB stick.

The data folder is platformdirs' `user_data_dir("invigilator")`, or `INVIGILATOR_DATA_DIR`
when set (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from invigilator.errors import InvigilatorError, SessionFileError
from invigilator.record.private import PRIVATE_FILE, create_private_file  # noqa: F401

SESSION_SUFFIX = ".invigilator"
ENV_DATA_DIR = "INVIGILATOR_DATA_DIR"
# Session files hold candidates' personal data and signatures: owner-only on disk.
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """Create the folder owner-only (0700), or make the app's own folder so if it was not."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    try:
        if folder.stat().st_mode & 0o077:
            folder.chmod(PRIVATE_FOLDER)
    except OSError:  # a file system without permissions (FAT): nothing to tighten
        pass
    return folder


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        folder = Path(override)
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("invigilator", appauthor=False))
    return private_folder(folder)


def sessions_dir() -> Path:
    return private_folder(data_dir() / "sessions")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9.]+", "-", ascii_text).strip("-.") or "x"


def session_file_name(ue_code: str, exam_date: date | None, room: str) -> str:
    """'2026-06-15_NFA031_salle-31.2.85.invigilator': sorts by date, says what it holds."""
    day = exam_date.isoformat() if exam_date else "sans-date"
    return f"{day}_{_slug(ue_code or 'epreuve')}_salle-{_slug(room or 'x')}{SESSION_SUFFIX}"


def new_session_path(ue_code: str, exam_date: date | None, room: str) -> Path:
    """A free path in the sessions folder: a second sitting of the same room gets '-2'."""
    name = session_file_name(ue_code, exam_date, room)
    path = sessions_dir() / name
    stem = name.removesuffix(SESSION_SUFFIX)
    counter = 2
    while path.exists():
        path = sessions_dir() / f"{stem}-{counter}{SESSION_SUFFIX}"
        counter += 1
    return path


DEMO_SUFFIX = "_demo" + SESSION_SUFFIX
DEMO_ROOM_NAME = "salle-de-demonstration" + DEMO_SUFFIX


def fresh_demo_path(folder: Path | None = None) -> Path:
    """The one demo room's path, emptied: every demo file of the folder is removed first
    (with its -wal and -shm), so that `make run` keeps one demo room, reset on each run,
    rather than adding one more to the recent sessions. Real sessions never end so."""
    folder = folder or sessions_dir()
    for old in folder.glob(f"*{DEMO_SUFFIX}"):
        for part in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            try:
                part.unlink(missing_ok=True)
            except OSError as error:
                raise SessionFileError(
                    f"Impossible de remettre à zéro la salle de démonstration ({part}) : "
                    f"{error.strerror}"
                ) from error
    return folder / DEMO_ROOM_NAME


@dataclass(frozen=True)
class SessionSummary:
    path: Path
    ue_code: str = ""
    title: str = ""
    room: str = ""
    exam_date: date | None = None
    state: str = ""
    modified: datetime | None = None
    readable: bool = True


def session_phase(state: object) -> str:
    """The French word for where a sitting stands, from a RoomState."""
    if getattr(state, "sealed", False):
        return "scellée"
    if getattr(state, "pv_signed", None) is not None:
        return "PV signé"
    if getattr(state, "started_at", None) is not None:
        return "épreuve commencée"
    return "préparation"


def summarise(path: Path) -> SessionSummary:
    from invigilator.room.session import RoomSession

    modified = datetime.fromtimestamp(path.stat().st_mtime)
    try:
        with RoomSession.open(path, readonly=True) as session:
            state = session.state
            exam = state.exam
            return SessionSummary(
                path,
                ue_code=exam.ue_code if exam else "",
                title=exam.title if exam else "",
                room=exam.room if exam else "",
                exam_date=exam.exam_date if exam else None,
                state=session_phase(state),
                modified=modified,
            )
    except (InvigilatorError, sqlite3.Error):
        return SessionSummary(path, state="illisible", modified=modified, readable=False)


def recent_sessions(limit: int = 30, folder: Path | None = None) -> list[SessionSummary]:
    """The session files of the data folder, most recently written first."""
    folder = folder or sessions_dir()
    files = sorted(folder.glob(f"*{SESSION_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [summarise(path) for path in files[:limit]]


def save_copy(source: Path | str, target: Path | str) -> Path:
    """A consistent copy of a session file (WAL content included) through SQLite's backup API."""
    source, target = Path(source), Path(target)
    if target.resolve() == source.resolve():
        raise SessionFileError("La copie doit être enregistrée ailleurs que l'original.")
    partial = target.with_name(target.name + ".partiel")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        src = sqlite3.connect(source, timeout=5.0)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE").fetchall()
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise SessionFileError(
            f"Impossible d'enregistrer la copie dans {target} : {error}"
        ) from error
    return target
