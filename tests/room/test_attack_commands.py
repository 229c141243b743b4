"""Attacks through the room commands with odd values: each is refused with a French message
before anything is written, and the file keeps verifying."""

from __future__ import annotations

import pytest

from invigilator.errors import InvalidInput
from invigilator.model import ExamFacts, Signature


@pytest.mark.parametrize(
    "exam",
    [
        ExamFacts("NFA031", "t", duration_minutes=float("nan")),
        ExamFacts("NFA031", "t", duration_minutes=10**18),
        ExamFacts("NFA031", "t", duration_minutes="90"),  # type: ignore[arg-type]
        ExamFacts("NFA031", "t", session_number=10**30),
        ExamFacts("NFA031", "t", exam_date="demain"),  # type: ignore[arg-type]
    ],
)
def test_attack_exam_facts_no_fold_reads_back_are_refused(make_session, exam):
    session = make_session()
    before = session.state.last_seq
    with pytest.raises(InvalidInput):
        session.configure_exam(exam)
    assert session.state.last_seq == before
    assert session.verify().ok and not session.read_only


def test_attack_a_nan_duration_after_the_start_is_refused(make_session, signature):
    session = make_session()
    session.start_exam()
    exam = session.state.exam
    for duration in (float("nan"), 10**15):
        with pytest.raises(InvalidInput):
            session.amend_exam(exam._replace(duration_minutes=duration), "erreur")
    assert session.verify().ok


@pytest.mark.parametrize(
    "text",
    ["\ud800", "liste_\udce9l\udce8ves.csv"],  # lone surrogates (os.fsdecode of Latin-1)
)
def test_attack_a_lone_surrogate_is_a_french_message_not_a_traceback(make_session, text):
    session = make_session()
    before = session.state.last_seq
    with pytest.raises(InvalidInput, match="caractère invalide"):
        session.observe(text)
    with pytest.raises(InvalidInput, match="caractère invalide"):
        session.set_invigilators([text])
    assert session.state.last_seq == before
    assert session.verify().ok


def test_attack_an_infinite_signature_is_refused(make_session, signature):
    session = make_session()
    infinite = Signature((((0.0, 0.0, 0, 0.5), (float("inf"), 50.0, 10, 0.5)),))
    with pytest.raises(InvalidInput, match="signature"):
        session.check_in("100", id_document="passeport", signature=infinite)
    session.start_exam()
    with pytest.raises(InvalidInput):
        session.record_incident(
            "fraude", "téléphone", candidates=["101"],
            invigilator_signatures={"Mme Lambert": infinite},
            refused_to_countersign=["101"],
        )  # fmt: skip
    assert session.verify().ok
