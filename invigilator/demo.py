"""A demo room and a whole simulated sitting, through the real commands.

For `make run`, training, benchmarks and tests. Names are drawn from a fixed pool that
exercises what lists really hold: accents, particles, apostrophes, non-Latin scripts.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

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
    source_name: str = "liste générée (démonstration)"
    sha256: str = ""
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
    # No file behind a generated list: its digest is that of its rows, so that the PV's
    # "SHA-256" line still names what was imported (and never reads as zeros).
    rows = "\n".join(";".join(map(str, c[:7])) for c in [*candidates, *others])
    return DemoList(candidates, others, sha256=hashlib.sha256(rows.encode()).hexdigest())


def demo_exam(
    duration_minutes: int = 180,
    on: date | None = None,
    *,
    room: str = ROOM,
    ue_code: str = "NFA031",
) -> ExamFacts:
    return ExamFacts(
        ue_code=ue_code,
        title="Programmation avec Java : notions de base",
        centre="Cnam Paris",
        session_number=1,
        exam_date=on or date.today(),
        start_time=time(9, 0),
        duration_minutes=duration_minutes,
        room=room,
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
    listing: Any = None,  # a ListToImport: an importing.ImportedList (frozen) fits it too
    room: str | None = None,
    ue_code: str = "NFA031",
) -> RoomSession:
    """A room ready for check-in: exam facts, invigilators and the list, nobody in yet.

    `listing` is a list as the importer read it (`invigilator demo-session --list`); without
    one, `candidates` names are drawn from the demo pool."""
    session = RoomSession.create(path, clock=clock)
    today = session.clock.now().astimezone().date()
    room = room or (listing.room if listing is not None else None) or ROOM
    session.configure_exam(demo_exam(duration_minutes, today, room=room, ue_code=ue_code))
    session.set_invigilators(["Mme Sophie Lambert", "M. Karim Benali"], "Mme Sophie Lambert")
    session.import_list(listing or demo_candidates(candidates, seed, duration_minutes))
    return session


SITTING_DAY = date(2026, 6, 15)
SCHEDULED_START = time(9, 0)  # demo_exam's


def scheduled_start(day: date, at: time = SCHEDULED_START) -> datetime:
    """The scheduled start as a moment: `at` on `day` in this computer's time zone."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def _expected_count(candidates: int, listing: Any) -> int:
    return len(listing.candidates) if listing is not None else candidates


def _opening_lead(count: int) -> timedelta:
    """How long before the start the room opens: the check-ins (20 s each at most) and a
    quarter of an hour for the instructions; never before dawn of the same day (a huge list
    then starts late rather than on the eve)."""
    return min(timedelta(seconds=20 * count, minutes=15), timedelta(hours=8))


class _Forward:
    """The simulation's clock: moves to a moment, never back (no event dated before the last)."""

    def __init__(self, clock: ManualClock) -> None:
        self.clock = clock

    def to(self, moment: datetime) -> None:
        if moment > self.clock.now():
            self.clock.set(moment)

    def by(self, **kwargs: float) -> None:
        self.clock.advance(timedelta(**kwargs))


