"""A sitting that exercises every part of the documents, built through the public commands,
and reading PDFs back (pdftotext)."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path
from types import SimpleNamespace

import pytest

from invigilator.clock import ManualClock
from invigilator.demo import demo_signature
from invigilator.errors import CommandRefused
from invigilator.model import Candidate, ExamFacts
from invigilator.record.events import GENESIS_HASH, chain_hash
from invigilator.room.session import RoomSession

NAMES = [
    ("Łukaszewicz", "Ewa"),
    ("Nguyễn", "Thị Lan"),
    ("Çelik", "Emre"),
    ("Østergård", "Søren"),
    ("Παπαδόπουλος", "Γιώργος"),
    ("Иванова", "Анна"),
    ("王", "小明"),
    ("O'CONNOR & SMITH <b>&", "Seán"),
    ("Benali", "Yasmine"),
    ("de La Fontaine-Lefèvre-Montmorency-Saint-Exupéry", "Marie-Anne-Geneviève"),
    ("Girard", "Léa"),
    ("Martin", "Hugo"),
]
ABSENT = "1008"  # Benali Yasmine never comes
LATE_ADMITTED = "1010"
LATE_REFUSED = "1011"
ADDED = Candidate("5550001", "Traoré", "Aïcha")


def candidates(extra: int = 0) -> list[Candidate]:
    listed = [
        Candidate(f"{1000 + i}", last, first, seat=f"A{i + 1}",
                  extra_time_minutes=80 if i == 0 else 0,
                  accommodations="tiers-temps" if i == 0 else "")
        for i, (last, first) in enumerate(NAMES)
    ]  # fmt: skip
    listed += [Candidate(f"{2000 + i}", f"Dupont{i:03d}", "Jean") for i in range(extra)]
    return listed


def exam() -> ExamFacts:
    return ExamFacts(
        "NFA031", "Programmation avec Java", centre="Cnam Paris", session_number=1,
        exam_date=date(2026, 6, 15), start_time=time(9, 0), duration_minutes=240,
        room="31.2.85", teacher="Mme Garnier", teacher_in_room=True,
    )  # fmt: skip


def build_sitting(path: Path, *, seal: bool = True, extra: int = 0) -> Path:
    """Check-ins, an absence, a late entry admitted and one refused, a hand addition, a pause,
    an erratum, a candidate's remark, two frauds (countersigned, refused), hand-ins, PV, seal."""
    rng = random.Random(4)
    clock = ManualClock(datetime(2026, 6, 15, 6, 30, tzinfo=UTC))
    session = RoomSession.create(path, clock=clock)
    session.configure_exam(exam())
    session.set_invigilators(["Mme Lambert", "M. Benali"], "Mme Lambert")
    listed = candidates(extra)
    session.import_list(SimpleNamespace(source_name="liste.csv", sha256="ab" * 32, sheet=None,
                                        room="31.2.85", candidates=listed, others=[]))  # fmt: skip
    waiting = {ABSENT, LATE_ADMITTED, LATE_REFUSED}
    for c in listed:
        if c.student_id not in waiting:
            clock.advance(seconds=15)
            session.check_in(c.student_id, id_document="passeport", signature=demo_signature(rng))
    session.read_instructions()
    clock.advance(minutes=3)
    session.start_exam()
    clock.advance(minutes=20)
    session.check_in(LATE_ADMITTED, id_document="passeport", signature=demo_signature(rng))
    session.add_candidate(ADDED, reason="absente de la liste", id_document="passeport",
                          signature=demo_signature(rng))  # fmt: skip
    clock.advance(minutes=70)
    with pytest.raises(CommandRefused):
        session.refuse_entry(LATE_REFUSED)
    session.pause("alarme incendie")
    clock.advance(minutes=10)
    session.resume()
    session.erratum("Exercice 2 : lire « tableau trié ».")
    session.observe("Un candidat signale une coquille.", source="candidat")
    session.record_incident(
        "fraude", "Téléphone allumé sur la table.", candidates=["1002"], seized="téléphone",
        invigilator_signatures={"Mme Lambert": demo_signature(rng)},
        refused_to_countersign=["1002"],
    )  # fmt: skip
    session.record_incident(
        "fraude", "Antisèche dans la trousse.", candidates=["1003"], seized="une feuille",
        invigilator_signatures={"M. Benali": demo_signature(rng)},
        candidate_signatures={"1003": demo_signature(rng)},
    )  # fmt: skip
    session.temporary_exit("1004", escort="M. Benali")
    clock.advance(minutes=5)
    session.return_to_room("1004")
    clock.advance(minutes=200)
    for student_id, entry in list(session.state.candidates.items()):
        if entry.status.value == "present":
            clock.advance(seconds=10)
            session.hand_in(student_id, sheets=2, blank=student_id == "1005",
                            signature=demo_signature(rng))  # fmt: skip
    if seal:
        session.sign_pv({"Mme Lambert": demo_signature(rng), "M. Benali": demo_signature(rng)})
        session.seal()
    session.close()
    return path


needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("qpdf")),
    reason="poppler-utils and qpdf are needed (make system-deps)",
)


def pdf_text(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, as pdftotext reads it (in reading order, or laid out)."""
    command = ["pdftotext", "-layout" if layout else "-raw", str(path), "-"]
    out = subprocess.run(command, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def flat(text: str) -> str:
    """Whitespace as one space, and a name broken after its own hyphen joined again."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text))


def rewrite_and_rechain(path: Path, kind: str, old: str, new: str) -> None:
    """Payloads of one kind edited by hand and the chain recomputed: what a tool other than
    ours may leave. The documents must still print it (as a draft: the journal disagrees)."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE events SET payload = replace(payload, ?, ?) WHERE kind = ?",
                     [old, new, kind])  # fmt: skip
        previous = GENESIS_HASH
        rows = conn.execute("SELECT seq, at, invigilator, kind, candidate, payload FROM events "
                            "ORDER BY seq").fetchall()  # fmt: skip
        for seq, at, invigilator, kind_, candidate, payload in rows:
            digest = chain_hash(seq, at, invigilator, kind_, candidate, payload, previous)
            conn.execute("UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?",
                         [previous, digest, seq])  # fmt: skip
            previous = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [previous])
    conn.close()
