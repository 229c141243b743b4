"""Reading a room list, all or nothing: every candidate, or a ListImportError naming each problem.

Names are kept exactly as written (only surrounding spaces go). Blank lines and Excel's empty
trailing rows (`;;;;`) are skipped; any other line must have an ID and a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Candidate
from ..text import normalise_for_search
from .accommodations import ExtraTime
from .errors import ListImportError, Problem, problem
from .headers import EXAMPLES, FIELDS, REQUIRED, find_header, recognise
from .rows import RowReader, cell, column_names, filled
from .source import RawTable, load_table


@dataclass(frozen=True)
class ListPreview:
    """The top of a list, for the UI's column-mapping step."""

    source_name: str
    sha256: str
    sheets: list[str]
    header_line: int
    header: list[str]
    rows: list[list[str]]
    mapping: dict[str, int]  # field key → column index, as recognised
    confident: bool
    rooms: list[str]
    sheet: str | None = None
    description: str = ""
    # The description's code (messages.DESCRIPTIONS) and parameters, for another language.
    description_code: str = ""
    description_params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportedList:
    """A whole list, read without a single problem."""

    source_name: str
    sha256: str
    sheet: str | None
    room: str | None
    rooms: list[str]
    candidates: list[Candidate]  # the chosen room's, in file order
    others: list[Candidate]  # the other rooms' (for "attendu(e) en salle …")
    columns: dict[str, str]  # field key → header text used
    extra_columns: list[str]
    # Candidates whose extra time is a tiers-temps (a third of the duration) rather than minutes
    # stated in the file; their extra_time_minutes is 0 when no duration was given.
    third_time_ids: tuple[str, ...] = ()
    duration_minutes: int | None = None
    description: str = ""  # how the file was read, in French
    header_line: int = 0
    description_code: str = ""  # the same, for another language (messages.DESCRIPTIONS)
    description_params: dict[str, Any] = field(default_factory=dict)

    def expected_elsewhere(self, student_id: str) -> Candidate | None:
        """The candidate of another room with this ID, if any."""
        wanted = student_id.strip().casefold()
        return next((c for c in self.others if c.student_id.casefold() == wanted), None)


def preview_list(path: str | Path, *, sheet: str | None = None, max_rows: int = 20) -> ListPreview:
    """The header found, the first rows and the recognised mapping; ListImportError when the
    file cannot be read at all."""
    table = load_table(path, sheet)
    index = _header_index(table)
    line, header = table.rows[index]
    recognition = recognise(header)
    data = [cells for _line, cells in table.rows[index + 1 :] if filled(cells)]
    shown = data[:max_rows]
    width = max([len(header), *(len(r) for r in shown)])
    room_column = recognition.mapping.get("room")
    rooms = _distinct([cell(r, room_column) for r in data]) if room_column is not None else []
    return ListPreview(
        source_name=table.source_name,
        sha256=table.sha256,
        sheets=table.sheets,
        header_line=line,
        header=_pad([c.strip() for c in header], width),
        rows=[_pad(r, width) for r in shown],
        mapping=recognition.mapping,
        confident=recognition.confident,
        rooms=rooms,
        sheet=table.sheet,
        description=table.description,
        description_code=table.description_parts[0],
        description_params=table.description_parts[1],
    )


def read_list(
    path: str | Path,
    *,
    sheet: str | None = None,
    room: str | None = None,
    mapping: dict[str, int] | None = None,
    duration_minutes: int | None = None,
) -> ImportedList:
    """The whole list, or ListImportError: nothing is ever half imported.

    `mapping` (field key → column index, as in the preview) replaces header recognition.
    `duration_minutes`, the exam's duration, turns a tiers-temps into minutes.
    """
    table = load_table(path, sheet)
    try:
        return _read(table, room, mapping, duration_minutes)
    except ListImportError as error:
        raise ListImportError(error.problems, table.source_name, error.rooms) from None


