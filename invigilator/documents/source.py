"""What the documents read from a session file: the state, the counts, the verdict, the log.

Through the room's public API only: `RoomSession.open(readonly=True)`, its state fold,
`summarise` and `verify`. Nothing here writes to the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import Any

from invigilator.documents.fonts import DocumentError
from invigilator.model import Candidate, Signature
from invigilator.record.events import Event, EventKind, parse_time
from invigilator.record.verify import Verification
from invigilator.room.payload_check import readable_payload
from invigilator.room.session import RoomSession
from invigilator.room.state import CandidateState, RoomState
from invigilator.room.summary import summarise
from invigilator.rules import Milestone, MilestoneKind


def readable_signature(record: object) -> Signature | None:
    """A payload's signature record as strokes; None when there is none, or when a damaged
    file's record cannot be read (its draft then shows an empty box, never a traceback)."""
    if not isinstance(record, dict):
        return None
    try:
        return Signature.from_record(record)
    except (ValueError, TypeError, AttributeError):
        return None


# The verdict goes on every page's band and into the seal's box: one or two lines of it.
VERDICT_PRINTED = 300


class Standing(Enum):
    """What the documents may claim to be."""

    FINAL = "final"  # sealed and intact: the official documents
    UNSEALED = "unsealed"  # intact but not sealed: the same, marked as a draft
    NOT_CONFORMING = "not_conforming"  # the chain does not verify: a draft on request only


DRAFT_MARK = "PROJET — NON SCELLÉ"
NOT_CONFORMING_MARK = "NON CONFORME"


@dataclass
class Sitting:
    """One sitting as the documents see it, read once."""

    path: Path
    state: RoomState
    summary: dict[str, Any]
    verification: Verification
    events: list[Event]  # as the fold sees them: voided events left out, amendments applied
    milestones: list[Milestone]
    standing: Standing

    @cached_property
    def by_seq(self) -> dict[int, Event]:
        return {e.seq: e for e in self.events}

    @property
    def mark(self) -> str | None:
        if self.standing is Standing.NOT_CONFORMING:
            return NOT_CONFORMING_MARK
        if self.standing is Standing.UNSEALED:
            return DRAFT_MARK
        return None

    @property
    def verdict(self) -> str:
        """The verification's message as printed: it may quote a damaged value whole."""
        message = self.verification.message
        return message if len(message) <= VERDICT_PRINTED else message[:VERDICT_PRINTED] + " […]"

    @property
    def mark_reason(self) -> str:
        if self.standing is Standing.NOT_CONFORMING:
            return (
                "Le journal ne se vérifie pas : " + self.verdict
                + ". Document de travail sans valeur officielle."
            )  # fmt: skip
        if self.standing is Standing.UNSEALED:
            return "Session non scellée : ce document peut encore changer."
        return ""

    @property
    def as_of(self) -> datetime | None:
        """The moment the log stops: the documents describe the room as of then."""
        return self.events[-1].at if self.events else None

    def signature_of(self, seq: int | None, key: str = "signature") -> Signature | None:
        return readable_signature(self.signature_record(seq, key))

    def signature_record(self, seq: int | None, key: str = "signature") -> object:
        """An event's signature record as stored (for `signature.record_operators`)."""
        event = self.by_seq.get(seq or -1)
        return event.payload.get(key) if event else None

    def moment(self, offset: timedelta) -> datetime | None:
        """The wall-clock moment of an offset from the start, every pause included."""
        now = self.as_of
        return self.state.moment_of(offset, now) if now is not None else None

    def extra_time_ends(self) -> list[tuple[int, datetime | None]]:
        return [
            (m.extra_minutes, self.moment(m.offset))
            for m in self.milestones
            if m.kind is MilestoneKind.EXTRA_TIME_ENDS
        ]

    def own_end(self, entry: CandidateState) -> datetime | None:
        return self.moment(self.state.end_of(entry))

    def listed(self) -> list[CandidateState]:
        """The list's candidates in list order (the import's order), hand additions apart."""
        return [e for e in self.state.candidates.values() if not e.added_by_hand]

    def added(self) -> list[CandidateState]:
        return [e for e in self.state.candidates.values() if e.added_by_hand]

    def name_of(self, student_id: str) -> Candidate | None:
        entry = self.state.candidates.get(student_id)
        return entry.candidate if entry else None


def effective_events(events: list[Event]) -> list[Event]:
    """The log as the state fold reads it: corrections void or amend earlier events."""
    voided: set[int] = set()
    amended: dict[int, dict[str, Any]] = {}
    for event in events:
        if event.kind is EventKind.CORRECTION:
            target = int(event.payload.get("target_seq", 0))
            if event.payload.get("void"):
                voided.add(target)
            else:
                amended.setdefault(target, {}).update(event.payload.get("changes", {}))
    return [
        e._replace(payload={**e.payload, **amended[e.seq]}) if e.seq in amended else e
        for e in events
        if e.seq not in voided
    ]


def _event(row: dict[str, Any], payload: dict[str, Any]) -> Event:
    """A row that verification passed (its kind, time and payload checked), as an Event."""
    return Event(row["seq"], parse_time(row["at"]), row["invigilator"], EventKind(row["kind"]),
                 row["candidate"], payload, row["prev_hash"], row["hash"])  # fmt: skip


def read_sitting(path: Path | str, *, draft: bool = False) -> Sitting:
    """Read a session file read-only; refuses one whose chain does not verify unless `draft`.

    Raises SessionFileError (not a session, unreadable) or DocumentError, in French."""
    path = Path(path)
    with RoomSession.open(path, readonly=True) as session:
        verified: list[tuple[dict[str, Any], dict[str, Any]]] = []
        verification = session.verify(verified=verified)
        if not verification.ok and not draft:
            raise DocumentError(
                f"{path.name} est NON CONFORME ({verification.message}) : aucun document "
                "officiel ne peut en être tiré. Remettez le fichier tel quel au service des "
                "examens ; l'option --draft produit un document de travail marqué NON CONFORME."
            )
        if verification.ok:  # each event decoded once: as verify read and checked it
            logged = [_event(row, payload) for row, payload in verified]
        else:  # a draft of a damaged file: what the log's reader makes of each row, without
            # the values the fold refused (a pause's reason that is a number…)
            logged = [e._replace(payload=readable_payload(e.payload)) for e in session.events()]
        summary = summarise(session, logged)
        events = effective_events(logged)
        milestones = session.milestones()
        state = session.state
    if not verification.ok:
        standing = Standing.NOT_CONFORMING
    elif state.sealed:
        standing = Standing.FINAL
    else:
        standing = Standing.UNSEALED
    return Sitting(path, state, summary, verification, events, milestones, standing)
