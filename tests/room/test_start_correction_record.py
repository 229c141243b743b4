"""Issue #11.6 (review): a start correction lists the recorded decisions the new start
contradicts — what the room recorded at the door against what the rules would now decide —
and never a decision that stays right. Accepted, the recorded decisions stay (they are facts)
and the contradictions are kept with the correction."""

from __future__ import annotations

from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused
from invigilator.model import Candidate
from invigilator.record.events import EventKind
from invigilator.room.commands import local_time
from invigilator.room.state import Status
from invigilator.room.summary import summarise

M = timedelta(minutes=1)


def check_in(session, student_id, signature, **kwargs):
    return session.check_in(student_id, id_document="passeport", signature=signature, **kwargs)


def name(session, student_id):
    return session.state.candidates[student_id].candidate.display_name


def test_issue_11_6_a_refusal_that_stays_right_is_not_listed_as_a_changed_admission(
    make_session, clock, signature
):
    # 4 h exam: late entry free until 60 min, with a transport certificate until 80 min if
    # nobody has left.
    session = make_session(duration_minutes=240)
    check_in(session, "100", signature)
    session.start_exam()
    start = session.state.started_at
    clock.advance(minutes=10)
    session.temporary_exit("100", escort="M. Benali", emergency=True, note="malaise")
    session.return_to_room("100")
    clock.advance(minutes=40)  # 50 min: a hand addition admitted late
    session.add_candidate(Candidate("990", "Blanc", "José"), reason="absent de la liste",
                          id_document="passeport", signature=signature)  # fmt: skip
    clock.advance(minutes=25)  # 75 min, certificate in hand, but someone has left: refused
    with pytest.raises(CommandRefused):
        check_in(session, "101", signature, transport_proof=True)
    assert session.state.candidates["101"].status is Status.REFUSED
    clock.advance(minutes=1)

    changed = session.start_correction_changes(start - 15 * M)

    # The refusal (75 → 90 min) stays right: not listed, and never as an admission.
    assert changed == [
        f"{name(session, '100')}, arrivé(e) à {local_time(start)} : admis(e) à l'heure "
        "→ retard admis",
        f"Blanc José, arrivé(e) à {local_time(start + 50 * M)} : admis(e) en retard "
        "→ entrée refusée (un candidat est déjà sorti)",
    ]


def test_issue_11_6_a_recorded_refusal_the_new_start_contradicts_is_listed_as_a_refusal(
    make_session, clock, signature
):
    session = make_session(duration_minutes=120)  # late entry until 40 min, no certificate
    check_in(session, "100", signature)
    session.start_exam()
    start = session.state.started_at
    clock.advance(minutes=30)
    check_in(session, "102", signature)  # 30 min: admitted late
    clock.advance(minutes=15)  # 45 min: too late
    with pytest.raises(CommandRefused):
        session.refuse_entry("101")
    with pytest.raises(CommandRefused):
        session.add_candidate(Candidate("991", "Roux", "Anaïs"), reason="absente de la liste",
                              id_document="passeport", signature=signature)  # fmt: skip
    clock.advance(minutes=1)
    later = start + 10 * M

    changed = session.start_correction_changes(later)

    refused_at = local_time(start + 45 * M)
    assert changed == [
        f"{name(session, '101')}, arrivé(e) à {refused_at} : refusé(e) : trop en retard "
        "→ retard admis",
        f"Roux Anaïs, arrivé(e) à {refused_at} : refusé(e) : trop en retard → retard admis",
    ]
    with pytest.raises(CommandRefused, match="Roux Anaïs"):
        session.correct_start(later, note="sujets distribués en retard")
    session.correct_start(later, note="sujets distribués en retard", accept_changes=True)

    # The recorded decisions are facts and stay; the contradictions are with the correction.
    correction = session.events()[-1]
    assert correction.kind is EventKind.START_CORRECTED
    assert correction.payload["changed_decisions"] == changed
    state = session.state
    assert state.candidates["101"].status is Status.REFUSED
    assert state.candidates["102"].late and state.candidates["100"].has_entered
    assert "991" not in state.candidates
    summary = summarise(session)
    assert summary["late_refused"] == 1 and summary["late_admitted"] == 1
    assert summary["contradicted_decisions"] == changed
    # The same recorded decisions are still what this start contradicts: nothing more.
    assert session.start_correction_changes(later) == changed
