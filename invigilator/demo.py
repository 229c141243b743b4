"""A demo room and a whole simulated sitting, through the real commands.

For `make run`, training, benchmarks and tests. Names are drawn from a fixed pool that
exercises what lists really hold: accents, particles, apostrophes, non-Latin scripts.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from invigilator.clock import ManualClock
from invigilator.errors import CommandRefused
from invigilator.model import Candidate, ExamFacts, Signature
from invigilator.room.session import ID_DOCUMENTS, RoomSession

LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy", "Moreau",
    "Œuvrard", "N'Diaye", "Łukaszewicz", "Nguyễn", "Çelik", "de La Fontaine", "Le Gall",
    "D'Almeida", "Müller", "García Márquez", "Van der Berg", "Benali", "Haddad", "Ødegaard",
    "Kowalczyk", "Fontaine-Lefèvre", "Ben Saïd", "Traoré", "Yılmaz", "Nowak", "Da Silva",
    "Lefèvre", "Girard", "Chevalier", "Lambert", "Faure", "Rousseau", "Blanc", "Guérin",
]  # fmt: skip
FIRST_NAMES = [
    "Camille", "Léa", "Hugo", "Chloé", "Noémie", "Zoé", "Maël", "Anaïs", "Jérôme", "Hélène",
    "François", "Aïcha", "Mamadou", "Ewa", "Thị Lan", "Emre", "Søren", "José", "Inès",
    "Timothée", "Gaëlle", "Björn", "Ngọc Anh", "Oğuz", "Élodie", "Raphaël", "Loïc", "Agnès",
]  # fmt: skip
ROOM = "31.2.85"
OTHER_ROOM = "17.1.04"


@dataclass
class DemoList:
    """A generated list with the shape of an imported one."""

    candidates: list[Candidate]
    others: list[Candidate] = field(default_factory=list)
    source_name: str = "liste-demo.csv"
    sha256: str = "0" * 64
    sheet: str | None = None
    room: str | None = ROOM


def demo_candidates(count: int, seed: int = 1, duration_minutes: int = 180) -> DemoList:
    rng = random.Random(seed)
    candidates = []
    for i in range(count):
        extra = 0
        accommodations = ""
        roll = rng.random()
        if roll < 0.06:
            extra, accommodations = duration_minutes // 3, "tiers-temps"
        elif roll < 0.08:
            accommodations = "sujet agrandi (A3)"
        candidates.append(
            Candidate(
                student_id=f"{100200300 + i * 7:09d}",
                last_name=rng.choice(LAST_NAMES),
                first_name=rng.choice(FIRST_NAMES),
                extra_time_minutes=extra,
                accommodations=accommodations,
                seat=f"{i // 10 + 1}-{i % 10 + 1}",
                room=ROOM,
            )
        )
    others = [
        Candidate(f"{900100200 + i:09d}", rng.choice(LAST_NAMES), rng.choice(FIRST_NAMES),
                  room=OTHER_ROOM)
        for i in range(max(1, count // 20))
    ]  # fmt: skip
    return DemoList(candidates, others)


def demo_exam(duration_minutes: int = 180, on: date | None = None) -> ExamFacts:
    return ExamFacts(
        ue_code="NFA031",
        title="Programmation avec Java : notions de base",
        centre="Cnam Paris",
        session_number=1,
        exam_date=on or date.today(),
        start_time=time(9, 0),
        duration_minutes=duration_minutes,
        room=ROOM,
        authorised_materials="aucun",
        teacher="Mme Hélène Garnier",
        teacher_in_room=True,
    )


def demo_signature(rng: random.Random, width: float = 400.0, height: float = 150.0) -> Signature:
    """A plausible hand-written scribble: a few strokes of a damped wave, fitted to the pad."""
    strokes = []
    t = 0
    x = rng.uniform(20, 60)
    for _ in range(rng.randint(1, 3)):
        points = []
        amplitude = rng.uniform(15, 45)
        phase = rng.uniform(0, math.pi)
        for step in range(rng.randint(18, 40)):
            x += rng.uniform(4, 9)
            y = height / 2 + amplitude * math.sin(step / 2.5 + phase) * (1 - step / 60)
            t += rng.randint(8, 16)
            points.append((x, y, t, round(rng.uniform(0.35, 0.9), 2)))
        strokes.append(points)
        x += rng.uniform(10, 30)
        t += rng.randint(80, 200)
    # Squeeze a long scribble into the pad rather than letting it run off the edge.
    right = max(px for stroke in strokes for px, _, _, _ in stroke)
    scale = min(1.0, (width - 15) / right)
    return Signature(
        tuple(tuple((px * scale, py, pt, pp) for px, py, pt, pp in stroke) for stroke in strokes),
        width,
        height,
    )


def create_demo_room(
    path: Path | str,
    *,
    candidates: int = 60,
    seed: int = 1,
    clock: ManualClock | None = None,
    duration_minutes: int = 180,
) -> RoomSession:
    """A room ready for check-in: exam facts, invigilators and the list, nobody in yet."""
    session = RoomSession.create(path, clock=clock)
    today = session.clock.now().astimezone().date()
    session.configure_exam(demo_exam(duration_minutes, today))
    session.set_invigilators(["Mme Sophie Lambert", "M. Karim Benali"], "Mme Sophie Lambert")
    session.import_list(demo_candidates(candidates, seed, duration_minutes))
    return session


def simulate_sitting(path: Path | str, *, candidates: int = 60, seed: int = 1) -> RoomSession:
    """A whole realistic sitting, from check-in to the seal, on a manual clock."""
    rng = random.Random(seed)
    clock = ManualClock(datetime(2026, 6, 15, 6, 30, tzinfo=UTC))
    session = create_demo_room(path, candidates=candidates, seed=seed, clock=clock,
                               duration_minutes=240)  # fmt: skip
    ids = list(session.state.candidates)
    rng.shuffle(ids)
    on_time = ids[: int(len(ids) * 0.85)]
    late = ids[len(on_time) : len(on_time) + max(1, len(ids) // 15)]
    lead, second = session.state.invigilators

    for student_id in on_time:
        clock.advance(seconds=rng.randint(3, 20))
        session.check_in(student_id, id_document=rng.choice(ID_DOCUMENTS),
                         signature=demo_signature(rng))  # fmt: skip
    session.read_instructions()
    clock.advance(minutes=2)
    session.start_exam()

    added = Candidate(f"{555000000 + seed:09d}", "Nguyễn", "Thị Lan")
    clock.advance(minutes=7)
    session.add_candidate(added, reason="absent(e) de la liste, inscription à vérifier")
    session.check_in(added.student_id, id_document="titre de séjour",
                     signature=demo_signature(rng))  # fmt: skip

    late_times = sorted(rng.randint(8, 95) for _ in late)
    started = clock.now()
    present: list[str] = []

    def try_early_exit() -> None:
        # An exit asked for too early, at 50 min: refused and logged. Done in its place among
        # the late arrivals, so that no event is dated before the one it follows (issue #9).
        present[:] = [c for c, e in session.state.candidates.items() if e.has_entered]
        clock.set(max(clock.now(), started + timedelta(minutes=50)))
        try:
            session.temporary_exit(present[0], escort=second)
        except CommandRefused:
            pass

    for student_id, minutes in zip(late, late_times, strict=True):
        if minutes > 50 and not present:
            try_early_exit()
        clock.set(max(clock.now(), started + timedelta(minutes=minutes)))
        try:
            session.check_in(student_id, id_document="carte d'identité",
                             signature=demo_signature(rng), transport_proof=minutes > 60)  # fmt: skip
        except CommandRefused:
            pass
    if not present:
        try_early_exit()
    present = [c for c, e in session.state.candidates.items() if e.has_entered]
    clock.set(started + timedelta(minutes=95))
    session.record_incident(
        "fraude",
        "Téléphone allumé trouvé sur la table pendant l'épreuve.",
        candidates=[present[1]],
        seized="téléphone portable (rendu à la fin de l'épreuve)",
        invigilator_signatures={lead: demo_signature(rng), second: demo_signature(rng)},
        refused_to_countersign=[present[1]],
    )
    session.temporary_exit(present[0], escort=second)
    clock.advance(minutes=6)
    session.return_to_room(present[0])
    session.observe("Un candidat signale une coquille dans l'énoncé de l'exercice 2.",
                    source="candidat")  # fmt: skip
    session.erratum("Exercice 2 : lire « tableau trié » au lieu de « tableau ».")

    leavers = present[2 : 2 + max(1, len(present) // 6)]
    for student_id in leavers:
        clock.advance(minutes=rng.randint(1, 9))
        session.hand_in(student_id, sheets=rng.randint(1, 4), signature=demo_signature(rng))

    remaining = sorted(
        (c for c, e in session.state.candidates.items() if e.status.value == "present"),
        key=lambda c: session.state.candidates[c].candidate.extra_time_minutes,
    )
    for student_id in remaining:
        entry = session.state.candidates[student_id]
        end = session.state.moment_of(session.state.end_of(entry), clock.now())
        if end and clock.now() < end:
            clock.set(end)
        clock.advance(seconds=rng.randint(5, 30))
        session.hand_in(student_id, sheets=rng.randint(0, 5), blank=rng.random() < 0.05,
                        signature=demo_signature(rng))  # fmt: skip
    session.sign_pv({name: demo_signature(rng) for name in (lead, second)})
    session.seal()
    return session
