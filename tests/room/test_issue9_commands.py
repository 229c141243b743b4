"""Issue #9: every command checks what it writes, time only goes forward, signed means final,
emergency exits have an escort and close as such, any exit counts for 4.1, counts once.

Each test is one case of the issue's "What it must show", through the public API."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from invigilator.errors import CommandRefused, InvalidInput, PvSigned, SessionReadOnly
from invigilator.model import ExamFacts
from invigilator.record.events import GENESIS_HASH, EventKind, chain_hash
from invigilator.room.commands import local_time
from invigilator.room.session import RoomSession
from invigilator.room.state import Status
from invigilator.room.summary import summarise

M = timedelta(minutes=1)


def check_in(session, student_id, signature, **kwargs):
    return session.check_in(student_id, id_document="passeport", signature=signature, **kwargs)


def started(make_session, signature, *ids, duration=120, invigilators=("Mme Lambert", "M. Benali")):
    session = make_session(duration_minutes=duration, invigilators=invigilators)
    for student_id in ids:
        check_in(session, student_id, signature)
    session.start_exam()
    return session


# -- 1. commands check everything they write; the fold never crashes ------------------------


def test_issue_9_correct_with_a_bad_value_is_refused_and_the_file_still_opens(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=60)
    clock.advance(minutes=61)
    seq = session.hand_in("100", sheets=2, signature=signature).events[0].seq
    with pytest.raises(InvalidInput, match="sheets"):
        session.correct(seq, note="recompté", changes={"sheets": "deux"})
    with pytest.raises(InvalidInput, match="duration"):
        session.correct(seq, note="x", changes={"duration": 30})
    with pytest.raises(CommandRefused, match="ne se modifie pas"):
        session.correct(2, note="durée", changes={"exam": {"duration_minutes": 30}})
    session.correct(seq, note="recompté", changes={"sheets": 3})
    path = session.path
    session.close()
    with RoomSession.open(path) as reopened:
        assert reopened.state.candidates["100"].sheets == 3
        assert not reopened.read_only


def test_issue_9_a_voided_correction_is_undone(make_session, clock, signature):
    session = started(make_session, signature, "100", duration=60)
    clock.advance(minutes=61)
    seq = session.hand_in("100", sheets=2, signature=signature).events[0].seq
    fix = session.correct(seq, note="recompté", changes={"sheets": 5}).events[0].seq
    assert session.state.candidates["100"].sheets == 5
    session.correct(fix, note="erreur de correction", void=True)
    assert session.state.candidates["100"].sheets == 2
    # An entry under a hand-in is not voided first: the later event goes first.
    entry_seq = next(e.seq for e in session.events() if e.kind is EventKind.CHECKED_IN)
    with pytest.raises(CommandRefused, match=f"n° {seq}"):
        session.correct(entry_seq, note="pas venu", void=True)
    session.correct(seq, note="remise saisie par erreur", void=True)
    session.correct(entry_seq, note="émargement saisi par erreur", void=True)
    assert not session.state.candidates["100"].has_entered


def test_issue_9_the_duration_changes_after_the_start_only_with_its_own_command(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=120)
    clock.advance(minutes=30)
    with pytest.raises(CommandRefused, match="commencé"):
        session.configure_exam(ExamFacts("NFA031", "Programmation Java", duration_minutes=90))
    with pytest.raises(InvalidInput, match="motivée"):
        session.amend_exam(ExamFacts("NFA031", "Programmation Java", duration_minutes=150), "")
    session.amend_exam(
        ExamFacts("NFA031", "Programmation Java", duration_minutes=150), "sujet distribué tard"
    )
    assert session.state.duration == 150 * M
    assert session.events()[-1].payload["previous"]["duration_minutes"] == 120


def rewrite_and_rechain(path, kind, old, new):
    """Edit payloads of one kind and recompute every hash after them, and the head in meta."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE events SET payload = replace(payload, ?, ?) WHERE kind = ?", [old, new, kind]
        )
        previous = GENESIS_HASH
        rows = conn.execute(
            "SELECT seq, at, invigilator, kind, candidate, payload FROM events ORDER BY seq"
        ).fetchall()
        for seq, at, invigilator, kind_, candidate, payload in rows:
            digest = chain_hash(seq, at, invigilator, kind_, candidate, payload, previous)
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?", [previous, digest, seq]
            )
            previous = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [previous])
    conn.close()


