"""The tamper and fuzz campaigns (#13), small."""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

from benchmarks.campaigns import fuzz, tamper
from invigilator.cli import main


def test_every_single_event_change_and_every_content_changing_byte_flip_is_detected():
    report = tamper.run(candidates=6, flips=300, seed=2)
    assert report["missed"] == []
    assert report["tracebacks"] == []
    assert set(report["by_kind"]) == {*tamper.EVENT_EDITS, "list row"}
    assert report["byte_flips_changing_content"] > 0


def test_generated_and_mutated_lists_import_whole_or_not_at_all(tmp_path):
    report = fuzz.fuzz_lists(tmp_path, 240, random.Random(8))
    assert report["unexpected"] == 0, report["examples"]
    assert report["partial"] == 0
    assert report["imported"] > 0 and report["refused"] > 0  # both outcomes were reached
    assert report["session_intact"]


def test_a_session_id_changed_in_meta_is_detected(tmp_path):
    path = tamper.sealed_sitting(tmp_path / "sealed.invigilator", 4)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = 'f0000000-0000-0000-0000-000000000000' "
                 "WHERE key = 'session_id'")  # fmt: skip
    conn.commit()
    conn.close()
    assert tamper.detected(path)


def test_mutated_session_files_give_no_traceback_from_verify_or_summary(tmp_path):
    report = fuzz.fuzz_sessions(tmp_path, 40, random.Random(11))
    # export-pdf's are listed by the campaign; its own test below says when they are fixed.
    assert [c for c in report["distinct"] if c.startswith(("verify:", "summary:"))] == []


def test_export_pdf_of_a_file_with_a_payload_of_the_wrong_type_is_a_draft_not_a_traceback(
    tmp_path, capsys
):
    """A readable file whose chain no longer verifies still gives the legal service a draft
    marked NON CONFORME on every page (#10), never a traceback (#13's fuzz campaign)."""
    path = tamper.sealed_sitting(tmp_path / "sealed.invigilator", 4)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE events SET payload = '[]' WHERE kind = 'pv_signed'")
    conn.commit()
    conn.close()
    out = tmp_path / "pv.pdf"
    assert main(["export-pdf", str(path), "--draft", "-o", str(out)]) == 0
    assert "NON CONFORME" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")


def test_a_blob_in_an_event_column_is_a_verdict_not_a_traceback(tmp_path, capsys):
    path = tamper.sealed_sitting(tmp_path / "sealed.invigilator", 4)
    copy = tmp_path / "blob.invigilator"
    shutil.copy(path, copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE events SET at = ? WHERE seq = 3", [b"\x00\xff"])
    conn.commit()
    conn.close()
    assert main(["verify", str(copy)]) == 3
    assert "NON CONFORME" in capsys.readouterr().out


@pytest.mark.parametrize("name", [b"invigilator TEXT", b"session_id"])
def test_a_byte_flip_that_leaves_a_schema_name_undecodable_is_a_verdict_not_a_traceback(
    tmp_path, capsys, name
):
    """Regression (#13, tamper campaign): verify and summary raised UnicodeDecodeError."""
    path = tamper.sealed_sitting(tmp_path / "sealed.invigilator", 4)
    data = bytearray(path.read_bytes())
    data[data.index(name) + 1] ^= 0x80  # no longer UTF-8
    path.write_bytes(bytes(data))
    assert main(["verify", str(path)]) != 0
    assert main(["summary", str(path)]) != 0
    assert "Traceback" not in capsys.readouterr().err
