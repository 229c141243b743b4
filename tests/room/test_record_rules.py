"""A refusal to hand in the paper (4.4, 4.8) is recorded only once the candidate's time is over.

Regression for the tester's report: 39 candidates still writing (tiers-temps included) were
marked "parti(e) sans rendre sa copie" in the middle of the exam, which unlocked the PV and the
seal with 2 h 26 still to run.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused, InvalidInput
from invigilator.record.events import EventKind
from invigilator.room.commands import local_time
from invigilator.room.state import Status

# conftest: a 4-hour exam; "102" (Łukaszewicz Ewa) has a tiers-temps of 80 minutes.
EXAM = timedelta(minutes=240)
THIRD_TIME = timedelta(minutes=80)


def started(make_session, clock, signature, *present: str):
    session = make_session()
    for student_id in present:
        session.check_in(student_id, id_document="passeport", signature=signature)
    session.start_exam()
    return session


def refuse_to_hand_in(session, *ids: str):
    return session.record_incident("refus_de_rendre", "Refuse.", candidates=list(ids))


def test_refused_in_the_middle_of_the_exam_names_candidates_and_their_end(
    make_session, clock, signature
):
    session = started(make_session, clock, signature, "100", "102")
    start = session.state.started_at
    clock.advance(minutes=94)  # 2 h 26 still to run
    with pytest.raises(CommandRefused) as refused:
        refuse_to_hand_in(session, "100", "102")
    message = str(refused.value)
    assert refused.value.code == "still_composing"
    assert message.startswith("2 candidat(s) composent encore")
    assert f"jusqu'à {local_time(start + EXAM)} : Œuvrard Zoé" in message
    assert f"jusqu'à {local_time(start + EXAM + THIRD_TIME)} : Łukaszewicz Ewa" in message
    # The refusal is logged; nobody's status moved and both can still hand in.
    assert session.events()[-1].kind is EventKind.COMMAND_REFUSED
    assert not session.state.incidents
    assert session.state.candidates["100"].status is Status.PRESENT
    assert session.state.candidates["102"].status is Status.PRESENT


def test_a_tiers_temps_candidate_in_their_extra_time_is_still_writing(
    make_session, clock, signature
):
    session = started(make_session, clock, signature, "100", "102")
    clock.advance(EXAM + timedelta(minutes=1))
    with pytest.raises(CommandRefused, match="1 candidat\\(s\\) composent encore") as refused:
        refuse_to_hand_in(session, "100", "102")
    assert "Łukaszewicz Ewa" in str(refused.value) and "Œuvrard" not in str(refused.value)
    refuse_to_hand_in(session, "100")  # the exam's end is past for a candidate without extra time
    assert session.state.candidates["100"].status is Status.NOT_HANDED_IN
    clock.advance(THIRD_TIME)
    refuse_to_hand_in(session, "102")
    assert session.state.candidates["102"].status is Status.NOT_HANDED_IN


def test_the_end_is_inclusive_as_for_a_hand_in(make_session, clock, signature):
    session = started(make_session, clock, signature, "100")
    clock.advance(EXAM - timedelta(seconds=1))
    with pytest.raises(CommandRefused, match="composent encore"):
        refuse_to_hand_in(session, "100")
    clock.advance(seconds=1)
    refuse_to_hand_in(session, "100")
    assert session.state.candidates["100"].status is Status.NOT_HANDED_IN


def test_an_interruption_moves_the_end(make_session, clock, signature):
    session = started(make_session, clock, signature, "100")
    start = session.state.started_at
    clock.advance(minutes=30)
    session.pause("alerte incendie")
    clock.advance(minutes=25)
    with pytest.raises(CommandRefused, match="ces heures reculent d'autant"):
        refuse_to_hand_in(session, "100")
    session.resume()
    clock.set(start + EXAM + timedelta(minutes=20))  # wall clock past 4 h, exam time is not
    with pytest.raises(CommandRefused) as refused:
        refuse_to_hand_in(session, "100")
    assert f"jusqu'à {local_time(start + EXAM + timedelta(minutes=25))}" in str(refused.value)
    clock.set(start + EXAM + timedelta(minutes=25))
    refuse_to_hand_in(session, "100")
    assert session.state.candidates["100"].status is Status.NOT_HANDED_IN


def test_refused_before_the_start_for_someone_not_in_the_room_and_for_nobody(
    make_session, clock, signature
):
    session = make_session()
    session.check_in("100", id_document="passeport", signature=signature)
    with pytest.raises(CommandRefused, match="n'a pas commencé"):
        refuse_to_hand_in(session, "100")
    session.start_exam()
    clock.advance(EXAM + THIRD_TIME)
    session.hand_in("100", sheets=1, signature=signature)
    with pytest.raises(CommandRefused, match="hors de la salle") as refused:
        refuse_to_hand_in(session, "100", "101")
    # The words of the table: "101" never came, the late entry is closed: absent, not expected.
    assert "Œuvrard Zoé (copie rendue)" in str(refused.value)
    assert "N'Diaye Mamadou (absent(e))" in str(refused.value)
    with pytest.raises(InvalidInput, match="qui refusent de rendre"):
        refuse_to_hand_in(session)


def test_the_pv_cannot_be_signed_nor_sealed_while_a_candidate_is_writing(
    make_session, clock, signature
):
    session = started(make_session, clock, signature, "100", "102")
    clock.advance(EXAM)
    session.hand_in("100", sheets=2, signature=signature)
    with pytest.raises(CommandRefused):
        refuse_to_hand_in(session, "102")
    signatures = {name: signature for name in session.state.invigilators}
    with pytest.raises(CommandRefused, match="n'ont pas rendu leur copie"):
        session.sign_pv(signatures)
    with pytest.raises(CommandRefused, match="signer le procès-verbal avant"):
        session.seal()
    clock.advance(THIRD_TIME)
    refuse_to_hand_in(session, "102")
    session.sign_pv(signatures)
    session.seal()
    assert session.state.sealed


def test_still_composing_gives_each_candidate_their_own_end(make_session, clock, signature):
    session = started(make_session, clock, signature, "100", "102")
    start = session.state.started_at
    clock.advance(EXAM)
    assert session.still_composing(["100", "102", "999"]) == {"102": start + EXAM + THIRD_TIME}


def test_a_short_signature_on_a_fraud_report_is_refused_not_dropped(make_session, signature):
    from invigilator.errors import InvalidInput
    from invigilator.model import Signature

    session = make_session()
    session.check_in("100", id_document="passeport", signature=signature)
    session.start_exam()
    paraph = Signature((((10.0, 10.0, 0, 0.5), (30.0, 10.0, 20, 0.5)),))  # 20 units of ink
    first, second = session.state.invigilators
    with pytest.raises(InvalidInput, match=f"trop courte : {second}"):
        session.record_incident(
            "fraude", "antisèche", candidates=["100"],
            invigilator_signatures={first: signature, second: paraph},
            candidate_signatures={"100": signature},
        )  # fmt: skip
