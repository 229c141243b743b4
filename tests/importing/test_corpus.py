"""Each corpus file gives exactly its expected result (see make_corpus.py)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from invigilator.importing import ListImportError, read_list

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted((CORPUS / "expected").glob("*.json"))


def _file_of(expected: Path) -> Path:
    return CORPUS / expected.stem.split("@")[0]


def test_every_corpus_file_has_an_expected_result():
    files = {p.name for p in CORPUS.iterdir() if p.is_file()}
    assert files == {_file_of(e).name for e in CASES}


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_corpus_file_gives_its_expected_result(case: Path):
    expected = json.loads(case.read_text(encoding="utf-8"))
    path = _file_of(case)
    if not expected["ok"]:
        with pytest.raises(ListImportError) as raised:
            read_list(path, **expected["args"])
        got = [(p.line, p.column, p.message) for p in raised.value.problems]
        want = expected["problems"]
        assert len(got) == len(want), got
        for (line, column, message), problem in zip(got, want, strict=True):
            assert (line, column) == (problem["line"], problem["column"]), got
            assert problem["contains"] in message, message
        assert path.name in str(raised.value)
        return
    result = read_list(path, **expected["args"])
    assert [c.to_record() for c in result.candidates] == expected["candidates"]
    assert [c.student_id for c in result.others] == expected.get("others", [])
    assert result.room == expected["room"]
    assert result.rooms == expected["rooms"]
    assert result.sheet == expected.get("sheet")
    assert result.header_line == expected["header_line"]
    assert list(result.third_time_ids) == expected["third_time_ids"]
    assert result.extra_columns == expected["extra_columns"]
    assert result.source_name == path.name
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
