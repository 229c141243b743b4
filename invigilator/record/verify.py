"""Check a session file: SQLite integrity, the hash chain, the stored lists, the head."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from invigilator.errors import SessionFileError
from invigilator.record.events import GENESIS_HASH, EventKind, chain_hash, parse_time
from invigilator.record.store import SessionStore, list_digest


@dataclass(frozen=True)
class Verification:
    ok: bool
    events: int
    final_hash: str
    message: str
    first_bad_seq: int | None = None


def verify_store(store: SessionStore) -> Verification:
    try:
        return _verify(store)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # pages SQLite cannot read,
        return Verification(False, 0, "", f"base SQLite illisible : {error}")  # or their names


def _verify(store: SessionStore) -> Verification:
    integrity = store.conn.execute("PRAGMA integrity_check").fetchall()
    if [row[0] for row in integrity] != ["ok"]:
        problems = "; ".join(str(row[0]) for row in integrity[:3])
        return Verification(False, 0, "", f"base SQLite endommagée : {problems}")

    previous = GENESIS_HASH
    count = 0
    imports: list[tuple[int, str]] = []
    for row in store.raw_events():
        count += 1
        seq = row["seq"]
        if seq != count:
            what = "manquant" if seq > count else "déplacé"
            return _broken(count, previous, f"événement n° {count} {what} (trouvé n° {seq})")
        if row["prev_hash"] != previous:
            return _broken(seq, previous, f"événement n° {seq} : chaînage rompu")
        expected = chain_hash(
            seq, row["at"], row["invigilator"], row["kind"], row["candidate"], row["payload"],
            previous,
        )  # fmt: skip
        if row["hash"] != expected:
            return _broken(seq, previous, f"événement n° {seq} modifié (empreinte différente)")
        try:
            parse_time(row["at"])
            kind = EventKind(row["kind"])
            payload = json.loads(row["payload"])
        except (ValueError, TypeError):
            return _broken(seq, previous, f"événement n° {seq} illisible")
        if kind is EventKind.LIST_IMPORTED:
            imports.append((seq, payload.get("digest", "")))
        previous = row["hash"]

    for seq, digest in imports:
        if list_digest(store.list_values(seq)) != digest:
            return _broken(seq, previous, f"liste importée à l'événement n° {seq} modifiée")
    stray = store.conn.execute(
        "SELECT DISTINCT import_seq FROM candidates WHERE import_seq NOT IN "
        f"({','.join(str(s) for s, _ in imports) or 'NULL'})"
    ).fetchall()
    if stray:
        return _broken(stray[0][0], previous, "liste de candidats sans événement d'import")

    head_seq, head_hash = store.meta("head_seq"), store.meta("head_hash")
    if head_seq != str(count) or head_hash != previous:
        return _broken(
            count + 1, previous,
            f"le journal s'arrête à l'événement n° {count} alors que le fichier en annonce "
            f"{head_seq} : événement(s) supprimé(s)",
        )  # fmt: skip
    return Verification(
        True, count, previous, f"intact : {count} événements, empreinte finale {previous}"
    )


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
