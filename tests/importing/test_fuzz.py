"""Fuzzing: whatever the bytes, the importer gives the whole list or a ListImportError, nothing
else: never another exception, never a partial list."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invigilator.importing import ImportedList, ListImportError, preview_list, read_list
from invigilator.importing.spreadsheet import OLE_MAGIC, ZIP_MAGIC

CORPUS = Path(__file__).parent / "corpus"
# INVIGILATOR_FUZZ_EXAMPLES=20000 for a long run; the default keeps the suite fast.
EXAMPLES = int(os.environ.get("INVIGILATOR_FUZZ_EXAMPLES", "400"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _valid_files() -> list[tuple[bytes, dict]]:
    files = []
    for case in sorted((CORPUS / "expected").glob("*.json")):
        expected = json.loads(case.read_text(encoding="utf-8"))
        if expected["ok"]:
            files.append(((CORPUS / case.stem.split("@")[0]).read_bytes(), expected["args"]))
    return files


VALID = _valid_files()
TEXT_VALID = [(data, args) for data, args in VALID if not data.startswith((*ZIP_MAGIC, OLE_MAGIC))]


def _check(data: bytes, **args: object) -> None:
    """Import the bytes; only the documented outcomes are allowed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "liste"
        path.write_bytes(data)
        try:
            preview_list(path)
        except ListImportError as error:
            assert error.problems
        try:
            result = read_list(path, **args)
        except ListImportError as error:
            assert error.problems and all(p.message for p in error.problems)
            assert str(error)
            return
        _assert_complete(result)
        assert read_list(path, **args) == result  # the same bytes, the same list


def _assert_complete(result: ImportedList) -> None:
    everyone = result.candidates + result.others
    assert result.candidates, "an import always has candidates"
    ids = [c.student_id.casefold() for c in everyone]
    assert len(set(ids)) == len(ids)
    for candidate in everyone:
        assert candidate.student_id and candidate.student_id == candidate.student_id.strip()
        assert candidate.last_name and candidate.last_name == candidate.last_name.strip()
        assert "\n" not in candidate.student_id + candidate.last_name + candidate.first_name
        assert candidate.extra_time_minutes >= 0
    if len(result.rooms) > 1:
        assert all(c.room for c in everyone)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes):
    _check(data)


@FUZZ
@given(st.sampled_from([*ZIP_MAGIC, OLE_MAGIC]), st.binary(max_size=3000))
def test_random_bytes_that_look_like_a_workbook(magic: bytes, data: bytes):
    _check(magic + data)


@st.composite
def mutated(draw: st.DrawFn, files: list[tuple[bytes, dict]]) -> tuple[bytes, dict]:
    data, args = draw(st.sampled_from(files))
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer) - 1))
        kind = draw(st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]))
        if kind == "flip":
            buffer[at] ^= draw(st.integers(1, 255))
        elif kind == "delete":
            del buffer[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "truncate":
            del buffer[at:]
        else:
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 200))]
    return bytes(buffer), args


@FUZZ
@given(mutated(VALID))
def test_mutated_valid_files(case: tuple[bytes, dict]):
    data, args = case
    _check(data, **args)


# Characters that matter to a CSV reader, inserted or swapped anywhere.
CSV_NOISE = st.text(alphabet=';,\t|"\r\n \x00\x1aéŒ\ufeff', min_size=1, max_size=4)


@FUZZ
@given(st.sampled_from(TEXT_VALID), st.data())
def test_csv_with_stray_delimiters_quotes_and_line_ends(
    case: tuple[bytes, dict], data: st.DataObject
):
    raw, args = case
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
        encoding = "cp1252"
    at = data.draw(st.integers(0, len(text)))
    noisy = text[:at] + data.draw(CSV_NOISE) + text[at:]
    _check(noisy.encode(encoding, "replace"), **args)
