"""Does an event's payload hold what this version writes, with its types and bounds?

A file may verify (its chain recomputed by hand, or copied to a laptop without its anchor
journal) and still hold values no command writes: a name that is a number, a sheet count of
10**30, an extra time of 1e308, a date in year 9999. The fold asks this module before applying
an event: a payload that fails is a verdict on that event (`RoomState.unreadable`), so the
file is NON CONFORME and read-only, and no reader (summary, PDF, reconciliation) ever meets
such a value (issue #9: nothing a file holds may make it unreadable)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from invigilator.record.events import format_time, parse_time

# Beyond any sitting: a day of extra time. Seconds: any difference two datetimes can have (a
# computer's clock set to year 9999 is recorded as such), below what a timedelta holds.
MAX_MINUTES = 24 * 60
MAX_SECONDS = 10**12
MAX_SHEETS = 99
# The moments an event may hold: a time this far from either end of datetime can take any
# duration added or removed. Wide: a laptop whose clock battery died says 1970 or 2000, and
# its room's record must still read (its clock jump is recorded as such).
FIRST_YEAR, LAST_YEAR = 1900, 9000

Check = Callable[[Any], "str | None"]


def _text(value: Any) -> str | None:
    return None if type(value) is str else "un texte"


def _optional_text(value: Any) -> str | None:
    return None if value is None or type(value) is str else "un texte"


def _flag(value: Any) -> str | None:
    return None if type(value) is bool else "oui ou non"


def _integer(low: int, high: int) -> Check:
    def check(value: Any) -> str | None:
        ok = type(value) is int and low <= value <= high
        return None if ok else f"un nombre entier de {low} à {high}"

    return check


def _texts(value: Any) -> str | None:
    ok = type(value) is list and all(type(item) is str for item in value)
    return None if ok else "une liste de textes"


def _object(value: Any) -> str | None:
    return None if type(value) is dict else "un objet"


def _signatures(value: Any) -> str | None:
    ok = type(value) is dict and all(type(item) is dict for item in value.values())
    return None if ok else "des signatures par nom"


def moment_problem(value: Any) -> str | None:
    """Why a stored moment is not one the app writes (canonical UTC text, a sane year)."""
    if type(value) is not str:
        return "une heure"
    try:
        moment = parse_time(value)
    except ValueError:
        return "une heure"
    if format_time(moment) != value or not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return f"une heure entre {FIRST_YEAR} et {LAST_YEAR}"
    return None


def _short_text(limit: int) -> Check:
    def check(value: Any) -> str | None:
        ok = type(value) is str and len(value) <= limit
        return None if ok else f"un texte de {limit} caractères au plus"

    return check


# The exam code and the room go into the PV's QR code, which holds some 2,000 bytes: longer,
# no PV could be printed at all (percent-encoded, a character may take 12 bytes).
SHORT_TEXT, LONG_TEXT = 64, 4000
_EXAM_FIELDS: dict[str, Check] = {
    "ue_code": _short_text(SHORT_TEXT), "room": _short_text(SHORT_TEXT),
    **dict.fromkeys(("title", "centre", "authorised_materials", "teacher", "teacher_phone"),
                    _short_text(LONG_TEXT)),
    "teacher_in_room": _flag, "session_number": _integer(1, 2),
    "duration_minutes": _integer(1, MAX_MINUTES),
    "exam_date": lambda v: None if v is None or _iso(date, v) else "une date",
    "start_time": lambda v: None if v is None or _iso(time, v) else "une heure",
}  # fmt: skip

CANDIDATE_TEXTS = ("student_id", "last_name", "first_name", "accommodations", "seat", "room",
                   "birth_date", "email", "ue_code")  # fmt: skip
_CANDIDATE_FIELDS: dict[str, Check] = {
    **dict.fromkeys(CANDIDATE_TEXTS, _text),
    "extra_time_minutes": _integer(0, MAX_MINUTES),
    "extra": lambda v: (
        None
        if type(v) is dict and all(type(x) is str for x in v.values())
        else "des textes par colonne"
    ),
}


def _iso(kind: type[date] | type[time], value: Any) -> bool:
    try:
        return type(value) is str and kind.fromisoformat(value) is not None
    except ValueError:
        return False


def _record(fields: dict[str, Check], what: str) -> Check:
    def check(value: Any) -> str | None:
        if type(value) is not dict:
            return what
        for name, field_check in fields.items():
            if name in value and field_check(value[name]) is not None:
                return f"{what} dont « {name} » est {field_check(value[name])}"
        return None

    return check


exam_problem = _record(_EXAM_FIELDS, "une épreuve")
candidate_problem = _record(_CANDIDATE_FIELDS, "un candidat")


def _previous(value: Any) -> str | None:
    """An amendment's previous exam, or a start correction's previous start."""
    return exam_problem(value) if type(value) is dict else moment_problem(value)


# Each key has one meaning whatever the kind of event that holds it.
FIELDS: dict[str, Check] = {
    **dict.fromkeys(
        ("reason", "note", "text", "source", "seized", "nature", "escort", "category",
         "seized_by", "measures", "lead", "id_document", "folder", "description", "not_held",
         "action", "code", "session_id", "profile", "source_name", "sha256", "digest",
         "expected_in", "elsewhere_decision"),
        _text,
    ),
    **dict.fromkeys(("sheet", "room"), _optional_text),
    **dict.fromkeys(
        ("emergency", "void", "transport_proof", "blank", "after_start", "escort_outside",
         "paper_handed_in", "from_temporary_exit"),
        _flag,
    ),
    **dict.fromkeys(("elapsed_s", "offset_s", "paused_s"), _integer(-MAX_SECONDS, MAX_SECONDS)),
    **dict.fromkeys(("minutes_out", "count", "others_count"), _integer(0, 10**6)),
    "target_seq": _integer(1, 2**62),
    "sheets": _integer(0, MAX_SHEETS),
    **dict.fromkeys(
        ("candidates", "custody", "refused_to_countersign", "names", "third_time_ids",
         "changed_decisions"),
        _texts,
    ),
    **dict.fromkeys(("signatures", "invigilator_signatures", "candidate_signatures"),
                    _signatures),
    **dict.fromkeys(("changes", "addition"), _object),
    **dict.fromkeys(("start", "session"), moment_problem),
    "wall": _text,  # what the computer's clock said, however absurd: only ever shown
    "exam": exam_problem,
    "previous": _previous,
    "candidate": candidate_problem,
}  # fmt: skip


def payload_problem(payload: dict[str, Any]) -> tuple[str, list[str]] | None:
    """Why a payload holds a value this version never writes, in French, with the keys that
    hold one; None when it holds none."""
    bad = []
    for name, value in payload.items():  # the fold asks for each event: one pass, no calls
        check = FIELDS.get(name)
        if check is not None and check(value) is not None:
            bad.append(name)
    addition = payload.get("addition")
    if "addition" not in bad and type(addition) is dict and "candidate" in addition:
        if candidate_problem(addition["candidate"]) is not None:
            bad.append("addition")
    if not bad:
        return None
    name = bad[0]
    problem = _field_problem(name, payload[name]) or candidate_problem(payload[name]["candidate"])
    return f"« {name} » n'est pas {problem}", bad


def _field_problem(name: str, value: Any) -> str | None:
    check = FIELDS.get(name)
    return check(value) if check is not None else None


def listed_problem(listed: list[tuple[Any, bool]]) -> str | None:
    """Why a stored list holds a candidate no import writes, or None."""
    for candidate, _ in listed:
        problem = record_problem(candidate)
        if problem is not None:
            return f"liste importée : {problem}"
    return None


def record_problem(candidate: Any) -> str | None:
    """Why a Candidate is not one the fold reads back (`candidate_problem`), or None."""
    try:
        return candidate_problem(candidate.to_record())
    except (AttributeError, TypeError, ValueError):  # extra that is not a mapping…
        return "un candidat"


def readable_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload without the values the fold refuses (`payload_problem`): what a reader of
    a NON CONFORME file's events may use, as the fold did."""
    found = payload_problem(payload)
    if found is None:
        return payload
    return {k: v for k, v in payload.items() if k not in found[1]}


_SIGNATURE_KEYS = frozenset({"signature", "signatures", "invigilator_signatures",
                             "candidate_signatures"})  # fmt: skip


def too_long(payload: dict[str, Any], limit: int = LONG_TEXT) -> str | None:
    """The key of a payload's first text longer than `limit`, at any depth (signatures
    aside), or None: the documents print 4,500 characters of a text at most, so a longer
    one would be recorded in full but not printed in full on the PV."""
    for name, value in payload.items():
        if name not in _SIGNATURE_KEYS and _longer(value, limit):
            return name
    return None


def _longer(value: Any, limit: int) -> bool:
    if type(value) is str:
        return len(value) > limit
    if type(value) is dict:
        return any(_longer(v, limit) for k, v in value.items() if k not in _SIGNATURE_KEYS)
    if type(value) is list:
        return any(_longer(v, limit) for v in value)
    return False
