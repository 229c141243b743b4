"""Spreadsheets (XLSX, XLS, ODS) through python-calamine: the chosen sheet as rows of text.

Numbers that are whole stay whole ("21234567", never "21234567.0"); real dates become ISO text.
Row numbers are the ones the spreadsheet shows (1-based, title lines included).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypeVar

import python_calamine

from ..text import normalise_for_search
from .errors import fail
from .guards import check_workbook

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Past this, a room list is surely something else (and calamine would hold it all in memory).
MAX_ROWS = 100_000

T = TypeVar("T")

_UNREADABLE = "workbook_unreadable"
_PASSWORD = "workbook_password"


def spreadsheet_kind(data: bytes) -> str | None:
    """The kind of workbook, by its first bytes: "xlsx", "ods", "xls", "encrypted" (an Office
    file protected by a password), or None for anything else (text, presumably)."""
    if data.startswith(ZIP_MAGIC):
        head = data[:200]
        if b"mimetype" in head and b"opendocument" in head:
            return "ods"
        return "xlsx"
    if data.startswith(OLE_MAGIC):
        # An encrypted XLSX is an OLE container holding these streams.
        if "EncryptionInfo".encode("utf-16-le") in data or b"EncryptedPackage" in data:
            return "encrypted"
        return "xls"
    return None


def _calamine(action: Callable[[], T]) -> T:
    """Run a calamine call; whatever it raises (or panics with) becomes a ListImportError."""
    try:
        return action()
    except python_calamine.PasswordError:
        raise fail(_PASSWORD) from None
    except BaseException as error:  # pyo3's PanicException is a BaseException
        if isinstance(error, KeyboardInterrupt | SystemExit):
            raise
        raise fail(_UNREADABLE) from None


def _visible_sheets(workbook: python_calamine.CalamineWorkbook) -> list[str]:
    return [
        m.name
        for m in workbook.sheets_metadata
        if m.typ == python_calamine.SheetTypeEnum.WorkSheet
        and m.visible == python_calamine.SheetVisibleEnum.Visible
    ]


def _pick(names: list[str], sheet: str | None) -> str:
    if not names:
        raise fail("no_visible_sheet")
    if sheet is None:
        return names[0]
    if sheet in names:
        return sheet
    wanted = normalise_for_search(sheet)
    for name in names:
        if normalise_for_search(name) == wanted:
            return name
    raise fail("sheet_not_found", sheet=sheet, sheets=list(names))


Rows = list[tuple[int, list[str]]]


def _rows(workbook: python_calamine.CalamineWorkbook, name: str) -> Rows | None:
    content = workbook.get_sheet_by_name(name)
    if content.height > MAX_ROWS:
        return None
    return [
        (number, [cell_text(v) for v in values])
        for number, values in enumerate(content.iter_rows(), start=1)
    ]


def read_sheet(data: bytes, sheet: str | None) -> tuple[list[str], str, Rows]:
    """(visible sheet names, the sheet read, its rows as (row number, cells as text))."""
    kind = spreadsheet_kind(data)
    if kind == "encrypted":
        raise fail(_PASSWORD)
    check_workbook(data, kind or "")
    workbook = _calamine(lambda: python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data)))
    try:
        names = _calamine(lambda: _visible_sheets(workbook))
        name = _pick(names, sheet)
        rows = _calamine(lambda: _rows(workbook, name))
    finally:
        workbook.close()
    if rows is None:
        raise fail("sheet_too_long", sheet=name, max_rows=MAX_ROWS)
    return names, name, rows


def cell_text(value: object) -> str:
    """A cell as the office sees it, in text: whole numbers without ".0", dates in ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)
