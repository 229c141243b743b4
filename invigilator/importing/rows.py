"""Data rows → candidates, every problem collected with its line and column."""

from __future__ import annotations

import re
from typing import Any

from ..model import Candidate
from .accommodations import ExtraTime, ExtraTimeError, extra_time_in_text, parse_extra_time_cell
from .cells import has_control_character, parse_birth_date, stray_character
from .errors import Problem, problem
from .headers import REQUIRED, is_minutes_column

# Fields whose values are one line of text; the others are free text and may span lines.
_ONE_LINE = (
    "student_id",
    "last_name",
    "first_name",
    "seat",
    "room",
    "birth_date",
    "email",
    "ue_code",
)
_SCIENTIFIC_RE = re.compile(r"^\d+(?:[.,]\d+)?[eE]\+?\d+$")
_WHOLE_NUMBER_RE = re.compile(r"^(\d+)[.,]0+$")
_EMPTY_CODES = {"student_id": "student_id_missing", "last_name": "last_name_missing"}


class RowReader:
    """Turns data rows into candidates, collecting every problem on the way."""

    def __init__(self, kind: str, header: list[str], names: list[str], mapping: dict[str, int]):
        self.kind = kind
        self.header = header
        self.header_width = len(header)
        self.names = names
        self.mapping = mapping
        self.problems: list[Problem] = []
        self.seen: dict[str, int] = {}  # casefolded ID → line
        mapped = set(mapping.values())
        self.extra_indexes = [i for i in range(len(names)) if i not in mapped]
        # Extra columns worth listing: titled ones, and untitled ones that hold something.
        self.shown_extra = {i for i in self.extra_indexes if i < len(header) and header[i].strip()}
        extra_time = mapping.get("extra_time")
        self.minutes_column = extra_time is not None and is_minutes_column(names[extra_time])
        self._fields = [(key, index, key not in _ONE_LINE) for key, index in mapping.items()]

    @property
    def extra_columns(self) -> list[str]:
        return [self.names[i] for i in self.extra_indexes if i in self.shown_extra]

    def problem(self, line: int, column: int | None, code: str, **params: Any) -> None:
        """Note the problem of this code (messages.MESSAGES) at this line and column index."""
        name = number = None
        if column is not None:
            name = self.names[column]
            if column >= self.header_width or not self.header[column].strip():
                number = column + 1  # named "colonne N": no header to quote
        self.problems.append(problem(code, line=line, column=name, column_number=number, **params))

    def read(self, line: int, cells: list[str]) -> tuple[int, Candidate, ExtraTime | None] | None:
        if not filled(cells):
            return None
        if self.kind == "csv" and len(cells) > self.header_width:
            beyond = [i for i in range(self.header_width, len(cells)) if cells[i].strip()]
            if beyond:
                self.problem(
                    line, None, "too_many_fields", count=len(cells), header_count=self.header_width
                )
                return None
        before = len(self.problems)
        width = len(cells)
        # Most rows hold no control character at all: one scan spares a check per cell.
        clean = not has_control_character("".join(cells))
        values = {
            key: (cells[index] if index < width else "").strip() for key, index, _ in self._fields
        }
        if not clean:
            for _key, index, multiline in self._fields:
                bad = stray_character(cell(cells, index), multiline=multiline)
                if bad:
                    self.problem(line, index, bad[0], **bad[1])
        for key in REQUIRED:
            if not values.get(key):
                self.problem(line, self.mapping[key], _EMPTY_CODES[key])
        values["student_id"] = self._student_id(line, values.get("student_id", ""))
        self._check_duplicate(line, values.get("student_id", ""))
        extra_time = self._extra_time(line, values)
        birth_date = self._birth_date(line, values.get("birth_date", ""))
        extra = {}
        for index in self.extra_indexes:
            value = cell(cells, index)
            bad = None if clean else stray_character(value, multiline=True)
            if bad:
                self.problem(line, index, bad[0], **bad[1])
            if value.strip():
                extra[self.names[index]] = value.strip()
                self.shown_extra.add(index)
        if len(self.problems) > before:
            return None
        candidate = Candidate(
            student_id=values["student_id"],
            last_name=values["last_name"],
            first_name=values.get("first_name", ""),
            accommodations=values.get("accommodations", ""),
            seat=values.get("seat", ""),
            room=values.get("room", ""),
            birth_date=birth_date,
            email=values.get("email", ""),
            ue_code=values.get("ue_code", ""),
            extra=extra,
        )
        return line, candidate, extra_time

    def _student_id(self, line: int, value: str) -> str:
        if _SCIENTIFIC_RE.match(value):
            self.problem(line, self.mapping["student_id"], "scientific_notation", value=value)
        # "21234567.0": a number that went through a spreadsheet or a script.
        whole = _WHOLE_NUMBER_RE.match(value)
        return whole.group(1) if whole else value

    def _check_duplicate(self, line: int, student_id: str) -> None:
        if not student_id:
            return
        key = student_id.casefold()
        if key in self.seen:
            self.problem(
                line,
                self.mapping["student_id"],
                "duplicate_id",
                student_id=student_id,
                first_line=self.seen[key],
            )
        else:
            self.seen[key] = line

    def _extra_time(self, line: int, values: dict[str, str]) -> ExtraTime | None:
        column = self.mapping.get("extra_time")
        notes = self.mapping.get("accommodations")
        stated = from_notes = None
        said_no = False
        try:
            if column is not None:
                stated = parse_extra_time_cell(
                    values["extra_time"], minutes_column=self.minutes_column
                )
                said_no = stated is None and bool(values["extra_time"])
        except ExtraTimeError as error:
            self.problem(line, column, error.code, **error.params)
        try:
            if notes is not None:
                from_notes = extra_time_in_text(values["accommodations"])
        except ExtraTimeError as error:
            if stated is None:
                self.problem(line, notes, error.code, **error.params)
        if said_no and from_notes is not None:
            self.problem(
                line,
                column,
                "extra_time_contradiction",
                value=values["extra_time"],
                accommodations=values["accommodations"],
            )
        return stated or from_notes

    def _birth_date(self, line: int, value: str) -> str:
        if not value:
            return ""
        try:
            return parse_birth_date(value)
        except ValueError:
            self.problem(line, self.mapping["birth_date"], "birth_date_unreadable", value=value)
            return ""


def filled(cells: list[str]) -> bool:
    return any(c.strip() for c in cells)


def cell(cells: list[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


def column_names(header: list[str], width: int) -> list[str]:
    """Header text of each column, made unique; "colonne N" where the header is blank."""
    names: list[str] = []
    for index in range(width):
        name = header[index].strip() if index < len(header) else ""
        name = name or f"colonne {index + 1}"
        base, count = name, 2
        while name in names:
            name, count = f"{base} ({count})", count + 1
        names.append(name)
    return names
