"""The list importer's problems in the set-up wizard: English in the English UI, rebuilt from
their codes, and the importer's own French, unchanged, in the French UI.

The broken lists and the French they gave before the codes existed are
tests/importing/golden/broken_lists.json.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from invigilator.importing import ListImportError, read_list
from invigilator.importing.messages import DELIMITER_NAMES, DESCRIPTIONS, MESSAGES
from tests.importing.broken_lists import cases, materialise
from ui.app import install_translations
from ui.room.main_window import MainWindow
from ui.setup.wizard import SetupWizard
from ui.widgets import import_text
from ui.widgets.import_text import import_error_text, problem_text

CASES = cases()
BROKEN = [c for c in CASES if c["error"]]

# What the English wizard says of some of them, problem by problem.
EXPECTED = {
    "duplicate_id": ["line 3, column “N° étudiant”: number 100 appears twice (already on line 2)"],
    "empty_name": ["line 2, column “Nom”: last name missing"],
    "missing_id": ["line 2, column “N° étudiant”: student number missing"],
    "several_rooms_unchosen": [
        "line 4, column “Salle”: room missing, while the list has several rooms",
        "the list has several rooms (A, B): choose the room to import",
    ],
    "unknown_room": ["room “Z” not in the list; rooms found: A, B"],
    "wrong_single_room": ["room “Z” not in the list: the list is for room “A”"],
    "bad_extra_time": [
        "line 2, column “Tiers-temps”: value “peut-être” not recognised: expected yes/no, "
        "“tiers-temps” (a third more time) or a number of minutes",
        "line 3, column “Tiers-temps”: implausible extra time of 999 min",
        "line 4, column “Tiers-temps”: “non” contradicts the accommodation “tiers-temps”",
        "line 5, column “Aménagements”: extra time without a length in “temps majoré”: write "
        "“tiers-temps” (a third more time) or a number of minutes",
    ],
    "bad_birth_date": [
        "line 2, column “Date de naissance”: unreadable date of birth: “32/13/2001” "
        "(expected DD/MM/YYYY)"
    ],
    "bad_utf8_bom": [
        "line 2: text unreadable as UTF-8 (BOM) (unexpected byte 0xe9): the file may be "
        "truncated or may not be text"
    ],
    "no_id_column": [
        "line 1: no Student no. column (headers recognised: “N° étudiant”, “N° auditeur”, "
        "“Matricule”, “Identifiant”, “ID”); header read: “Nom”, “Prénom”"
    ],
    "untitled_column": ["line 2, column “column 3”: last name missing"],
    "bad_mapping": [
        "the same column cannot be both Student no. and Last name",
        "column 12 is outside the table for Seat",
        "unknown field in the column mapping: shoe_size",
    ],
    "sheet_not_found": [
        "sheet “Nope” not found; the workbook's sheets: “Salle 17.1.04”, “Salle 17.1.05”"
    ],
}
DESCRIBED = {
    "comma_utf8_ok": "CSV, UTF-8, comma delimiter",
    "tab_ok": "CSV, UTF-8, tab delimiter",
    "cp1252_ok": "CSV, Windows-1252, semicolon delimiter",
    "bom_ok": "CSV, UTF-8 (BOM), semicolon delimiter",
    "xlsx_ok": "XLSX, sheet “Salle 17.1.04”",
}
# Words of the importer's French that English shares (or that name a value to type).
SHARED = {
    "csv",
    "excel",
    "min",
    "minutes",
    "notation",
    "bom",
    "utf",
    "date",
    "format",
    "tiers",
    "temps",
}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", text)}


FRENCH_WORDS = (
    set().union(*(_words(re.sub(r"%\(\w+\)s", " ", t)) for t in MESSAGES.values()))
    | _words("ligne colonne Impossible d'importer la liste ; rien n'a été importé problèmes")
) - SHARED


def french_left(english: str, error: ListImportError, *data: str) -> set[str]:
    """The importer's French words in an English text, once the list's own data is taken out."""
    data = (*data, error.source_name)
    for problem in error.problems:
        data += (problem.column or "",)
        for value in problem.params.values():
            data += tuple(map(str, value)) if isinstance(value, list | tuple) else (str(value),)
    for value in sorted(data, key=len, reverse=True):
        english = english.replace(value, " ") if value else english
    return _words(english) & FRENCH_WORDS


@pytest.fixture
def english(qapp):
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "fr")


def _error(case) -> ListImportError:
    with pytest.raises(ListImportError) as raised:
        read_list(case["file"], **case["args"])
    return raised.value


def test_the_uis_french_templates_are_the_importers():
    assert import_text.TEMPLATES == MESSAGES
    assert import_text.DESCRIPTIONS == DESCRIPTIONS
    assert import_text.DELIMITER_NAMES == DELIMITER_NAMES


def test_every_template_has_its_english(english):
    for table in (import_text.TEMPLATES, import_text.DESCRIPTIONS, import_text.DELIMITER_NAMES):
        for french in table.values():
            translated = QApplication.translate("ImportText", french)
            assert translated != french, french
            assert re.findall(r"%\(\w+\)s", translated) == re.findall(r"%\(\w+\)s", french)


@pytest.mark.parametrize("case", BROKEN, ids=[c["name"] for c in BROKEN])
def test_every_problem_reads_in_english(case, english, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    materialise(case, tmp_path)
    error = _error(case)
    whole = import_error_text(error)
    assert french_left(whole, error) == set(), whole
    shown = [problem_text(p) for p in error.problems]
    if case["name"] in EXPECTED:
        assert shown == EXPECTED[case["name"]]
    assert whole.startswith(f"Cannot import the list “{case['file']}”; nothing was imported.")


def test_a_long_list_of_problems_is_cut_in_english(english, tmp_path: Path):
    listing = tmp_path / "liste.csv"
    rows = "".join(f"100;Dupont{i}\n" for i in range(25))
    listing.write_text("N° étudiant;Nom\n" + rows, encoding="utf-8")
    with pytest.raises(ListImportError) as raised:
        read_list(listing)
    text = import_error_text(raised.value)
    assert " 24 problems:" in text.splitlines()[0]
    assert text.splitlines()[-1] == "  … and 4 more problems."


def _page(qtbot, session):
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    return SetupWizard(window.bridge, window).list_page


def _show(page, case, path: Path) -> str:
    """Drive the list page as a user would, as far as the page lets one choose the case's args."""
    page.load(path, case["args"].get("sheet"))
    mapping = case["args"].get("mapping")
    if mapping and page.preview is not None:
        for key, combo in page.mapping.items():
            combo.setCurrentIndex(max(combo.findData(mapping.get(key, -1)), 0))
        page.check()
    return page.message.text()


