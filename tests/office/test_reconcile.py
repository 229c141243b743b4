"""Reconciling the rooms of one exam: every check the office relies on, by its code."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from office_rooms import EXAM, A, B, C, D, copy_session, rewrite_with_new_chain, tamper

from invigilator.office.checks import PAPER_MATCHES, PAPER_MISMATCH, PAPER_NOT_GIVEN
from invigilator.office.command import read_rooms
from invigilator.office.paper import PaperEntry, PaperError, read_paper_code
from invigilator.office.reconcile import reconcile
from invigilator.pv_code import format_pv_code


def run(*paths, **options):
    rooms, refused = read_rooms(paths)
    return reconcile(rooms, refused, **options)


def kinds(exam, kind):
    return [p for p in exam.problems if p.kind == kind]


@pytest.fixture(scope="module")
def report(exam_files):
    return run(*exam_files.values())


def test_one_exam_is_reconciled_with_totals_per_exam_and_room(report):
    (exam,) = report.exams
    assert (exam.exam, exam.date) == (EXAM, "2026-06-15")
    assert exam.totals == {
        "enrolled": 13, "present": 9, "absent": 4, "papers": 9, "sheets": 18,
        "late_admitted": 3, "late_refused": 1, "added_by_hand": 3, "incidents": 1,
    }  # fmt: skip
    assert exam.absentees == ["103", "104", "202", "401"]
    room_a = next(r for r in exam.rooms if r.room == A)
    assert (room_a.count("enrolled"), room_a.count("present"), room_a.count("papers")) == (6, 6, 6)
    assert room_a.state == "scellée, intacte" and room_a.paper_status == PAPER_NOT_GIVEN


def test_a_candidate_present_in_two_rooms_is_named_in_both(report):
    (exam,) = report.exams
    found = kinds(exam, "present_in_two_rooms")
    assert sorted(p.room for p in found) == [B, A] or sorted(p.room for p in found) == sorted(
        [A, B]
    )
    assert all(p.candidates == ["100"] for p in found)
    line = next(c for c in exam.candidates if c.student_id == "100")
    assert line.state == "présent" and "présent(e) dans deux salles" in line.flags


def test_hand_additions_are_checked_against_the_enrolment(report):
    (exam,) = report.exams
    found = {p.candidates[0]: p for p in kinds(exam, "added_by_hand")}
    assert set(found) == {"100", "301"}
    assert "inscrit(e) en salle 12.0.01" in found["301"].detail
    (stranger,) = kinds(exam, "added_not_enrolled")
    assert stranger.candidates == ["999"] and "non trouvé(e) — à régulariser" in stranger.detail
    line = next(c for c in exam.candidates if c.student_id == "999")
    assert line.state == "ajouté(e)"


def test_an_unsealed_room_and_its_candidate_without_paper(report):
    (exam,) = report.exams
    assert [p.room for p in kinds(exam, "not_sealed")] == [D]
    (no_paper,) = kinds(exam, "present_without_paper")
    assert no_paper.candidates == ["400"] and no_paper.room == D


def test_a_room_of_the_enrolment_without_a_file_is_missing(report):
    (exam,) = report.exams
    (missing,) = kinds(exam, "room_missing")
    assert missing.room == C and missing.candidates == ["300", "301"]
    assert exam.missing_rooms == [C]
    line = next(c for c in exam.candidates if c.student_id == "300")
    assert line.state == "salle sans fichier" and line.absence_code == ""


def test_a_paper_without_a_check_in_on_record(exam_files):
    """The app cannot record it (a check-in is voided only before what follows it), a file
    rewritten by hand can: the room's values say so, and the candidate counts as present."""
    import dataclasses

    from invigilator.office.rooms import Outcome

    rooms, refused = read_rooms([exam_files[B]])
    room = rooms[0]
    (handed,) = [o for o in room.candidates if o.student_id == "201"]
    forged = Outcome(**{**handed._asdict(), "entered_at": None})
    candidates = [forged if o is handed else o for o in room.candidates]
    (exam,) = reconcile([dataclasses.replace(room, candidates=candidates)], refused).exams
    (problem,) = kinds(exam, "paper_without_check_in")
    assert problem.room == B and problem.candidates == ["201"]
    line = next(c for c in exam.candidates if c.student_id == "201")
    assert line.state == "présent" and line.absence_code == ""
    assert "copie sans émargement" in line.flags


