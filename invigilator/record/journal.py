"""The anchor journal: the session file's head, kept outside it, so a tail cannot vanish unseen.

After each commit, the sequence number and hash of the new head are appended to a small text
file: `<data folder>/journal/<session id>.anchors`, and, when a second medium is chosen,
`<folder>/<session id>.anchors` beside a whole copy of the session (the copy opens on another
laptop and the room carries on). The line is written before the command returns (it survives
the app being killed); the data folder's journal is synced to the disk right after, off the
command's path, so a check-in pays one disk flush (the session file's), not two, and at most
once per `SYNC_INTERVAL`: a burst of commits shares one flush rather than each one's flush
contending with the next commit's (#13). A power cut can at worst lose the anchors of that
last moment, never write a false one. One line per commit:

    <seq> <hash> <event time>

after a first line `invigilator-anchors 1 <session id> <file name>`. `verify` and opening
compare the file's head with the journals they find (the data folder's, and one beside the
file): a journal further than the file means events are missing (a lost `-wal`, a copy
taken mid-exam, a truncated tail).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path
from typing import NamedTuple

HEADER = "invigilator-anchors 1"
SUFFIX = ".anchors"
NO_JOURNAL = (
    "aucun journal d'ancrage trouvé : la fin du journal n'est garantie que par l'empreinte "
    "imprimée sur le procès-verbal"
)


# The longest an anchor written waits for its sync when the one before was just synced.
SYNC_INTERVAL = 0.2


def journal_dir() -> Path:
    """`<data folder>/journal`; the data folder as `invigilator.paths.data_dir` finds it
    (not imported: the record never depends on what sits above it)."""
    override = os.environ.get("INVIGILATOR_DATA_DIR")
    if override:
        base = Path(override)
    else:
        from platformdirs import user_data_dir

        base = Path(user_data_dir("invigilator", appauthor=False))
    return base / "journal"


class Anchor(NamedTuple):
    seq: int
    hash: str


def _private_folder(folder: Path) -> None:
    """Create the folder owner-only (0700), and each missing folder above it: the data
    folder is made here when a command anchors before the app ever ran (mkdir's `parents`
    would leave those 0755)."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for each in reversed(missing):
        each.mkdir(mode=0o700, exist_ok=True)


def _anchor_lines(fd: int, session_id: str, file_name: str, seq: int, digest: str,
                  at: str) -> bytes:  # fmt: skip
    lines = f"{seq} {digest} {at}\n"
    size = os.fstat(fd).st_size
    if size == 0:
        lines = f"{HEADER} {session_id} {file_name}\n" + lines
    elif os.pread(fd, 1, size - 1) != b"\n":
        lines = "\n" + lines  # a line torn by a power cut stays alone, and is skipped
    # A file name that is not UTF-8 (a lone surrogate from os.fsdecode) keeps its own bytes:
    # the header only names the file; readers decode it with errors="replace".
    return lines.encode("utf-8", "surrogateescape")


def _open_journal(path: Path) -> int:
    _private_folder(path.parent)
    return os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)


def append_anchor(path: Path, session_id: str, file_name: str, seq: int, digest: str,
                  at: str) -> None:  # fmt: skip
    """Append one head to a journal and sync it to the medium before returning."""
    fd = _open_journal(path)
    try:
        os.write(fd, _anchor_lines(fd, session_id, file_name, seq, digest, at))
        os.fsync(fd)
    finally:
        os.close(fd)


class AnchorWriter:
    """The data folder's journal of one session, kept open: each anchor is written at once
    and synced by a background thread right after, a burst's together (see the module's
    docstring)."""

    def __init__(self, path: Path, session_id: str, file_name: str) -> None:
        self.path, self.session_id, self.file_name = path, session_id, file_name
        self._fd: int | None = None
        self._wanted = threading.Event()
        self._resting = threading.Event()  # set to cut the pause between two syncs short
        # Where the file ended after this writer's last line: while it still ends there, it
        # ends with that line's newline, and there is no need to read its last byte.
        self._end: int | None = None
        self._stopping = False
        self._thread: threading.Thread | None = None

    def append(self, seq: int, digest: str, at: str) -> None:
        if self._fd is None:
            self._fd = _open_journal(self.path)
        fd = self._fd
        size = os.fstat(fd).st_size
        if size and size == self._end:
            data = f"{seq} {digest} {at}\n".encode()
        else:  # a first line, or another writer's (a torn one after a power cut?) since
            data = _anchor_lines(fd, self.session_id, self.file_name, seq, digest, at)
        self._end = None
        written = os.write(fd, data)
        self._end = size + written if written == len(data) else None
        if self._thread is None:
            self._thread = threading.Thread(target=self._sync_loop, name="anchors", daemon=True)
            self._thread.start()
        self._wanted.set()

    def _sync_loop(self) -> None:
        while True:
            self._wanted.wait()
            self._wanted.clear()
            fd = self._fd
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.fsync(fd)
            if self._stopping:
                return
            self._resting.wait(SYNC_INTERVAL)  # what is written meanwhile waits for one sync

    def close(self) -> None:
        """Sync what is written, then let go of the file."""
        if self._thread is not None:
            self._stopping = True
            self._resting.set()
            self._wanted.set()
            self._thread.join()
            self._thread = None
            self._stopping = False
            self._resting.clear()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
            self._end = None


