"""What room session commands share: their results, their refusals, their vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, NamedTuple

from invigilator.clock import SessionClock
from invigilator.record.events import Event, EventKind
from invigilator.room.state import CandidateState, ListLoader, RoomState
from invigilator.rules import Decision, RulesProfile

ID_DOCUMENTS = ("carte d'identité", "passeport", "titre de séjour", "permis de conduire")
INCIDENT_CATEGORIES = {
    "fraude": "fraude ou tentative de fraude",
    "refus_de_rendre": "refus de rendre la copie",
    "malaise": "malaise",
    "perturbation": "perturbation",
    "autre": "autre incident",
}


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
    ) -> None:
        super().__init__(message)
        self.message, self.code, self.candidate = message, code, candidate
        self.decision, self.kind, self.payload = decision, kind, dict(payload or {})


Spec = tuple[EventKind, str | None, dict[str, Any]]


class SessionParts:
    """What the command groups (`session_exits`, `session_record`) use of `RoomSession`."""

    state: RoomState
    clock: SessionClock
    profile: RulesProfile
    _run: Callable[..., Change]
    _entry: Callable[[str], CandidateState]
    _lists: ListLoader
