"""The rooms of each exam checked against each other, the enrolment and the paper PVs.

`reconcile(rooms, refused, enrolment=, paper=)` is pure: the files are read beforehand
(`rooms.read_room`, one at a time, so memory holds the report and not the files), and the
office view runs it again, instantly, whenever a PV code is scanned.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from invigilator.office.checks import (
    FLAG_LABELS,
    PAPER_KINDS,
    PAPER_MATCHES,
    PAPER_MISMATCH,
    PAPER_NOT_GIVEN,
    Part,
    Problem,
    paper_problems,
    room_problems,
)
from invigilator.office.files import Refused
from invigilator.office.paper import PaperEntry
from invigilator.office.rooms import Listed, Outcome, RoomFile, same_id
from invigilator.text import normalise_for_search

COUNT_KEYS = ("enrolled", "present", "absent", "papers", "sheets", "late_admitted",
              "late_refused", "added_by_hand", "incidents")  # fmt: skip

PRESENT, ABSENT, REFUSED, ADDED, NO_FILE = (
    "présent", "absent", "entrée refusée", "ajouté(e)", "salle sans fichier",
)  # fmt: skip
ABSENCE_CODE = "ABI"  # unjustified absence; the office turns it into ABJ when justified


@dataclass
class RoomReport:
    file: RoomFile
    copies: list[Path] = field(default_factory=list)  # the other files of this room
    paper: PaperEntry | None = None
    paper_status: str = PAPER_NOT_GIVEN

    @property
    def room(self) -> str:
        return self.file.room

    @property
    def state(self) -> str:
        """The room's state in a few French words, worst first."""
        f = self.file
        if not f.readable or f.damaged:
            return "illisible" if not f.readable else "endommagée"
        if not f.intact:
            return "NON CONFORME"
        if f.not_held:
            return "épreuve non tenue"
        if not f.sealed:
            return "non scellée"
        return "scellée, intacte"

    def count(self, key: str) -> int | None:
        counts = self.file.counts
        if not counts:
            return None
        return counts["handed_in"] if key == "papers" else counts.get(key)


@dataclass
class CandidateLine:
    """One row of the information system's export: one candidate of one exam."""

    student_id: str
    last_name: str
    first_name: str
    exam: str
    room: str
    state: str
    entered_at: datetime | None = None
    handed_in_at: datetime | None = None
    sheets: int | None = None
    blank: bool = False
    late: bool = False
    extra_time_minutes: int = 0
    flags: list[str] = field(default_factory=list)
    absence_code: str = ""


