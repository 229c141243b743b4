"""A list file, whatever its format, as rows of text with the line numbers the office sees."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .decode import DELIMITER_NAMES, read_text_table
from .errors import ListImportError, fail
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
        if self.kind == "csv":
            separator = DELIMITER_NAMES.get(self.delimiter or "", repr(self.delimiter))
            return f"CSV, {self.encoding}, séparateur {separator}"
        return f"{self.kind.upper()}, feuille « {self.sheet} »"


def read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise fail(f"fichier introuvable : {path}")
    if path.is_dir():
        raise fail(f"{path} est un dossier, pas un fichier de liste")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise fail(
                f"fichier trop volumineux pour une liste de candidats (> {MAX_BYTES // 2**20} Mo)"
            )
        return path.read_bytes()
    except OSError as error:
        raise fail(f"lecture impossible de {path} : {error.strerror or error}") from None


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
        raise fail("le fichier est vide")
    kind = spreadsheet_kind(data)
    if kind is not None:
        sheets, name, rows = read_sheet(data, sheet)
        return RawTable(
            source_name, digest, kind if kind != "encrypted" else "xlsx", sheets, name, rows
        )
    if sheet is not None:
        raise fail(
            f"le fichier est un texte (CSV), sans feuilles : la feuille « {sheet} » ne s'applique pas"
        )
    text = read_text_table(data)
    return RawTable(source_name, digest, "csv", [], None, text.rows, text.encoding, text.delimiter)
