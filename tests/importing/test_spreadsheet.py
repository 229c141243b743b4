"""Spreadsheet cells as text, and telling workbooks from text by their first bytes."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from invigilator.importing.spreadsheet import cell_text, spreadsheet_kind

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (21234567.0, "21234567"),
        (21234567, "21234567"),
        (2.5, "2.5"),
        (True, "oui"),
        (False, "non"),
        (None, ""),
        ("00123", "00123"),
        (date(2001, 3, 4), "2001-03-04"),
        (datetime(2001, 3, 4), "2001-03-04"),
        (datetime(2001, 3, 4, 10, 30), "2001-03-04 10:30"),
        (time(8, 15), "08:15"),
        (timedelta(minutes=40), "0:40:00"),
    ],
)
def test_cell_text(value: object, text: str):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("title_rows.xlsx", "xlsx"),
        ("all_rooms.ods", "ods"),
        ("legacy.xls", "xls"),
        ("password.xlsx", "encrypted"),
        ("multi_rooms.csv", None),
        ("binary.bin", None),
    ],
)
def test_kind_is_told_by_content_not_by_name(name: str, kind: str | None):
    assert spreadsheet_kind((CORPUS / name).read_bytes()) == kind
