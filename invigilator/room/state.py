"""The room's current state, as a fold over the event log.

Nothing here reads a clock: where the answer depends on the time (elapsed, absent), the
moment is passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from invigilator.model import Candidate, ExamFacts
from invigilator.record.events import Event, EventKind, parse_time
from invigilator.room.payload_check import FIRST_YEAR, LAST_YEAR, listed_problem, payload_problem
from invigilator.rules import as_shown, third_time_minutes


class Status(StrEnum):
    EXPECTED = "expected"
    PRESENT = "present"
    OUT = "out"
    HANDED_IN = "handed_in"
    NOT_HANDED_IN = "not_handed_in"
    REFUSED = "refused"
    ABSENT = "absent"
    # Left in an emergency and not coming back: never a refusal to hand in (issue #9).
    EMERGENCY_PAPER = "emergency_paper"
    EMERGENCY_NO_PAPER = "emergency_no_paper"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.EXPECTED: "attendu(e)",
    Status.PRESENT: "présent(e)",
    Status.OUT: "sorti(e) temporairement",
    Status.HANDED_IN: "copie rendue",
    Status.NOT_HANDED_IN: "parti(e) sans rendre sa copie",
    Status.REFUSED: "entrée refusée",
    Status.ABSENT: "absent(e)",
    Status.EMERGENCY_PAPER: "sortie d'urgence — copie remise",
    Status.EMERGENCY_NO_PAPER: "sortie d'urgence — copie non remise",
}

# The candidates of an import event (each with "belongs to another room"), by its sequence number.
ListLoader = Callable[[int], list[tuple[Candidate, bool]]]


class CandidateState:
    """One candidate of the room as the events left them; the fold updates it in place.

    A plain class rather than a dataclass (see invigilator.model): built ~1 ms faster at
    every start of the app, and the fold needs none of the generated methods."""

    __slots__ = (
        "candidate", "added_by_hand", "added_reason", "status", "entered_at", "late",
        "late_reason", "id_document", "out_since", "exits", "handed_in_at", "sheets", "blank",
        "left_early", "emergency_note", "refused_attempts", "signatures", "escort",
    )  # fmt: skip

    def __init__(
        self, candidate: Candidate, *, added_by_hand: bool = False, added_reason: str = ""
    ) -> None:
        self.candidate = candidate
        self.added_by_hand = added_by_hand
        self.added_reason = added_reason
        self.status = Status.EXPECTED
        self.entered_at: datetime | None = None
        self.late = False
        self.late_reason = ""
        self.id_document = ""
        self.out_since: datetime | None = None
        self.exits = 0
        self.handed_in_at: datetime | None = None
        self.sheets = 0
        self.blank = False
        self.left_early = False
        self.emergency_note = ""
        self.refused_attempts: list[Event] = []
        self.signatures: dict[str, int] = {}  # role -> event seq
        self.escort: tuple[str, bool] | None = None  # who went out with them, from outside?

    def __repr__(self) -> str:
        return f"CandidateState({self.student_id}, {self.status.value})"

    @property
    def student_id(self) -> str:
        return self.candidate.student_id

    @property
    def has_entered(self) -> bool:
        return self.entered_at is not None


class RoomState:
    """The room as its events left it; a plain class, for the same reason as CandidateState."""

    def __init__(self) -> None:
        self.exam: ExamFacts | None = None
        self.invigilators: list[str] = []
        self.lead_invigilator = ""
        self.list_import: dict[str, Any] | None = None
        # Tiers-temps candidates whose extra time follows the exam's duration, whatever it is.
        self.third_time_ids: tuple[str, ...] = ()
        self.photo_folder = ""
        self.candidates: dict[str, CandidateState] = {}
        self.others: dict[str, Candidate] = {}
        self.instructions_read_at: datetime | None = None
        self.started_at: datetime | None = None
        self.pauses: list[tuple[datetime, datetime | None]] = []
        self.incidents: list[Event] = []
        self.observations: list[Event] = []
        self.errata: list[Event] = []
        self.refusals: list[Event] = []
        self.corrections: list[Event] = []
        self.pv_signed: Event | None = None
        self.sealed_at: datetime | None = None
        self.created_at: datetime | None = None
        self.last_seq = 0
        self.last_hash = ""
        self.last_at: datetime | None = None  # no event may be written before it
        self.addenda: list[Event] = []
        self.amendments: list[Event] = []  # exam facts changed after the start
        self.clock_jumps: list[Event] = []
        self.mirror_folder = ""  # the second medium, "" for none
        self.not_held = ""  # sealed without a start: why the exam was not held
        self.instructions_after_start = False
        # What the corrections in force void and change (voiding a correction undoes it).
        self.voided: set[int] = set()
        self.amended: dict[int, dict[str, Any]] = {}
        # Events the fold could not apply, as (seq, verdict): the file opens read-only.
        self.unreadable: list[tuple[int, str]] = []
        # Everyone who has gone out or left, noted by the fold as it goes, so that the rules a
        # command asks about (who is out, has anyone left) need not scan the room (#13).
        self._moved: dict[str, CandidateState] = {}

    # -- the fold ------------------------------------------------------------------------

    @classmethod
    def from_events(cls, events: Iterable[Event], lists: ListLoader | None = None) -> RoomState:
        events = list(events)
        voided, amended = _corrections(events)
        state = cls()
        state.voided, state.amended = voided, amended
        for event in events:
            if event.seq in voided:
                state._advance(event)
                continue
            if event.seq in amended:
                event = event._replace(payload={**event.payload, **amended[event.seq]})
            state.apply(event, lists)
        return state

    def _advance(self, event: Event) -> None:
        self.last_seq = event.seq
        self.last_hash = event.hash
        if event.kind is not EventKind.UNREADABLE and (
            self.last_at is None or event.at > self.last_at
        ):
            self.last_at = event.at

    def apply(
        self, event: Event, lists: ListLoader | None = None, *, checked: bool = False
    ) -> None:
        """Fold one event in. Never raises on what a file holds: an event that cannot be
        applied is a verdict on that event (`unreadable`), and the rest is still read.

        `checked`: the command that has just written it checked its time and payload
        (`payload_check`), so they are not checked a second time on the check-in path."""
        handler = _HANDLERS.get(event.kind)
        if handler is not None and event.kind is not EventKind.UNREADABLE and not checked:
            # A value no command writes is a verdict on its event, never a reader's crash.
            if not FIRST_YEAR <= event.at.year <= LAST_YEAR:  # beyond date arithmetic
                self._unreadable(event.seq, f"daté de l'an {event.at.year}")
                self.last_seq, self.last_hash = event.seq, event.hash
                return
            found = payload_problem(event.payload)
            if found is not None:  # the rest of the event is still read, without those values
                self._unreadable(event.seq, found[0])
                kept = {k: v for k, v in event.payload.items() if k not in found[1]}
                event = event._replace(payload=kept)
        if handler is not None:
            try:
                if event.kind is EventKind.LIST_IMPORTED:
                    handler(self, event, lists)
                else:
                    handler(self, event)
            except (KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
                self._unreadable(event.seq, f"{type(error).__name__} : {error}")
        self._advance(event)
        if event.candidate:
            entry = self.candidates.get(event.candidate)
            if entry is not None and (entry.exits or entry.left_early):
                self._moved[entry.student_id] = entry

    def _unreadable(self, seq: int, why: str) -> None:
        self.unreadable.append((seq, f"événement n° {seq} illisible ({why})"))

    def _on_unreadable(self, event: Event) -> None:
        self._unreadable(event.seq, str(event.payload.get("error", "")))

    def _on_session_created(self, event: Event) -> None:
        self.created_at = event.at

    def _on_exam_configured(self, event: Event) -> None:
        self.exam = ExamFacts.from_record(event.payload["exam"])
        self._apply_third_time()

    def _apply_third_time(self) -> None:
        if self.exam is None:
            return
        minutes = third_time_minutes(self.exam.duration_minutes)
        for student_id in self.third_time_ids:
            entry = self.candidates.get(student_id)
            if entry is not None:
                entry.candidate = entry.candidate._replace(extra_time_minutes=minutes)

    def _on_invigilators_set(self, event: Event) -> None:
        self.invigilators = list(event.payload["names"])
        self.lead_invigilator = event.payload.get("lead", "")

    def _on_list_imported(self, event: Event, lists: ListLoader | None) -> None:
        self.list_import = dict(event.payload, seq=event.seq)
        listed = lists(event.seq) if lists else []
        problem = listed_problem(listed)
        if problem is not None:
            raise ValueError(problem)
        added = {k: v for k, v in self.candidates.items() if v.added_by_hand}
        self.candidates = {}
        self.others = {}
        for candidate, other_room in listed:
            if other_room:
                self.others[candidate.student_id] = candidate
            else:
                self.candidates[candidate.student_id] = CandidateState(candidate)
        self.candidates.update(added)
        self.third_time_ids = tuple(event.payload.get("third_time_ids", ()))
        self._apply_third_time()

    def _on_photo_folder_set(self, event: Event) -> None:
        self.photo_folder = event.payload.get("folder", "")

    def _on_instructions_read(self, event: Event) -> None:
        self.instructions_read_at = event.at
        self.instructions_after_start = bool(event.payload.get("after_start"))

    def _on_exam_amended(self, event: Event) -> None:
        self.amendments.append(event)
        self._on_exam_configured(event)

    def _on_mirror_set(self, event: Event) -> None:
        self.mirror_folder = str(event.payload["folder"])

    def _on_clock_jumped(self, event: Event) -> None:
        self.clock_jumps.append(event)

    def _on_addendum(self, event: Event) -> None:
        self.addenda.append(event)

    def _on_exam_started(self, event: Event) -> None:
        self.started_at = event.at

    def _on_start_corrected(self, event: Event) -> None:
        self.started_at = parse_time(event.payload["start"])

    def _on_candidate_added(self, event: Event) -> None:
        candidate = Candidate.from_record(event.payload["candidate"])
        self.candidates[candidate.student_id] = CandidateState(
            candidate, added_by_hand=True, added_reason=event.payload.get("reason", "")
        )

    def _on_checked_in(self, event: Event) -> None:
        entry = self.candidates[event.candidate or ""]
        entry.status = Status.PRESENT
        entry.entered_at = event.at
        entry.id_document = event.payload.get("id_document", "")
        entry.late = event.kind is EventKind.LATE_ENTRY_ADMITTED
        entry.late_reason = event.payload.get("reason", "")
        entry.signatures["entry"] = event.seq

    _on_late_entry_admitted = _on_checked_in

    def _on_late_entry_refused(self, event: Event) -> None:
        self.refusals.append(event)
        entry = self.candidates.get(event.candidate or "")
        if entry is not None:
            entry.refused_attempts.append(event)
            if not entry.has_entered:
                entry.status = Status.REFUSED

    def _on_command_refused(self, event: Event) -> None:
        self.refusals.append(event)

    def _on_temporary_exit(self, event: Event) -> None:
        entry = self.candidates[event.candidate or ""]
        entry.status = Status.OUT
        entry.out_since = event.at
        entry.exits += 1
        if event.payload.get("emergency"):
            entry.emergency_note = event.payload.get("note", "")
        escort = event.payload.get("escort", "")
        entry.escort = (escort, bool(event.payload.get("escort_outside"))) if escort else None

    def _on_returned(self, event: Event) -> None:
        entry = self.candidates[event.candidate or ""]
        entry.status = Status.PRESENT
        entry.out_since = None
        entry.escort = None

    def _on_emergency_departure(self, event: Event) -> None:
        entry = self.candidates[event.candidate or ""]
        paper = bool(event.payload["paper_handed_in"])
        entry.status = Status.EMERGENCY_PAPER if paper else Status.EMERGENCY_NO_PAPER
        entry.handed_in_at = event.at
        entry.sheets = int(event.payload.get("sheets", 0)) if paper else 0
        entry.left_early = True
        entry.emergency_note = event.payload.get("note", "")
        entry.out_since = None
        entry.escort = None

    def _on_handed_in(self, event: Event) -> None:
        entry = self.candidates[event.candidate or ""]
        entry.status = Status.HANDED_IN
        entry.handed_in_at = event.at
        entry.sheets = int(event.payload.get("sheets", 0))
        entry.blank = bool(event.payload.get("blank", False))
        entry.left_early = event.kind is EventKind.DEFINITIVE_EXIT
        if event.payload.get("emergency"):
            entry.emergency_note = event.payload.get("note", "")
        entry.signatures["hand_in"] = event.seq

    _on_definitive_exit = _on_handed_in

    def _on_paused(self, event: Event) -> None:
        self.pauses.append((event.at, None))

    def _on_resumed(self, event: Event) -> None:
        if self.pauses and self.pauses[-1][1] is None:
            self.pauses[-1] = (self.pauses[-1][0], event.at)

    def _on_incident(self, event: Event) -> None:
        self.incidents.append(event)
        if event.payload.get("category") == "refus_de_rendre":
            for student_id in event.payload.get("candidates", []):
                entry = self.candidates.get(student_id)
                if entry is not None and entry.status in (Status.PRESENT, Status.OUT):
                    entry.status = Status.NOT_HANDED_IN

    def _on_observation(self, event: Event) -> None:
        self.observations.append(event)

    def _on_erratum(self, event: Event) -> None:
        self.errata.append(event)

    def _on_correction(self, event: Event) -> None:
        target = event.payload["target_seq"]
        if not isinstance(target, int) or not 0 < target < event.seq:
            raise ValueError(f"correction d'un événement inexistant ({target!r})")
        if not isinstance(event.payload.get("changes", {}), dict):
            raise TypeError("changes is not an object")
        self.corrections.append(event)

    def _on_pv_signed(self, event: Event) -> None:
        self.pv_signed = event

    def _on_sealed(self, event: Event) -> None:
        self.sealed_at = event.at
        self.not_held = str(event.payload.get("not_held", ""))

    # -- questions -----------------------------------------------------------------------

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=self.exam.duration_minutes if self.exam else 0)

    @property
    def sealed(self) -> bool:
        return self.sealed_at is not None

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def paused_total(self, now: datetime, start: datetime | None = None) -> timedelta:
        """Time paused between the start (or `start`) and `now`: a pause, or the part of it,
        before the start does not count (a start corrected to later than a pause)."""
        start = start or self.started_at
        total = timedelta(0)
        for begin, end in self.pauses:
            begin = max(begin, start) if start is not None else begin
            end = min(end or now, now)
            if end > begin:
                total += end - begin
        return total

    def elapsed(self, now: datetime, start: datetime | None = None) -> timedelta | None:
        """Exam time elapsed since the start (or `start`), pauses excluded; None before the
        start; never negative."""
        start = start or self.started_at
        if start is None:
            return None
        return max(now - start - self.paused_total(now, start), timedelta(0))

    def moment_of(self, offset: timedelta, now: datetime) -> datetime | None:
        """The wall-clock moment of an offset from the start, pauses so far included."""
        if self.started_at is None:
            return None
        return self.started_at + offset + self.paused_total(now)

    def end_of(self, entry: CandidateState) -> timedelta:
        """A candidate's own end, as an offset from the start. Late entry gives no extra time."""
        return self.duration + timedelta(minutes=entry.candidate.extra_time_minutes)

    def shown_end_of(self, entry: CandidateState, now: datetime) -> timedelta:
        """`end_of` moved onto the whole minute the room is shown as the end, at or before it
        (a pause of a few seconds puts it between two minutes): the engine ends the time there."""
        return as_shown(self.end_of(entry), self.moment_of(timedelta(0), now), opening=False)

    @property
    def out_now(self) -> list[CandidateState]:
        return [c for c in self._moved.values() if c.status is Status.OUT and self._listed(c)]

    @property
    def anyone_left(self) -> bool:
        """4.1 "à condition qu'aucun candidat ne soit sorti": any candidate who has left the
        room, even for a moment, even in an emergency (issue #9)."""
        return any((c.left_early or c.exits) and self._listed(c) for c in self._moved.values())

    def _listed(self, entry: CandidateState) -> bool:
        """Still this room's candidate (a list imported again replaces every entry)."""
        return self.candidates.get(entry.student_id) is entry

    @property
    def escorts_out(self) -> list[str]:
        """The invigilators now outside with a candidate."""
        return [c.escort[0] for c in self.out_now if c.escort and not c.escort[1]]

    @property
    def invigilators_in_room(self) -> int:
        return max(len(self.invigilators) - len(self.escorts_out), 0)

    def display_status(self, entry: CandidateState, entry_closed: bool) -> Status:
        # A candidate turned away stays "entrée refusée": the office must see they came.
        if entry.status is Status.EXPECTED and (entry_closed or self.sealed):
            return Status.ABSENT
        return entry.status


# Each kind's `_on_<kind>` method, looked up once rather than by name at every event (#13).
_HANDLERS: dict[EventKind, Callable[..., None]] = {
    kind: getattr(RoomState, f"_on_{kind.value}")
    for kind in EventKind
    if hasattr(RoomState, f"_on_{kind.value}")
}


def _corrections(events: list[Event]) -> tuple[set[int], dict[int, dict[str, Any]]]:
    """What the corrections in force void and amend. Latest first: a voided correction has no
    effect (voiding a correction undoes it), and a correction targets only earlier events."""
    voided: set[int] = set()
    changes: list[tuple[int, dict[str, Any]]] = []
    for event in reversed(events):
        if event.kind is not EventKind.CORRECTION or event.seq in voided:
            continue
        try:
            target = event.payload["target_seq"]
            if not isinstance(target, int) or target >= event.seq:
                continue  # not a correction this version wrote: the fold names it
            if event.payload.get("void"):
                voided.add(target)
            elif isinstance(event.payload.get("changes"), dict):
                changes.append((target, event.payload["changes"]))
        except (KeyError, TypeError):
            continue
    amended: dict[int, dict[str, Any]] = {}
    for target, change in reversed(changes):
        amended.setdefault(target, {}).update(change)
    return voided, amended