def test_room_events_the_legal_service_needs(report):
    (exam,) = report.exams
    assert [p.candidates for p in kinds(exam, "late_refused")] == [["104"]]
    assert [p.candidates for p in kinds(exam, "no_id_document")] == [["105"]]
    (fraud,) = kinds(exam, "fraud")
    assert fraud.candidates == ["101"] and "téléphone portable" in fraud.detail
    assert "refus de contresigner" in fraud.detail
    (pause,) = kinds(exam, "pause")
    assert "(12 min)" in pause.detail
    absent = {c.student_id: c.absence_code for c in exam.candidates if c.absence_code}
    assert absent == {"103": "ABI", "104": "ABI", "202": "ABI", "401": "ABI"}


def test_a_tampered_file_names_its_first_bad_event_and_the_rest_is_reconciled(exam_files, tmp_path):
    bad = copy_session(exam_files[A], tmp_path / "salle-A.invigilator")
    tamper(bad)
    report = run(bad, exam_files[B], exam_files[D])
    (exam,) = report.exams
    (problem,) = kinds(exam, "not_intact")
    room = next(r for r in exam.rooms if r.room == A)
    assert problem.room == A and f"n° {room.file.first_bad_seq}" in problem.detail
    assert room.state == "NON CONFORME" and not room.file.intact
    assert "modifié" in problem.detail
    assert next(r for r in exam.rooms if r.room == B).file.intact
    assert kinds(exam, "present_in_two_rooms")  # the other checks still ran


def test_a_rewritten_chain_is_caught_only_by_the_paper_hash(exam_files, tmp_path):
    genuine = run(exam_files[B]).exams[0].rooms[0].file.final_hash
    forged = copy_session(exam_files[B], tmp_path / "salle-B.invigilator")
    rewrite_with_new_chain(forged)
    alone = run(forged).exams[0]
    assert alone.rooms[0].file.intact and not kinds(alone, "not_intact")
    assert alone.rooms[0].paper_status == PAPER_NOT_GIVEN

    paper = [PaperEntry(B, read_paper_code(genuine[:16]))]
    exam = run(forged, paper=paper).exams[0]
    (mismatch,) = kinds(exam, "pv_hash_mismatch")
    assert mismatch.room == B and exam.rooms[0].paper_status == PAPER_MISMATCH
    assert run(exam_files[B], paper=paper).exams[0].rooms[0].paper_status == PAPER_MATCHES


def test_a_scanned_pv_code_ties_the_room_to_its_paper(exam_files):
    room = run(exam_files[A]).exams[0].rooms[0]
    code = format_pv_code({"exam": EXAM, "room": A, "date": "2026-06-15", "enrolled": 6,
                           "present": 6, "absent": 2, "papers": 6,
                           "hash": room.file.final_hash})  # fmt: skip
    scanned = read_paper_code(code)
    assert scanned.room == A and scanned.scanned
    exam = run(exam_files[A], paper=[PaperEntry(A, scanned, exam=EXAM)]).exams[0]
    assert exam.rooms[0].paper_status == PAPER_MATCHES and not kinds(exam, "pv_hash_mismatch")
    other_exam = format_pv_code({"exam": "NFB002", "room": A,
                                 "date": "2026-06-15", "enrolled": 6, "present": 6,
                                 "absent": 2, "papers": 6, "hash": room.file.final_hash})  # fmt: skip
    exam = run(exam_files[A], paper=[PaperEntry(A, read_paper_code(other_exam))]).exams[0]
    assert "autre PV" in kinds(exam, "pv_hash_mismatch")[0].detail


@pytest.mark.parametrize(
    ("typed", "message"),
    [("abc123", "trop courte"), ("zz" * 10, "ni le code"), ("", "vide"),
     ("INVIGILATOR-PV/1;exam=X", "incomplet")],
)  # fmt: skip
def test_a_bad_typing_or_scan_is_said_in_french(typed, message):
    with pytest.raises(PaperError, match=message):
        read_paper_code(typed)