def test_issue_9_an_unreadable_payload_is_a_verdict_and_the_file_opens_read_only(
    make_session, clock, signature, data_dir
):
    session = started(make_session, signature, "100", duration=60)
    clock.advance(minutes=61)
    seq = session.hand_in("100", sheets=2, signature=signature).events[0].seq
    session.correct(seq, note="recompté", changes={"sheets": 3})
    path = session.path
    session.close()
    # What the old version let through and committed: a correction the fold cannot apply,
    # in a chain that verifies, with no anchor journal (that version kept none).
    rewrite_and_rechain(path, "correction", '"sheets":3', '"sheets":"deux"')
    for journal in (data_dir / "journal").glob("*.anchors"):
        journal.unlink()
    with RoomSession.open(path, readonly=True) as reopened:
        assert reopened.read_only
        verdict = reopened.verify()
        assert not verdict.ok and "illisible" in verdict.message
        assert reopened.state.candidates["100"].status is Status.HANDED_IN  # still readable
        with pytest.raises(SessionReadOnly):
            reopened.make_writable()


# -- 2. time only goes forward ------------------------------------------------------------


def test_issue_9_the_start_correction_with_a_pause_never_gives_a_negative_elapsed_time(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=120)
    start = session.state.started_at
    clock.advance(minutes=5)
    session.pause("alarme incendie")
    clock.advance(minutes=20)
    session.resume()
    clock.advance(minutes=3)
    session.correct_start(start + 28 * M, note="sujets distribués après l'alarme")
    assert session.elapsed() == timedelta(0)  # was −18 min: the pause before the new start
    clock.advance(minutes=10)
    assert session.elapsed() == 10 * M
    with pytest.raises(CommandRefused, match="déplacée"):
        session.correct_start(start - timedelta(days=3), note="faute de frappe")


def test_issue_9_moving_the_start_back_lists_the_decisions_it_changes(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=120)
    start = session.state.started_at
    clock.advance(minutes=35)
    check_in(session, "101", signature)  # 35 min late: admitted (limit 40 min)
    clock.advance(minutes=1)
    earlier = start - 10 * M
    changed = session.start_correction_changes(earlier)
    # Œuvrard Zoé signed in at the recorded start: 10 min late from the earlier one.
    assert changed == [
        f"Œuvrard Zoé, arrivé(e) à {local_time(start)} : admis(e) à l'heure → retard admis",
        f"N'Diaye Mamadou, arrivé(e) à {local_time(start + 35 * M)} : admis(e) en "
        "retard → trop en retard",
    ]
    with pytest.raises(CommandRefused, match="N'Diaye Mamadou"):
        session.correct_start(earlier, note="début réel")
    session.correct_start(earlier, note="début réel", accept_changes=True)
    assert session.events()[-1].payload["changed_decisions"] == changed


def test_issue_9_a_clock_set_back_10_min_reopens_nothing(make_session, clock, signature):
    session = started(make_session, signature, "100", duration=120)
    clock.advance(minutes=45)
    with pytest.raises(CommandRefused):
        check_in(session, "101", signature)  # 45 min late: refused (limit 40 min)
    clock.set_wall(clock.now() - 10 * M)  # the computer's clock goes back 10 minutes
    with pytest.raises(CommandRefused):
        check_in(session, "101", signature)
    assert session.state.candidates["101"].status is Status.REFUSED
    kinds = [e.kind for e in session.events()]
    assert EventKind.CLOCK_JUMPED in kinds
    times = [e.at for e in session.events()]
    assert times == sorted(times)


def test_issue_9_a_clock_jump_is_recorded_even_when_nothing_else_is(make_session, clock):
    session = make_session()
    clock.set_wall(clock.now() + timedelta(hours=2))
    change = session.note_clock_jump()
    assert change is not None and change.events[0].kind is EventKind.CLOCK_JUMPED
    assert change.events[0].payload["offset_s"] == 7200
    assert session.note_clock_jump() is None  # recorded once


