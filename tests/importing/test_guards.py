"""Damaged workbooks that would make calamine allocate without end are refused beforehand."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from invigilator.importing import ListImportError
from invigilator.importing.guards import check_workbook

CORPUS = Path(__file__).parent / "corpus"


def looping_xls() -> bytes:
    """legacy.xls with the directory's sector chained to itself."""
    data = bytearray((CORPUS / "legacy.xls").read_bytes())
    dir_start = struct.unpack_from("<I", data, 48)[0]
    fat_sector = struct.unpack_from("<I", data, 76)[0]
    struct.pack_into("<I", data, (fat_sector + 1) * 512 + 4 * dir_start, dir_start)
    return bytes(data)


def huge_fat_count_xls() -> bytes:
    data = bytearray((CORPUS / "legacy.xls").read_bytes())
    struct.pack_into("<I", data, 44, 0xFFFFFFF0)
    return bytes(data)


def far_cell_xlsx() -> bytes:
    source = zipfile.ZipFile(CORPUS / "title_rows.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                far = (
                    b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
                )
                content = content.replace(b"</sheetData>", far + b"</sheetData>")
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "kind", "message"),
    [
        (looping_xls, "xls", "classeur illisible"),
        (huge_fat_count_xls, "xls", "classeur illisible"),
        (far_cell_xlsx, "xlsx", "cellule remplie très loin"),
    ],
)
def test_damaged_workbooks_are_refused_before_calamine(make, kind, message):
    with pytest.raises(ListImportError, match=message):
        check_workbook(make(), kind)


@pytest.mark.parametrize("name", ["legacy.xls", "title_rows.xlsx", "all_rooms.ods"])
def test_sound_workbooks_pass(name):
    kind = name.rsplit(".", 1)[1]
    check_workbook((CORPUS / name).read_bytes(), kind)


@pytest.mark.skipif(sys.platform == "win32", reason="needs resource limits")
@pytest.mark.parametrize("make", [looping_xls, far_cell_xlsx])
def test_end_to_end_in_a_memory_capped_process(tmp_path, make):
    """Were the guard gone, calamine would abort here instead of growing without end."""
    path = tmp_path / "damaged"
    path.write_bytes(make())
    code = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "from invigilator.importing import ListImportError, read_list\n"
        "try:\n"
        "    read_list(sys.argv[1])\n"
        "except ListImportError as error:\n"
        "    print(error.problems[0].message)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip()
