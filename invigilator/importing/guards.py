"""Checks made before a workbook reaches calamine, for the damaged files that make it abort.

calamine (the Rust reader under python-calamine) trusts some sizes written inside the file: a
damaged .xls whose sector chain loops, or whose header claims huge tables, makes it allocate
until the process is killed (tafia/calamine#550, #714), and so does an .xlsx with a cell at
XFD1048576 (the sheet is held as one rectangle) or a huge shared-string count (#684). Such a
crash cannot be caught, so those files are refused here, by reading the structure in Python.
"""

from __future__ import annotations

import re
import struct
import zipfile
from io import BytesIO

from .errors import ListImportError, fail

# The sheet rectangle calamine would hold in memory (cells); a room list uses a few thousand.
MAX_CELLS = 10_000_000
_ENDOFCHAIN = 0xFFFFFFFE
_FREESECT = 0xFFFFFFFF
_UNREADABLE = "workbook_unreadable"
_CELL_REF = re.compile(rb"<c\b[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
_COUNT = re.compile(rb"\b(?:uniqueCount|count)=\"([0-9]+)\"")


def check_workbook(data: bytes, kind: str) -> None:
    """Raise ListImportError for a workbook that calamine must not be given."""
    try:
        if kind == "xls":
            _check_ole(data)
        elif kind == "xlsx":
            _check_xlsx(data)
    except ListImportError:
        raise
    except Exception:  # any damage found while looking is damage: refuse the file
        raise fail(_UNREADABLE) from None


class _Damaged(Exception):
    pass


def _check_ole(data: bytes) -> None:
    """The Compound File (MS-CFB) container of an .xls: sizes and chains within the file."""
    if len(data) < 512:
        raise _Damaged
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if sector_shift not in (9, 12) or mini_shift != 6:
        raise _Damaged
    size = 1 << sector_shift
    sectors = (len(data) - size) // size  # the header fills the first sector-sized block
    dir_count, fat_count, dir_start = struct.unpack_from("<III", data, 40)
    minifat_start, minifat_count, difat_start, difat_count = struct.unpack_from("<IIII", data, 60)
    # calamine reserves a DIFAT vector from the 4 bytes at offset 62 (#714).
    misread_difat = struct.unpack_from("<I", data, 62)[0]
    if max(dir_count, fat_count, minifat_count, difat_count) > sectors or misread_difat > 1 << 24:
        raise _Damaged

    def sector(index: int) -> bytes:
        if index >= sectors:
            raise _Damaged
        start = (index + 1) * size
        return data[start : start + size]

    fat_sectors = list(struct.unpack_from("<109I", data, 76))
    next_difat, seen = difat_start, set()
    while next_difat not in (_ENDOFCHAIN, _FREESECT):
        if next_difat in seen:
            raise _Damaged
        seen.add(next_difat)
        entries = struct.unpack(f"<{size // 4}I", sector(next_difat))
        fat_sectors.extend(entries[:-1])
        next_difat = entries[-1]
    fat: list[int] = []
    for index in fat_sectors:
        if index != _FREESECT:
            fat.extend(struct.unpack(f"<{size // 4}I", sector(index)))

    def chain(start: int, table: list[int], limit: int) -> list[int]:
        found, seen_here = [], set()
        while start != _ENDOFCHAIN:
            if start >= len(table) or start >= limit or start in seen_here:
                raise _Damaged
            seen_here.add(start)
            found.append(start)
            start = table[start]
        return found

    directory = b"".join(sector(i) for i in chain(dir_start, fat, sectors))
    minifat: list[int] = []
    if minifat_start != _ENDOFCHAIN:
        for index in chain(minifat_start, fat, sectors):
            minifat.extend(struct.unpack(f"<{size // 4}I", sector(index)))
    for offset in range(0, len(directory) - 127, 128):
        entry_type = directory[offset + 66]
        start = struct.unpack_from("<I", directory, offset + 116)[0]
        length = struct.unpack_from("<Q" if size == 4096 else "<I", directory, offset + 120)[0]
        if entry_type not in (2, 5):  # only streams and the root hold data
            continue
        if length > len(data):
            raise _Damaged
        if entry_type == 5 or length >= 4096:
            chain(start, fat, sectors)
        elif length:
            chain(start, minifat, len(minifat))


def _check_xlsx(data: bytes) -> None:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_extent(archive, info)
            elif name == "xl/sharedStrings.xml":
                with archive.open(info) as stream:
                    head = stream.read(4096)
                start = head.find(b"<sst")
                tag = head[start : head.find(b">", start) + 1] if start >= 0 else b""
                if any(int(count) > info.file_size for count in _COUNT.findall(tag)):
                    raise _Damaged


def _check_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    rows: list[int] = []
    columns: list[int] = []
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            text = tail + chunk
            last = 0
            for match in _CELL_REF.finditer(text):
                columns.append(_column_number(match.group(1)))
                rows.append(int(match.group(2)))
                last = match.end()
            tail = text[max(last, len(text) - 200) :]
            if len(rows) > 1000:  # keep only the extremes
                rows, columns = [min(rows), max(rows)], [min(columns), max(columns)]
    if rows:
        area = (max(rows) - min(rows) + 1) * (max(columns) - min(columns) + 1)
        if area > MAX_CELLS:
            raise fail("cell_too_far", row=max(rows))


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number
