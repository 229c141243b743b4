"""Finding session files and opening them strictly read-only.

SQLite's `mode=ro` still creates `-wal` and `-shm` files next to a WAL database (and fails on
a read-only stick); `immutable=1` reads the file as it is, creating nothing. A file that still
has writes waiting in its `-wal` (copied while the app had it open) is read from a private
copy of both files, so those writes are included and the originals stay untouched.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from invigilator.errors import NotASessionFile, SessionFileError
from invigilator.record.store import FILE_FORMAT, SQLITE_HEADER, SessionStore

SESSION_SUFFIX = ".invigilator"


class Refused(NamedTuple):
    """A file the office could not use at all, and why (in French; `code` and `params` say it
    again for the office view in the UI's language, "" when the reason has no code)."""

    file: str
    reason: str
    code: str = ""
    params: Mapping[str, Any] | None = None


class Found(NamedTuple):
    files: list[Path]
    refused: list[Refused]


def _is_sqlite(path: Path) -> bool:
    try:
        if not path.is_file():  # a FIFO would block the read for ever, a device never end
            return False
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def find_session_files(paths: Iterable[Path | str]) -> Found:
    """The candidate session files among `paths` (files, or folders searched recursively).

    In a folder, every `.invigilator` file and every other SQLite file is taken (a renamed
    copy is still a session); PDFs and the rest are the room's papers, not refused. A path
    given by name is always taken, so that a wrong file is said, not skipped."""
    files: list[Path] = []
    refused: list[Refused] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        try:
            key = path.resolve()
        except (OSError, RuntimeError):  # a symbolic link to itself: said when it is read
            key = path.absolute()
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = 0
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    child = Path(root) / name
                    if name.endswith(("-wal", "-shm", "-journal")):
                        continue
                    if name.endswith(SESSION_SUFFIX) or _is_sqlite(child):
                        add(child)
                        found += 1
            if not found:
                refused.append(Refused(str(path), "aucun fichier de session dans ce dossier",
                                       "empty_folder"))  # fmt: skip
        elif path.is_file():
            add(path)
        elif path.exists():
            refused.append(Refused(str(path), "ni un fichier ni un dossier", "not_a_file"))
        else:
            refused.append(Refused(str(path), "fichier ou dossier introuvable", "not_found"))
    return Found(files, refused)


def pending_wal(path: Path) -> Path | None:
    """The `-wal` file beside `path` when it still holds writes not folded into the file."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal if wal.stat().st_size > 0 else None
    except OSError:
        return None


@contextmanager
def open_readonly(path: Path | str) -> Iterator[SessionStore]:
    """A session file's store, read-only, creating and changing nothing next to the file.

    Raises NotASessionFile for anything that is not a room session file, SessionFileError
    when it cannot be read at all."""
    path = Path(path)
    if not _is_sqlite(path):
        if not path.is_file():
            raise SessionFileError(f"{path.name} : fichier illisible ou introuvable.")
        raise NotASessionFile(f"{path.name} n'est pas un fichier de session.")
    wal = pending_wal(path)
    private = Path(tempfile.mkdtemp(prefix="invigilator-office-")) if wal else None
    conn: sqlite3.Connection | None = None
    try:
        if private is not None and wal is not None:
            copy = private / "session"
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, private / "session-wal")
            conn = sqlite3.connect(copy, isolation_level=None)
        else:
            uri = path.resolve().as_uri() + "?immutable=1"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        store = SessionStore(path, conn, readonly=True)
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            is_session = not {"meta", "events"} - names and store.meta("format") == FILE_FORMAT
        except sqlite3.DatabaseError:
            # An SQLite file too damaged to say what it is: the reader says what it can read.
            is_session = True
        if not is_session:
            raise NotASessionFile(f"{path.name} n'est pas un fichier de session.")
        yield store
    except OSError as error:
        raise SessionFileError(f"{path.name} : lecture impossible ({error.strerror}).") from error
    finally:
        if conn is not None:
            conn.close()
        if private is not None:
            shutil.rmtree(private, ignore_errors=True)
