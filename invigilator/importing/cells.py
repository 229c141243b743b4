"""Checks on single values: dates of birth, stray control characters."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_ISO_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_FRENCH_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")
# Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (fixed, so results never drift).
_PIVOT = 30
# Unicode category Cc is exactly these code points: a quick scan before the careful one.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")


def parse_birth_date(value: str) -> str:
    """ISO text of a date written 2001-03-04 (how spreadsheet dates arrive) or 04/03/2001
    (day first, as in France, also with "." or "-"). ValueError when it is not such a date."""
    text = value.strip()
    iso = _ISO_RE.match(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    else:
        french = _FRENCH_RE.match(text)
        if not french:
            raise ValueError(text)
        day, month, year = (int(g) for g in french.groups())
        if len(french.group(3)) == 2:
            year += 2000 if year < _PIVOT else 1900
    return date(year, month, day).isoformat()


def has_control_character(value: str) -> bool:
    return _CONTROL_RE.search(value) is not None


def stray_character(value: str, *, multiline: bool) -> tuple[str, dict[str, str]] | None:
    """The problem (code of messages.MESSAGES, parameters) of the first control character that
    has no place in the value, if any.

    Line breaks and tabs are allowed only in free-text columns (`multiline`).
    """
    if not has_control_character(value):
        return None
    for char in value:
        if multiline and char in "\r\n\t":
            continue
        if unicodedata.category(char) == "Cc":
            if char in "\r\n":
                return "line_break_in_field", {}
            if char == "\t":
                return "tab_in_field", {}
            return "control_character", {"code_point": f"{ord(char):04X}"}
    return None
