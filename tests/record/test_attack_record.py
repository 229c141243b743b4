"""Attacks on the session file itself, edited with SQL: whatever it holds, every command
ends with a verdict or a French message, never a traceback."""

from __future__ import annotations

import contextlib
import io
import sqlite3

import pytest

from invigilator.cli import main
from invigilator.demo import simulate_sitting


@pytest.fixture(scope="module")
def sitting(tmp_path_factory):
    path = tmp_path_factory.mktemp("attack") / "room.invigilator"
    with simulate_sitting(path, candidates=6, seed=2):
        pass
    return path


def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main([str(a) for a in args])
    return code, out.getvalue()


@pytest.mark.parametrize("seq", [1, 5])
def test_attack_a_payload_nested_beyond_any_parser_is_non_conforme(sitting, tmp_path, seq):
    path = tmp_path / "nested.invigilator"
    path.write_bytes(sitting.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(
        "UPDATE events SET payload = ? WHERE seq = ?", ['{"text":' + "[" * 100_000 + "}", seq]
    )
    conn.close()
    for command in ("verify", "summary"):
        code, out = run(command, path)
        assert code == 3 and "NON CONFORME" in out and "illisible" in out
    code, out = run("export-pdf", path, "-o", tmp_path / "out.pdf")
    assert code == 1 and "NON CONFORME" in out
    code, out = run("export-pdf", path, "--draft", "-o", tmp_path / "draft.pdf")
    assert code in (0, 1) and "NON CONFORME" in out


def test_attack_the_data_folder_a_command_creates_is_owner_only(tmp_path, monkeypatch):
    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("INVIGILATOR_DATA_DIR", str(data))
    code, _ = run("demo-session", tmp_path / "room.invigilator", "--candidates", "2")
    assert code == 0
    for folder in (data, data / "journal"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_attack_a_control_character_in_a_name_still_exports_to_xlsx(
    make_session, signature, tmp_path
):
    from openpyxl import load_workbook

    from invigilator.model import Candidate

    session = make_session()
    # A barcode scanner's group separator (GS, 0x1D) typed into a hand addition.
    session.add_candidate(
        Candidate("555", "Dupont\x1d", "Léa"), reason="absente de la liste",
        id_document="passeport", signature=signature,
    )  # fmt: skip
    path = session.path
    session.close()
    out = tmp_path / "export.xlsx"
    code, text = run("reconcile", path, "-o", out)
    assert code == 0 and "Traceback" not in text
    names = [row[1] for row in load_workbook(out).active.iter_rows(values_only=True)]
    assert "Dupont\ufffd" in names


@pytest.mark.parametrize("odd", ["fifo.invigilator", "fifo", "loop.invigilator"])
def test_attack_reconcile_of_a_folder_holding_a_fifo_or_a_link_loop_ends_with_a_message(
    sitting, tmp_path, odd
):
    """A FIFO was opened to read its header, and waited for a writer for ever; a symbolic
    link to itself raised RuntimeError from Path.resolve."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "rooms"
    folder.mkdir()
    (folder / "room.invigilator").write_bytes(sitting.read_bytes())
    if odd.startswith("fifo"):
        os.mkfifo(folder / odd)
    else:
        (folder / odd).symlink_to(odd)
    result = subprocess.run(
        [sys.executable, "-m", "invigilator", "reconcile", str(folder)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "NFA031" in result.stdout


def test_attack_a_session_file_whose_name_is_not_utf8_anchors_every_commit(tmp_path, data_dir):
    """A name from a medium written in Latin-1 ('café' as b'caf\\xe9', a lone surrogate once
    decoded): the anchor journal's first line raised UnicodeEncodeError after each commit, so
    every command said it failed although its event was on disk."""
    from invigilator.model import ExamFacts
    from invigilator.record.verify import verify_file
    from invigilator.room.session import RoomSession

    path = tmp_path / "caf\udce9.invigilator"
    with RoomSession.create(path) as session:
        session.configure_exam(ExamFacts("NFA031", "t", duration_minutes=120))
        assert session.state.last_seq == 2 and session.safekeeping.problem == ""
    check = verify_file(path)
    assert check.ok and check.anchored
