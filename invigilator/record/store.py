"""The room session file: one SQLite file per exam sitting in one room.

Writes go through `transaction()` (BEGIN IMMEDIATE ... COMMIT) on a connection in WAL mode
with synchronous=FULL, so a commit that returned survives a crash or a power cut.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from invigilator.errors import (
    InvalidInput,
    NotASessionFile,
    SessionFileError,
    SessionLocked,
    SessionReadOnly,
)
from invigilator.model import NO_EXTRA, Candidate
from invigilator.record.events import (
    GENESIS_HASH,
    Event,
    EventKind,
    canonical_json,
    chain_hash,
    format_time,
    parse_time,
    payload_json,
    sha256_hex,
)
from invigilator.record.private import create_private_file
from invigilator.record.schema_check import (  # noqa: F401  FILE_FORMAT: re-exported
    FILE_FORMAT,
    FORMAT_VERSION,
    LEGACY_HEAD_KEYS,
    create_tables,
    schema_problem,
)

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

SQLITE_HEADER = b"SQLite format 3\x00"

# sqlite-utils is imported only when a file is created, migrated or given a list: opening
# a session for the exam (the app's start) then costs no more than sqlite3 itself.
MIGRATION_NAMES = ("create_tables", "head_in_last_event")


def _migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("invigilator")
    migrations(name="create_tables")(create_tables)
    migrations(name="head_in_last_event")(head_in_last_event)
    return migrations


def head_in_last_event(db: Database) -> None:
    """Format 1 → 2: drop the head from `meta` (a new file has no `meta` rows yet). Applied
    only once the head there is the last event's (`SessionStore.legacy_head_problem`)."""
    db.execute(
        f"DELETE FROM meta WHERE key IN ({', '.join('?' * len(LEGACY_HEAD_KEYS))})",
        LEGACY_HEAD_KEYS,
    )
    db.execute("UPDATE meta SET value = ? WHERE key = 'format_version'", [FORMAT_VERSION])


CANDIDATE_COLUMNS = (
    "student_id last_name first_name extra_time_minutes accommodations seat room "
    "birth_date email ue_code extra other_room"
).split()


Row = tuple[Any, ...]  # a candidates row's values, in CANDIDATE_COLUMNS order
EXTRA = CANDIDATE_COLUMNS.index("extra")  # the last of Candidate's fields, as JSON
OTHER_ROOM = CANDIDATE_COLUMNS.index("other_room")


def list_digest(rows: Sequence[Row]) -> str:
    """SHA-256 of an imported list's rows, in order, as stored."""
    return sha256_hex(canonical_json(rows))


def candidate_row(candidate: Candidate, *, other_room: bool) -> Row:
    c = candidate
    extra = canonical_json(c.extra) if c.extra else "{}"
    return (
        c.student_id, c.last_name, c.first_name, c.extra_time_minutes, c.accommodations, c.seat,
        c.room, c.birth_date, c.email, c.ue_code, extra, int(other_room),
    )  # fmt: skip


# The kinds whose payload holds one "signature" that the fold never reads.
SIGNED_KINDS = frozenset({"checked_in", "late_entry_admitted", "handed_in", "definitive_exit"})


def _without_signature(payload: str) -> str:
    """The payload's text with its "signature" record cut out (null), without decoding it.

    Canonical JSON escapes every quote inside a string, so the key is found only as a key; a
    signature's record holds no object, so its first closing brace ends it."""
    start = payload.find('"signature":{')
    if start < 0:
        return payload
    end = payload.find("}", start)
    return payload[:start] + '"signature":null' + payload[end + 1 :] if end > 0 else payload


def _translate(error: sqlite3.Error, path: Path) -> SessionFileError:
    text = str(error).lower()
    name = {"name": path.name}
    if "locked" in text or "busy" in text:
        return SessionLocked(
            f"Le fichier de session {path.name} est utilisé par un autre programme.",
            code="file_locked", params=name,
        )  # fmt: skip
    if "readonly" in text or "read-only" in text:
        return SessionReadOnly(
            f"Le fichier de session {path.name} est en lecture seule : impossible d'y écrire.",
            code="file_read_only", params=name,
        )  # fmt: skip
    if "unable to open" in text:
        return SessionFileError(
            f"Impossible d'ouvrir ou de créer {path} : dossier inexistant ou protégé en écriture.",
            code="file_unopenable", params={"path": str(path)},
        )  # fmt: skip
    if "not a database" in text or "malformed" in text:
        return NotASessionFile(f"{path.name} n'est pas un fichier de session valide ({error}).")
    return SessionFileError(f"Impossible d'utiliser le fichier de session {path.name} : {error}")


def _unwritable(error: ValueError) -> InvalidInput:
    """Why a value cannot be recorded, in French: the command writes nothing."""
    if isinstance(error, UnicodeError):  # a lone surrogate: a file name not in UTF-8…
        return InvalidInput(
            "Un texte saisi contient un caractère invalide (hors Unicode) : rien n'est "
            "enregistré. Retapez-le, ou renommez le fichier ou le dossier en cause.",
            code="text_invalid",
        )
    return InvalidInput(
        f"Une valeur saisie ne peut pas être enregistrée ({error}) : rien n'est enregistré.",
        code="value_invalid", params={"error": str(error)},
    )  # fmt: skip


