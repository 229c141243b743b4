"""What room session commands share: their results, their refusals, their vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, NamedTuple

from invigilator.clock import SessionClock
from invigilator.errors import InvalidInput
from invigilator.model import ExamFacts
from invigilator.record.events import Event, EventKind
from invigilator.room.payload_check import MAX_MINUTES, exam_problem
from invigilator.room.state import CandidateState, ListLoader, RoomState
from invigilator.rules import Decision, RulesProfile

ID_DOCUMENTS = ("carte d'identité", "passeport", "titre de séjour", "permis de conduire")
# Beyond the usual documents (issue #11): another one, named; or none at all. The regulation
# requires an ID to sit (4.1): admitting a candidate without one is the room's decision, recorded
# with its reason, counted for the office and written in the procès-verbal.
ID_OTHER = "autre"
ID_NONE = "sans pièce d'identité"


def id_document_text(kind: str, detail: str = "") -> str:
    """What the record says of the ID check: the document, or "autre : …", "sans pièce… : why"."""
    detail = " ".join(detail.split())
    return f"{kind} : {detail}" if kind in (ID_OTHER, ID_NONE) and detail else kind


def without_id(id_document: str) -> bool:
    return id_document.strip().startswith(ID_NONE)


def check_id_document(id_document: str) -> None:
    """Raise InvalidInput when the ID check is missing, or says "autre"/"sans pièce" bare."""
    text = id_document.strip()
    if not text:
        raise InvalidInput("Indiquez la pièce d'identité présentée.", code="id_missing")
    if text == ID_OTHER:
        raise InvalidInput("Précisez la pièce d'identité présentée.", code="id_other_unnamed")
    if text == ID_NONE:
        raise InvalidInput(
            "Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi.",
            code="id_none_unexplained",
        )


def check_exam(exam: ExamFacts) -> None:
    """Raise InvalidInput unless the exam facts are what the fold reads back: a duration in
    whole minutes (a NaN or 10**18 was recorded, and the file no longer read), texts, a date."""
    duration = exam.duration_minutes
    if type(duration) is int and duration <= 0:
        raise InvalidInput("La durée de l'épreuve doit être positive.")
    if type(duration) is not int or duration > MAX_MINUTES:
        raise InvalidInput(
            f"La durée de l'épreuve est un nombre entier de minutes, de 1 à {MAX_MINUTES}."
        )
    if not isinstance(exam.ue_code, str) or not exam.ue_code.strip():
        raise InvalidInput("Le code de l'UE est obligatoire.")
    try:
        problem = exam_problem(exam.to_record())
    except (AttributeError, TypeError, ValueError):  # a date or a time that is not one
        problem = "une date et une heure"
    if problem is not None:
        raise InvalidInput(f"Épreuve mal renseignée : ce n'est pas {problem}.")


INCIDENT_CATEGORIES = {
    "fraude": "fraude ou tentative de fraude",
    "refus_de_rendre": "refus de rendre la copie",
    "malaise": "malaise",
    "perturbation": "perturbation",
    "autre": "autre incident",
}
# A fraud report's nature and how the seized items are kept (4.6.2), as the report prints them.
FRAUD_NATURES = {
    "communication": "communication entre candidats ou avec l'extérieur",
    "document": "document ou matériel non autorisé",
    "substitution": "substitution de personne",
    "autre": "autre",
}
CUSTODY_MODES = {
    "saisi": "saisis et joints au procès-verbal",
    "photographie": "photographiés",
    "rendu": "rendus au candidat à la fin de l'épreuve",
}


def impossible(action: str) -> str:
    """« impossible de signer », « impossible d'émarger »: French elides "de" before a vowel."""
    return f"impossible d'{action}" if action[:1] in "aàâeéèêiîoôuû" else f"impossible de {action}"


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


class Change(NamedTuple):
    """What a command changed: the events it appended and the candidates they concern."""

    events: tuple[Event, ...]
    candidates: frozenset[str] = frozenset()
    room: bool = False  # exam facts, list, clock or seal: everything may need a repaint
    decision: Decision | None = None


class Lookup(NamedTuple):
    """What the scan box found for a typed or scanned student number."""

    student_id: str
    entry: CandidateState | None = None
    other_room: str | None = None

    @property
    def known(self) -> bool:
        return self.entry is not None


class Refusal(Exception):
    """Raised inside a command's build step: the refusal is logged, then `CommandRefused`."""

    def __init__(
        self,
        message: str,
        code: str,
        *,
        candidate: str | None = None,
        decision: Decision | None = None,
        kind: EventKind = EventKind.COMMAND_REFUSED,
        payload: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message, self.code, self.candidate = message, code, candidate
        self.decision, self.kind, self.payload = decision, kind, dict(payload or {})
        self.params = dict(params or {})  # what a translated UI needs to say it (see errors)


def elsewhere_fields(state: RoomState, student_id: str, decision: str) -> dict[str, Any]:
    """A hand addition of a candidate the list expects in another room (issue #11): only by an
    explicit decision with its reason, which the addition records; {} for anyone else.
    The fields go into the addition's payload (its "candidate" replaces the one typed)."""
    other = state.others.get(student_id)
    if other is None:
        return {}
    if not decision.strip():
        raise InvalidInput(
            f"{other.display_name} ({student_id}) est attendu(e) en salle {other.room} : "
            "l'accueillir ici demande une décision motivée.",
            code="other_room_needs_decision",
            params={"name": other.display_name, "student_id": student_id, "room": other.room},
        )
    # Admitted as the office listed them (their room, accommodations, extra time): the
    # addition keeps that record rather than what was typed.
    return {
        "candidate": other.to_record(),
        "expected_in": other.room,
        "elsewhere_decision": " ".join(decision.split()),
    }


def already_listed(state: RoomState, student_id: str) -> None:
    """A hand addition of a number on this room's list is a mistake to correct, not a refusal:
    nothing is recorded (issue #11: the ordinary check-in is the way)."""
    existing = state.candidates.get(student_id)
    if existing is not None:
        raise InvalidInput(
            f"Le numéro {student_id} est déjà sur la liste "
            f"({existing.candidate.display_name}) : faites-le émarger.",
            code="already_listed",
            params={"student_id": student_id, "name": existing.candidate.display_name},
        )


Spec = tuple[EventKind, str | None, dict[str, Any]]


class SessionParts:
    """What the command groups (`session_exits`, `session_record`) use of `RoomSession`."""

    state: RoomState
    clock: SessionClock
    profile: RulesProfile
    _run: Callable[..., Change]
    _entry: Callable[[str], CandidateState]
    _lists: ListLoader
