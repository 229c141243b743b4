"""Delimited text (CSV/TSV) as exam offices save it: bytes → text → rows with their line numbers.

Encodings: UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 (which covers the Latin-1
text found in practice). Delimiters `;` `,` tab `|`, detected. CRLF, LF or CR line ends, quoted
fields (a quote left open is an error naming its line, never a merged candidate).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass

from .errors import fail

DELIMITERS = (";", "\t", ",", "|")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
# Excel's hint line, "sep=;", names the delimiter.
_SEP_RE = re.compile(r"^sep=([;,\t|])[;,\t|]*(?:\r\n|\r|\n)", re.IGNORECASE)
# Lines looked at to guess the delimiter (title lines above the header included).
_SNIFF_LINES = 60


@dataclass(frozen=True)
class TextTable:
    encoding: str
    delimiter: str
    # (1-based line where the record starts, its fields), blank records included.
    rows: list[tuple[int, list[str]]]


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the name of its encoding; ListImportError when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", "UTF-8 (BOM)"), "UTF-8 (BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", "UTF-16"), "UTF-16"
    if b"\x00" in data:
        raise fail("binary_content")
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return _strict(data, "cp1252", "Windows-1252"), "Windows-1252"


def _strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        before = data[: error.start].decode(codec, "replace")
        line = len(_LINE_END_RE.findall(before)) + 1
        raise fail(
            "undecodable", line=line, encoding=label, byte=f"{data[error.start]:#04x}"
        ) from None


def check_text(text: str) -> str:
    """Refuse control characters that no list contains (a sign of a binary file)."""
    text = text.rstrip("\x1a")  # the old DOS end-of-file mark
    if "\x00" in text:
        raise fail("binary_content")
    stray = _CONTROL_RE.search(text)
    if stray:
        raise fail(
            "control_character_in_file",
            line=len(_LINE_END_RE.findall(text, 0, stray.start())) + 1,
            code_point=f"{ord(stray.group()):04X}",
        )
    return text


def _records(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for fields in reader:
            records.append((start, fields))
            start = reader.line_num + 1
            if limit is not None and len(records) >= limit:
                break
    except csv.Error as error:
        if limit is not None:  # sniffing: a bad quote is reported by the real pass
            return records
        code, params = _csv_problem(str(error))
        raise fail(code, line=start, **params) from None
    return records


def _csv_problem(error: str) -> tuple[str, dict[str, str]]:
    """The code (messages.MESSAGES) and parameters of the csv module's error."""
    if "unexpected end of data" in error:
        return "unclosed_quote", {}
    if "expected after" in error:
        return "misplaced_quote", {}
    if "field larger than field limit" in error:
        return "field_too_long", {}
    return "csv_unreadable", {"detail": error}


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most lines into the same number (≥ 2) of fields."""
    hint = _SEP_RE.match(text)
    if hint:
        return hint.group(1)
    best = DELIMITERS[0]
    best_score = (0, 0)
    for delimiter in DELIMITERS:
        widths = Counter(
            len(fields)
            for _line, fields in _records(text, delimiter, _SNIFF_LINES)
            if any(f.strip() for f in fields)
        )
        widths.pop(1, None)
        widths.pop(0, None)
        if not widths:
            continue
        width, rows = max(widths.items(), key=lambda item: (item[1], item[0]))
        if (rows, width) > best_score:
            best, best_score = delimiter, (rows, width)
    return best


def read_text_table(data: bytes) -> TextTable:
    text, encoding = decode(data)
    text = check_text(text)
    delimiter = sniff_delimiter(text)
    return TextTable(encoding, delimiter, _records(text, delimiter))
