"""The events of the room log and their hash chain.

Each event's hash is SHA-256 over a canonical JSON encoding of its fields and the previous
event's hash, so editing, reordering or deleting any event breaks every hash after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from invigilator.model import Signature

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
    # Added with issue #9.
    EXAM_AMENDED = "exam_amended"  # the exam facts changed after the start, with a reason
    CLOCK_JUMPED = "clock_jumped"  # the computer's clock moved away from the session's time
    EMERGENCY_DEPARTURE = "emergency_departure"  # left in an emergency and not coming back
    ADDENDUM = "addendum"  # written after the PV was signed: "ajout postérieur à la signature"
    MIRROR_SET = "mirror_set"  # the second medium that keeps a whole copy (journal.Mirror)
    # Never stored: what `SessionStore.events` yields for a row it cannot decode.
    UNREADABLE = "unreadable"


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


def _written_json(value: Any) -> str:
    """`canonical_json` for what is written: a NaN or an infinity raises ValueError rather
    than being written as JSON no other reader takes (and no drawing can use)."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


class StoredJSON(str):
    """A payload value already encoded as canonical JSON text (a signature): `payload_json`
    writes it as it is, so a check-in encodes its signature once (#13). Only as a payload's
    own value: anywhere deeper, json.dumps would take it for a plain string."""

    __slots__ = ()


def payload_json(payload: dict[str, Any]) -> str:
    """`canonical_json(payload)`, taking its `StoredJSON` values as already encoded."""
    if not any(type(value) is StoredJSON for value in payload.values()):
        return _written_json(payload)
    # What json.dumps(sort_keys=True) writes for a dict, item by item.
    items = sorted(payload.items(), key=_key)
    return "{" + ",".join(f"{_string(key)}:{_value(value)}" for key, value in items) + "}"


def _key(item: tuple[str, Any]) -> str:
    return item[0]


def _value(value: Any) -> str:
    """One payload value as canonical_json writes it; the usual scalars without its machinery."""
    kind = type(value)
    if kind is StoredJSON:
        return value  # type: ignore[no-any-return]
    if kind is str:
        return _string(value)
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    return _written_json(value)


# Beyond this, "%.1f" and the shortest repr of the rounded float may spell a number apart.
_PLAIN = 1e13


def signature_json(signature: Signature) -> StoredJSON:
    """`canonical_json(signature.to_record())`, the same text in half the time: each
    stroke written by one format rather than rounded into lists, then encoded (#13).

    "%.1f" and "%.2f" round as round() does (both correctly rounded, half to even) and, below
    1e13, spell the result as its float's repr does, but for the pressure's trailing zero
    (0.50 for 0.5), dropped after. Anything else (no finite float, a huge number) takes the
    general way: the text is always the canonical one."""
    try:
        parts = []
        low = high = 0.0
        for stroke in signature.strokes:
            flat = tuple(chain.from_iterable(stroke))
            if flat:
                low, high = min(low, min(flat)), max(high, max(flat))
            parts.append(_points(len(stroke)) % flat)
        # Each point ends with its pressure, the only number followed by "]".
        strokes = ",".join(parts).replace("0]", "]")
        height, width = _number(signature.height), _number(signature.width)
        text = f'{{"h":{height},"strokes":[{strokes}],"w":{width}}}'
    except (TypeError, ValueError, OverflowError):  # not four numbers a point
        text = "n"
    if "n" in text or not -_PLAIN < low <= high < _PLAIN:  # nan, inf, a huge number
        try:
            text = _written_json(signature.to_record())
        except ValueError:  # a nan or an infinity: a pad's fault, never a drawing
            from invigilator.errors import InvalidInput

            raise InvalidInput(
                "La signature contient des points invalides : faites signer à nouveau.",
                code="signature_invalid",
            ) from None
    return StoredJSON(text)


@cache
def _points(count: int) -> str:
    return "[" + ",".join(("[%.1f,%.1f,%d,%.2f]",) * count) + "]"


def _number(value: Any) -> str:
    return float.__repr__(value) if type(value) is float else canonical_json(value)


_string = json.encoder.encode_basestring  # a str as json.dumps(ensure_ascii=False) writes it


def chain_hash(
    seq: int,
    at: str,
    invigilator: str,
    kind: str,
    candidate: str | None,
    payload: str,
    prev_hash: str,
) -> str:
    fields = (at, invigilator, kind, payload, prev_hash)
    if (
        type(seq) is int
        and all(type(f) is str for f in fields)
        and (candidate is None or type(candidate) is str)
    ):
        # The same text as canonical_json of the list, without its general machinery.
        who = "null" if candidate is None else _string(candidate)
        encoded = (
            f"[{seq},{_string(at)},{_string(invigilator)},{_string(kind)},{who},"
            f"{_string(payload)},{_string(prev_hash)}]"
        )
    else:  # anything else a verification meets (a row edited by hand): the general encoder
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
    def unreadable(cls, row: dict[str, Any], error: Exception) -> Event:
        """A row the fold cannot use, kept in its place so that the verdict can name it."""
        return cls(
            seq=int(row["seq"]) if isinstance(row.get("seq"), int) else 0,
            at=datetime(1970, 1, 1, tzinfo=UTC),
            invigilator=str(row.get("invigilator") or ""),
            kind=EventKind.UNREADABLE,
            candidate=None,
            payload={"kind": str(row.get("kind")), "error": f"{type(error).__name__}: {error}"},
            prev_hash=str(row.get("prev_hash") or ""),
            hash=str(row.get("hash") or ""),
        )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        return cls.from_values([row[name] for name in cls._fields])

    @classmethod
    def from_values(cls, values: Sequence[Any]) -> Event:
        """An event from a row's values in field order (the fold builds thousands at once:
        no keywords, no dict, no enum call on the way, #13)."""
        seq, at, invigilator, kind, candidate, payload, prev_hash, digest = values
        return _new_tuple(cls, (seq, parse_time(at), invigilator, _stored_kind(kind),
                                candidate, _payload(payload), prev_hash, digest))  # fmt: skip


def _payload(text: Any) -> dict[str, Any]:
    if not isinstance(text, str):  # a BLOB or a number put there by hand
        raise TypeError(f"payload stored as {type(text).__name__}, not text")
    value = json.loads(text)
    if not isinstance(value, dict):
        raise TypeError("payload is not a JSON object")
    return value


_new_tuple = tuple.__new__
# The kinds a stored event may have, by their text ('unreadable' is never stored).
_STORED_KINDS = {kind.value: kind for kind in EventKind if kind is not EventKind.UNREADABLE}


def _stored_kind(text: Any) -> EventKind:
    kind = _STORED_KINDS.get(text) if isinstance(text, str) else None
    if kind is None:
        raise ValueError(f"{text!r} is not a stored event kind")
    return kind
