"""The information system's exports: CSV and XLSX give the same rows, nothing is a formula."""

from __future__ import annotations

import csv
import stat
import subprocess
import zipfile

import openpyxl
import pytest

from invigilator.office.command import read_rooms
from invigilator.office.exports import HEADERS, neutralise, write_csv, write_report, write_xlsx
from invigilator.office.reconcile import reconcile


@pytest.fixture(scope="module")
def report(exam_files):
    return reconcile(*read_rooms(exam_files.values()))


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM French Excel needs
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def read_xlsx(path):
    sheet = openpyxl.load_workbook(path).active
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("text", ["=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(text):
    assert neutralise(text) == "'" + text


def test_plain_text_and_numbers_pass_unchanged():
    assert [neutralise(v) for v in ("Müller", "O'Neil", 3, "")] == ["Müller", "O'Neil", 3, ""]


def test_xlsx_and_csv_give_the_same_rows(report, tmp_path):
    rows_csv = read_csv(write_csv(report, tmp_path / "presences.csv"))
    rows_xlsx = read_xlsx(write_xlsx(report, tmp_path / "presences.xlsx"))
    assert rows_csv == rows_xlsx
    assert rows_csv[0] == list(HEADERS) and len(rows_csv) == 1 + 14


def test_injected_names_come_back_neutralised_and_the_xlsx_has_no_formula(report, tmp_path):
    xlsx = write_xlsx(report, tmp_path / "presences.xlsx")
    by_id = {row[0]: row for row in read_csv(write_csv(report, tmp_path / "p.csv"))}
    assert by_id["200"][1] == '\'=HYPERLINK("http://x")'
    assert by_id["105"][1:3] == ["'+Plus", "'@Arobase"]
    assert by_id["201"][1] == "'-Moins"
    book = openpyxl.load_workbook(xlsx)
    cells = [cell for row in book.active.iter_rows() for cell in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    with zipfile.ZipFile(xlsx) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_export_rows_carry_state_flags_and_absence_code(report, tmp_path):
    by_id = {row[0]: dict(zip(HEADERS, row, strict=True))
             for row in read_csv(write_csv(report, tmp_path / "p.csv"))[1:]}  # fmt: skip
    assert by_id["103"]["État"] == "absent" and by_id["103"]["Code absence"] == "ABI"
    assert by_id["104"]["État"] == "entrée refusée" and by_id["104"]["Code absence"] == "ABI"
    assert by_id["999"]["État"] == "ajouté(e)"
    assert "non trouvé — à régulariser" in by_id["999"]["Signalements"]
    assert by_id["102"]["Tiers-temps (min)"] == "80" and by_id["102"]["Retard"] == "oui"
    assert by_id["101"]["Feuilles"] == "2" and by_id["101"]["Entrée"]


def test_exports_are_owner_only(report, tmp_path):
    for name in ("p.csv", "p.xlsx", "p.pdf"):
        path = write_report(report, tmp_path / name)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv", "p.pdf", "p.xlsx"]


def test_the_pdf_summary_prints_names_counts_and_pages(report, tmp_path):
    first = write_report(report, tmp_path / "a.pdf")
    second = write_report(report, tmp_path / "b.pdf")
    assert first.read_bytes() == second.read_bytes()  # invariant build
    text = subprocess.run(["pdftotext", "-layout", str(first), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Rapprochement des salles — NFA031" in text
    fonts = subprocess.run(["pdffonts", str(first)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]  # fmt: skip
    assert fonts and all(" yes yes " in line for line in fonts)  # every font embedded
    for expected in ("Çelik", "Nguyễn", "room_missing", "12.0.01", "Page 1 / 1",
                     "non rapproché"):  # fmt: skip
        assert expected in text


def test_a_missing_room_of_thousands_still_fits_the_pdf(report, tmp_path):
    import copy

    from invigilator.office.checks import Problem

    big = copy.deepcopy(report)
    ids = [f"{n:09d}" for n in range(6000)]
    big.exams[0].problems.append(Problem("room_missing", "99.9.99", "", ids, "salle 99.9.99"))
    text = subprocess.run(["pdftotext", str(write_report(big, tmp_path / "big.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "et 5960 autre(s)" in " ".join(text.split())
