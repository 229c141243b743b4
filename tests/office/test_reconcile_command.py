"""`invigilator reconcile`: the report, its JSON, the paper and enrolment files, exit codes."""

from __future__ import annotations

import json

import pytest
from office_rooms import A, B, C, D

from invigilator.cli import main
from invigilator.office.command import read_rooms
from invigilator.office.reconcile import reconcile


def reconcile_json(capsys, *args):
    code = main(["reconcile", *map(str, args), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_has_the_stable_structure(exam_files, capsys):
    code, data = reconcile_json(capsys, exam_files[A].parent)
    assert code == 0
    (exam,) = data["exams"]
    assert {"exam", "date", "enrolled", "present", "absent", "papers", "rooms",
            "problems"} <= set(exam)  # fmt: skip
    assert [r["room"] for r in exam["rooms"]] == sorted([A, B, D])
    room = exam["rooms"][0]
    assert {"room", "file", "intact", "sealed", "final_hash", "enrolled", "present", "absent",
            "papers"} <= set(room)  # fmt: skip
    assert set(exam["problems"][0]) == {"kind", "room", "file", "candidates", "detail"}
    assert data["files_refused"] == []


def test_paper_hashes_file_ties_rooms_to_their_pv(exam_files, tmp_path, capsys):
    rooms, _ = read_rooms(exam_files.values())
    hashes = {r.room: r.final_hash for r in rooms}
    paper = tmp_path / "pv.csv"
    paper.write_text(
        f"salle;empreinte;copies reçues\n{A};{hashes[A]};6\n{B};{hashes[B][:16]};2\n",
        encoding="utf-8",
    )
    code, data = reconcile_json(capsys, *exam_files.values(), "--pv-hashes", paper)
    rooms_json = {r["room"]: r for r in data["exams"][0]["rooms"]}
    assert code == 0
    assert rooms_json[A]["paper"] == "conforme au PV papier"
    assert rooms_json[B]["paper"] == "conforme au PV papier"
    assert rooms_json[D]["paper"] == "non rapproché du PV papier"
    mismatched = [
        p for p in data["exams"][0]["problems"] if p["kind"] == "papers_received_mismatch"
    ]
    assert [p["room"] for p in mismatched] == [B]


def test_a_bad_paper_file_names_its_line(exam_files, tmp_path, capsys):
    paper = tmp_path / "pv.csv"
    paper.write_text(f"{A};abc\n", encoding="utf-8")
    assert main(["reconcile", str(exam_files[A]), "--pv-hashes", str(paper)]) == 1
    assert "ligne 1" in capsys.readouterr().err


def test_enrolment_file_checks_additions_and_missing_rooms(exam_files, tmp_path, capsys):
    enrolment = tmp_path / "inscrits.csv"
    enrolment.write_text(
        "Numéro;Nom;Prénom;Salle\n"
        f"100;Œuvrard;Zoé;{A}\n101;N'Diaye;Mamadou;{A}\n999;Ajout;Candidat 999;{C}\n"
        f"200;Eve;Eve;{B}\n",
        encoding="utf-8",
    )
    code, data = reconcile_json(capsys, exam_files[A], exam_files[B], "--enrolment", enrolment)
    problems = data["exams"][0]["problems"]
    found = {p["candidates"][0]: p["kind"] for p in problems if p["kind"].startswith("added")}
    assert code == 0 and found["999"] == "added_by_hand" and found["301"] == "added_not_enrolled"
    assert [p["room"] for p in problems if p["kind"] == "room_missing"] == [C]


def test_text_report_and_export(exam_files, tmp_path, capsys):
    out = tmp_path / "rapport.xlsx"
    assert main(["reconcile", str(exam_files[A].parent), "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Salle 12.0.01 : AUCUN FICHIER" in text and "present_in_two_rooms" in text
    assert out.exists()


def test_nothing_readable_exits_1_with_the_reasons(tmp_path, capsys):
    junk = tmp_path / "x.invigilator"
    junk.write_text("rien")
    assert main(["reconcile", str(junk), str(tmp_path / "absent"), "--json"]) == 1
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)["files_refused"]) == 2
    assert "aucun fichier de session" in captured.err


def test_wrong_usage(exam_files, capsys):
    assert main(["reconcile", str(exam_files[A]), "-o", "rapport.doc"]) == 1
    assert "format d'export inconnu" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["reconcile"])
    assert stop.value.code == 2


def test_unknown_event_kinds_make_a_room_unreadable_not_the_report(exam_files, tmp_path):
    """A file written by a newer version (an event kind this one does not know)."""
    import shutil
    import sqlite3

    from invigilator.record.events import chain_hash

    newer = tmp_path / "2026-06-15_NFA031_salle-17.1.04.invigilator"
    shutil.copyfile(exam_files[B], newer)
    conn = sqlite3.connect(newer)
    with conn:
        seq, head = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC").fetchone()
        at = "2026-06-15T14:00:00.000000Z"
        digest = chain_hash(seq + 1, at, "Mme Lambert", "kind_of_a_later_version", None, "{}", head)
        conn.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [seq + 1, at, "Mme Lambert", "kind_of_a_later_version", None, "{}", head, digest])  # fmt: skip
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_seq'", [str(seq + 1)])
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [digest])
    conn.close()
    report = reconcile(*read_rooms([exam_files[A], newer]))
    rooms = {r.room: r for r in report.exams[0].rooms}
    assert rooms[B].state in ("illisible", "NON CONFORME")
    assert rooms[A].file.intact
