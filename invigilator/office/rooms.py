"""One room's session file, read once into plain values the reconciliation works on.

Everything goes through the domain's public reading: `verify_store` for the chain and the
file, the room session's own fold for the state, `summarise` for the counts. Events of a kind
this version does not know make the fold fail: the room is then "unreadable", and says so.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from invigilator.clock import SystemClock
from invigilator.errors import InvigilatorError
from invigilator.office.files import open_readonly, pending_wal
from invigilator.record.store import SessionStore
from invigilator.record.verify import verify_store
from invigilator.room.commands import ID_DOCUMENTS, INCIDENT_CATEGORIES, without_id
from invigilator.room.session import RoomSession
from invigilator.room.state import CandidateState, RoomState, Status
from invigilator.room.summary import summarise
from invigilator.rules import CNAM

# The documents that prove identity; "autre : …" (a document named by hand) and "sans pièce
# d'identité : …" (admitted without one, with the reason) are for the office to look at.
KNOWN_ID_DOCUMENTS = frozenset(d.casefold() for d in ID_DOCUMENTS)


def same_id(student_id: str) -> str:
    """The key two spellings of a student number are compared by (a hand addition is typed)."""
    return student_id.strip().casefold()


HANDED_IN = Status.HANDED_IN.value  # the enum's lookups, once: 120,000 candidates ask
# A paper that reached the invigilators: handed in, or given on an emergency departure (#9).
PAPER_STATUSES = frozenset({HANDED_IN, "emergency_paper"})


class Outcome(NamedTuple):
    """One candidate of one room, as the room's record leaves them."""

    student_id: str
    last_name: str
    first_name: str
    status: str  # a room.state.Status value
    added_by_hand: bool = False
    added_reason: str = ""
    entered_at: datetime | None = None
    late: bool = False
    late_reason: str = ""
    id_document: str = ""
    handed_in_at: datetime | None = None
    sheets: int = 0
    blank: bool = False
    left_early: bool = False
    emergency_note: str = ""
    extra_time_minutes: int = 0
    accommodations: str = ""
    refused_entry: bool = False

    @property
    def entered(self) -> bool:
        return self.entered_at is not None

    @property
    def handed_in(self) -> bool:
        return self.status in PAPER_STATUSES

    @property
    def display_name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()

    @property
    def no_id_document(self) -> bool:
        """Entered with no ID document, or one the app does not know ("sans pièce …")."""
        document = self.id_document.strip()
        return self.entered and (
            without_id(document) or document.casefold() not in KNOWN_ID_DOCUMENTS
        )


class Listed(NamedTuple):
    """A candidate of the enrolment: on a room's list (its own or another room's), or in the
    office's enrolment file (`exam` empty when the file does not say)."""

    student_id: str
    last_name: str
    first_name: str
    room: str
    exam: str = ""


class Incident(NamedTuple):
    seq: int
    at: datetime
    category: str
    description: str
    candidates: tuple[str, ...]
    seized: str = ""
    signed_by: tuple[str, ...] = ()
    countersigned_by: tuple[str, ...] = ()
    refused_to_countersign: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return INCIDENT_CATEGORIES.get(self.category, self.category or "incident")


@dataclass
class RoomFile:
    """What the office knows of one room from its session file."""

    path: Path
    session_id: str = ""
    exam: str = ""
    title: str = ""
    date: str = ""
    session_number: int = 1
    room: str = ""
    centre: str = ""
    intact: bool = False
    verification: str = ""
    first_bad_seq: int | None = None
    readable: bool = True
    unreadable_reason: str = ""
    damaged: bool = False  # SQLite itself finds the file damaged (not an edited chain)
    sealed: bool = False
    started: bool = False
    pv_signed: bool = False
    final_hash: str = ""
    events: int = 0
    pending_writes: bool = False  # read with the writes waiting in its -wal file
    counts: dict[str, Any] = field(default_factory=dict)
    candidates: list[Outcome] = field(default_factory=list)
    others: list[Listed] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    pauses: list[tuple[datetime, datetime | None]] = field(default_factory=list)
    not_held: str = ""  # sealed without a start: why the exam was not held (#9)
    addenda: list[tuple[datetime, str]] = field(default_factory=list)  # after the PV's signature
    clock_jumps: list[tuple[datetime, int]] = field(default_factory=list)  # (when, seconds)

    @property
    def key(self) -> tuple[str, str, str]:
        """The room of an exam sitting: two files with the same key are the same room."""
        return (self.exam, self.date, self.room)

    @property
    def listed(self) -> list[Listed]:
        """Every candidate this room's list names: its own and the other rooms'."""
        own = [
            Listed(o.student_id, o.last_name, o.first_name, self.room)
            for o in self.candidates
            if not o.added_by_hand
        ]
        return own + self.others


