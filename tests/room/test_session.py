"""Room session commands through the public API, with the clock injected."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused, InvalidInput, SessionSealed
from invigilator.model import Candidate, Signature
from invigilator.record.events import EventKind
from invigilator.room.session import RoomSession
from invigilator.room.state import Status

M = timedelta(minutes=1)


def check_in(session, student_id, signature, **kwargs):
    return session.check_in(student_id, id_document="passeport", signature=signature, **kwargs)


def test_check_in_before_start_is_committed_with_signature(make_session, signature):
    session = make_session()
    change = check_in(session, "100", signature)
    assert change.candidates == {"100"}
    assert session.state.candidates["100"].status is Status.PRESENT
    reopened = RoomSession.open(session.path, readonly=True)
    event = reopened.events()[-1]
    assert event.kind is EventKind.CHECKED_IN and event.candidate == "100"
    assert event.payload["signature"]["strokes"][0][0] == [10.0, 20.0, 0, 0.5]
    assert reopened.state.candidates["100"].status is Status.PRESENT
    reopened.close()


def test_second_check_in_is_refused_and_logged(make_session, signature):
    session = make_session()
    check_in(session, "100", signature)
    with pytest.raises(CommandRefused, match="a déjà émargé à") as refused:
        check_in(session, "100", signature)
    assert refused.value.code == "already_checked_in"
    assert session.events()[-1].kind is EventKind.COMMAND_REFUSED


def test_candidate_of_another_room_is_told_where_to_go(make_session, signature):
    session = make_session()
    assert session.lookup("900").other_room == "17.1.04"
    with pytest.raises(CommandRefused, match="attendu\\(e\\) en salle 17.1.04"):
        check_in(session, "900", signature)


def test_unknown_candidate_can_be_added_by_hand(make_session, signature):
    session = make_session()
    with pytest.raises(CommandRefused, match="inconnu"):
        check_in(session, "555", signature)
    session.add_candidate(Candidate("555", "D'Almeida", "Inès"), reason="absente de la liste")
    check_in(session, "555", signature)
    entry = session.state.candidates["555"]
    assert entry.added_by_hand and entry.status is Status.PRESENT


def test_empty_signature_records_nothing(make_session):
    session = make_session()
    before = session.state.last_seq
    with pytest.raises(InvalidInput):
        check_in(session, "100", Signature(()))
    assert session.state.last_seq == before == len(session.events())


def test_late_entries_follow_the_rules_and_refusals_are_logged(make_session, clock, signature):
    session = make_session(duration_minutes=240)
    session.start_exam()
    clock.advance(minutes=60)
    change = check_in(session, "100", signature)
    assert change.events[0].kind is EventKind.LATE_ENTRY_ADMITTED
    assert change.decision.allowed
    clock.advance(seconds=1)
    with pytest.raises(CommandRefused, match="justificatif") as refused:
        check_in(session, "101", signature)
    assert refused.value.decision.reason.value == "late_needs_transport_proof"
    assert session.events()[-1].kind is EventKind.LATE_ENTRY_REFUSED
    assert session.state.candidates["101"].status is Status.REFUSED
    check_in(session, "101", signature, transport_proof=True)
    assert session.state.candidates["101"].late


def test_late_entry_with_proof_refused_once_someone_has_left(make_session, clock, signature):
    session = make_session(duration_minutes=240)
    check_in(session, "100", signature)
    session.start_exam()
    clock.advance(minutes=80)
    session.hand_in("100", sheets=1, signature=signature)
    assert session.state.anyone_left
    # Still 80 min: the certificate window's last minute. Any exit counts for 4.1 (issue #9).
    with pytest.raises(CommandRefused, match="déjà sorti"):
        check_in(session, "101", signature, transport_proof=True)


def test_exits_wait_for_the_threshold_and_go_one_at_a_time(make_session, clock, signature):
    session = make_session(duration_minutes=120)
    for sid in ("100", "101"):
        check_in(session, sid, signature)
    session.start_exam()
    clock.advance(minutes=59, seconds=59)
    with pytest.raises(CommandRefused, match="à partir de"):
        session.temporary_exit("100", escort="M. Benali")
    clock.advance(seconds=1)
    session.temporary_exit("100", escort="M. Benali")
    with pytest.raises(CommandRefused, match="une par une"):
        session.temporary_exit("101", escort="Mme Lambert")
    clock.advance(minutes=4)
    session.return_to_room("100")
    assert session.events()[-1].payload["minutes_out"] == 4
    session.temporary_exit("101", escort="Mme Lambert")


def test_emergency_exit_any_time_but_needs_a_note(make_session, clock, signature):
    session = make_session()
    check_in(session, "100", signature)
    session.start_exam()
    clock.advance(minutes=10)
    with pytest.raises(InvalidInput, match="note"):
        session.temporary_exit("100", escort="M. Benali", emergency=True)
    # Issue #9: the escort is recorded, here a named person from outside.
    session.temporary_exit("100", escort="Pompiers de Paris", emergency=True, escort_outside=True,
                           note="malaise grave, pompiers appelés")  # fmt: skip
    assert session.state.candidates["100"].emergency_note.startswith("malaise")


def test_hand_in_after_own_end_versus_definitive_exit(make_session, clock, signature):
    session = make_session(duration_minutes=240)
    for sid in ("100", "102"):
        check_in(session, sid, signature)
    session.start_exam()
    clock.advance(minutes=240)
    # 102 has 80 minutes of extra time: handing in now is leaving before their end.
    assert (
        session.hand_in("102", sheets=2, signature=signature).events[0].kind
        is EventKind.DEFINITIVE_EXIT
    )
    assert (
        session.hand_in("100", sheets=3, blank=False, signature=signature).events[0].kind
        is EventKind.HANDED_IN
    )
    assert session.state.candidates["100"].sheets == 3


def test_pause_shifts_every_threshold(make_session, clock, signature):
    session = make_session(duration_minutes=120)
    check_in(session, "100", signature)
    session.start_exam()
    clock.advance(minutes=30)
    session.pause("alarme incendie")
    clock.advance(minutes=20)
    session.resume()
    clock.advance(minutes=15)  # 65 min of wall time, 45 min of exam time
    assert session.elapsed() == 45 * M
    with pytest.raises(CommandRefused):
        session.hand_in("100", sheets=1, signature=signature)
    end = session.state.moment_of(session.state.duration, clock.now())
    assert end == session.state.started_at + 140 * M


def test_restart_changes_nothing(make_session, clock, signature):
    session = make_session()
    check_in(session, "100", signature)
    session.start_exam()
    clock.advance(minutes=25)
    path = session.path
    before = (session.elapsed(), session.final_hash, session.state.candidates["100"].status)
    session.close()
    reopened = RoomSession.open(path, clock=clock)
    assert (
        reopened.elapsed(),
        reopened.final_hash,
        reopened.state.candidates["100"].status,
    ) == before
    reopened.close()


def test_correction_is_a_new_event_never_a_deletion(make_session, clock, signature):
    session = make_session()
    check_in(session, "100", signature)
    wrong = check_in(session, "101", signature).events[0]
    session.correct(wrong.seq, note="mauvais candidat sélectionné", void=True)
    assert session.state.candidates["101"].status is Status.EXPECTED
    assert any(e.seq == wrong.seq for e in session.events())
    check_in(session, "101", signature)


def test_start_correction_is_logged(make_session, clock):
    session = make_session()
    session.start_exam()
    clock.advance(minutes=10)
    session.correct_start(clock.now() - 12 * M, note="sujets distribués à 07:28")
    assert session.elapsed() == 12 * M
    assert session.events()[-1].kind is EventKind.START_CORRECTED


def test_list_cannot_change_after_start(make_session, room_list):
    session = make_session()
    session.start_exam()
    with pytest.raises(CommandRefused, match="commencé"):
        session.import_list(room_list)


def seal(session, clock, signature):
    session.start_exam()
    clock.advance(minutes=300)
    session.sign_pv({name: signature for name in session.state.invigilators})
    return session.seal()


def test_pv_cannot_be_signed_while_papers_are_missing(make_session, clock, signature):
    session = make_session()
    check_in(session, "100", signature)
    session.start_exam()
    clock.advance(minutes=300)
    with pytest.raises(CommandRefused, match="n'ont pas rendu"):
        session.sign_pv({name: signature for name in session.state.invigilators})


def test_sealed_session_refuses_every_command(make_session, clock, signature):
    session = make_session()
    seal(session, clock, signature)
    count = len(session.events())
    commands = [
        lambda: check_in(session, "100", signature),
        lambda: session.add_candidate(Candidate("1", "A", "B"), reason="x"),
        lambda: session.read_instructions(),
        lambda: session.start_exam(),
        lambda: session.temporary_exit("100", escort="M. Benali"),
        lambda: session.return_to_room("100"),
        lambda: session.hand_in("100", sheets=1, signature=signature),
        lambda: session.pause("x"),
        lambda: session.resume(),
        lambda: session.record_incident("autre", "x"),
        lambda: session.observe("x"),
        lambda: session.erratum("x"),
        lambda: session.correct(3, note="x", void=True),
        lambda: session.set_invigilators(["X"]),
        lambda: session.sign_pv({n: signature for n in session.state.invigilators}),
        lambda: session.seal(),
    ]
    messages = []
    for command in commands:
        with pytest.raises(SessionSealed) as refused:
            command()
        messages.append(str(refused.value))
    assert len(session.events()) == count
    # French elides "de" before a vowel: « impossible d'émarger », never « de émarger ».
    assert "impossible d'émarger" in messages[0] and "impossible d'ajouter" in messages[1]
    assert "impossible de commencer" in messages[3]
    assert not [m for m in messages if re.search(r"\bde [aâàeéèêiîoôuû]", m)], messages
    reopened = RoomSession.open(session.path, readonly=True)
    assert reopened.state.sealed
    reopened.close()


def test_two_windows_on_one_file_keep_one_chain(make_session, clock, signature):
    first = make_session()
    second = RoomSession.open(first.path, clock=clock)
    check_in(first, "100", signature)
    with pytest.raises(CommandRefused, match="déjà émargé"):
        check_in(second, "100", signature)
    check_in(second, "101", signature)
    check_in(first, "102", signature)
    assert [e.seq for e in first.events()] == list(range(1, first.state.last_seq + 1))
    second.close()


def test_tiers_temps_follows_the_exam_duration(make_session, room_list):
    from types import SimpleNamespace

    from invigilator.model import ExamFacts

    session = make_session(duration_minutes=100)
    listed = SimpleNamespace(**vars(room_list), third_time_ids=("103",))
    session.import_list(listed)
    assert session.state.candidates["103"].candidate.extra_time_minutes == 34  # rounded up
    session.configure_exam(ExamFacts("NFA031", "Programmation Java", duration_minutes=180))
    assert session.state.candidates["103"].candidate.extra_time_minutes == 60
    reopened = RoomSession.open(session.path, readonly=True)
    assert reopened.state.candidates["103"].candidate.extra_time_minutes == 60
    reopened.close()


def test_photo_folder_is_kept_with_the_session(make_session, tmp_path):
    session = make_session()
    with pytest.raises(InvalidInput, match="n'existe pas"):
        session.set_photo_folder(tmp_path / "nowhere")
    folder = tmp_path / "photos"
    folder.mkdir()
    session.set_photo_folder(folder)
    reopened = RoomSession.open(session.path, readonly=True)
    assert reopened.state.photo_folder == str(folder.resolve())
    reopened.close()


def test_hand_addition_signs_in_under_the_late_rules(make_session, clock, signature):
    session = make_session(duration_minutes=240)
    session.start_exam()
    clock.advance(minutes=70)
    newcomer = Candidate("777", "Çelik", "Emre")
    with pytest.raises(CommandRefused, match="justificatif"):
        session.add_candidate(newcomer, reason="absent de la liste", id_document="passeport",
                              signature=signature)  # fmt: skip
    assert "777" not in session.state.candidates  # refused: not added, refusal logged
    refusal = session.events()[-1]
    assert refusal.kind is EventKind.LATE_ENTRY_REFUSED
    assert refusal.payload["addition"]["candidate"]["last_name"] == "Çelik"
    change = session.add_candidate(newcomer, reason="absent de la liste", id_document="passeport",
                                   signature=signature, transport_proof=True)  # fmt: skip
    assert [e.kind for e in change.events] == [
        EventKind.CANDIDATE_ADDED, EventKind.LATE_ENTRY_ADMITTED,
    ]  # fmt: skip
    entry = session.state.candidates["777"]
    assert entry.added_by_hand and entry.late and entry.status is Status.PRESENT


def test_refused_hand_addition_records_who_without_adding(make_session, clock):
    session = make_session(duration_minutes=120)
    session.start_exam()
    clock.advance(minutes=50)
    stranger = Candidate("778", "Haddad", "Aïcha")
    with pytest.raises(CommandRefused, match="tiers"):
        session.refuse_entry("778", addition=stranger, reason="absente de la liste")
    assert "778" not in session.state.candidates
    assert session.events()[-1].payload["addition"]["candidate"]["first_name"] == "Aïcha"


def test_fraud_report_is_signed_and_countersigned_or_says_refusal(make_session, signature):
    session = make_session()
    for sid in ("100", "101"):
        check_in(session, sid, signature)
    change = session.record_incident(
        "fraude",
        "Antisèche trouvée dans la trousse.",
        candidates=["100", "101"],
        seized="une antisèche manuscrite",
        invigilator_signatures={"Mme Lambert": signature},
        candidate_signatures={"100": signature},
        refused_to_countersign=["101"],
    )
    payload = change.events[0].payload
    assert set(payload["candidate_signatures"]) == {"100"}
    assert payload["refused_to_countersign"] == ["101"]
    with pytest.raises(InvalidInput, match="non mis en cause"):
        session.record_incident("fraude", "x", candidates=["100"], refused_to_countersign=["102"])
    with pytest.raises(InvalidInput, match="signé par un surveillant"):
        session.record_incident("fraude", "x", candidates=["100"], refused_to_countersign=["100"])
    with pytest.raises(InvalidInput, match="Contreseing manquant"):
        session.record_incident(
            "fraude", "x", candidates=["100"], invigilator_signatures={"Mme Lambert": signature}
        )


def test_milestones_follow_the_duration_and_the_list(make_session, room_list):
    from types import SimpleNamespace

    from invigilator.model import ExamFacts
    from invigilator.rules import MilestoneKind

    session = make_session(duration_minutes=120)

    def extra_ends() -> list[int]:
        return [m.extra_minutes for m in session.milestones()
                if m.kind is MilestoneKind.EXTRA_TIME_ENDS]  # fmt: skip

    assert extra_ends() == [80]  # Łukaszewicz's tiers-temps
    session.milestones().clear()  # a copy: the session's own list is not the caller's
    assert extra_ends() == [80]
    session.import_list(SimpleNamespace(**vars(room_list), third_time_ids=("103",)))
    assert extra_ends() == [40, 80]
    session.configure_exam(ExamFacts("NFA031", "Programmation Java", duration_minutes=180))
    assert extra_ends() == [60, 80]


def test_a_session_opened_read_only_verifies_then_becomes_writable(make_session, signature):
    path = make_session().path
    session = RoomSession.open(path, readonly=True)
    assert session.read_only and session.verify().ok
    with pytest.raises(Exception, match="lecture seule"):
        session.read_instructions()
    session.make_writable()
    assert not session.read_only
    session.read_instructions()
    session.close()
    reopened = RoomSession.open(path, readonly=True)
    assert reopened.state.instructions_read_at is not None and reopened.verify().ok
    reopened.close()


def test_one_invigilator_typed_twice_is_refused_and_not_counted_as_two(make_session):
    # Review walk: "Alice Martin" and "alice martin" on two lines counted two invigilators in
    # the room, so the one-invigilator rule (every exit definitive) never applied.
    session = make_session(invigilators=("Mme Lambert",))
    count = len(session.events())
    for names in (["Alice Martin", "alice martin"], ["Mme Lambert", " Mme  Lambert "],
                  ["Hélène Roux", "Helene ROUX", "M. Benali"]):  # fmt: skip
        with pytest.raises(InvalidInput, match="Surveillant indiqué deux fois") as refused:
            session.set_invigilators(names)
        assert refused.value.code == "invigilator_twice"
    assert len(session.events()) == count
    assert session.state.invigilators == ["Mme Lambert"]
    assert session.state.invigilators_in_room == 1
