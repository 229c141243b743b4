"""The rooms of one exam for the office's tests, built through the public RoomSession API.

NFA031 on 2026-06-15 over one multi-room list (each room's import keeps the other rooms'
candidates, as the importer does): rooms A, B and D have a file, room C has none.

- A (31.2.85), sealed: 100 101 102 105 present (105 "sans pièce d'identité", 102 late),
  103 absent, 104 late and refused; 301 (enrolled in C) and 999 (nowhere) added by hand;
  a fraud report on 101; an interruption.
- B (17.1.04), sealed: 200 201 present, 202 absent; 100 added by hand here too and present
  (present in two rooms); a name starting with "=" (formula injection).
- D (05.3.10), not sealed: 400 present and still in the room (no paper), 401 absent.
- C (12.0.01): 300 301, no file.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

from invigilator.clock import ManualClock
from invigilator.errors import CommandRefused
from invigilator.model import Candidate, ExamFacts, Signature
from invigilator.record.events import chain_hash
from invigilator.room.commands import ID_NONE, id_document_text
from invigilator.room.session import RoomSession

EXAM = "NFA031"
DAY = date(2026, 6, 15)
A, B, C, D = "31.2.85", "17.1.04", "12.0.01", "05.3.10"
OPEN = datetime(2026, 6, 15, 6, 30, tzinfo=UTC)
SIGN = Signature((((10.0, 20.0, 0, 0.5), (60.0, 40.0, 30, 0.6), (90.0, 25.0, 55, 0.4)),))

ENROLMENT = {
    A: [("100", "Œuvrard", "Zoé"), ("101", "N'Diaye", "Mamadou"), ("102", "Łukaszewicz", "Ewa"),
        ("103", "Nguyễn", "Thị Lan"), ("104", "Çelik", "Emre"), ("105", "+Plus", "@Arobase")],
    B: [("200", "=HYPERLINK(\"http://x\")", "Eve"), ("201", "-Moins", "Tab\tbed"),
        ("202", "Müller", "Björn")],
    C: [("300", "Ødegaard", "Søren"), ("301", "Yılmaz", "Oğuz")],
    D: [("400", "Traoré", "Aïcha"), ("401", "Da Silva", "José")],
}  # fmt: skip


def candidate(student_id: str, last: str, first: str, room: str) -> Candidate:
    extra = 80 if student_id == "102" else 0
    return Candidate(student_id, last, first, extra_time_minutes=extra,
                     accommodations="tiers-temps" if extra else "", room=room)  # fmt: skip


def room_list(room: str) -> SimpleNamespace:
    own = [candidate(*row, room) for row in ENROLMENT[room]]
    others = [candidate(*row, r) for r, rows in ENROLMENT.items() if r != room for row in rows]
    return SimpleNamespace(source_name="NFA031-toutes-salles.csv", sha256="ab" * 32, sheet=None,
                           room=room, candidates=own, others=others)  # fmt: skip


def open_room(path: Path, room: str) -> tuple[RoomSession, ManualClock]:
    clock = ManualClock(OPEN)
    session = RoomSession.create(path, clock=clock)
    session.configure_exam(
        ExamFacts(EXAM, "Programmation Java", centre="Cnam Paris", exam_date=DAY,
                  start_time=time(9, 0), duration_minutes=240, room=room)
    )  # fmt: skip
    session.set_invigilators(["Mme Lambert", "M. Benali"])
    session.import_list(room_list(room))
    return session, clock


def check_in(session: RoomSession, clock: ManualClock, *ids: str, document: str = "passeport"):
    for student_id in ids:
        clock.advance(seconds=20)
        session.check_in(student_id, id_document=document, signature=SIGN)


def hand_in_all(session: RoomSession, clock: ManualClock, start: datetime) -> None:
    clock.set(start + timedelta(hours=5, minutes=25))  # after every tiers-temps
    for entry in list(session.state.candidates.values()):
        if entry.status.value == "present":
            clock.advance(seconds=15)
            session.hand_in(entry.student_id, sheets=2, signature=SIGN)


def close(session: RoomSession) -> None:
    session.sign_pv({"Mme Lambert": SIGN, "M. Benali": SIGN})
    session.seal()


def build_room_a(path: Path) -> None:
    session, clock = open_room(path, A)
    check_in(session, clock, "100", "101")
    check_in(session, clock, "105", document=id_document_text(ID_NONE, "connu(e) de l'enseignant"))
    session.read_instructions()
    session.start_exam()
    start = clock.now()
    clock.advance(minutes=20)
    session.check_in("102", id_document="carte d'identité", signature=SIGN)  # late, admitted
    for student_id, reason in (("301", "convoqué(e) en salle 12.0.01"),
                               ("999", "absent(e) de la liste")):  # fmt: skip
        clock.advance(minutes=1)
        session.add_candidate(
            Candidate(student_id, "Ajout", f"Candidat {student_id}"), reason=reason,
            id_document="passeport", signature=SIGN,
            elsewhere_decision="accueilli(e) ici sur décision du responsable de salle",
        )  # fmt: skip
    clock.set(start + timedelta(minutes=90))
    try:
        session.check_in("104", id_document="passeport", signature=SIGN)
    except CommandRefused:
        pass  # too late: refused and logged
    clock.advance(minutes=5)
    session.record_incident(
        "fraude", "Téléphone allumé sur la table.", candidates=["101"],
        seized="téléphone portable", invigilator_signatures={"Mme Lambert": SIGN},
        refused_to_countersign=["101"],
    )  # fmt: skip
    clock.advance(minutes=5)
    session.pause("alarme incendie")
    clock.advance(minutes=12)
    session.resume()
    hand_in_all(session, clock, start + timedelta(minutes=12))
    close(session)
    session.close()


def build_room_b(path: Path) -> None:
    session, clock = open_room(path, B)
    check_in(session, clock, "200", "201")
    session.add_candidate(
        Candidate("100", "Œuvrard", "Zoé"), reason="se présente en salle 17.1.04",
        id_document="passeport", signature=SIGN,
        elsewhere_decision="s'est trompé(e) de salle, accueilli(e) ici",
    )  # fmt: skip
    session.read_instructions()
    session.start_exam()
    hand_in_all(session, clock, clock.now())
    close(session)
    session.close()


def build_room_d(path: Path) -> None:
    session, clock = open_room(path, D)
    check_in(session, clock, "400")
    session.start_exam()
    session.close()


def build_exam(folder: Path) -> dict[str, Path]:
    """The three rooms' files in `folder`; returns them by room."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {A: folder / "salle-A.invigilator", B: folder / "salle-B.invigilator",
             D: folder / "salle-D.invigilator"}  # fmt: skip
    build_room_a(files[A])
    build_room_b(files[B])
    build_room_d(files[D])
    return files


def copy_session(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def tamper(path: Path) -> None:
    """Edit one hand-in's sheet count in place, as someone with an SQLite editor would."""
    conn = sqlite3.connect(path)
    with conn:
        seq, payload = conn.execute(
            "SELECT seq, payload FROM events WHERE kind = 'handed_in' ORDER BY seq LIMIT 1"
        ).fetchone()
        conn.execute("UPDATE events SET payload = ? WHERE seq = ?",
                     [payload.replace('"sheets":2', '"sheets":9'), seq])  # fmt: skip
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def rewrite_with_new_chain(path: Path) -> None:
    """Change a hand-in and recompute every hash after it and the head: the chain verifies,
    only the final hash on the paper PV can tell."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT seq, at, invigilator, kind, candidate, payload FROM events ORDER BY seq"
    ).fetchall()
    previous = "0" * 64
    with conn:
        changed = False
        for seq, at, invigilator, kind, who, payload in rows:
            if kind == "handed_in" and not changed:
                payload = payload.replace('"sheets":2', '"sheets":7')
                changed = True
            digest = chain_hash(seq, at, invigilator, kind, who, payload, previous)
            conn.execute("UPDATE events SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                         [payload, previous, digest, seq])  # fmt: skip
            previous = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [previous])
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