def test_a_paper_entered_later_is_the_same_as_given_at_first(exam_files):
    from invigilator.office.reconcile import retie_paper

    rooms, refused = read_rooms(exam_files.values())
    genuine = next(r for r in rooms if r.room == A).final_hash
    paper = [PaperEntry(A, read_paper_code(genuine)), PaperEntry(B, read_paper_code("ab" * 8), 2)]
    later = reconcile(rooms, refused)
    retie_paper(later, paper)
    at_once = reconcile(rooms, refused, paper=paper)
    assert [(p.kind, p.room, p.detail) for p in later.exams[0].problems] == [
        (p.kind, p.room, p.detail) for p in at_once.exams[0].problems
    ]
    assert [r.paper_status for r in later.exams[0].rooms] == [
        r.paper_status for r in at_once.exams[0].rooms
    ]


def test_papers_received_that_differ_from_the_file(exam_files):
    exam = run(exam_files[B], paper=[PaperEntry(B, None, papers_received=2)]).exams[0]
    (problem,) = kinds(exam, "papers_received_mismatch")
    assert "2 copie(s) reçue(s)" in problem.detail and "3 ramassée(s)" in problem.detail
    assert not kinds(run(exam_files[B], paper=[PaperEntry(B, None, 3)]).exams[0],
                     "papers_received_mismatch")  # fmt: skip


def test_an_identical_copy_is_merged_and_said(exam_files, tmp_path):
    copy = copy_session(exam_files[B], tmp_path / "copie-cle-usb.invigilator")
    exam = run(exam_files[B], copy).exams[0]
    assert len(exam.rooms) == 1 and exam.rooms[0].copies
    (duplicate,) = kinds(exam, "duplicate_file")
    assert "identiques" in duplicate.detail and exam.totals["present"] == 3


def test_two_different_files_for_one_room_are_a_conflict(exam_files, tmp_path):
    forged = copy_session(exam_files[B], tmp_path / "autre.invigilator")
    rewrite_with_new_chain(forged)
    exam = run(exam_files[B], forged).exams[0]
    (conflict,) = kinds(exam, "duplicate_file")
    assert conflict.detail.startswith("CONFLIT") and len(exam.rooms) == 1


def test_files_that_are_not_sessions_are_refused_and_the_rest_reconciled(exam_files, tmp_path):
    text = tmp_path / "notes.invigilator"
    text.write_text("pas une session")
    other_db = tmp_path / "autre.sqlite"
    sqlite3.connect(other_db).execute("CREATE TABLE t (x)").connection.close()
    empty = tmp_path / "vide"
    empty.mkdir()
    report = run(exam_files[A], text, other_db, empty, tmp_path / "absent.invigilator")
    reasons = {r.file.split("/")[-1]: r.reason for r in report.files_refused}
    assert "n'est pas un fichier de session" in reasons["notes.invigilator"]
    assert "n'est pas un fichier de session" in reasons["autre.sqlite"]
    assert reasons["vide"] == "aucun fichier de session dans ce dossier"
    assert reasons["absent.invigilator"] == "fichier ou dossier introuvable"
    assert report.produced and len(report.exams[0].rooms) == 1


@pytest.mark.parametrize("pages", [(3, 5), (5, 11)], ids=["early-pages", "log-pages"])
def test_a_damaged_file_says_what_could_be_read(exam_files, tmp_path, pages):
    damaged = copy_session(exam_files[A], tmp_path / "2026-06-15_NFA031_salle-31.2.85.invigilator")
    data = bytearray(damaged.read_bytes())
    data[4096 * pages[0] : 4096 * pages[1]] = b"\xff" * 4096 * (pages[1] - pages[0])
    damaged.write_bytes(bytes(data))
    report = run(damaged, exam_files[B])
    (exam,) = report.exams
    (problem,) = [p for p in kinds(exam, "unreadable") if p.file == str(damaged)]
    assert problem.room == A and not kinds(exam, "not_intact")
    assert "SQLite" in problem.detail and ("lu malgré tout" in problem.detail
                                          or "lisible" in problem.detail)  # fmt: skip
    assert next(r for r in exam.rooms if r.room == B).file.intact


