"""Room session commands for entering the room: check-in, late entries (4.1), additions (4.2)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from invigilator.errors import InvalidInput
from invigilator.model import Candidate, Signature
from invigilator.record.events import EventKind, signature_json
from invigilator.room.commands import (
    Change,
    Lookup,
    Refusal,
    SessionParts,
    Spec,
    already_listed,
    check_id_document,
    elsewhere_fields,
    local_time,
)
from invigilator.room.payload_check import record_problem
from invigilator.room.state import CandidateState
from invigilator.rules import Decision, late_entry


class EntryCommands(SessionParts):
    # -- entering ------------------------------------------------------------------------

    def lookup(self, student_id: str) -> Lookup:
        student_id = student_id.strip()
        entry = self.state.candidates.get(student_id)
        if entry is not None:
            return Lookup(student_id, entry)
        other = self.state.others.get(student_id)
        return Lookup(student_id, None, other.room if other else None)

    def entry_decision(self, *, transport_proof: bool = False) -> Decision:
        """What the rules would say of a candidate arriving now."""
        return self._late_entry_at(self.clock.now(), transport_proof)[1]

    def _late_entry_at(
        self, now: datetime, transport_proof: bool
    ) -> tuple[timedelta | None, Decision]:
        elapsed = self.state.elapsed(now)
        decision = late_entry(
            self.state.duration,
            elapsed if elapsed is not None else timedelta(0),
            transport_proof=transport_proof,
            anyone_left=self.state.anyone_left,
            profile=self.profile,
            base=self.state.moment_of(timedelta(0), now),  # closes at the minute shown
        )
        return elapsed, decision

    @staticmethod
    def _late_refusal(
        candidate: Candidate,
        decision: Decision,
        elapsed: timedelta,
        transport_proof: bool,
        extra: dict[str, Any] | None = None,
    ) -> Refusal:
        return Refusal(
            f"{candidate.display_name} : {decision.text()}.",
            decision.reason.value,
            candidate=candidate.student_id,
            decision=decision,
            params={"name": candidate.display_name},
            kind=EventKind.LATE_ENTRY_REFUSED,
            payload={
                "elapsed_s": int(elapsed.total_seconds()),
                "reason": decision.reason.value,
                "transport_proof": transport_proof,
                **(extra or {}),
            },
        )

    def _entry(self, student_id: str) -> CandidateState:
        """The candidate of this room, or the refusal that says where they belong."""
        entry = self.state.candidates.get(student_id)
        if entry is not None:
            return entry
        other = self.state.others.get(student_id)
        if other is not None:
            raise Refusal(
                f"{other.display_name} ({student_id}) est attendu(e) en salle {other.room}.",
                "other_room",
                candidate=student_id,
                params={"name": other.display_name, "student_id": student_id, "room": other.room},
            )
        raise Refusal(
            f"Numéro {student_id} inconnu dans cette salle : ajout manuscrit possible.",
            "unknown",
            candidate=student_id,
            params={"student_id": student_id},
        )

    def check_in(
        self,
        student_id: str,
        *,
        id_document: str,
        signature: Signature,
        transport_proof: bool = False,
    ) -> Change:
        check_id_document(id_document)
        if signature.is_empty:
            raise InvalidInput("La signature est vide ou trop courte : faites signer le candidat.")
        decision_seen: list[Decision] = []

        def build(now: datetime) -> list[Spec]:
            entry = self._entry(student_id)
            if entry.has_entered:
                raise Refusal(
                    f"{entry.candidate.display_name} a déjà émargé à "
                    f"{local_time(entry.entered_at)}.",  # type: ignore[arg-type]
                    "already_checked_in",
                    candidate=student_id,
                    params={"name": entry.candidate.display_name, "at": entry.entered_at},
                )
            return self._entry_specs(
                entry.candidate, now, id_document, signature, transport_proof, decision_seen
            )

        change = self._run("émarger", build)
        return Change(
            change.events, change.candidates, change.room, next(iter(decision_seen), None)
        )

    def _entry_specs(
        self,
        candidate: Candidate,
        now: datetime,
        id_document: str,
        signature: Signature,
        transport_proof: bool,
        decision_seen: list[Decision],
        refusal_payload: dict[str, Any] | None = None,
    ) -> list[Spec]:
        """The entry event of a candidate signing in now, or the late-entry refusal (4.1)."""
        student_id = candidate.student_id
        payload: dict[str, Any] = {
            "id_document": id_document.strip(),
            "signature": signature_json(signature),
        }
        elapsed, decision = self._late_entry_at(now, transport_proof)
        if elapsed is None or elapsed <= timedelta(0):
            return [(EventKind.CHECKED_IN, student_id, payload)]
        decision_seen.append(decision)
        if not decision.allowed:
            raise self._late_refusal(candidate, decision, elapsed, transport_proof, refusal_payload)
        late = {
            "elapsed_s": int(elapsed.total_seconds()),
            "reason": decision.reason.value,
            "transport_proof": transport_proof,
        }
        return [(EventKind.LATE_ENTRY_ADMITTED, student_id, {**payload, **late})]

    def refuse_entry(
        self,
        student_id: str,
        *,
        transport_proof: bool = False,
        addition: Candidate | None = None,
        reason: str = "",
    ) -> Change:
        """Record a late candidate the rules turn away, without a signature (4.1).

        `addition` is a candidate missing from the list (with the `reason` they would have been
        added for): the refusal records who they are, and they are not added.
        Raises `InvalidInput` when the rules would admit the candidate (use `check_in` or
        `add_candidate`); otherwise appends the refusal and raises `CommandRefused`.
        """

        def build(now: datetime) -> list[Spec]:
            if addition is None:
                entry = self._entry(student_id)
                candidate, entered, extra = entry.candidate, entry.has_entered, {}
            else:
                candidate, entered = addition, False
                extra = {"addition": {"candidate": addition.to_record(), "reason": reason}}
            elapsed, decision = self._late_entry_at(now, transport_proof)
            if decision.allowed or entered or elapsed is None:
                raise InvalidInput(f"{candidate.display_name} peut entrer : faites-le émarger.")
            raise self._late_refusal(candidate, decision, elapsed, transport_proof, extra)

        return self._run("émarger", build)

    def add_candidate(
        self,
        candidate: Candidate,
        *,
        reason: str,
        id_document: str = "",
        signature: Signature | None = None,
        transport_proof: bool = False,
        elsewhere_decision: str = "",
    ) -> Change:
        """A candidate missing from the list (4.2, adjonction manuscrite), to be verified.

        With a signature, the candidate is checked in by the same command: added and signed in
        together, or, when the late-entry rules refuse, not added and the refusal logged.
        A candidate the list expects in another room needs `elsewhere_decision`, the reason
        for admitting them here; a number on this room's list is an InvalidInput.
        """
        problem = record_problem(candidate)
        if problem is not None:
            raise InvalidInput(f"Candidat impossible à enregistrer : ce n'est pas {problem}.")
        if not candidate.student_id.strip():
            raise InvalidInput("Le numéro d'auditeur est obligatoire.")
        if not candidate.last_name.strip() or not candidate.first_name.strip():
            raise InvalidInput("Le nom et le prénom sont obligatoires.")
        if not reason.strip():
            raise InvalidInput("Indiquez le motif de l'ajout.")
        if signature is not None and signature.is_empty:
            raise InvalidInput("La signature est vide ou trop courte : faites signer le candidat.")
        if signature is not None:
            check_id_document(id_document)
        student_id = candidate.student_id.strip()
        record = {**candidate.to_record(), "student_id": student_id}
        added = Candidate.from_record(record)
        decision_seen: list[Decision] = []

        def build(now: datetime) -> list[Spec]:
            already_listed(self.state, student_id)
            addition = {"candidate": record, "reason": reason.strip(),
                        **elsewhere_fields(self.state, student_id, elsewhere_decision)}  # fmt: skip
            specs: list[Spec] = [(EventKind.CANDIDATE_ADDED, student_id, addition)]
            if signature is not None:
                specs += self._entry_specs(
                    added, now, id_document, signature, transport_proof, decision_seen,
                    refusal_payload={"addition": addition},
                )  # fmt: skip
            return specs

        change = self._run("ajouter un candidat", build)
        return Change(
            change.events, change.candidates, change.room, next(iter(decision_seen), None)
        )
