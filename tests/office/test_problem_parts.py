"""Each problem's detail is built from codes and parameters (follow-up of #11): the French
stays the documents', and the parts let the office view translate it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from invigilator.office.checks import DETAILS, detail_of, room_problems
from invigilator.office.reconcile import reconcile
from invigilator.office.rooms import RoomFile, read_room


def test_every_problem_of_an_exam_is_its_parts_in_french(exam_files):
    report = reconcile([read_room(p) for p in exam_files.values()], [])
    problems = [p for exam in report.exams for p in exam.problems]
    assert problems
    for p in problems:
        assert p.parts and all(code in DETAILS for code, _params in p.parts)
        assert detail_of(p.parts) == p.detail


def test_a_clock_set_back_90_seconds_reads_minus_1_min_30_s():
    at = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)
    room = RoomFile(Path("salle.invigilator"), room="A", intact=True, sealed=True,
                    clock_jumps=[(at, -90)])  # fmt: skip
    (jump,) = [p for p in room_problems(room, None)[0] if p.kind == "clock_jump"]
    assert "horloge déplacée de -1 min 30 s" in jump.detail


def test_files_refused_carry_a_code_for_the_office_view(tmp_path):
    from invigilator.office.command import read_rooms

    empty = tmp_path / "vide"
    empty.mkdir()
    (tmp_path / "notes.invigilator").write_text("pas une session")
    _rooms, refused = read_rooms([empty, tmp_path / "absent", tmp_path / "notes.invigilator"])
    codes = {Path(r.file).name: (r.code, r.reason) for r in refused}
    assert codes["vide"] == ("empty_folder", "aucun fichier de session dans ce dossier")
    assert codes["absent"] == ("not_found", "fichier ou dossier introuvable")
    assert codes["notes.invigilator"][0] == "not_a_session_file"
    assert "n'est pas un fichier de session" in codes["notes.invigilator"][1]  # French kept