def test_issue_9_reopening_with_a_clock_behind_the_record_never_writes_back_in_time(
    make_session, clock, signature
):
    session = started(make_session, signature, "100")
    path, last = session.path, session.events()[-1].at
    session.close()
    clock.set_wall(last - timedelta(hours=1))
    with RoomSession.open(path, clock=clock) as reopened:
        change = reopened.observe("reprise après redémarrage")
        assert all(e.at >= last for e in change.events)


# -- 3. signed means final ----------------------------------------------------------------


def sign(session, signature):
    session.sign_pv({name: signature for name in session.state.invigilators})


def test_issue_9_an_incident_after_the_pv_is_refused(make_session, clock, signature):
    session = started(make_session, signature, "100", duration=60)
    clock.advance(minutes=61)
    session.hand_in("100", sheets=1, signature=signature)
    sign(session, signature)
    with pytest.raises(PvSigned, match="ajout postérieur"):
        session.record_incident("autre", "Oubli d'une note.")
    change = session.add_addendum("Oubli : une calculatrice trouvée après la sortie.")
    assert change.events[0].kind is EventKind.ADDENDUM
    assert session.state.addenda and not session.state.incidents
    session.seal()


def test_issue_9_a_void_of_pv_signed_is_refused(make_session, clock, signature):
    session = started(make_session, signature, "100", duration=60)
    clock.advance(minutes=61)
    session.hand_in("100", sheets=1, signature=signature)
    sign(session, signature)
    seq = session.state.pv_signed.seq
    with pytest.raises((PvSigned, CommandRefused)):
        session.correct(seq, note="erreur", void=True)
    assert session.state.pv_signed is not None


def test_issue_9_an_addendum_before_the_pv_is_refused(make_session):
    session = make_session()
    with pytest.raises(CommandRefused, match="observation"):
        session.add_addendum("trop tôt")


def test_issue_9_sealing_a_room_that_never_started_needs_exam_not_held(make_session):
    session = make_session()
    with pytest.raises(CommandRefused, match="non tenue"):
        session.seal()
    session.seal(not_held="sujets non livrés")
    assert session.state.sealed and session.state.not_held == "sujets non livrés"


# -- 4. emergency exits -------------------------------------------------------------------