class SessionStore:
    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.conn = conn
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the same connection, for schema work and bulk inserts."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> SessionStore:
        import uuid

        path = Path(path)
        if path.exists():
            raise SessionFileError(f"Le fichier {path} existe déjà.")
        try:
            create_private_file(path)  # owner-only, before SQLite writes a byte (0600)
            conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
            store = cls(path, conn, readonly=False)
            store._configure()
            _migrations().apply(store.db)
            with store.transaction():
                store.conn.execute(
                    "INSERT INTO meta VALUES (?, ?), (?, ?), (?, ?)",
                    [
                        "format", FILE_FORMAT,
                        "format_version", FORMAT_VERSION,
                        "session_id", str(uuid.uuid4()),
                    ],
                )  # fmt: skip
        except sqlite3.Error as error:
            raise _translate(error, path) from error
        except OSError as error:
            raise SessionFileError(f"Impossible de créer {path} : {error.strerror}") from error
        return store

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False) -> SessionStore:
        path = Path(path)
        if not path.exists():
            raise SessionFileError(f"Le fichier {path} n'existe pas.")
        if not path.is_file():
            raise SessionFileError(f"{path} n'est pas un fichier.")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as error:
            raise SessionFileError(f"Impossible de lire {path} : {error.strerror}") from error
        if header != SQLITE_HEADER:
            raise NotASessionFile(f"{path.name} n'est pas un fichier de session.")
        if not readonly and not os.access(path, os.W_OK):
            # Said now, not at the first check-in: SQLite would open it and refuse to write
            # only then (a read-only mode, an immutable file that even root cannot change).
            raise _translate(sqlite3.OperationalError("readonly"), path)
        try:
            conn = cls._connect(path, readonly=readonly)
            store = cls(path, conn, readonly=readonly)
            if not readonly:
                store._configure()
            store._check_format()
            if not readonly and store._pending_migrations():
                store._migrate()
        except sqlite3.Error as error:
            raise _translate(error, path) from error
        except UnicodeDecodeError as error:  # a name in its schema is not even text (#13)
            raise NotASessionFile(f"{path.name} n'est pas un fichier de session valide.") from error
        return store

    @staticmethod
    def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
        if not readonly:
            return sqlite3.connect(path, isolation_level=None, timeout=2.0)
        uri = path.resolve().as_uri()
        if not path.with_name(path.name + "-wal").exists():
            # No -wal: nothing is waiting and no connection has the file open (each keeps
            # one while it does). Read it as it is: a mode=ro connection would create a -wal
            # and a -shm that it cannot remove, left beside the file (on a USB stick too).
            return sqlite3.connect(
                f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=2.0
            )
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=2.0)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # A read-only medium cannot host the WAL index: read the file as it is, unless
            # writes are still waiting in its -wal file (it would be read without them).
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise SessionReadOnly(
                    f"{path.name} a des écritures en attente (fichier {wal.name}) et son "
                    "support est en lecture seule : copiez les deux fichiers sur un disque "
                    "où l'on peut écrire, puis ouvrez la copie."
                ) from None
            return sqlite3.connect(
                f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=2.0
            )

    def _configure(self) -> None:
        self.conn.execute("PRAGMA journal_mode = WAL").fetchall()
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _check_format(self) -> None:
        names = {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master")}
        if "meta" not in names or "events" not in names:
            raise NotASessionFile(f"{self.path.name} n'est pas un fichier de session.")
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is None or row[0] != FILE_FORMAT:
            raise NotASessionFile(f"{self.path.name} n'est pas un fichier de session.")

    def _pending_migrations(self) -> list[str]:
        applied = {
            row[0]
            for row in self.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'invigilator'"
            )
        }
        return [name for name in MIGRATION_NAMES if name not in applied]

    def _migrate(self) -> None:
        """Bring an older file to this version's format, unless it is not exactly what an
        older version made (a foreign structure, a head in `meta` that is not its last
        event): it is then left as it is, and the session refuses to write to it."""
        if schema_problem(self.conn) is None and not self.legacy_head_problem():
            _migrations().apply(self.db)

    def legacy_head_problem(self) -> str:
        """Why the head a format-1 file keeps in `meta` is not its last event, or ""."""
        keys = ", ".join("?" * len(LEGACY_HEAD_KEYS))
        kept = dict(
            self.conn.execute(f"SELECT key, value FROM meta WHERE key IN ({keys})",
                              LEGACY_HEAD_KEYS).fetchall()
        )  # fmt: skip
        if not kept:
            return ""
        seq, digest = self.head()
        if kept.get("head_seq") == str(seq) and kept.get("head_hash") == digest:
            return ""
        return (
            f"le journal s'arrête à l'événement n° {seq} alors que le fichier en annonce "
            f"{kept.get('head_seq')} : événement(s) supprimé(s)"
        )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def events(self, after_seq: int = 0, *, signatures: bool = True) -> Iterator[Event]:
        """The events after `after_seq`. `signatures=False` is for the fold, which keeps only
        the seq of a check-in's or a hand-in's signature: decoding every signature's points
        was most of the time it took to reopen a room (#13); their payloads say None."""
        cursor = self.conn.execute(
            "SELECT seq, at, invigilator, kind, candidate, payload, prev_hash, hash "
            "FROM events WHERE seq > ? ORDER BY seq",
            [after_seq],
        )
        for values in cursor:  # tuples in Event's field order, no dict per row (#13)
            if not signatures and values[3] in SIGNED_KINDS and isinstance(values[5], str):
                values = (*values[:5], _without_signature(values[5]), *values[6:])
            try:
                event = Event.from_values(values)
            except (ValueError, TypeError, KeyError, RecursionError) as error:  # the fold names it
                event = Event.unreadable(dict(zip(Event._fields, values, strict=True)), error)
            yield event

    def to_fold(self, after_seq: int = 0) -> Iterator[Event]:
        """The events as the fold reads them: without the signatures' points (#13)."""
        return self.events(after_seq, signatures=False)

    def raw_events(self) -> Iterator[dict[str, Any]]:
        """Rows as stored, for verification (no parsing that could hide a change)."""
        cursor = self.conn.execute("SELECT * FROM events ORDER BY rowid")
        columns = [d[0] for d in cursor.description]
        for values in cursor:
            yield dict(zip(columns, values, strict=True))

    def list_values(self, import_seq: int) -> list[Row]:
        """An imported list's rows as stored, for its digest."""
        return self.conn.execute(
            f"SELECT {', '.join(CANDIDATE_COLUMNS)} FROM candidates "
            "WHERE import_seq = ? ORDER BY position",
            [import_seq],
        ).fetchall()

    def list_candidates(self, import_seq: int) -> list[tuple[Candidate, bool]]:
        """The candidates of an imported list, each with whether they belong to another room.

        Built straight from the stored values, which `candidate_row` wrote in Candidate's own
        field order: opening a room rebuilds every candidate, so no dict on the way."""
        listed = []
        for values in self.list_values(import_seq):
            extra = values[EXTRA]
            fields = (*values[:EXTRA], json.loads(extra) if extra != "{}" else NO_EXTRA)
            listed.append((Candidate._make(fields), bool(values[OTHER_ROOM])))
        return listed

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One durable write: nothing of it is on disk unless all of it is."""
        if self.readonly:
            raise SessionReadOnly(f"{self.path.name} est ouvert en lecture seule.")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _translate(error, self.path) from error
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _translate(error, self.path) from error

    def head(self) -> tuple[int, str]:
        row = self.conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS_HASH)

    def insert_event(
        self,
        *,
        at: datetime,
        invigilator: str,
        kind: EventKind,
        candidate: str | None,
        payload: dict[str, Any],
        after: tuple[int, str] | None = None,
    ) -> Event:
        """Append one event; call inside `transaction()`. `after` is the head (seq, hash) the
        caller has just read in this transaction (read here when None).

        The event returned carries its payload as the fold reads it (`to_fold`): a check-in's
        or a hand-in's signature is not decoded again (it is None), having just been written."""
        prev_seq, prev_hash = after if after is not None else self.head()
        seq = prev_seq + 1
        at_text = format_time(at)
        try:
            payload_text = payload_json(payload)  # encoded once: hashed, stored and read back
            digest = chain_hash(
                seq, at_text, invigilator, kind.value, candidate, payload_text, prev_hash
            )
        except ValueError as error:  # caught before anything is written
            raise _unwritable(error) from error
        written = (seq, at_text, invigilator, kind.value, candidate, payload_text, prev_hash,
                   digest)  # fmt: skip
        try:
            self.conn.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)", written)
            # Read the row back before saying it is done: a trigger may have swallowed or
            # changed it (issue #9).
            stored = self.conn.execute(
                "SELECT seq, at, invigilator, kind, candidate, payload, prev_hash, hash "
                "FROM events WHERE seq = ?",
                [seq],
            ).fetchone()
        except sqlite3.Error as error:
            raise _translate(error, self.path) from error
        if stored != written:
            raise SessionFileError(
                f"L'événement n° {seq} n'a pas été relu tel qu'il a été écrit dans "
                f"{self.path.name} : rien n'est enregistré. Le fichier a été modifié hors de "
                "l'application ; remettez-le tel quel au service des examens."
            )
        if kind.value in SIGNED_KINDS:
            payload_text = _without_signature(payload_text)
        return Event(
            seq,
            parse_time(at_text),
            invigilator,
            kind,
            candidate,
            json.loads(payload_text),
            prev_hash,
            digest,
        )

    def insert_list(self, import_seq: int, rows: Sequence[Row]) -> None:
        """Store an imported list under its import event; call inside `transaction()`."""
        columns = ("import_seq", "position", *CANDIDATE_COLUMNS)
        self.conn.executemany(
            f"INSERT INTO candidates ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            ((import_seq, position, *row) for position, row in enumerate(rows)),
        )