def read_room(path: Path | str) -> RoomFile:
    """Read one session file. Raises NotASessionFile or SessionFileError when it cannot be
    used at all; a damaged or tampered file comes back with `intact`/`readable` False."""
    path = Path(path)
    room = RoomFile(path, pending_writes=pending_wal(path) is not None)
    with open_readonly(path) as store:
        room.session_id = _quiet(lambda: store.meta("session_id")) or ""
        check = verify_store(store)
        room.intact, room.verification = check.ok, check.message
        room.first_bad_seq = check.first_bad_seq
        # verify_store names no event when SQLite itself cannot vouch for the file.
        room.damaged = not check.ok and check.first_bad_seq is None
        try:
            session = RoomSession(store, SystemClock(), CNAM, "")
        except (sqlite3.DatabaseError, InvigilatorError, ValueError, KeyError, TypeError,
                AttributeError) as error:  # fmt: skip
            room.readable = False
            room.unreadable_reason = _what_could_be_read(store, error)
            _facts_from_partial(store, room)
            if not room.exam:
                _facts_from_name(room)
            return room
        if room.intact and session.state.unreadable:
            # A chain that holds, with an event the fold cannot apply: NON CONFORME too, as
            # `verify` says (RoomSession.verify), never figures that look reliable.
            seq, verdict = session.state.unreadable[0]
            room.intact, room.verification, room.first_bad_seq = False, verdict, seq
        _fill(room, session)
    return room


def _quiet(read: Any) -> Any:
    try:
        return read()
    except sqlite3.DatabaseError:
        return None


def _fill(room: RoomFile, session: RoomSession) -> None:
    state = session.state
    summary = summarise(session)
    _facts(room, state)
    room.sealed = state.sealed
    room.started = state.started_at is not None
    room.pv_signed = state.pv_signed is not None
    room.final_hash = state.last_hash
    room.events = state.last_seq
    room.counts = {
        k: summary[k]
        for k in ("enrolled", "present", "absent", "late_admitted", "late_refused", "handed_in",
                  "not_handed_in", "blank_papers", "sheets", "added_by_hand", "incidents")
    }  # fmt: skip
    refused = {
        e.candidate for e in state.refusals if e.candidate and e.kind.value == "late_entry_refused"
    }
    room.candidates = [
        _outcome(entry, entry.student_id in refused) for entry in state.candidates.values()
    ]
    room.others = [
        Listed(c.student_id, c.last_name, c.first_name, c.room) for c in state.others.values()
    ]
    room.incidents = [_incident(event) for event in state.incidents]
    room.pauses = list(state.pauses)
    # What the record (#9) adds; read with getattr, so that an older fold still reads.
    room.not_held = str(getattr(state, "not_held", "") or "")
    room.addenda = [(e.at, str(e.payload.get("text", ""))) for e in getattr(state, "addenda", [])]
    room.clock_jumps = [
        (e.at, int(e.payload.get("offset_s", 0) or 0)) for e in getattr(state, "clock_jumps", [])
    ]


def _facts(room: RoomFile, state: RoomState) -> None:
    exam = state.exam
    if exam is None:
        return
    room.exam, room.title, room.room, room.centre = exam.ue_code, exam.title, exam.room, exam.centre
    room.date = exam.exam_date.isoformat() if exam.exam_date else ""
    room.session_number = exam.session_number


def _outcome(entry: CandidateState, refused: bool) -> Outcome:
    c = entry.candidate
    return Outcome(
        student_id=c.student_id,
        last_name=c.last_name,
        first_name=c.first_name,
        status=entry.status.value,
        added_by_hand=entry.added_by_hand,
        added_reason=entry.added_reason,
        entered_at=entry.entered_at,
        late=entry.late,
        late_reason=entry.late_reason,
        id_document=entry.id_document,
        handed_in_at=entry.handed_in_at,
        sheets=entry.sheets,
        blank=entry.blank,
        left_early=entry.left_early,
        emergency_note=entry.emergency_note,
        extra_time_minutes=c.extra_time_minutes,
        accommodations=c.accommodations,
        refused_entry=refused,
    )


def _incident(event: Any) -> Incident:
    p = event.payload
    return Incident(
        seq=event.seq,
        at=event.at,
        category=str(p.get("category", "")),
        description=str(p.get("description", "")),
        candidates=tuple(str(c) for c in p.get("candidates", ())),
        seized=str(p.get("seized", "")),
        signed_by=tuple(p.get("invigilator_signatures", {}) or ()),
        countersigned_by=tuple(p.get("candidate_signatures", {}) or ()),
        refused_to_countersign=tuple(p.get("refused_to_countersign", ()) or ()),
    )


def _what_could_be_read(store: SessionStore, error: Exception) -> str:
    """How far the file reads, event by event, for the office's message."""
    count = 0
    try:
        for _ in store.raw_events():
            count += 1
        tail = f"{count} événement(s) lisible(s)"
    except sqlite3.DatabaseError as failure:
        tail = f"{count} événement(s) lisible(s), puis : {failure}"
    return f"le journal ne peut pas être relu ({type(error).__name__} : {error}) ; {tail}"


# The app names its files `2026-06-15_NFA031_salle-31.2.85.invigilator` (paths.session_file_name).
_FILE_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})_(.+?)_salle-(.+?)(?:-\d+)?\.invigilator$")


def _facts_from_name(room: RoomFile) -> None:
    """The exam, date and room a damaged file's name gives, so it is filed where it belongs."""
    match = _FILE_NAME.match(room.path.name)
    if match:
        room.date, room.exam, room.room = match.groups()
        room.unreadable_reason += " (épreuve et salle d'après le nom du fichier)"


def _facts_from_partial(store: SessionStore, room: RoomFile) -> None:
    """The exam and room from the readable start of a damaged log, so it is filed under them."""
    state = RoomState()
    try:
        for event in store.to_fold():
            if event.kind.value in ("list_imported",):
                continue
            state.apply(event)
            if state.exam is not None and state.exam.room:
                break
    except (sqlite3.DatabaseError, InvigilatorError, ValueError, KeyError, TypeError):
        pass
    _facts(room, state)
