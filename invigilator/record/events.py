"""The events of the room log and their hash chain.

Each event's hash is SHA-256 over a canonical JSON encoding of its fields and the previous
event's hash, so editing, reordering or deleting any event breaks every hash after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

GENESIS_HASH = "0" * 64


class EventKind(StrEnum):
    SESSION_CREATED = "session_created"
    EXAM_CONFIGURED = "exam_configured"
    INVIGILATORS_SET = "invigilators_set"
    LIST_IMPORTED = "list_imported"
    PHOTO_FOLDER_SET = "photo_folder_set"
    INSTRUCTIONS_READ = "instructions_read"
    EXAM_STARTED = "exam_started"
    START_CORRECTED = "start_corrected"
    CHECKED_IN = "checked_in"
    LATE_ENTRY_ADMITTED = "late_entry_admitted"
    LATE_ENTRY_REFUSED = "late_entry_refused"
    CANDIDATE_ADDED = "candidate_added"
    TEMPORARY_EXIT = "temporary_exit"
    RETURNED = "returned"
    DEFINITIVE_EXIT = "definitive_exit"
    HANDED_IN = "handed_in"
    PAUSED = "paused"
    RESUMED = "resumed"
    INCIDENT = "incident"
    OBSERVATION = "observation"
    ERRATUM = "erratum"
    CORRECTION = "correction"
    COMMAND_REFUSED = "command_refused"
    PV_SIGNED = "pv_signed"
    SEALED = "sealed"


def format_time(moment: datetime) -> str:
    """UTC, microseconds, 'Z': one spelling per moment, so the encoding is canonical."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    # fromisoformat is C and fast (the fold parses every event); the shape check keeps it strict.
    if len(text) != 27 or text[10] != "T" or not text.endswith("Z"):
        raise ValueError(f"not a canonical event time: {text!r}")
    return datetime.fromisoformat(text)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(
    seq: int,
    at: str,
    invigilator: str,
    kind: str,
    candidate: str | None,
    payload: str,
    prev_hash: str,
) -> str:
    encoded = canonical_json([seq, at, invigilator, kind, candidate, payload, prev_hash])
    return sha256_hex(encoded)


def sha256_hex(text: str) -> str:
    return _sha256()(text.encode("utf-8")).hexdigest()


@cache
def _sha256() -> Callable[[bytes], Any]:
    # hashlib loads OpenSSL (~3 ms): opening a session to show it needs no hash, only
    # verifying or appending does (the app verifies right after its first frame).
    import hashlib

    return hashlib.sha256


class Event(NamedTuple):
    seq: int
    at: datetime
    invigilator: str
    kind: EventKind
    candidate: str | None
    payload: dict[str, Any]
    prev_hash: str = GENESIS_HASH
    hash: str = ""

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        return cls(
            seq=row["seq"],
            at=parse_time(row["at"]),
            invigilator=row["invigilator"],
            kind=EventKind(row["kind"]),
            candidate=row["candidate"],
            payload=json.loads(row["payload"]),
            prev_hash=row["prev_hash"],
            hash=row["hash"],
        )