@dataclass
class ExamReport:
    exam: str
    date: str
    title: str = ""
    rooms: list[RoomReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    candidates: list[CandidateLine] = field(default_factory=list)
    totals: dict[str, int] = field(default_factory=dict)
    absentees: list[str] = field(default_factory=list)
    missing_rooms: list[str] = field(default_factory=list)

    def problems_of(self, room: str) -> list[Problem]:
        return [p for p in self.problems if p.room == room]


@dataclass
class Report:
    exams: list[ExamReport] = field(default_factory=list)
    files_refused: list[Refused] = field(default_factory=list)

    @property
    def produced(self) -> bool:
        """Something could be read: the command exits 0 (problems are in the report)."""
        return bool(self.exams)


def _room_key(room: str) -> str:
    return normalise_for_search(room)


def reconcile(
    rooms: Iterable[RoomFile],
    refused: Sequence[Refused] = (),
    *,
    enrolment: Sequence[Listed] | None = None,
    paper: Sequence[PaperEntry] = (),
) -> Report:
    report = Report(files_refused=list(refused))
    by_exam: dict[tuple[str, str], list[RoomFile]] = defaultdict(list)
    for room in rooms:
        if not room.exam:
            reason = room.unreadable_reason or room.verification
            said = "illisible" if room.intact else "NON CONFORME, illisible"
            report.files_refused.append(
                Refused(str(room.path), f"{said} : {reason}", "unreadable", {"reason": reason})
                if reason
                else Refused(str(room.path), "illisible : épreuve non renseignée", "no_exam")
            )
            continue
        by_exam[(room.exam, room.date)].append(room)
    for (exam, date), files in sorted(by_exam.items()):
        report.exams.append(_exam(exam, date, files, enrolment, paper))
    return report


def retie_paper(report: Report, paper: Sequence[PaperEntry]) -> None:
    """Check every room against the paper again, in place, and nothing else: what a scan in
    the office view changes (the rest of a 400-room report stays as it is)."""
    for exam in report.exams:
        kept = [p for p in exam.problems if p.kind not in PAPER_KINDS]
        for room in exam.rooms:
            room.paper = _paper_for(room.file, paper)
            room.paper_status, found = paper_problems(room.file, room.paper)
            kept += found
        kept.sort(key=lambda p: (_room_key(p.room), p.order, p.candidates))
        exam.problems = kept


def _paper_for(room: RoomFile, paper: Sequence[PaperEntry]) -> PaperEntry | None:
    """The office's paper facts for this room: its exam's first, then any exam's; the last
    entry given for a room wins (a scan corrects a typing)."""
    key = _room_key(room.room)
    found = [p for p in paper if _room_key(p.room) == key and p.exam in ("", room.exam)]
    exact = [p for p in found if p.exam == room.exam]
    chosen = exact or found
    return chosen[-1] if chosen else None


def _exam(
    exam: str,
    date: str,
    files: list[RoomFile],
    enrolment: Sequence[Listed] | None,
    paper: Sequence[PaperEntry],
) -> ExamReport:
    report = ExamReport(exam, date, next((f.title for f in files if f.title), ""))
    by_room: dict[str, list[RoomFile]] = defaultdict(list)
    for f in files:
        by_room[_room_key(f.room)].append(f)
    for _key, copies in sorted(by_room.items()):
        entry = _paper_for(copies[0], paper)
        primary, problem = _choose(copies, entry)
        room = RoomReport(primary, [c.path for c in copies if c is not primary], entry)
        if problem is not None:
            report.problems.append(problem)
        problems, room.paper_status = room_problems(primary, entry)
        report.problems += problems
        report.rooms.append(room)

    listed = _enrolment(report, enrolment)
    _cross_room(report, listed)
    report.problems.sort(key=lambda p: (_room_key(p.room), p.order, p.candidates))
    return report


def _choose(copies: list[RoomFile], paper: PaperEntry | None) -> tuple[RoomFile, Problem | None]:
    """One file per room. Identical copies (same session, same final hash) are merged; two
    different files are a conflict: the one the paper PV names is kept, else the intact,
    sealed, longest one."""
    if len(copies) == 1:
        return copies[0], None
    first = copies[0]
    names = ", ".join(c.path.name for c in copies)
    if all((c.session_id, c.final_hash, c.events) == (first.session_id, first.final_hash,
                                                      first.events) for c in copies):  # fmt: skip
        return first, Problem.of(
            "duplicate_file",
            first.room,
            str(first.path),
            [],
            ("duplicate_identical", {"count": len(copies), "names": names}),
        )

    def rank(c: RoomFile) -> tuple[bool, bool, bool, bool, int]:
        on_paper = paper is not None and paper.code is not None and paper.code.matches(c.final_hash)
        return (on_paper, c.readable, c.intact, c.sealed, c.events)

    primary = max(copies, key=rank)
    same = len({c.session_id for c in copies}) == 1
    parts: list[Part] = [(
        "duplicate_conflict_same_session" if same else "duplicate_conflict_other_sessions",
        {"count": len(copies)},
    )]  # fmt: skip
    for index, c in enumerate(copies):
        if index:
            parts.append(("duplicate_next", {}))
        parts.append(("duplicate_copy_sealed" if c.sealed else "duplicate_copy_unsealed",
                      {"name": c.path.name, "events": c.events,
                       "hash": c.final_hash[:16] or "—"}))  # fmt: skip
    parts.append(("duplicate_kept", {"name": primary.path.name}))
    return primary, Problem.of("duplicate_file", first.room, str(primary.path), [], *parts)


def _enrolment(report: ExamReport, given: Sequence[Listed] | None) -> dict[str, Listed]:
    """Everyone enrolled in the exam, by student number: the office's file when given, else
    what the rooms' lists say (each list also names the other rooms' candidates)."""
    listed: dict[str, Listed] = {}
    if given is not None:
        for c in given:
            if c.exam in ("", report.exam):
                listed.setdefault(same_id(c.student_id), c)
    else:
        for room in report.rooms:
            for c in room.file.listed:
                listed.setdefault(same_id(c.student_id), c)
    return listed


def _cross_room(report: ExamReport, listed: dict[str, Listed]) -> None:
    """Checks across rooms, the exam's export lines and its totals."""
    seen: dict[str, list[tuple[RoomReport, Outcome]]] = defaultdict(list)
    for room in report.rooms:
        for outcome in room.file.candidates:
            seen[same_id(outcome.student_id)].append((room, outcome))

    # A hand addition is checked against the enrolment, not against its own room.
    for room in report.rooms:
        for o in room.file.candidates:
            if not o.added_by_hand:
                continue
            enrolled = listed.get(same_id(o.student_id))
            name = {"name": o.display_name}
            if enrolled is not None and enrolled.room:
                kind, part = "added_by_hand", ("added_enrolled_in_room",
                                               {**name, "room": enrolled.room})  # fmt: skip
            elif enrolled is not None:
                kind, part = "added_by_hand", ("added_enrolled", name)
            else:
                kind, part = "added_not_enrolled", ("added_not_enrolled", name)
            parts = [part]
            if o.added_reason:
                parts.append(("added_reason", {"reason": o.added_reason}))
            report.problems.append(
                Problem.of(kind, room.room, str(room.file.path), [o.student_id], *parts)
            )

    for places in seen.values():
        present = [(r, o) for r, o in places if o.entered]
        if len(present) > 1:
            o = present[0][1]
            rooms = ", ".join(f"{r.room} ({_hhmm(x.entered_at)})" for r, x in present)
            for r, _x in present:
                report.problems.append(Problem.of(
                    "present_in_two_rooms", r.room, str(r.file.path), [o.student_id],
                    ("present_in_two_rooms", {"name": o.display_name, "rooms": rooms}),
                ))  # fmt: skip

    with_file = {_room_key(r.room) for r in report.rooms}
    missing: dict[str, list[Listed]] = defaultdict(list)
    for c in listed.values():
        if c.room and _room_key(c.room) not in with_file:
            missing[c.room].append(c)
    for room_name, people in sorted(missing.items()):
        report.missing_rooms.append(room_name)
        report.problems.append(Problem.of(
            "room_missing", room_name, "", [c.student_id for c in people],
            ("room_missing", {"room": room_name, "count": len(people)}),
        ))  # fmt: skip

    flags = _flags_by_candidate(report)
    for key, places in seen.items():
        report.candidates.append(_line(report.exam, places, flags.get(key, [])))
    for people in missing.values():
        for c in people:
            if same_id(c.student_id) in seen:
                continue  # came to a room with a file: that room says where they were
            report.candidates.append(CandidateLine(
                c.student_id, c.last_name, c.first_name, report.exam, c.room, NO_FILE,
                flags=["salle sans fichier de session"],
            ))  # fmt: skip
    report.candidates.sort(key=lambda c: (c.last_name.casefold(), c.first_name.casefold(),
                                          c.student_id))  # fmt: skip
    _totals(report, listed, seen)


def _flags_by_candidate(report: ExamReport) -> dict[str, list[str]]:
    flags: dict[str, list[str]] = defaultdict(list)
    for p in report.problems:
        label = FLAG_LABELS.get(p.kind)
        if label is None:
            continue
        for student_id in p.candidates:
            key = same_id(student_id)
            if label not in flags[key]:
                flags[key].append(label)
    for room in report.rooms:
        file_flags = []
        if not room.file.intact:
            file_flags.append("fichier NON CONFORME")
        if not room.file.sealed:
            file_flags.append("salle non scellée")
        if file_flags:
            for o in room.file.candidates:
                flags[same_id(o.student_id)] += [
                    f for f in file_flags if f not in flags[same_id(o.student_id)]
                ]
    return flags


def _line(exam: str, places: list[tuple[RoomReport, Outcome]], flags: list[str]) -> CandidateLine:
    if len(places) == 1:  # nearly everyone: one room, nothing to choose
        (room, o), rooms = places[0], places[0][0].room
    else:
        # Where the list expected them first: a hand addition elsewhere is the anomaly.
        entered = sorted(((r, x) for r, x in places if x.entered), key=lambda p: p[1].added_by_hand)
        room, o = (entered or places)[0]
        rooms = " / ".join(dict.fromkeys(r.room for r, _ in entered)) or room.room
    if o.entered or o.handed_in:  # a paper handed in: they sat, check-in or not
        state = ADDED if o.added_by_hand else PRESENT
    elif any(x.refused_entry for _, x in places):
        state = REFUSED
    else:
        state = ABSENT
    return CandidateLine(
        o.student_id, o.last_name, o.first_name, exam, rooms, state,
        entered_at=o.entered_at, handed_in_at=o.handed_in_at,
        sheets=o.sheets if o.handed_in else None, blank=o.blank and o.handed_in, late=o.late,
        extra_time_minutes=o.extra_time_minutes, flags=list(flags),
        absence_code=ABSENCE_CODE if state in (ABSENT, REFUSED) else "",
    )  # fmt: skip


def _totals(
    report: ExamReport, listed: dict[str, Listed], seen: dict[str, list[tuple[RoomReport, Outcome]]]
) -> None:
    present = {k for k, places in seen.items() if any(o.entered or o.handed_in for _, o in places)}
    enrolled = set(listed) | {
        k for k, places in seen.items() if any(not o.added_by_hand for _, o in places)
    }
    absent = sorted(
        (c for c in report.candidates if c.state in (ABSENT, REFUSED)),
        key=lambda c: c.student_id,
    )
    report.absentees = [c.student_id for c in absent]
    outcomes = [o for places in seen.values() for _, o in places]
    report.totals = {
        "enrolled": len(enrolled),
        "present": len(present),
        "absent": len(absent),
        "papers": sum(1 for o in outcomes if o.handed_in),
        "sheets": sum(o.sheets for o in outcomes if o.handed_in),
        "late_admitted": sum(1 for o in outcomes if o.entered and o.late),
        "late_refused": sum(1 for c in absent if c.state == REFUSED),
        "added_by_hand": sum(1 for o in outcomes if o.added_by_hand),
        "incidents": sum(len(r.file.incidents) for r in report.rooms),
    }


def _hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else "—"


__all__ = ["PAPER_MATCHES", "PAPER_MISMATCH", "PAPER_NOT_GIVEN", "Problem", "reconcile"]
