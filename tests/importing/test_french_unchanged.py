"""The importer's French, its check-list output and its JSON stay what they were before the
problems carried codes for the English UI (golden/broken_lists.json, taken before that change)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from invigilator.importing import ListImportError, preview_list, read_list
from invigilator.importing.command import main as check_list
from invigilator.importing.messages import MESSAGES, french
from tests.importing.broken_lists import cases, materialise

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_the_french_text_of_a_list_is_unchanged(case, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = materialise(case, tmp_path).name
    args = case["args"]
    if case["error"] is None:
        assert read_list(name, **args).description == case["description"]
    else:
        with pytest.raises(ListImportError) as raised:
            read_list(name, **args)
        assert str(raised.value) == case["error"]
        assert [p.to_record() for p in raised.value.problems] == case["problems"]
        assert [str(p) for p in raised.value.problems] == case["problem_texts"]
    if "preview_description" in case:
        assert (
            preview_list(name, sheet=args.get("sheet")).description == case["preview_description"]
        )
    else:
        with pytest.raises(ListImportError) as raised:
            preview_list(name, sheet=args.get("sheet"))
        assert str(raised.value) == case["preview_error"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if "cli" in c], ids=[c["name"] for c in CASES if "cli" in c]
)
def test_check_list_prints_what_it_printed(case, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    argv = [materialise(case, tmp_path).name]
    for key, value in case["args"].items():
        argv += [f"--{key}", value]
    for extra, key in (([], "cli"), (["--json"], "cli_json")):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = check_list(["check-list", *argv, *extra])
        assert out.getvalue() == case[key]
        assert code == case["cli_rc"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if c["error"]], ids=[c["name"] for c in CASES if c["error"]]
)
def test_every_problem_has_a_code_that_says_its_french(case, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = materialise(case, tmp_path).name
    with pytest.raises(ListImportError) as raised:
        read_list(name, **case["args"])
    for problem in raised.value.problems:
        assert problem.code in MESSAGES, problem
        assert french(MESSAGES[problem.code], problem.params) == problem.message


def test_a_column_without_header_has_its_number(tmp_path: Path):
    listing = tmp_path / "liste.csv"
    listing.write_text("N° étudiant;Prénom;\n100;Marie;\n", encoding="utf-8")
    with pytest.raises(ListImportError) as raised:
        read_list(listing, mapping={"student_id": 0, "last_name": 2})
    (problem,) = raised.value.problems
    assert (problem.column, problem.column_number, problem.code) == (
        "colonne 3",
        3,
        "last_name_missing",
    )
