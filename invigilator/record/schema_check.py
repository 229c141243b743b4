"""Is a session file's structure exactly the one this version creates? (issue #9)

Tables, their columns and indexes as `create_tables` makes them; no trigger (one on `events`
can swallow an insert the window showed as recorded), no view, no unknown table; `meta` with
exactly its keys, consistent with the first event.
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

FILE_FORMAT = "invigilator-room-session"
# Format 1 also kept the head (seq, hash) in `meta`, rewritten at every event: one more page
# to write and sync per check-in (#13). Format 2 reads the head from the last event; the anchor
# journals and the PV's printed hash vouch for the tail, as they already did for a tail
# deleted together with `meta`. A format-1 file is migrated when opened for writing.
FORMAT_VERSION = "2"
LEGACY_HEAD_KEYS = ("head_seq", "head_hash")


# Files made before #13 also index `hash` as UNIQUE: an index page more to write and sync at
# every event, for a uniqueness the chain already gives (each hash covers its seq). Such a file
# keeps its index (SQLite cannot drop it without rebuilding the log): its structure is this one.
LEGACY_HASH_INDEX = (
    ("index", "sqlite_autoindex_events_1"),
    ("events", (("hash", 0, 1), (None, 0, 0))),
)


def create_tables(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            invigilator TEXT NOT NULL,
            kind TEXT NOT NULL,
            candidate TEXT,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )"""
    )
    # The imported lists; each import event carries a digest of its rows.
    db.execute(
        """CREATE TABLE candidates (
            import_seq INTEGER NOT NULL,
            position INTEGER NOT NULL,
            student_id TEXT NOT NULL,
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            extra_time_minutes INTEGER NOT NULL,
            accommodations TEXT NOT NULL,
            seat TEXT NOT NULL,
            room TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            email TEXT NOT NULL,
            ue_code TEXT NOT NULL,
            extra TEXT NOT NULL,
            other_room INTEGER NOT NULL,
            PRIMARY KEY (import_seq, position)
        ) WITHOUT ROWID"""
    )


META_KEYS = frozenset({"format", "format_version", "session_id"})
# What `meta` holds by format version: format 1 also kept the head (see `FORMAT_VERSION`);
# its files are still read as they are, and migrated when opened for writing.
META_KEYS_BY_VERSION = {"1": META_KEYS | set(LEGACY_HEAD_KEYS), "2": META_KEYS}

Shape = dict[tuple[str, str], Any]


def _shape(conn: sqlite3.Connection) -> Shape:
    """Every schema object, with its columns (tables) or indexed columns (indexes)."""
    shape: Shape = {}
    objects = conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
        "ORDER BY type, name"
    ).fetchall()
    for kind, name, table in objects:
        if kind == "table":
            columns = conn.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
            shape[(kind, name)] = tuple((c[1], c[2].upper(), c[3], c[5], c[6]) for c in columns)
        elif kind == "index":
            columns = conn.execute(f'PRAGMA index_xinfo("{name}")').fetchall()
            shape[(kind, name)] = (table, tuple((c[2], c[3], c[5]) for c in columns))
        else:
            shape[(kind, name)] = table
    return shape


# The table sqlite-utils' migrations keep (as sqlite-utils 4 creates it): its shape is compared
# through PRAGMA, so the spelling of this statement does not matter, only its columns.
MIGRATIONS_TABLE = (
    'CREATE TABLE "_sqlite_migrations" ("id" INTEGER PRIMARY KEY, "migration_set" TEXT, '
    '"name" TEXT, "applied_at" TEXT)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" '
    'ON "_sqlite_migrations" ("migration_set", "name")',
)


@cache
def expected_shape() -> Shape:
    """The structure a new session file has, built once in memory by the same statements
    (without importing sqlite-utils: making a file writable must stay quick)."""
    from types import SimpleNamespace

    conn = sqlite3.connect(":memory:")
    try:
        for statement in MIGRATIONS_TABLE:
            conn.execute(statement)
        create_tables(SimpleNamespace(execute=conn.execute))  # type: ignore[arg-type]
        return _shape(conn)
    finally:
        conn.close()


def schema_problem(conn: sqlite3.Connection) -> str | None:
    """Why the file's structure is not this version's, in French, or None."""
    found = _shape(conn)
    expected = expected_shape()
    legacy_key, legacy_shape = LEGACY_HASH_INDEX
    if found.get(legacy_key) == legacy_shape:
        found.pop(legacy_key)
    for (kind, name), _ in found.items():
        if (kind, name) not in expected:
            what = {"trigger": "déclencheur (trigger)", "view": "vue", "table": "table",
                    "index": "index"}.get(kind, kind)  # fmt: skip
            return f"structure modifiée : {what} « {name} » inconnu(e) de l'application"
    for (kind, name), shape in expected.items():
        if (kind, name) not in found:
            return f"structure modifiée : {kind} « {name} » absent(e)"
        if found[(kind, name)] != shape:
            return f"structure modifiée : {kind} « {name} » n'a pas les colonnes attendues"
    return None


def meta_problem(conn: sqlite3.Connection, first_event: dict[str, Any] | None) -> str | None:
    """Why `meta` does not fit the file (its keys, its values, the first event), or None."""
    rows = conn.execute("SELECT key, value, typeof(value) FROM meta").fetchall()
    meta = {key: value for key, value, _ in rows}
    keys = META_KEYS_BY_VERSION.get(meta.get("format_version"), META_KEYS)  # type: ignore[arg-type]
    if set(meta) != keys or any(kind != "text" for _, _, kind in rows):
        extra = sorted(set(meta) - keys) or sorted(keys - set(meta))
        return f"table meta modifiée (clés : {', '.join(map(str, extra)) or 'types'})"
    if meta["format"] != FILE_FORMAT or meta["format_version"] not in META_KEYS_BY_VERSION:
        return (
            f"format {meta['format']} version {meta['format_version']} : ce n'est pas le format "
            f"que cette version lit ({', '.join(META_KEYS_BY_VERSION)} ; elle écrit le "
            f"{FORMAT_VERSION})"
        )
    if first_event is None:
        return None
    if first_event.get("kind") != "session_created":
        return "le premier événement n'est pas la création de la session"
    import json

    try:
        session_id = json.loads(first_event["payload"]).get("session_id")
    except (TypeError, ValueError, AttributeError, RecursionError):
        return "événement n° 1 illisible"
    if session_id != meta["session_id"]:
        return (
            "l'identifiant de session (meta) ne correspond pas à celui de l'événement de "
            "création : fichier d'une autre session ou modifié"
        )
    return None
