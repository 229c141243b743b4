"""A list file, whatever its format, as rows of text with the line numbers the office sees."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .decode import read_text_table
from .errors import ListImportError, fail
from .messages import DESCRIPTIONS, french
from .spreadsheet import read_sheet, spreadsheet_kind

# A list of a few thousand candidates is well under a megabyte.
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawTable:
    source_name: str
    sha256: str
    kind: str  # "csv", "xlsx", "xls" or "ods"
    sheets: list[str]
    sheet: str | None
    # (1-based line or row number, cells as text), blank rows included
    rows: list[tuple[int, list[str]]]
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def description(self) -> str:
        """How the file was read, in French ("CSV, UTF-8 (BOM), séparateur point-virgule")."""
        code, params = self.description_parts
        return french(DESCRIPTIONS[code], params)

    @property
    def description_parts(self) -> tuple[str, dict[str, Any]]:
        """The description's code (messages.DESCRIPTIONS) and parameters."""
        if self.kind == "csv":
            return "csv", {"encoding": self.encoding, "delimiter": self.delimiter}
        return "sheet", {"kind": self.kind.upper(), "sheet": self.sheet}


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise fail("file_not_found", path=str(path))
    if path.is_dir():
        raise fail("is_folder", path=str(path))
    if not path.is_file():  # a FIFO would block the read for ever, a device never end
        raise fail("not_regular", path=str(path))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise fail("file_too_large", megabytes=MAX_BYTES // 2**20)
        return path.read_bytes()
    except OSError as error:
        raise fail("read_failed", path=str(path), reason=str(error.strerror or error)) from None


def load_table(path: str | Path, sheet: str | None = None) -> RawTable:
    """Read the file once (its hash is of exactly these bytes) and turn it into rows."""
    path = Path(path)
    try:
        data = read_bytes(path)
        return table_from_bytes(data, path.name, sheet)
    except ListImportError as error:
        raise ListImportError(error.problems, path.name) from None


def table_from_bytes(data: bytes, source_name: str, sheet: str | None = None) -> RawTable:
    digest = hashlib.sha256(data).hexdigest()
    if not data.strip(b" \t\r\n"):
        raise fail("empty_file")
    kind = spreadsheet_kind(data)
    if kind is not None:
        sheets, name, rows = read_sheet(data, sheet)
        return RawTable(
            source_name, digest, kind if kind != "encrypted" else "xlsx", sheets, name, rows
        )
    if sheet is not None:
        raise fail("text_has_no_sheets", sheet=sheet)
    text = read_text_table(data)
    return RawTable(source_name, digest, "csv", [], None, text.rows, text.encoding, text.delimiter)
