"""The headless commands, run as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from invigilator.cli import main


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "invigilator", *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def sitting(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "sitting.sqlite"
    assert main(["demo-session", str(path), "--candidates", "40", "--seed", "7"]) == 0
    return path


def test_demo_session_then_verify_says_intact(sitting):
    result = run("verify", str(sitting))
    assert result.returncode == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("intact")


def test_summary_json_counts(sitting):
    result = run("summary", str(sitting), "--json")
    summary = json.loads(result.stdout)
    assert set(summary) >= {
        "enrolled", "present", "absent", "late_admitted", "late_refused", "out_now", "handed_in",
        "blank_papers", "sheets", "added_by_hand", "incidents", "sealed", "final_hash",
    }  # fmt: skip
    assert summary["enrolled"] == 40 and summary["added_by_hand"] == 1 and summary["intact"]
    assert summary["sealed"] is True and summary["incidents"] == 2  # two frauds (#10)
    assert summary["present"] == summary["handed_in"]
    assert summary["enrolled"] == summary["present"] - summary["added_by_hand"] + summary["absent"]


def test_demo_session_is_reproducible(tmp_path):
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (a, b):
        assert main(["demo-session", str(path), "--candidates", "15", "--seed", "3"]) == 0
    first, second = (json.loads(run("summary", str(p), "--json").stdout) for p in (a, b))
    # Each session file has its own random id, so only the final hashes differ.
    assert first.pop("final_hash") != second.pop("final_hash")
    assert first.pop("verification") != second.pop("verification")
    assert first == second


def test_tampered_file_fails_verify_naming_the_event(sitting, tmp_path):
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(sitting.read_bytes())
    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE events SET invigilator = 'Quelqu''un' WHERE seq = 9")
    conn.close()
    result = run("verify", str(copy))
    assert result.returncode != 0 and "n° 9" in result.stdout
    summary = run("summary", str(copy), "--json")
    assert summary.returncode == 3
    assert json.loads(summary.stdout)["intact"] is False
    assert "NON CONFORME" in run("summary", str(copy)).stdout


@pytest.mark.parametrize("make", ["missing", "directory", "text", "other_db"])
def test_bad_paths_give_a_message_not_a_traceback(tmp_path, make):
    target = tmp_path / "target"
    if make == "directory":
        target.mkdir()
    elif make == "text":
        target.write_text("nom;prénom\n", encoding="utf-8")
    elif make == "other_db":
        sqlite3.connect(target).execute("CREATE TABLE t (x)").connection.close()
    for command in ("verify", "summary"):
        result = run(command, str(target))
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and result.stderr.startswith("invigilator :")


def test_demo_session_refuses_to_overwrite(sitting):
    result = run("demo-session", str(sitting))
    assert result.returncode == 1 and "existe déjà" in result.stderr


def test_without_a_command_the_domain_says_how_to_open_the_app():
    result = run()
    assert result.returncode == 2 and "invigilator" in result.stderr


def test_installed_command_runs_headless_commands_without_qt(sitting):
    code = (
        "import sys; from ui.launcher import main; code = main(['verify', sys.argv[1]]); "
        "assert 'PySide6' not in sys.modules; sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(sitting)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("intact")


def test_issue_9_demo_session_never_dates_an_event_before_the_one_it_follows(sitting):
    conn = sqlite3.connect(sitting)
    times = [row[0] for row in conn.execute("SELECT at FROM events ORDER BY seq")]
    kinds = {row[0] for row in conn.execute("SELECT kind FROM events")}
    conn.close()
    assert times == sorted(times)
    assert "clock_jumped" not in kinds  # the demo's clock only moves forward


def test_issue_9_demo_session_keeps_its_anchor_journal(tmp_path, data_dir):
    path = tmp_path / "demo.invigilator"
    assert main(["demo-session", str(path), "--candidates", "5"]) == 0
    journals = list((data_dir / "journal").glob("*.anchors"))
    assert len(journals) == 1
    result = run("verify", str(path))
    assert result.returncode == 0 and "journal" not in result.stdout  # anchored, no caveat


@pytest.mark.parametrize(
    ("args", "french"),
    [
        (["print-list", "liste.csv"], "arguments obligatoires manquants : --duration"),
        (["bogus"], "choix invalide : 'bogus'"),
        (["verify", "a", "b"], "arguments non reconnus : b"),
    ],
)
def test_review_argparse_errors_are_said_in_french(args, french):
    result = run(*args)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert french in result.stderr and "usage : " in result.stderr
    assert "error:" not in result.stderr and "required" not in result.stderr


def test_review_help_is_french_through_and_through():
    for args in (["--help"], ["export-pdf", "--help"]):
        result = run(*args)
        assert result.returncode == 0
        assert "afficher cette aide et quitter" in result.stdout
        assert "show this help" not in result.stdout and "positional" not in result.stdout


def test_review_help_names_every_argument_in_french():
    # Review walk: `verify --help` showed "session_file" with no word of what it is, and
    # `demo-session --help` "out_file", "--candidates CANDIDATES", "--seed SEED".
    for command in ("verify", "summary", "demo-session"):
        shown = run(command, "--help").stdout
        assert "session_file" not in shown and "out_file" not in shown, shown
        assert "CANDIDATES" not in shown and "SEED" not in shown, shown
    assert "FICHIER_DE_SESSION  le fichier de session" in run("verify", "--help").stdout


def test_review_the_text_summary_counts_entries_without_an_id(sitting):
    # `summary --json` had "without_id"; the text summary left it out.
    shown = run("summary", str(sitting)).stdout
    count = json.loads(run("summary", str(sitting), "--json").stdout)["without_id"]
    assert f"Sans pièce d'identité    {count}" in shown