def _read(
    table: RawTable, room: str | None, mapping: dict[str, int] | None, duration: int | None
) -> ImportedList:
    index = _header_index(table)
    header_line, header = table.rows[index]
    body = table.rows[index + 1 :]
    width = max([len(header), *(len(cells) for _line, cells in body)])
    if mapping is None:
        mapping = recognise(header).mapping
        problems = _missing_columns(mapping, header_line, header)
    else:
        problems = _check_mapping(mapping, width, header_line)
    if problems:
        raise ListImportError(problems)
    names = column_names(header, width)
    reader = RowReader(table.kind, header, names, mapping)
    entries = [entry for line, cells in body if (entry := reader.read(line, cells)) is not None]
    if not entries and not reader.problems:
        reader.problems.append(problem("no_candidates", header_line=header_line))
    chosen, rooms = _choose_room(entries, room, reader)
    if reader.problems:
        raise ListImportError(reader.problems, rooms=rooms if len(rooms) > 1 else [])
    key = normalise_for_search(chosen) if chosen is not None else None

    def in_room(candidate: Candidate) -> bool:
        return key is None or not candidate.room or normalise_for_search(candidate.room) == key

    mine: list[tuple[Candidate, ExtraTime | None]] = []
    others: list[tuple[Candidate, ExtraTime | None]] = []
    for _line, candidate, extra_time in entries:
        (mine if in_room(candidate) else others).append((candidate, extra_time))
    return ImportedList(
        source_name=table.source_name,
        sha256=table.sha256,
        sheet=table.sheet,
        room=chosen,
        rooms=rooms,
        candidates=[_with_extra(c, e, duration) for c, e in mine],
        others=[_with_extra(c, e, duration) for c, e in others],
        columns={f: names[i] for f, i in sorted(mapping.items(), key=lambda item: item[1])},
        extra_columns=reader.extra_columns,
        third_time_ids=tuple(c.student_id for c, e in mine if e is not None and e.third),
        duration_minutes=duration,
        description=table.description,
        header_line=header_line,
        description_code=table.description_parts[0],
        description_params=table.description_parts[1],
    )


def _with_extra(candidate: Candidate, extra: ExtraTime | None, duration: int | None) -> Candidate:
    if extra is None:
        return candidate
    return candidate._replace(extra_time_minutes=extra.resolve(duration))


def _choose_room(
    entries: list[tuple[int, Candidate, ExtraTime | None]], room: str | None, reader: RowReader
) -> tuple[str | None, list[str]]:
    """The room to import and every room in the file; problems go to the reader."""
    rooms = _distinct([c.room for _line, c, _extra in entries])
    if len(rooms) <= 1:
        if (
            room is not None
            and rooms
            and normalise_for_search(room) != normalise_for_search(rooms[0])
        ):
            reader.problems.append(
                problem("room_not_in_single_list", room=room, listed_room=rooms[0])
            )
        return (rooms[0] if rooms else room), rooms
    for line, candidate, _extra in entries:
        if not candidate.room:
            reader.problem(line, reader.mapping["room"], "room_missing")
    listed = ", ".join(rooms)
    if room is None:
        reader.problems.append(problem("room_not_chosen", rooms=listed))
        return None, rooms
    wanted = normalise_for_search(room)
    for name in rooms:
        if normalise_for_search(name) == wanted:
            return name, rooms
    reader.problems.append(problem("room_not_found", room=room, rooms=listed))
    return None, rooms


def _header_index(table: RawTable) -> int:
    index = find_header(table.rows)
    if index is None:
        raise ListImportError([problem("blank_file")])
    return index


def _missing_columns(mapping: dict[str, int], line: int, header: list[str]) -> list[Problem]:
    missing = [f for f in REQUIRED if f not in mapping]
    if not missing:
        return []
    shown = [c.strip()[:30] for c in header if c.strip()][:12]
    return [
        problem("column_not_found", line=line, field=f, examples=list(EXAMPLES[f]), header=shown)
        for f in missing
    ]


def _check_mapping(mapping: dict[str, int], width: int, line: int) -> list[Problem]:
    problems = []
    used: dict[int, str] = {}
    for key, index in mapping.items():
        if key not in FIELDS:
            problems.append(problem("unknown_field", key=key))
        elif not isinstance(index, int) or not 0 <= index < width:
            problems.append(problem("column_out_of_range", index=repr(index), field=key))
        elif index in used:
            problems.append(problem("same_column_twice", field=used[index], other_field=key))
        else:
            used[index] = key
    problems += [
        problem("no_column_chosen", line=line, field=f) for f in REQUIRED if f not in mapping
    ]
    return problems


def _distinct(values: list[str]) -> list[str]:
    """Non-blank values in order of first appearance, one per spelling-insensitive value."""
    seen: dict[str, str] = {}
    for value in values:
        value = value.strip()
        if value:
            seen.setdefault(normalise_for_search(value), value)
    return list(seen.values())


def _pad(cells: list[str], width: int) -> list[str]:
    return [*cells, *([""] * (width - len(cells)))]