def test_two_exams_in_one_folder_are_two_reports(exam_files, tmp_path):
    from office_rooms import open_room

    other = tmp_path / "autre-epreuve.invigilator"
    session, _clock = open_room(other, A)
    session.configure_exam(session.state.exam._replace(ue_code="NFB002"))
    session.close()
    report = run(exam_files[A], other)
    assert [e.exam for e in report.exams] == ["NFA031", "NFB002"]


def test_reading_changes_nothing_and_leaves_no_wal_or_shm(exam_files, tmp_path):
    folder = tmp_path / "cle"
    shutil.copytree(exam_files[A].parent, folder)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    run(folder)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}
    assert after == before
    assert not [p for p in folder.iterdir() if p.name.endswith(("-wal", "-shm"))]


def test_a_file_copied_with_writes_pending_in_its_wal_is_read_whole(tmp_path):
    from office_rooms import check_in, open_room

    live = tmp_path / "live.invigilator"
    session, clock = open_room(live, A)
    check_in(session, clock, "100", "101")
    # The app still has it open: the check-ins may sit in the -wal file only.
    stick = tmp_path / "cle"
    stick.mkdir()
    for suffix in ("", "-wal"):
        source = live.with_name(live.name + suffix)
        if source.exists():
            shutil.copyfile(source, stick / ("salle.invigilator" + suffix))
    session.close()
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in stick.iterdir()}
    (exam,) = run(stick).exams
    assert exam.rooms[0].count("present") == 2
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in stick.iterdir()} == before
    assert not (stick / "salle.invigilator-shm").exists()


def test_files_damaged_anywhere_are_reported_never_raised(exam_files, tmp_path):
    """Bytes flipped at random places (a failing stick): every file is a room or refused."""
    import random

    original = exam_files[A].read_bytes()
    damaged = []
    for seed in range(40):
        rng = random.Random(seed)
        data = bytearray(original)
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path = tmp_path / f"abime-{seed:02d}.invigilator"
        path.write_bytes(bytes(data))
        damaged.append(path)
    report = run(*damaged)
    rooms = [r for e in report.exams for r in e.rooms]
    copies = sum(len(r.copies) for r in rooms)
    assert len(rooms) + copies + len(report.files_refused) == len(damaged)
    assert all(r.reason for r in report.files_refused)


def test_what_the_hardened_record_adds_reaches_the_office(tmp_path):
    """Issue #9's events: an emergency departure without a paper, an addendum after the PV's
    signature, an exam not held."""

    from office_rooms import SIGN, check_in, hand_in_all, open_room

    session, clock = open_room(tmp_path / "urgence.invigilator", A)
    check_in(session, clock, "100", "101")
    session.start_exam()
    start = clock.now()
    clock.advance(minutes=30)
    session.emergency_departure("101", note="malaise, pris(e) en charge par le SAMU",
                                paper_handed_in=False, escort="M. Benali")  # fmt: skip
    hand_in_all(session, clock, start)
    session.sign_pv({"Mme Lambert": SIGN, "M. Benali": SIGN})
    session.add_addendum("Le candidat 101 a été hospitalisé.")
    session.seal()
    session.close()
    session, clock = open_room(tmp_path / "non-tenue.invigilator", B)
    session.seal(not_held="sujet non livré")
    session.close()

    (exam,) = run(tmp_path).exams
    (left,) = kinds(exam, "left_without_paper")
    assert left.candidates == ["101"] and "en urgence sans copie" in left.detail
    (addendum,) = kinds(exam, "addendum")
    assert "hospitalisé" in addendum.detail and addendum.room == A
    (not_held,) = kinds(exam, "not_held")
    assert not_held.room == B and "sujet non livré" in not_held.detail
    assert next(r for r in exam.rooms if r.room == B).state == "épreuve non tenue"
    assert not kinds(exam, "not_sealed")


def test_reading_rooms_leaves_the_garbage_collector_as_it_found_it(exam_files, tmp_path):
    """Each room is read with the cyclic collector paused: a file that fails to read must not
    leave it off for the rest of the office's session, and one that was off stays off."""
    import gc

    broken = tmp_path / "abimee.invigilator"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert gc.isenabled()
    rooms, refused = read_rooms([exam_files[A], broken])
    assert len(rooms) + len(refused) == 2 and gc.isenabled()
    gc.disable()
    try:
        read_rooms([exam_files[A]])
        assert not gc.isenabled()
    finally:
        gc.enable()
