"""Extra time ("tiers-temps") in the spellings exam offices use, and other accommodations.

A tiers-temps is a third of the exam's duration, so it becomes minutes only once the duration is
known; a stated number of minutes is kept as stated. Anything ambiguous is refused, never guessed.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ..text import normalise_for_search
from .messages import MESSAGES, french

# Far beyond any real accommodation: surely a typo or the wrong column.
MAX_MINUTES = 480


@dataclass(frozen=True)
class ExtraTime:
    """Either a third of the duration (tiers-temps) or a stated number of minutes."""

    third: bool = False
    minutes: int = 0

    def resolve(self, duration_minutes: int | None) -> int:
        """Minutes of extra time; a tiers-temps is rounded up, 0 while the duration is unknown."""
        if not self.third:
            return self.minutes
        if duration_minutes is None:
            return 0
        return math.ceil(duration_minutes / 3)

    def describe(self) -> str:
        return "tiers-temps" if self.third else f"+{self.minutes} min"


THIRD = ExtraTime(third=True)

_YES = frozenset("oui o yes y x vrai true ok tt ui".split())
_NO = frozenset("non n no faux false 0 - aucun aucune sans neant".split())
_THIRD_RE = re.compile(r"tiers[ -]*temps|(?<![\d/])1 ?/ ?3(?![\d/])|un tiers|\b33 ?%")
_NEGATED_RE = re.compile(
    r"\b(?:pas de|sans|aucun|non)\s*:?\s*(?:tiers|temps|1 ?/ ?3)"
    r"|tiers[ -]*temps\s*:?\s*(?:non|no|0|sans objet)\b"
)
_MINUTES_RE = re.compile(r"^\+? ?(\d{1,3}) ?(?:min|mins|minutes?|mn|')?\.?$")
_HOURS_RE = re.compile(r"^\+? ?(\d) ?h ?(\d{1,2})? ?(?:min|mn)?$")
_TIME_WORDS = (
    r"(?:temps (?:majore|supplementaire|additionnel)|majoration|extra time|tiers[ -]*temps)"
)
_STATED_RE = re.compile(
    rf"(?:\+|{_TIME_WORDS}(?: de| of)?\s*:?\s*\(?\+?)\s*(\d{{1,3}})\s*(?:min|mins|minutes?|mn)\b"
)
_MENTION_RE = re.compile(_TIME_WORDS)


class ExtraTimeError(ValueError):
    """A value that names extra time without saying how much, or says nothing recognisable.

    Its text is French; `code` (messages.MESSAGES) and `params` say it for another language.
    """

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(french(MESSAGES[code], params))
        self.code = code
        self.params = params


def parse_extra_time_cell(value: str, *, minutes_column: bool = False) -> ExtraTime | None:
    """The value of a tiers-temps / extra-time column: yes/no, tiers-temps, or minutes.

    In a column whose header says minutes, "1" is one minute; elsewhere it means yes.
    """
    text = normalise_for_search(value).strip(" .")
    if not text or text in _NO:
        return None
    if text in _YES or (text == "1" and not minutes_column):
        return THIRD
    for pattern in (_MINUTES_RE, _HOURS_RE):
        match = pattern.match(text)
        if match:
            if pattern is _HOURS_RE:
                minutes = int(match.group(1)) * 60 + int(match.group(2) or 0)
            else:
                minutes = int(match.group(1))
            return _minutes(minutes)
    found = extra_time_in_text(value)
    if found is None:
        raise ExtraTimeError("extra_time_unrecognised", value=value)
    return found


def extra_time_in_text(value: str) -> ExtraTime | None:
    """Extra time mentioned in free text ("Tiers-temps + salle isolée", "temps majoré de 20 min")."""
    text = normalise_for_search(value)
    if not text or _NEGATED_RE.search(text):
        return None
    stated = _STATED_RE.search(text)
    if stated:
        return _minutes(int(stated.group(1)))
    if _THIRD_RE.search(text):
        return THIRD
    if _MENTION_RE.search(text):
        raise ExtraTimeError("extra_time_without_duration", value=value)
    return None


def _minutes(minutes: int) -> ExtraTime | None:
    if minutes == 0:
        return None
    if minutes > MAX_MINUTES:
        raise ExtraTimeError("extra_time_improbable", minutes=minutes)
    return ExtraTime(minutes=minutes)
