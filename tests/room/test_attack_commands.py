"""Attacks through the room commands with odd values: each is refused with a French message
before anything is written, and the file keeps verifying."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from invigilator.errors import InvalidInput
from invigilator.model import Candidate, ExamFacts, Signature


@pytest.mark.parametrize(
    "exam",
    [
        ExamFacts("NFA031", "t", duration_minutes=float("nan")),
        ExamFacts("NFA031", "t", duration_minutes=10**18),
        ExamFacts("NFA031", "t", duration_minutes="90"),  # type: ignore[arg-type]
        ExamFacts("NFA031", "t", session_number=10**30),
        ExamFacts("NFA031", "t", exam_date="demain"),  # type: ignore[arg-type]
        ExamFacts("NFA031", "t", room="ë" * 3000),  # beyond the PV's QR code: no PV at all
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


@pytest.mark.parametrize(
    "candidate",
    [
        Candidate("555", "Dupont", "Léa", extra_time_minutes=10**6),
        Candidate("555", "Dupont", "Léa", extra_time_minutes=-5),
        Candidate("555", 5, "Léa"),  # type: ignore[arg-type]
        Candidate("555", "Dupont", "Léa", extra={"colonne": 5}),  # type: ignore[dict-item]
    ],
)
def test_attack_a_candidate_the_fold_would_refuse_is_never_recorded(
    make_session, room_list, candidate
):
    """Recorded, it made the file NON CONFORME and read-only for good (or a traceback)."""
    session = make_session()
    before = session.state.last_seq
    with pytest.raises(InvalidInput, match="impossible à enregistrer"):
        session.add_candidate(candidate, reason="absente de la liste")
    with pytest.raises(InvalidInput, match="impossible à enregistrer"):
        session.import_list(SimpleNamespace(**{**vars(room_list), "candidates": [candidate]}))
    assert session.state.last_seq == before
    assert session.verify().ok and not session.read_only


def test_attack_a_payload_value_of_the_wrong_type_is_refused_before_it_is_written(make_session):
    session = make_session()
    with pytest.raises(InvalidInput, match="source"):
        session.observe("chauffage en panne", source=5)  # type: ignore[arg-type]
    assert session.verify().ok and not session.read_only


def test_attack_a_clock_beyond_any_exam_writes_nothing(make_session, clock):
    session = make_session()
    before = session.state.last_seq
    clock.set(datetime(9500, 1, 1, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="l'an 9500"):
        session.observe("dans le futur lointain")
    assert session.state.last_seq == before and session.verify().ok


@pytest.mark.parametrize("year", [9999, 1970])
def test_attack_a_computer_clock_set_to_an_absurd_year_is_recorded_not_a_verdict(
    make_session, clock, year
):
    """The session keeps its time; the jump records what the computer said, however absurd,
    and the file still verifies (its year and offset are beyond the usual bounds)."""
    session = make_session()
    clock.set_wall(datetime(year, 12, 31, tzinfo=UTC))
    session.observe("après le saut de l'horloge")
    assert session.state.clock_jumps and not session.state.unreadable
    assert session.verify().ok and not session.read_only


def test_attack_a_text_longer_than_the_pv_prints_is_refused_not_cut_on_paper(make_session):
    """The PV prints 4,500 characters of a text at most: a longer observation was recorded
    whole, then printed cut, the paper saying less than the record."""
    session = make_session()
    before = session.state.last_seq
    with pytest.raises(InvalidInput, match="4000 caractères"):
        session.observe("x" * 4001)
    with pytest.raises(InvalidInput, match="4000 caractères"):
        session.set_invigilators(["Mme Lambert", "y" * 5000])
    assert session.state.last_seq == before
    session.observe("x" * 4000)
    assert session.verify().ok
