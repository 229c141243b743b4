from __future__ import annotations

import pytest

from invigilator.pv_code import PvCodeError, format_pv_code, parse_pv_code

FIELDS = {
    "exam": "NFA031; 2=3%",
    "room": "Amphi Abbé-Grégoire",
    "date": "2026-06-15",
    "enrolled": 60,
    "present": 55,
    "absent": 5,
    "papers": 54,
    "hash": "ab" * 32,
}


def test_a_code_reads_back_what_was_printed_whatever_the_names_hold():
    text = format_pv_code(FIELDS)
    assert text.startswith("INVIGILATOR-PV/1;") and "\n" not in text
    assert parse_pv_code(text) == FIELDS


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ab" * 32,
        "INVIGILATOR-PV/1;exam=X",
        format_pv_code(FIELDS).replace("papers=54", "papers=cinquante"),
        format_pv_code(FIELDS).replace("ab" * 32, "zz" * 32),
        format_pv_code(FIELDS) + ";extra=1",
    ],
)
def test_anything_else_is_refused_with_a_reason(text):
    with pytest.raises(PvCodeError):
        parse_pv_code(text)