def read_anchors(path: Path) -> dict[int, str] | None:
    """A journal's anchors by sequence number; None when there is no such journal. Lines that
    are not anchors (a torn last line after a power cut) are skipped."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    anchors: dict[int, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit() and len(parts[1]) == 64:
            anchors[int(parts[0])] = parts[1]
    return anchors


def journals_for(session_id: str, session_path: Path) -> list[Path]:
    """The journals that may know this session: the data folder's, and one beside the file."""
    name = f"{session_id}{SUFFIX}"
    found = []
    for candidate in (journal_dir() / name, session_path.parent / name):
        if candidate.is_file() and candidate not in found:
            found.append(candidate)
    return found


class JournalCheck(NamedTuple):
    ok: bool
    anchored: bool  # some journal knows this session
    message: str  # "" when ok and anchored


def check_head(session_id: str, session_path: Path, head: Anchor, hashes: dict[int, str]
               ) -> JournalCheck:  # fmt: skip
    """Compare a file's events (`hashes` by seq, up to `head`) with the journals found."""
    journals = [(p, read_anchors(p)) for p in journals_for(session_id, session_path)]
    known = [(p, a) for p, a in journals if a]
    if not known:
        return JournalCheck(True, False, NO_JOURNAL)
    for path, anchors in known:
        last = max(anchors)
        if last > head.seq:
            return JournalCheck(
                False, True,
                f"événements manquants : le journal d'ancrage ({path.name}) a enregistré "
                f"l'événement n° {last}, le fichier s'arrête au n° {head.seq}",
            )  # fmt: skip
        for seq, digest in anchors.items():
            if hashes.get(seq) != digest:
                return JournalCheck(
                    False, True,
                    f"l'événement n° {seq} ne correspond pas au journal d'ancrage ({path.name}) : "
                    "fin du journal remplacée",
                )  # fmt: skip
    return JournalCheck(True, True, "")


class Mirror:
    """The second medium: a whole copy of the session. The first update in a process copies
    the file with SQLite's backup API; each later one appends only the new rows (the log is
    append-only), so a check-in does not rewrite the whole file on a USB stick. The copy is
    one file (rollback journal, synchronous=FULL): each update is on the stick when it
    returns. Its anchor journal is kept beside it by the caller."""

    def __init__(self, folder: Path, session_path: Path) -> None:
        self.folder = folder
        self.copy_path = folder / session_path.name
        self._target: sqlite3.Connection | None = None

    def update(self, source: sqlite3.Connection) -> None:
        """Bring the copy up to the source; raises OSError or sqlite3.Error."""
        if self._target is None:
            _private_folder(self.folder)
            target = sqlite3.connect(self.copy_path, isolation_level=None)
            try:
                os.chmod(self.copy_path, 0o600)
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE").fetchall()
                target.execute("PRAGMA synchronous = FULL")
            except BaseException:
                target.close()
                raise
            self._target = target
            return
        target = self._target
        target.execute("BEGIN IMMEDIATE")
        try:
            last = target.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0]
            events = source.execute("SELECT * FROM events WHERE seq > ? ORDER BY seq", [last])
            target.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", events)
            rows = source.execute("SELECT * FROM candidates WHERE import_seq > ?", [last])
            width = len(rows.description)
            target.executemany(f"INSERT INTO candidates VALUES ({', '.join('?' * width)})", rows)
            target.execute("COMMIT")
        except BaseException:
            if target.in_transaction:
                target.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self._target is not None:
            self._target.close()
            self._target = None
