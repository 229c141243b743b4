"""The session's PDF, read back as the office, the teacher and the legal service read it."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys

import pytest
from documents_helpers import NAMES, build_sitting, flat, needs_poppler, pdf_text

from invigilator.documents.export import export_pdf, session_pdf
from invigilator.documents.fonts import DocumentError, UndrawableText
from invigilator.documents.pv import pv_code
from invigilator.documents.source import effective_events, read_sitting
from invigilator.pv_code import parse_pv_code
from invigilator.record.verify import verify_file
from invigilator.room.session import RoomSession
from invigilator.room.summary import summarise

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def sealed_pdf(sealed, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "room.pdf"
    export_pdf(sealed, out)
    return out


def test_every_name_is_printed_exactly(sealed_pdf):
    text = flat(" ".join(pdf_text(sealed_pdf)))
    for last, first in NAMES:
        assert f"{last} {first}" in text, f"{last} {first}"
    assert "Traoré Aïcha" in text


def test_counts_equal_the_summary(sealed, sealed_pdf):
    with RoomSession.open(sealed, readonly=True) as session:
        summary = summarise(session)
    pv = flat(" ".join(pdf_text(sealed_pdf, layout=True)[:2]))
    shown = {
        "enrolled": "Candidats inscrits sur la liste",
        "absent": r"dont absents \(entrées refusées comprises\)",
        "present": "Candidats présents", "late_admitted": "dont arrivés en retard, admis",
        "late_refused": r"Retardataires refusés \(non comptés présents\)",
        "handed_in": "Copies recueillies", "blank_papers": "dont copies blanches",
        "sheets": "Feuilles intercalaires", "not_handed_in": "Refus de rendre la copie",
        "added_by_hand": r"Ajouts manuscrits \(à vérifier par l'administration\)",
    }  # fmt: skip
    for key, label in shown.items():
        found = re.search(label + r" (\d+)", pv)
        assert found and int(found.group(1)) == summary[key], key
    assert summary["absent"] == 2 and summary["late_refused"] == 1 and summary["added_by_hand"] == 1


def test_final_hash_and_qr_code_match_the_file(sealed, sealed_pdf):
    verification = verify_file(sealed)
    assert verification.ok
    assert verification.final_hash in flat(" ".join(pdf_text(sealed_pdf)[:2]))
    code = parse_pv_code(pv_code(read_sitting(sealed)))
    with RoomSession.open(sealed, readonly=True) as session:
        summary = summarise(session)
    assert code == {
        "exam": "NFA031", "room": "31.2.85", "date": "2026-06-15",
        "enrolled": summary["enrolled"], "present": summary["present"],
        "absent": summary["absent"], "papers": summary["handed_in"],
        "hash": verification.final_hash,
    }  # fmt: skip


def test_every_font_is_embedded(sealed_pdf):
    listing = subprocess.run(["pdffonts", str(sealed_pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]  # fmt: skip
    assert listing and all(line.split()[-5] == "yes" for line in listing), listing
    names = " ".join(listing)
    assert "DejaVuSans" in names and "WenQuanYi" in names  # the Chinese name's fallback


def test_qpdf_finds_no_error(sealed_pdf):
    result = subprocess.run(["qpdf", "--check", str(sealed_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_final_documents_carry_no_draft_mark(sealed_pdf):
    assert not any("NON SCELLÉ" in page or "NON CONFORME" in page for page in pdf_text(sealed_pdf))


def test_unsealed_session_gives_a_draft_on_every_page(unsealed, tmp_path):
    out = tmp_path / "draft.pdf"
    export_pdf(unsealed, out)
    pages = pdf_text(out)
    assert len(pages) >= 3
    assert all("PROJET — NON SCELLÉ" in page for page in pages)


def test_tampered_file_is_refused_then_a_non_conforme_draft(sealed, tmp_path):
    copy = tmp_path / "tampered.invigilator"
    copy.write_bytes(sealed.read_bytes())
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE events SET invigilator = 'Quelqu''un' WHERE seq = 12")
    conn.close()
    with pytest.raises(DocumentError, match="NON CONFORME.*n° 12"):
        export_pdf(copy, tmp_path / "refused.pdf")
    assert not (tmp_path / "refused.pdf").exists()
    export_pdf(copy, tmp_path / "draft.pdf", draft=True)
    pages = pdf_text(tmp_path / "draft.pdf")
    assert all("NON CONFORME" in page and "n° 12" in flat(page) for page in pages)


def test_fraud_report_states_the_refusal_and_the_countersignature(sealed_pdf):
    pages = [flat(p) for p in pdf_text(sealed_pdf)]
    frauds = [p for p in pages if "article 4.6.2 — pièce F" in p]
    assert len(frauds) == 2
    refused, signed = frauds
    assert "Çelik Emre a refusé de contresigner ce procès-verbal" in refused
    assert "Østergård Søren" in signed and "refusé" not in signed
    caveat = "La signature du candidat ne vaut pas reconnaissance des faits ; elle atteste qu'il en a pris connaissance."
    assert caveat in refused and caveat in signed
    assert re.search(r"événement n° \d+", refused) and re.search(r"[0-9a-f]{64}", refused)


def test_attendance_header_repeats_on_every_page(tmp_path):
    path = build_sitting(tmp_path / "big.invigilator", extra=60)
    out = tmp_path / "sheet.pdf"
    export_pdf(path, out, "sheet")
    pages = pdf_text(out)
    assert len(pages) >= 3
    for page in map(flat, pages):
        assert "Signature d'entrée" in page and "Signature de remise" in page
        assert re.search(r"Page \d+ / " + str(len(pages)), page)
        assert "→" in page  # the range of names on the page
    assert "Dupont059 Jean" in flat(pages[-1] + pages[-2])


def test_attendance_sheet_says_absent_refused_and_hand_additions(sealed, tmp_path):
    out = tmp_path / "sheet.pdf"
    export_pdf(sealed, out, "sheet")
    text = flat(" ".join(pdf_text(out)))
    assert "absent(e)" in text
    assert re.search(r"entrée refusée \d\d:\d\d — retard", text)
    assert "Ajouts manuscrits — à vérifier par l'administration" in text
    assert "tiers-temps +1 h 20, fin" in text


def test_export_leaves_the_session_file_untouched(sealed, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    copy = folder / "room.invigilator"
    copy.write_bytes(sealed.read_bytes())
    before = copy.read_bytes()
    export_pdf(copy, tmp_path / "out.pdf")
    assert verify_file(copy).ok  # the same read-only open: no -wal, no -shm left either
    assert copy.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["room.invigilator"]


def test_pdf_is_owner_only_and_builds_are_reproducible(sealed, tmp_path):
    out = export_pdf(sealed, tmp_path / "a.pdf").path
    assert out.stat().st_mode & 0o777 == 0o600
    first, _ = session_pdf(sealed)
    second, _ = session_pdf(sealed)
    assert first == second == out.read_bytes()


def test_a_name_no_font_can_draw_fails_naming_the_candidate(tmp_path):
    from types import SimpleNamespace

    from invigilator.model import Candidate

    session = RoomSession.create(tmp_path / "r.invigilator")
    session.import_list(SimpleNamespace(
        source_name="l.csv", sha256="0" * 64, sheet=None, room=None, others=[],
        candidates=[Candidate("1", "Martin", "Léa"), Candidate("2", "حداد", "Yasmine")],
    ))  # fmt: skip
    session.close()
    with pytest.raises(UndrawableText, match="Yasmine.*n° 2") as failed:
        export_pdf(tmp_path / "r.invigilator", tmp_path / "r.pdf")
    assert "cases vides" in str(failed.value)
    assert not (tmp_path / "r.pdf").exists()


def run(*args):
    return subprocess.run([sys.executable, "-m", "invigilator", *args], capture_output=True,
                          text=True, timeout=120)  # fmt: skip


def test_command_line_export(sealed, tmp_path):
    result = run("export-pdf", str(sealed), "-o", str(tmp_path / "out.pdf"), "--parts", "pv")
    assert result.returncode == 0, result.stderr
    assert "documents définitifs" in result.stdout
    assert "Procès-verbal de déroulement" in pdf_text(tmp_path / "out.pdf")[0]


@pytest.mark.parametrize("case", ["missing", "text", "other_db", "no_folder", "parts"])
def test_command_line_errors_are_french_and_leave_no_pdf(sealed, tmp_path, case):
    source, out, extra = str(sealed), tmp_path / "out.pdf", []
    if case == "missing":
        source = str(tmp_path / "absent.invigilator")
    elif case == "text":
        (tmp_path / "t.txt").write_text("nom;prénom\n", encoding="utf-8")
        source = str(tmp_path / "t.txt")
    elif case == "other_db":
        sqlite3.connect(tmp_path / "o.db").execute("CREATE TABLE t (x)").connection.close()
        source = str(tmp_path / "o.db")
    elif case == "no_folder":
        out = tmp_path / "nowhere" / "out.pdf"
    else:
        extra = ["--parts", "pv,feuille"]
    result = run("export-pdf", source, "-o", str(out), *extra)
    assert result.returncode == 1
    assert result.stderr.startswith("invigilator : ") and "Traceback" not in result.stderr
    assert not out.exists()
    assert not [p for p in tmp_path.rglob("*partiel*")]


def test_the_events_decoded_once_by_verify_are_the_logs_events(sealed):
    sitting = read_sitting(sealed)
    with RoomSession.open(sealed, readonly=True) as session:
        assert sitting.events == effective_events(session.events())
        assert sitting.summary == summarise(session)
