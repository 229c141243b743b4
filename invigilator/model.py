"""Plain values shared by the importer, the room session and the reports.

Immutable records are NamedTuples rather than frozen dataclasses: a dataclass compiles its
generated methods when its module is imported (~1 ms each, paid at every start of the app).
A NamedTuple is also a tuple: into an event's payload goes its `to_record()`, never itself
(JSON would silently write it as a list).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from datetime import date, time
from types import MappingProxyType
from typing import Any, NamedTuple

NO_EXTRA: Mapping[str, str] = MappingProxyType({})


class Candidate(NamedTuple):
    """One line of the room's list, kept exactly as the office wrote it."""

    student_id: str
    last_name: str
    first_name: str
    extra_time_minutes: int = 0
    accommodations: str = ""
    seat: str = ""
    room: str = ""
    birth_date: str = ""
    email: str = ""
    ue_code: str = ""
    extra: Mapping[str, str] = NO_EXTRA  # the list's other columns, by header

    @property
    def display_name(self) -> str:
        return f"{self.last_name} {self.first_name}".strip()

    def to_record(self) -> dict[str, Any]:
        return {
            "student_id": self.student_id,
            "last_name": self.last_name,
            "first_name": self.first_name,
            "extra_time_minutes": self.extra_time_minutes,
            "accommodations": self.accommodations,
            "seat": self.seat,
            "room": self.room,
            "birth_date": self.birth_date,
            "email": self.email,
            "ue_code": self.ue_code,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Candidate:
        return cls(
            student_id=str(record["student_id"]),
            last_name=record.get("last_name") or "",
            first_name=record.get("first_name") or "",
            extra_time_minutes=int(record.get("extra_time_minutes") or 0),
            accommodations=record.get("accommodations") or "",
            seat=record.get("seat") or "",
            room=record.get("room") or "",
            birth_date=record.get("birth_date") or "",
            email=record.get("email") or "",
            ue_code=record.get("ue_code") or "",
            extra=dict(record.get("extra") or {}),
        )


class ExamFacts(NamedTuple):
    """What the room sheet says about the sitting (RULES.md, "Before the start")."""

    ue_code: str
    title: str
    centre: str = ""
    session_number: int = 1
    exam_date: date | None = None
    start_time: time | None = None
    duration_minutes: int = 120
    room: str = ""
    # Regulation 3.1: no indication means nothing is authorised.
    authorised_materials: str = "aucun"
    teacher: str = ""
    teacher_in_room: bool = False
    teacher_phone: str = ""

    def to_record(self) -> dict[str, Any]:
        return {
            "ue_code": self.ue_code,
            "title": self.title,
            "centre": self.centre,
            "session_number": self.session_number,
            "exam_date": self.exam_date.isoformat() if self.exam_date else None,
            "start_time": self.start_time.strftime("%H:%M") if self.start_time else None,
            "duration_minutes": self.duration_minutes,
            "room": self.room,
            "authorised_materials": self.authorised_materials,
            "teacher": self.teacher,
            "teacher_in_room": self.teacher_in_room,
            "teacher_phone": self.teacher_phone,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> ExamFacts:
        exam_date = record.get("exam_date")
        start = record.get("start_time")
        return cls(
            ue_code=record.get("ue_code") or "",
            title=record.get("title") or "",
            centre=record.get("centre") or "",
            session_number=int(record.get("session_number") or 1),
            exam_date=date.fromisoformat(exam_date) if exam_date else None,
            start_time=time.fromisoformat(start) if start else None,
            duration_minutes=int(record.get("duration_minutes") or 0),
            room=record.get("room") or "",
            authorised_materials=record.get("authorised_materials") or "aucun",
            teacher=record.get("teacher") or "",
            teacher_in_room=bool(record.get("teacher_in_room")),
            teacher_phone=record.get("teacher_phone") or "",
        )


# A signature is a list of strokes; a stroke is a list of points
# (x, y, milliseconds since the first point of the signature, pressure 0..1).
# Coordinates are in the pad's own units, kept as drawn.
Point = tuple[float, float, int, float]
Stroke = list[Point]


# Below this much ink (total stroke length, in the pad's pixels as drawn) a signature is a
# click or a slip of the pen: a real one is hundreds long on any of the app's pads.
MIN_INK_LENGTH = 40.0


class Signature(NamedTuple):
    strokes: tuple[tuple[Point, ...], ...]
    width: float = 400.0
    height: float = 150.0

    @property
    def ink_length(self) -> float:
        """The total length of the strokes, in pad units (a dot has none)."""
        return sum(
            math.hypot(x2 - x1, y2 - y1)
            for stroke in self.strokes
            for (x1, y1, _, _), (x2, y2, _, _) in itertools.pairwise(stroke)
        )

    @property
    def is_empty(self) -> bool:
        """True for no ink at all and for too little to be a signature (a dot, a tick).

        Stops measuring once there is enough ink: every command with a signature asks (#13)."""
        length = 0.0
        for stroke in self.strokes:
            for (x1, y1, _, _), (x2, y2, _, _) in itertools.pairwise(stroke):
                length += math.hypot(x2 - x1, y2 - y1)
                if length >= MIN_INK_LENGTH:
                    return False
        return True

    @property
    def has_ink(self) -> bool:
        """Something was drawn, even if too little to count as a signature."""
        return any(self.strokes)

    def to_record(self) -> dict[str, Any]:
        return {
            "w": self.width,
            "h": self.height,
            "strokes": [
                [[round(x, 1), round(y, 1), int(t), round(p, 2)] for x, y, t, p in stroke]
                for stroke in self.strokes
            ],
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Signature:
        strokes = tuple(
            tuple((float(x), float(y), int(t), float(p)) for x, y, t, p in stroke)
            for stroke in record.get("strokes", [])
        )
        return cls(strokes, float(record.get("w", 400.0)), float(record.get("h", 150.0)))
