"""`invigilator check-list`: French report or JSON, exit 0 when importable, 1 when not."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from invigilator.importing.command import add_parser

CORPUS = Path(__file__).parent / "corpus"
CANDIDATE_KEYS = {
    "id",
    "last_name",
    "first_name",
    "extra_time_minutes",
    "accommodations",
    "room",
    "seat",
}


def check_list(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="invigilator")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["check-list", *argv])
    return args.func(args)


def test_report_of_an_importable_list(capsys):
    assert check_list(str(CORPUS / "excel_semicolon_cp1252.csv"), "--duration", "120") == 0
    out = capsys.readouterr().out
    assert "7 candidats" in out
    assert "CSV, Windows-1252, séparateur point-virgule" in out
    assert "21234567  Œuvrard Élise : tiers-temps (+40 min) ; Salle isolée" in out
    assert "Autres colonnes conservées : Civilité" in out
    assert out.rstrip().endswith("Liste importable.")


def test_json_of_an_importable_list(capsys):
    assert check_list(str(CORPUS / "all_rooms.ods"), "--room", "17.1.04", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["count"] == 2 and data["problems"] == []
    assert all(CANDIDATE_KEYS <= set(c) for c in data["candidates"])
    first = data["candidates"][0]
    assert (
        first["id"] == "60000001" and first["last_name"] == "Nguyễn" and first["room"] == "17.1.04"
    )
    assert first["tiers_temps"] is True and first["extra_time_minutes"] == 0  # no --duration
    assert isinstance(first["extra_time_minutes"], int)


def test_json_of_a_list_with_problems(capsys):
    assert check_list(str(CORPUS / "several_problems.csv"), "--json") == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["count"] == 0 and data["candidates"] == []
    assert data["problems"][0] == {
        "line": 4,
        "column": "N° étudiant",
        "message": "numéro d'étudiant manquant",
    }
    assert len(data["problems"]) == 3


def test_report_of_a_list_with_problems(capsys):
    assert check_list(str(CORPUS / "duplicate_ids.csv")) == 1
    out = capsys.readouterr().out
    assert "ligne 4, colonne « N° étudiant » : numéro 1 en double (déjà ligne 2)" in out
    assert "NON importable" in out


def test_several_rooms_need_a_choice(capsys):
    assert check_list(str(CORPUS / "multi_rooms.csv")) == 1
    assert "--room 17.1.04" in capsys.readouterr().out
    assert check_list(str(CORPUS / "multi_rooms.csv"), "--json") == 1
    assert json.loads(capsys.readouterr().out)["rooms"] == ["17.1.04", "17.1.05", "Amphi A"]
    assert check_list(str(CORPUS / "multi_rooms.csv"), "--room", "Amphi A") == 0
    assert "Salle Amphi A : 1 candidat (4 autres candidats" in capsys.readouterr().out


def test_sheet_option(capsys):
    assert check_list(str(CORPUS / "title_rows.xlsx"), "--sheet", "Salle 17.1.05", "--json") == 0
    assert json.loads(capsys.readouterr().out)["candidates"][0]["last_name"] == "Łukaszewicz"


@pytest.mark.parametrize("name", ["absent.csv", "."])
def test_missing_file_or_directory(capsys, tmp_path, name):
    assert check_list(str(tmp_path / name)) == 1
    out = capsys.readouterr().out
    assert "introuvable" in out or "dossier" in out


def test_a_fifo_is_refused_at_once_not_read_for_ever(tmp_path):
    """Attack review: `check-list` on a named pipe blocked for ever on its read."""
    fifo = tmp_path / "liste.csv"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "invigilator.cli", "check-list", str(fifo)],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 1
    assert "n'est pas un fichier ordinaire" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_unreadable_file(capsys, tmp_path, monkeypatch):
    path = tmp_path / "liste.csv"
    path.write_text("ID;Nom\n1;Dupont\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert check_list(str(path), "--json") == 1
    assert "lecture impossible" in json.loads(capsys.readouterr().out)["problems"][0]["message"]


@pytest.mark.parametrize(
    "argv", [[], ["x.csv", "--duration", "soon"], ["x.csv", "--duration", "0"]]
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as raised:
        check_list(*argv)
    assert raised.value.code == 2


def test_no_traceback_from_the_command_line():
    for name, code in [("binary.bin", 1), ("password.xlsx", 1), ("legacy.xls", 0)]:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "invigilator.importing.command",
                "check-list",
                str(CORPUS / name),
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr + done.stdout
