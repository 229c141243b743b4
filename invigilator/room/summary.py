"""The counts the procès-verbal and the exam office need, from a session."""

from __future__ import annotations

from typing import Any

from invigilator.record.events import Event, EventKind
from invigilator.room.commands import without_id
from invigilator.room.session import RoomSession
from invigilator.room.state import CandidateState, RoomState, Status


def absent(state: RoomState, entry_closed: bool) -> list[CandidateState]:
    """The procès-verbal's absent candidates, the one definition the window uses too (issue
    #11): listed, and did not sit — never came once entry closed, or turned away at the door.
    The refused are among them; `refused_at_door` says how many."""
    return [
        e for e in state.candidates.values()
        if not e.added_by_hand and not e.has_entered
        and (entry_closed or state.sealed or e.status is Status.REFUSED)
    ]  # fmt: skip


def refused_at_door(absentees: list[CandidateState]) -> int:
    return sum(1 for e in absentees if e.status is Status.REFUSED)


def summarise(session: RoomSession, events: list[Event] | None = None) -> dict[str, Any]:
    """`events`: the session's events when the caller has them already (each decoded once)."""
    state = session.state
    entries = list(state.candidates.values())
    listed = [e for e in entries if not e.added_by_hand]
    entered = [e for e in entries if e.has_entered]
    papers = [e for e in entries if e.status in (Status.HANDED_IN, Status.EMERGENCY_PAPER)]
    # Each candidate once, in the state they ended in (issue #9); the refusals that preceded
    # an admission are listed apart.
    refused = {e.candidate for e in state.refusals if e.kind is EventKind.LATE_ENTRY_REFUSED}
    by_id = state.candidates
    refused_absent = sorted(c for c in refused if c in by_id and not by_id[c].has_entered)
    refused_then_admitted = sorted(c for c in refused if c in by_id and by_id[c].has_entered)
    emergency = (Status.EMERGENCY_PAPER, Status.EMERGENCY_NO_PAPER)
    exam = state.exam
    return {
        "exam": exam.ue_code if exam else None,
        "room": exam.room if exam else None,
        "enrolled": len(listed),
        "present": len(entered),
        "absent": sum(1 for e in listed if not e.has_entered),
        "late_admitted": sum(1 for e in entered if e.late),
        "late_refused": len(refused_absent),
        "refused_then_admitted": refused_then_admitted,
        "absent_refused": refused_at_door([e for e in listed if not e.has_entered]),
        "without_id": sum(1 for e in entered if without_id(e.id_document)),
        "out_now": len(state.out_now),
        "handed_in": len(papers),
        "not_handed_in": sum(1 for e in entries if e.status is Status.NOT_HANDED_IN),
        "emergency_departures": sum(1 for e in entries if e.status in emergency),
        "blank_papers": sum(1 for e in papers if e.blank),
        "sheets": sum(e.sheets for e in papers),
        "added_by_hand": sum(1 for e in entries if e.added_by_hand),
        "incidents": len(state.incidents),
        "started": state.started_at is not None,
        "sealed": state.sealed,
        "not_held": state.not_held,
        "addenda": len(state.addenda),
        "clock_jumps": len(state.clock_jumps),
        # Recorded decisions a corrected start contradicts: they stay as recorded (facts), and
        # are listed with the correction that contradicts them (issue #11.6).
        "contradicted_decisions": _contradicted(session, events),
        "events": state.last_seq,
        "final_hash": state.last_hash,
    }


def _contradicted(session: RoomSession, events: list[Event] | None) -> list[str]:
    state = session.state
    lines: list[str] = []
    for event in session.events() if events is None else events:
        if event.kind is EventKind.START_CORRECTED and event.seq not in state.voided:
            listed = event.payload.get("changed_decisions") or []
            lines += [str(d) for d in listed] if isinstance(listed, list) else [str(listed)]
    return lines