DRIVEN = [c for c in CASES if "room" not in c["args"]]


def _same_reading(page, case) -> bool:
    """Whether the page read the list as `read_list` with the case's args did (the page maps
    the columns itself: a missing column is "no column chosen" there)."""
    return [p.message for p in page.problems] == [p["message"] for p in case["problems"]]


@pytest.mark.parametrize("case", DRIVEN, ids=[c["name"] for c in DRIVEN])
def test_the_list_page_shows_english(case, english, qtbot, session, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    materialise(case, tmp_path)
    page = _page(qtbot, session)
    shown = _show(page, case, Path(case["file"]))
    if page.preview is None:
        error, sheet = _error(case), ""
    else:
        error, sheet = ListImportError(page.problems, case["file"]), page.preview.sheet or ""
    assert french_left(shown, error, sheet) == set(), shown
    if case["name"] in DESCRIBED:
        assert DESCRIBED[case["name"]] in shown
    if case["name"] in EXPECTED and page.preview is not None and _same_reading(page, case):
        lines = shown.splitlines()
        assert [line for line in lines if line.startswith("• ")] == [
            f"• {line}" for line in EXPECTED[case["name"]]
        ], shown
    for problem in page.problems:  # the preview's rows they cite say it in English too
        assert french_left(problem_text(problem), error) == set()


@pytest.mark.parametrize("case", DRIVEN, ids=[c["name"] for c in DRIVEN])
def test_the_list_page_shows_the_importers_french(case, qtbot, session, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    materialise(case, tmp_path)
    page = _page(qtbot, session)
    shown = _show(page, case, Path(case["file"]))
    if "preview_error" in case:
        assert shown.endswith(case["preview_error"]), shown
    elif case["error"] is None:
        assert case["preview_description"] in shown
    elif _same_reading(page, case):
        lines = shown.splitlines()
        assert [line for line in lines if line.startswith("• ")] == [
            f"• {text}" for text in case["problem_texts"]
        ], shown