def test_issue_9_two_temporary_emergency_exits_with_one_invigilator_are_refused(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", "101", invigilators=("Mme Lambert",))
    clock.advance(minutes=10)
    with pytest.raises(CommandRefused, match="définitive.*sortie d'urgence sans retour"):
        session.temporary_exit("100", escort="Mme Lambert", emergency=True, note="malaise")
    with pytest.raises(CommandRefused, match="définitive"):
        session.temporary_exit("101", escort="Infirmière Roux", escort_outside=True,
                               emergency=True, note="malaise")  # fmt: skip
    assert not session.state.out_now
    # What the room does then: the candidate leaves for good, with someone from outside.
    with pytest.raises(CommandRefused, match="dernier surveillant"):
        session.emergency_departure("100", note="malaise", paper_handed_in=False,
                                    escort="Mme Lambert")  # fmt: skip
    session.emergency_departure("100", note="malaise", paper_handed_in=True, sheets=2,
                                escort="SAMU", escort_outside=True)  # fmt: skip
    assert session.state.candidates["100"].status is Status.EMERGENCY_PAPER


def test_issue_9_the_escort_must_be_an_invigilator_present_or_a_named_outsider(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", "101",
                      invigilators=("Mme Lambert", "M. Benali", "Mme Roux"))  # fmt: skip
    clock.advance(minutes=10)
    with pytest.raises(InvalidInput, match="pas un surveillant"):
        session.temporary_exit("100", escort="Quelqu'un", emergency=True, note="malaise")
    with pytest.raises(InvalidInput, match="accompagne"):
        session.temporary_exit("100", escort=" ", emergency=True, note="malaise")
    session.temporary_exit("100", escort="M. Benali", emergency=True, note="malaise")
    with pytest.raises(CommandRefused, match="accompagne déjà"):
        session.temporary_exit("101", escort="M. Benali", emergency=True, note="malaise")


def test_issue_9_an_emergency_exited_candidate_is_closed_as_such(make_session, clock, signature):
    session = started(make_session, signature, "100", "101", duration=60)
    clock.advance(minutes=10)
    session.temporary_exit("100", escort="M. Benali", emergency=True, note="malaise")
    clock.advance(minutes=20)
    session.emergency_departure("100", note="transporté(e) à l'hôpital", paper_handed_in=False)
    entry = session.state.candidates["100"]
    assert entry.status is Status.EMERGENCY_NO_PAPER
    assert entry.status.label == "sortie d'urgence — copie non remise"
    clock.advance(minutes=31)
    session.hand_in("101", sheets=1, signature=signature)
    sign(session, signature)  # nobody left in the room or out: the PV can be signed
    summary = summarise(session)
    assert summary["not_handed_in"] == 0 and summary["emergency_departures"] == 1


def test_issue_9_a_temporary_emergency_exit_then_a_late_entry_with_certificate_is_refused(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=240)
    clock.advance(minutes=5)
    session.temporary_exit("100", escort="M. Benali", emergency=True, note="saignement de nez")
    clock.advance(minutes=5)
    session.return_to_room("100")
    clock.advance(minutes=60)  # 70 min: beyond an hour, certificate needed
    with pytest.raises(CommandRefused, match="déjà sorti"):
        check_in(session, "101", signature, transport_proof=True)


def test_issue_9_instructions_read_after_the_start_are_recorded_as_such(
    make_session, clock, signature
):
    session = started(make_session, signature, "100")
    clock.advance(minutes=3)
    event = session.read_instructions().events[0]
    assert event.payload == {"after_start": True, "elapsed_s": 180}
    assert session.state.instructions_after_start


# -- 5. texts and counts ------------------------------------------------------------------


def test_issue_9_the_refusal_text_with_one_invigilator_announces_no_time(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", invigilators=("Mme Lambert",))
    clock.advance(minutes=10)
    with pytest.raises(CommandRefused) as refused:
        session.temporary_exit("100", escort="Mme Lambert")
    assert "à partir de" not in str(refused.value) and "définitive" in str(refused.value)


def test_issue_9_summary_counts_a_candidate_once(make_session, clock, signature):
    session = started(make_session, signature, "100", duration=240)
    clock.advance(minutes=70)
    with pytest.raises(CommandRefused):
        check_in(session, "101", signature)  # no certificate: refused
    check_in(session, "101", signature, transport_proof=True)  # comes back with it
    summary = summarise(session)
    assert summary["present"] == 2 and summary["late_admitted"] == 1
    assert summary["late_refused"] == 0
    assert summary["refused_then_admitted"] == ["101"]
    assert summary["present"] + summary["absent"] == summary["enrolled"]


def test_issue_9_a_hand_in_checks_what_it_writes_and_may_name_an_emergency_escort(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", "101", duration=120)
    clock.advance(minutes=20)
    with pytest.raises(InvalidInput, match="entier"):
        session.hand_in("100", sheets="deux", signature=signature)
    with pytest.raises(InvalidInput, match="pas un surveillant"):
        session.hand_in("100", sheets=1, signature=signature, emergency=True, note="malaise",
                        escort="Inconnu")  # fmt: skip
    event = session.hand_in("100", sheets=1, signature=signature, emergency=True,
                            note="malaise", escort="M. Benali").events[0]  # fmt: skip
    assert event.kind is EventKind.DEFINITIVE_EXIT and event.payload["escort"] == "M. Benali"


def test_issue_9_a_laptop_that_slept_is_time_that_passed_not_a_clock_jump(
    make_session, clock, signature
):
    session = started(make_session, signature, "100", duration=120)
    clock.advance(minutes=30)  # asleep: the wall clock and the monotonic clock both moved
    assert session.note_clock_jump() is None
    assert session.elapsed() == 30 * M
