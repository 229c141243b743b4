"""Check a session file whole: SQLite integrity, the structure and `meta` exactly as this
version writes them, the hash chain, every payload as canonical JSON text, times that never
go back, the stored lists, the head, and the anchor journals kept outside the file.

Anything else is NON CONFORME with the reason, never a traceback (issue #9)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from invigilator.errors import SessionFileError
from invigilator.record.events import (
    GENESIS_HASH,
    EventKind,
    canonical_json,
    chain_hash,
    format_time,
    parse_time,
)
from invigilator.record.journal import Anchor, check_head
from invigilator.record.schema_check import meta_problem, schema_problem
from invigilator.record.store import SessionStore, list_digest


@dataclass(frozen=True)
class Verification:
    ok: bool
    events: int
    final_hash: str
    message: str
    first_bad_seq: int | None = None
    # Whether an anchor journal outside the file vouches for its end (None: not checked).
    anchored: bool | None = None


def verify_store(
    store: SessionStore, *, verified: list[tuple[dict[str, Any], dict[str, Any]]] | None = None
) -> Verification:
    """The verdict on the file. `verified`, when given, receives each row with its payload
    decoded, in the log's order, so that a reader decodes the events once: whole only when the
    verdict is ok."""
    try:
        return _verify(store, verified)
    except sqlite3.DatabaseError as error:  # pages so damaged that SQLite cannot read them
        return Verification(False, 0, "", f"base SQLite illisible : {error}")
    except (
        ValueError,
        TypeError,
        KeyError,
        UnicodeError,
        RecursionError,
    ) as error:  # never a traceback
        return Verification(False, 0, "", f"contenu illisible : {type(error).__name__} {error}")


def _verify(
    store: SessionStore, verified: list[tuple[dict[str, Any], dict[str, Any]]] | None
) -> Verification:
    integrity = store.conn.execute("PRAGMA integrity_check").fetchall()
    if [row[0] for row in integrity] != ["ok"]:
        problems = "; ".join(str(row[0]) for row in integrity[:3])
        return Verification(False, 0, "", f"base SQLite endommagée : {problems}")
    problem = schema_problem(store.conn)
    if problem is not None:
        return Verification(False, 0, "", problem)
    first = store.conn.execute("SELECT kind, payload FROM events ORDER BY rowid LIMIT 1").fetchone()
    problem = meta_problem(
        store.conn, dict(zip(("kind", "payload"), first, strict=False)) if first else None
    )
    if problem is not None:
        return Verification(False, 0, "", problem)

    previous = GENESIS_HASH
    previous_at = ""
    count = 0
    imports: list[tuple[int, str]] = []
    hashes: dict[int, str] = {}
    for row in store.raw_events():
        count += 1
        seq = row["seq"]
        if seq != count:
            what = "manquant" if seq > count else "déplacé"
            return _broken(count, previous, f"événement n° {count} {what} (trouvé n° {seq})")
        if row["prev_hash"] != previous:
            return _broken(seq, previous, f"événement n° {seq} : chaînage rompu")
        problem = _row_problem(row, verified)
        if problem is not None:
            return _broken(seq, previous, f"événement n° {seq} illisible ({problem})")
        expected = chain_hash(
            seq, row["at"], row["invigilator"], row["kind"], row["candidate"], row["payload"],
            previous,
        )  # fmt: skip
        if row["hash"] != expected:
            return _broken(seq, previous, f"événement n° {seq} modifié (empreinte différente)")
        if row["at"] < previous_at:  # canonical UTC text: its order is the time's order
            return _broken(
                seq, previous, f"événement n° {seq} daté avant le précédent ({row['at']})"
            )
        previous_at = row["at"]
        if row["kind"] == EventKind.LIST_IMPORTED:
            imports.append((seq, json.loads(row["payload"]).get("digest", "")))
        previous = row["hash"]
        hashes[seq] = previous

    for seq, digest in imports:
        if list_digest(store.list_values(seq)) != digest:
            return _broken(seq, previous, f"liste importée à l'événement n° {seq} modifiée")
    stray = store.conn.execute(
        "SELECT DISTINCT import_seq FROM candidates WHERE import_seq NOT IN "
        f"({','.join(str(s) for s, _ in imports) or 'NULL'})"
    ).fetchall()
    if stray:
        return _broken(stray[0][0], previous, "liste de candidats sans événement d'import")

    head_seq, head_hash = store.meta("head_seq"), store.meta("head_hash")  # format 1 only
    if head_seq is not None and (head_seq != str(count) or head_hash != previous):
        return _broken(
            count + 1, previous,
            f"le journal s'arrête à l'événement n° {count} alors que le fichier en annonce "
            f"{head_seq} : événement(s) supprimé(s)",
        )  # fmt: skip
    session_id = store.meta("session_id") or ""
    journal = check_head(session_id, store.path, Anchor(count, previous), hashes)
    if not journal.ok:
        last_good = max((s for s in hashes if s <= count), default=0)
        return Verification(False, last_good, previous, journal.message, count + 1, True)
    message = f"intact : {count} événements, empreinte finale {previous}"
    if not journal.anchored:
        message += f" ; {journal.message}"
    return Verification(True, count, previous, message, anchored=journal.anchored)


def _row_problem(row: dict[str, Any], verified: list[Any] | None = None) -> str | None:
    """What is wrong with a row as stored: types, time, kind, payload as canonical JSON."""
    try:
        return _row_shape(row, verified)
    except (ValueError, TypeError, RecursionError) as error:  # JSON nested beyond reading
        return f"{type(error).__name__} : {error}"


def _row_shape(row: dict[str, Any], verified: list[Any] | None) -> str | None:
    at, payload = row["at"], row["payload"]
    if not isinstance(row["seq"], int) or not isinstance(row["invigilator"], str):
        return "numéro ou surveillant mal typé"
    if row["candidate"] is not None and not isinstance(row["candidate"], str):
        return "candidat mal typé"
    if not isinstance(at, str) or format_time(parse_time(at)) != at:
        return "heure mal écrite"
    if row["kind"] not in _STORED_KINDS:
        return f"type d'événement inconnu {row['kind']!r}"
    if not isinstance(payload, str):
        return f"contenu enregistré en {type(payload).__name__}, pas en texte"
    value = json.loads(payload)
    if not isinstance(value, dict) or canonical_json(value) != payload:
        return "contenu qui n'est pas un JSON canonique"
    if verified is not None:
        verified.append((row, value))
    return None


_STORED_KINDS = frozenset(k.value for k in EventKind) - {EventKind.UNREADABLE.value}


def _broken(seq: int, last_good: str, message: str) -> Verification:
    return Verification(False, seq - 1, last_good, message, first_bad_seq=seq)


def verify_file(path: Path | str) -> Verification:
    with SessionStore.open(path, readonly=True) as store:
        return verify_store(store)


def unreadable(store: SessionStore, error: Exception) -> SessionFileError:
    """Why a session file opens but cannot be read back, in French; closes its store."""
    check = verify_store(store)
    store.close()
    name = store.path.name
    if not check.ok:
        return SessionFileError(
            f"Le fichier {name} ne peut pas être relu : il est NON CONFORME ({check.message}). "
            "Remettez-le tel quel au service des examens."
        )
    return SessionFileError(
        f"Le fichier {name} est intact, mais cette version de l'application ne sait pas le "
        f"relire ({type(error).__name__} : {error}). Ouvrez-le avec la version qui l'a créé."
    )
