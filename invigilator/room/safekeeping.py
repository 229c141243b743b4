"""What a room session keeps outside its file after each commit: the anchor journal in the data
folder and, when one was chosen, the second medium's copy (see `record.journal`).

A failure here never undoes a commit (it is on disk): it is kept in `problem`, for the
window to show, and tried again at the next commit.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from invigilator.record.events import Event, format_time
from invigilator.record.journal import (
    SUFFIX,
    AnchorWriter,
    Mirror,
    append_anchor,
    journal_dir,
    read_anchors,
)
from invigilator.record.store import SessionStore


class Safekeeping:
    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self.session_id = store.meta("session_id") or ""
        self.mirror: Mirror | None = None
        self.problem = ""  # why the journal or the copy could not be kept, "" when it was
        self._journal_problem = ""
        self._journal: AnchorWriter | None = None

    @property
    def journal_path(self) -> Path:
        return journal_dir() / f"{self.session_id}{SUFFIX}"

    def use_mirror(self, folder: str) -> None:
        """Keep a whole copy in `folder` from now on ("" for none)."""
        current = self.mirror.folder if self.mirror else None
        wanted = Path(folder) if folder else None
        if current == wanted:
            return
        if self.mirror is not None:
            self.mirror.close()
        self.mirror = Mirror(wanted, self.store.path) if wanted else None

    def committed(self, events: list[Event]) -> None:
        """Anchor the new head (and renew the copy); called after each commit."""
        if not events or not self.session_id:
            return
        last = events[-1]
        self._journal_problem = ""
        try:
            if self._journal is None:
                self._journal = AnchorWriter(
                    self.journal_path, self.session_id, self.store.path.name
                )
            self._journal.append(last.seq, last.hash, format_time(last.at))
        except (OSError, ValueError) as error:  # never undoes, nor hides, the commit
            text = error.strerror if isinstance(error, OSError) else None
            self._journal_problem = f"journal d'ancrage non écrit ({text or error})"
        self._said(self._renew_copy(last))

    def copy_now(self, last: Event) -> None:
        """Make the second medium's copy at once, up to `last` (just chosen: not at the next
        commit), saying in `problem` why it could not be."""
        self._said(self._renew_copy(last))

    def _said(self, copy_problem: str) -> None:
        self.problem = " ; ".join(p for p in (self._journal_problem, copy_problem) if p)

    def _renew_copy(self, last: Event) -> str:
        if self.mirror is None:
            return ""
        try:
            self.mirror.update(self.store.conn)
            append_anchor(self.mirror.folder / f"{self.session_id}{SUFFIX}",
                          self.session_id, self.store.path.name, last.seq, last.hash,
                          format_time(last.at))  # fmt: skip
        except (OSError, ValueError, sqlite3.Error) as error:
            self.mirror.close()  # reconnect at the next commit (the stick came back)
            return f"copie sur le second support impossible ({error})"
        return ""

    def missing_events(self, head_seq: int, head_hash: str) -> str:
        """Why the file's head disagrees with the data folder's journal, or ""."""
        if not self.session_id:
            return ""
        anchors = read_anchors(self.journal_path)
        if not anchors:
            return ""
        last = max(anchors)
        if last > head_seq:
            return (
                f"événements manquants : le journal d'ancrage a enregistré l'événement "
                f"n° {last}, le fichier s'arrête au n° {head_seq}"
            )
        if head_seq in anchors and anchors[head_seq] != head_hash:
            return f"l'événement n° {head_seq} ne correspond pas au journal d'ancrage"
        return ""

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self.mirror is not None:
            self.mirror.close()