def simulate_sitting(
    path: Path | str,
    *,
    candidates: int = 60,
    seed: int = 1,
    listing: Any = None,  # a ListToImport: an importing.ImportedList (frozen) fits it too
    room: str | None = None,
    ue_code: str = "NFA031",
    seal: bool = True,
) -> RoomSession:
    """A whole realistic sitting on a manual clock, through the public commands: check-ins,
    late entries admitted and refused, a hand addition, an erratum, an interruption, a
    candidate's remark, a fraud whose report the candidate refuses to countersign and one
    countersigned, an accompanied exit, early and final hand-ins, the PV signed, the seal
    (unless `seal` is False)."""
    rng = random.Random(seed)
    # The PV prints local times: the room opens early enough, in this computer's time zone,
    # for every check-in to be done by the scheduled start, and the exam starts on time.
    scheduled = scheduled_start(SITTING_DAY)
    clock = ManualClock(scheduled - _opening_lead(_expected_count(candidates, listing)))
    forward = _Forward(clock)
    session = create_demo_room(path, candidates=candidates, seed=seed, clock=clock,
                               duration_minutes=240, listing=listing, room=room,
                               ue_code=ue_code)  # fmt: skip
    ids = list(session.state.candidates)
    rng.shuffle(ids)
    on_time = ids[: max(1, int(len(ids) * 0.85))] if ids else []
    late = ids[len(on_time) : len(on_time) + max(1, len(ids) // 15)]
    lead, second = session.state.invigilators

    for student_id in on_time:
        forward.by(seconds=rng.randint(3, 20))
        session.check_in(student_id, id_document=rng.choice(ID_DOCUMENTS),
                         signature=demo_signature(rng))  # fmt: skip
    forward.to(scheduled - timedelta(minutes=4))
    session.read_instructions()
    forward.by(minutes=2)
    forward.to(scheduled)
    session.start_exam()
    started = clock.now()

    def at(minutes: float) -> None:
        forward.to(started + timedelta(minutes=minutes))

    def present() -> list[str]:
        return [c for c, e in session.state.candidates.items() if e.status.value == "present"]

    at(7)
    existing = set(session.state.candidates)
    number = next(f"{555000000 + seed + i:09d}" for i in range(1000)
                  if f"{555000000 + seed + i:09d}" not in existing)  # fmt: skip
    added = Candidate(number, "Nguyễn", "Thị Lan")
    session.add_candidate(added, reason="absente de la liste, inscription à vérifier",
                          id_document="titre de séjour", signature=demo_signature(rng))  # fmt: skip

    def late_entry(student_id: str, minutes: int) -> None:
        try:
            session.check_in(student_id, id_document="carte d'identité",
                             signature=demo_signature(rng), transport_proof=minutes > 60)  # fmt: skip
        except CommandRefused:
            pass  # logged as a refused late entry

    schedule: list[tuple[float, Callable[[], object]]] = []
    for student_id, minutes in zip(late, sorted(rng.randint(8, 100) for _ in late), strict=True):
        schedule.append((minutes, partial(late_entry, student_id, minutes)))
    schedule += [
        (30, lambda: session.erratum("Exercice 2 : lire « tableau trié » au lieu de « tableau ».")),
        (45, lambda: session.pause("Alarme incendie : consignes de la sécurité, candidats "
                                   "restés en place")),
        (53, session.resume),
        (70, lambda: session.observe("Un candidat signale une coquille dans l'énoncé de "
                                     "l'exercice 3 (question 3.b).", source="candidat")),
    ]  # fmt: skip
    for moment, action in sorted(schedule, key=lambda item: item[0]):
        at(moment)
        action()

    at(110)
    inside = present()
    if inside:
        session.record_incident(
            "fraude",
            "Téléphone allumé trouvé sur la table pendant l'épreuve ; écran montrant des notes "
            "de cours.",
            candidates=[inside[0]],
            seized="téléphone portable",
            invigilator_signatures={lead: demo_signature(rng), second: demo_signature(rng)},
            refused_to_countersign=[inside[0]],
            nature="document",
            custody=["photographie", "rendu"],
            seized_by=lead,
            measures="Le candidat a été placé au premier rang jusqu'à la fin de l'épreuve.",
        )
    if len(inside) > 1:
        at(118)
        session.temporary_exit(inside[1], escort=second)
        at(124)
        session.return_to_room(inside[1])
    if len(inside) > 2:
        at(131)
        session.record_incident(
            "fraude",
            "Feuille de notes manuscrites dissimulée dans la trousse, consultée pendant l'épreuve.",
            candidates=[inside[2]],
            seized="une feuille de notes manuscrites",
            invigilator_signatures={second: demo_signature(rng)},
            candidate_signatures={inside[2]: demo_signature(rng)},
            nature="document",
            custody=["saisi"],
            seized_by=second,
        )
    at(140)
    session.observe("Chauffage en panne dans la moitié de la salle ; candidats prévenus.")

    leavers = present()[3 : 3 + max(1, len(inside) // 6)]
    for student_id in leavers:
        forward.by(minutes=rng.randint(1, 9))
        session.hand_in(student_id, sheets=rng.randint(1, 4), signature=demo_signature(rng))

    remaining = sorted(present(),
                       key=lambda c: session.state.candidates[c].candidate.extra_time_minutes)  # fmt: skip
    for student_id in remaining:
        entry = session.state.candidates[student_id]
        end = session.state.moment_of(session.state.end_of(entry), clock.now())
        if end is not None:
            forward.to(end)
        forward.by(seconds=rng.randint(5, 30))
        session.hand_in(student_id, sheets=rng.randint(0, 5), blank=rng.random() < 0.05,
                        signature=demo_signature(rng))  # fmt: skip
    forward.by(minutes=3)
    session.sign_pv({name: demo_signature(rng) for name in (lead, second)})
    if seal:
        forward.by(minutes=1)
        session.seal()
    return session
