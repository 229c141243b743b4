"""Durability settings: every connection that writes a session file is in WAL mode with
synchronous=FULL, so that a commit that returned survives a crash or a power cut.

    python -m benchmarks.campaigns.durability

Every `sqlite3.connect` of the domain is recorded (a connection factory), while a whole sitting
is simulated, the file is reopened read-only then made writable and written to, saved as a
copy for a USB stick, verified, summarised and listed. Each connection's journal mode and
synchronous level are read before it closes. The copy for the stick is a single file by
design (journal_mode=DELETE, still synchronous=FULL); read-only connections write nothing.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

FULL = 2


class Recorded(sqlite3.Connection):
    seen: list[dict[str, Any]] = []

    def __init__(self, database: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(database, *args, **kwargs)
        self.database = str(database)
        self.recorded = False

    def record(self) -> None:
        if self.recorded:
            return
        self.recorded = True
        read_only = "mode=ro" in self.database or "immutable=1" in self.database
        Recorded.seen.append({
            "file": Path(self.database.split("?")[0]).name,
            "read_only": read_only,
            "wrote": self.total_changes > 0,
            "journal_mode": self.execute("PRAGMA journal_mode").fetchone()[0],
            "synchronous": self.execute("PRAGMA synchronous").fetchone()[0],
        })  # fmt: skip

    def close(self) -> None:
        try:
            self.record()
        except sqlite3.Error:
            pass
        super().close()


def connection_settings() -> dict[str, Any]:
    from invigilator.demo import simulate_sitting
    from invigilator.paths import recent_sessions, save_copy, sessions_dir
    from invigilator.record.verify import verify_file
    from invigilator.room.session import RoomSession

    real = sqlite3.connect
    Recorded.seen = []
    opened: list[Recorded] = []

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs.setdefault("factory", Recorded)
        conn = real(*args, **kwargs)
        if isinstance(conn, Recorded):
            opened.append(conn)
        return conn

    previous = os.environ.get("INVIGILATOR_DATA_DIR")
    sqlite3.connect = connect  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["INVIGILATOR_DATA_DIR"] = tmp
            path = sessions_dir() / "sitting.invigilator"
            simulate_sitting(path, candidates=12).close()
            with RoomSession.open(path, readonly=True) as session:
                session.verify()
                session.make_writable()
                session.state  # noqa: B018
            save_copy(path, Path(tmp) / "copie.invigilator")
            verify_file(path)
            recent_sessions()
            for conn in opened:  # any left open: read where they stand
                try:
                    conn.record()
                except sqlite3.ProgrammingError:
                    pass
    finally:
        sqlite3.connect = real  # type: ignore[assignment]
        if previous is None:
            os.environ.pop("INVIGILATOR_DATA_DIR", None)
        else:
            os.environ["INVIGILATOR_DATA_DIR"] = previous
    # An in-memory database (the reference structure schema_check builds) is no session file.
    writers = [c for c in Recorded.seen if not c["read_only"] and c["file"] != ":memory:"]
    wrong = [c for c in writers if c["synchronous"] != FULL or (
        c["journal_mode"] != "wal" and not c["file"].endswith(".partiel"))]  # fmt: skip
    return {"connections": len(Recorded.seen), "writable": len(writers),
            "wrote": sum(c["wrote"] for c in writers), "wrong": wrong, "ok": not wrong}  # fmt: skip


if __name__ == "__main__":
    from benchmarks.campaigns.common import print_report

    print_report("durability settings", connection_settings())
