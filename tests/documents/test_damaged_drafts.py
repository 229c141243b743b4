"""A damaged file still gives its NON CONFORME draft (#10), whatever its rows hold (#13's fuzz)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

from invigilator.cli import main


def damaged_copy(sealed: Path, tmp_path: Path, sql: str, *params: object) -> Path:
    copy = tmp_path / "damaged.invigilator"
    shutil.copy(sealed, copy)
    conn = sqlite3.connect(copy)
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    return copy


def draft_text(path: Path, tmp_path: Path, capsys) -> str:
    out = tmp_path / "draft.pdf"
    assert main(["export-pdf", str(path), "--draft", "-o", str(out)]) == 0
    assert "NON CONFORME" in capsys.readouterr().out
    return subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout


def test_a_time_longer_than_a_page_gives_a_draft_with_the_text_cut(sealed, tmp_path, capsys):
    copy = damaged_copy(sealed, tmp_path, "UPDATE events SET at = ? WHERE seq = 12", "é" * 30000)
    text = draft_text(copy, tmp_path, capsys)
    assert "NON CONFORME" in text
    assert "caractères de plus, non imprimés" in text


def test_signature_points_of_the_wrong_shape_leave_the_box_empty(sealed, tmp_path, capsys):
    broken = '{"strokes":[[[1,2,3,4,5,6]]],"w":400,"h":150}'
    copy = damaged_copy(
        sealed, tmp_path,
        "UPDATE events SET payload = json_set(payload, '$.signature', json(?)) "
        "WHERE seq = (SELECT min(seq) FROM events WHERE kind = 'checked_in')",
        broken,
    )  # fmt: skip
    assert "NON CONFORME" in draft_text(copy, tmp_path, capsys)


def test_an_invigilators_signature_of_the_wrong_shape_leaves_the_box_empty(
    sealed, tmp_path, capsys
):
    """#13's fuzz: a flipped byte turned a point's '.' into ',' in the PV's signatures."""
    copy = damaged_copy(
        sealed, tmp_path,
        "UPDATE events SET payload = replace(payload, '\"strokes\":[[[', "
        "'\"strokes\":[[[1,2,3,4,5],[') WHERE kind = 'pv_signed'",
    )  # fmt: skip
    assert "NON CONFORME" in draft_text(copy, tmp_path, capsys)
