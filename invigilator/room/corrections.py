"""Room session commands that change what earlier events say: corrections, the start, the exam.

Each checks everything it writes (issue #9): a correction carries only the fields of its
target's kind, with their types and ranges, and is refused if the fold could not apply it;
the start moves only within bounds, listing the decisions it changes; the exam facts change
after the start only through `amend_exam`, with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from invigilator.errors import InvalidInput
from invigilator.model import Candidate, ExamFacts
from invigilator.record.events import Event, EventKind, format_time
from invigilator.room.commands import (
    FRAUD_NATURES,
    Change,
    Refusal,
    SessionParts,
    Spec,
    check_exam,
    local_time,
)
from invigilator.room.state import RoomState
from invigilator.rules import Reason, as_shown, late_entry


def _text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return "un texte non vide"
    return None if len(value) <= 4000 else "un texte de 4000 caractères au plus"


def _optional_text(value: Any) -> str | None:
    return None if isinstance(value, str) and len(value) <= 4000 else "un texte"


def _fraud_nature(value: Any) -> str | None:
    known = isinstance(value, str) and value in FRAUD_NATURES
    return None if known else "une nature de fraude (" + ", ".join(FRAUD_NATURES) + ")"


def _sheets(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99
    return None if ok else "un nombre entier de 0 à 99"


def _flag(value: Any) -> str | None:
    return None if isinstance(value, bool) else "oui ou non (booléen)"


Check = Callable[[Any], "str | None"]
# What a correction may change, per kind of target event; each field with its check.
AMENDABLE: dict[EventKind, dict[str, Check]] = {
    EventKind.CHECKED_IN: {"id_document": _text},
    EventKind.LATE_ENTRY_ADMITTED: {"id_document": _text},
    EventKind.CANDIDATE_ADDED: {"reason": _text},
    EventKind.TEMPORARY_EXIT: {"note": _optional_text},
    EventKind.HANDED_IN: {"sheets": _sheets, "blank": _flag},
    EventKind.DEFINITIVE_EXIT: {"sheets": _sheets, "blank": _flag, "note": _optional_text},
    EventKind.EMERGENCY_DEPARTURE: {"sheets": _sheets, "note": _text},
    EventKind.PAUSED: {"reason": _text},
    EventKind.INCIDENT: {
        "description": _text,
        "seized": _optional_text,
        "nature": _fraud_nature,
        "measures": _optional_text,
    },
    EventKind.OBSERVATION: {"text": _text},
    EventKind.ERRATUM: {"text": _text},
}
# What may be voided: what a slip can record, and a correction (voiding it undoes it). The
# structure of the sitting (exam, list, start, PV, seal) is changed by its own commands.
VOIDABLE = frozenset(AMENDABLE) | {
    EventKind.RETURNED,
    EventKind.INSTRUCTIONS_READ,
    EventKind.PHOTO_FOLDER_SET,
    EventKind.CORRECTION,
}
# Entries and exits whose rule depends on the start: what a moved start may change.
_ENTRIES = (EventKind.CHECKED_IN, EventKind.LATE_ENTRY_ADMITTED, EventKind.LATE_ENTRY_REFUSED)
_EXITS = (EventKind.TEMPORARY_EXIT, EventKind.DEFINITIVE_EXIT)


class CorrectionCommands(SessionParts):
    events: Callable[[], list[Event]]

    def correct(
        self, target_seq: int, *, note: str, changes: Mapping[str, Any] | None = None,
        void: bool = False,
    ) -> Change:  # fmt: skip
        """Correct an earlier event: never a deletion, a new event that says what changes."""
        if not note.strip():
            raise InvalidInput("Une correction doit être motivée.")
        if void and changes:
            raise InvalidInput("Une correction annule un événement ou le modifie, pas les deux.")
        if not void and not changes:
            raise InvalidInput("Indiquez ce qui est corrigé.")
        if isinstance(target_seq, bool) or not isinstance(target_seq, int):
            raise InvalidInput("Le numéro de l'événement corrigé doit être un nombre entier.")
        changed = dict(changes or {})

        def build(now: datetime) -> list[Spec]:
            if not 0 < target_seq <= self.state.last_seq:
                raise Refusal(f"L'événement n° {target_seq} n'existe pas.", "no_such_event")
            events = self.events()
            target = events[target_seq - 1]
            _check_correction(target, changed, void)
            if void:
                _check_nothing_depends_on(target, events, self.state.voided)
            payload = {"target_seq": target_seq, "note": note.strip(), "changes": changed,
                       "void": void}  # fmt: skip
            trial = Event(self.state.last_seq + 1, now, "", EventKind.CORRECTION, None, payload)
            folded = RoomState.from_events([*events, trial], self._lists)
            if len(folded.unreadable) > len(self.state.unreadable):
                raise Refusal(
                    f"Correction impossible : la salle ne pourrait plus être relue "
                    f"({folded.unreadable[-1][1]}).",
                    "correction_inapplicable",
                )
            return [(EventKind.CORRECTION, None, payload)]

        return self._run("corriger un événement", build)

    def amend_exam(self, exam: ExamFacts, reason: str) -> Change:
        """Change the exam facts (the duration included) after the start, with a reason."""
        check_exam(exam)
        if not reason.strip():
            raise InvalidInput("Une modification de l'épreuve après le début doit être motivée.")

        def build(now: datetime) -> list[Spec]:
            if self.state.started_at is None or self.state.exam is None:
                raise Refusal(
                    "L'épreuve n'a pas commencé : modifiez-la dans sa préparation.", "not_started"
                )
            elapsed = self.state.elapsed(now) or timedelta(0)
            if timedelta(minutes=exam.duration_minutes) < elapsed:
                raise Refusal(
                    f"La durée ne peut pas être plus courte que le temps déjà écoulé "
                    f"({int(elapsed.total_seconds() // 60)} min).",
                    "duration_too_short",
                )
            payload = {
                "exam": exam.to_record(),
                "previous": self.state.exam.to_record(),
                "reason": reason.strip(),
            }
            return [(EventKind.EXAM_AMENDED, None, payload)]

        return self._run("modifier l'épreuve", build)

    # -- the start -----------------------------------------------------------------------

    def start_correction_changes(self, start: datetime) -> list[str]:
        """The decisions already recorded that a start moved to `start` would change, in
        French, one line each: what the dialog shows before the correction is confirmed."""
        old = self.state.started_at
        if old is None:
            return []
        return _changed_decisions(self.state, self.events(), start, self.profile, self._lists)

    def correct_start(self, start: datetime, note: str, *, accept_changes: bool = False) -> Change:
        """Move the recorded start. Within bounds: not in the future, not further than the
        exam's duration (one hour at least) from the recorded start. When it
        changes decisions already recorded (a late entry that would have been on time, an
        exit that would have been too early), it is refused unless `accept_changes`, and the
        changed decisions are listed in the record."""
        if not note.strip():
            raise InvalidInput("Une correction de l'heure de début doit être motivée.")
        if start.tzinfo is None:
            raise InvalidInput("L'heure de début corrigée doit avoir un fuseau horaire.")

        def build(now: datetime) -> list[Spec]:
            state = self.state
            if state.started_at is None:
                raise Refusal("L'épreuve n'a pas commencé.", "not_started")
            if start > now:
                raise Refusal("L'heure de début corrigée ne peut pas être dans le futur.", "future")
            bound = max(state.duration, timedelta(hours=1))
            if abs(start - state.started_at) > bound:
                raise Refusal(
                    f"L'heure de début ne peut être déplacée que de "
                    f"{int(bound.total_seconds() // 60)} min au plus.",
                    "too_far",
                    params={"minutes": int(bound.total_seconds() // 60)},
                )
            changed = _changed_decisions(state, self.events(), start, self.profile,
                                         self._lists)  # fmt: skip
            if changed and not accept_changes:
                raise Refusal(
                    "Cette heure de début change des décisions déjà enregistrées : "
                    + " ; ".join(changed) + ".",
                    "changes_decisions",
                )  # fmt: skip
            payload: dict[str, Any] = {
                "start": format_time(start),
                "previous": format_time(state.started_at),
                "note": note.strip(),
            }
            if changed:
                payload["changed_decisions"] = changed
            return [(EventKind.START_CORRECTED, None, payload)]

        return self._run("corriger l'heure de début", build)


def _check_correction(target: Event, changes: dict[str, Any], void: bool) -> None:
    kind = target.kind
    if kind in (EventKind.PV_SIGNED, EventKind.SEALED):
        raise Refusal(
            "Le procès-verbal signé et le scellé ne se corrigent pas.", "final", candidate=None
        )
    if void:
        if kind not in VOIDABLE:
            raise Refusal(
                f"L'événement n° {target.seq} ({kind.value}) ne s'annule pas par une correction.",
                "not_voidable",
            )
        return
    fields = AMENDABLE.get(kind)
    if fields is None:
        raise Refusal(
            f"L'événement n° {target.seq} ({kind.value}) ne se modifie pas par une correction.",
            "not_amendable",
        )
    for name, value in changes.items():
        check = fields.get(name)
        if check is None:
            raise InvalidInput(
                f"« {name} » ne se corrige pas sur cet événement ; champs possibles : "
                f"{', '.join(sorted(fields))}."
            )
        problem = check(value)
        if problem is not None:
            raise InvalidInput(f"« {name} » doit être {problem} (reçu : {value!r}).")


def _check_nothing_depends_on(target: Event, events: list[Event], voided: set[int]) -> None:
    """A candidate's event is voided latest first: voiding an entry under a later exit or
    hand-in would leave the record saying what cannot have happened."""
    if target.candidate is None:
        return
    later = [
        e for e in events[target.seq:]
        if e.candidate == target.candidate and e.seq not in voided
        and e.kind not in (EventKind.COMMAND_REFUSED, EventKind.LATE_ENTRY_REFUSED)
    ]  # fmt: skip
    if later:
        raise Refusal(
            f"L'événement n° {later[-1].seq} concerne le même candidat et le suit : "
            f"annulez-le d'abord.",
            "later_events",
            candidate=target.candidate,
        )


# What was recorded at the door, and what the rules would decide: the same four categories,
# so that a start correction lists only the recorded decisions it contradicts (issue #11.6).
_RECORDED = {
    EventKind.CHECKED_IN: ("on_time", "admis(e) à l'heure"),
    Reason.LATE_ADMITTED.value: ("late", "admis(e) en retard"),
    Reason.LATE_ADMITTED_WITH_PROOF.value: (
        "late_with_proof",
        "admis(e) en retard sur justificatif de transport",
    ),
}
_RULED = {
    Reason.ON_TIME: ("on_time", "à l'heure"),
    Reason.LATE_ADMITTED: ("late", "retard admis"),
    Reason.LATE_ADMITTED_WITH_PROOF: (
        "late_with_proof",
        "retard admis sur justificatif de transport",
    ),
    Reason.LATE_NEEDS_TRANSPORT_PROOF: (
        "refused",
        "retard admis seulement sur justificatif de transport",
    ),
    Reason.LATE_SOMEONE_LEFT: ("refused", "entrée refusée (un candidat est déjà sorti)"),
    Reason.LATE_TOO_LATE: ("refused", "trop en retard"),
}


def _recorded_decision(event: Event) -> tuple[str, str]:
    """What the room decided at the door, as recorded by `event`."""
    if event.kind is EventKind.CHECKED_IN:
        return _RECORDED[EventKind.CHECKED_IN]
    if event.kind is EventKind.LATE_ENTRY_REFUSED:
        try:
            reason = Reason(event.payload.get("reason"))
        except ValueError:
            reason = Reason.LATE_TOO_LATE
        return "refused", "refusé(e) : " + _RULED.get(reason, _RULED[Reason.LATE_TOO_LATE])[1]
    proof = event.payload.get("reason") == Reason.LATE_ADMITTED_WITH_PROOF.value
    return _RECORDED[(Reason.LATE_ADMITTED_WITH_PROOF if proof else Reason.LATE_ADMITTED).value]


def _entry_name(state: RoomState, event: Event) -> str:
    entry = state.candidates.get(event.candidate or "")
    if entry is not None:
        return entry.candidate.display_name
    addition = event.payload.get("addition")  # a refused hand addition: never added
    if isinstance(addition, dict) and isinstance(addition.get("candidate"), dict):
        try:
            return Candidate.from_record(addition["candidate"]).display_name
        except (KeyError, TypeError, ValueError):
            pass
    return event.candidate or "?"


def _changed_decisions(
    state: RoomState, events: list[Event], new: datetime, profile: Any, lists: Any = None
) -> list[str]:
    """The recorded decisions (entries, refusals at the door, exits) that the rules would
    contradict from the start `new`: what was recorded against what would now be decided,
    never the old rule against the new one. A decision that stays right is not listed."""
    changed = []
    # Folded along the way: whether anyone had left when each candidate came (4.1).
    fold = RoomState()
    fold.voided, fold.amended = state.voided, state.amended
    for event in events:
        if event.seq in state.voided:
            fold._advance(event)
            continue
        relevant = event.kind in (*_ENTRIES, *_EXITS) and event.candidate is not None
        if relevant:
            line = _contradiction(state, fold, event, new, profile)
            if line:
                changed.append(line)
        if event.seq in state.amended:
            event = event._replace(payload={**event.payload, **state.amended[event.seq]})
        fold.apply(event, lists)
    return changed


def _contradiction(
    state: RoomState, before: RoomState, event: Event, new: datetime, profile: Any
) -> str | None:
    name, when = _entry_name(state, event), local_time(event.at)
    elapsed = state.elapsed(event.at, new) or timedelta(0)
    if event.at <= new:
        elapsed = timedelta(0)
    if event.kind in _ENTRIES:
        recorded, recorded_text = _recorded_decision(event)
        ruled = late_entry(
            state.duration, elapsed,
            transport_proof=bool(event.payload.get("transport_proof")),
            anyone_left=before.anyone_left, profile=profile,
            base=event.at - elapsed,  # the minute the room was shown
        )  # fmt: skip
        category, ruled_text = _RULED[ruled.reason]
        if category == recorded:
            return None
        return f"{name}, arrivé(e) à {when} : {recorded_text} → {ruled_text}"
    if event.payload.get("emergency"):
        return None
    definitive = event.kind is EventKind.DEFINITIVE_EXIT
    opens = (profile.definitive_exits_from if definitive
             else profile.temporary_exits_from)(state.duration)  # fmt: skip
    opens = as_shown(opens, event.at - elapsed, opening=True)
    if elapsed < opens:
        return f"{name}, sorti(e) à {when} : sortie autorisée → trop tôt"
    return None
