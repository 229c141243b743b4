"""Room session commands for leaving the room: exits, returns, papers handed in (4.3, 4.8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from invigilator.errors import InvalidInput
from invigilator.model import Signature
from invigilator.record.events import EventKind
from invigilator.room.commands import Change, Refusal, SessionParts, Spec
from invigilator.room.state import CandidateState, Status
from invigilator.rules import Decision, exit_decision


class ExitCommands(SessionParts):
    def _present(self, student_id: str, action: str) -> CandidateState:
        entry = self._entry(student_id)
        if entry.status is not Status.PRESENT:
            raise Refusal(
                f"{entry.candidate.display_name} n'est pas dans la salle "
                f"({entry.status.label}) : impossible de {action}.",
                "not_present",
                candidate=student_id,
                params={"name": entry.candidate.display_name},
            )
        return entry

    def exit_preview(
        self, student_id: str, *, definitive: bool, emergency: bool = False
    ) -> Decision:
        now = self.clock.now()
        return exit_decision(
            self.state.duration,
            self.state.elapsed(now) or timedelta(0),
            definitive=definitive,
            invigilators_present=len(self.state.invigilators),
            someone_out=any(c.student_id != student_id for c in self.state.out_now),
            emergency=emergency,
            profile=self.profile,
        )

    def _check_exit(
        self, now: datetime, *, student_id: str, definitive: bool, emergency: bool, note: str
    ) -> Decision:
        if emergency and not note.strip():
            raise InvalidInput("Une sortie d'urgence doit être justifiée par une note.")
        elapsed = self.state.elapsed(now)
        if elapsed is None:
            raise Refusal("L'épreuve n'a pas commencé.", "not_started", candidate=student_id)
        decision = exit_decision(
            self.state.duration,
            elapsed,
            definitive=definitive,
            invigilators_present=len(self.state.invigilators),
            someone_out=bool(self.state.out_now),
            emergency=emergency,
            profile=self.profile,
        )
        if not decision.allowed:
            start = self.state.moment_of(timedelta(0), now)
            text = decision.text(start)
            raise Refusal(
                text[0].upper() + text[1:] + ".",
                decision.reason.value,
                candidate=student_id,
                decision=decision,
                params={"start": start},
            )
        return decision

    def temporary_exit(
        self, student_id: str, *, escort: str, emergency: bool = False, note: str = ""
    ) -> Change:
        if emergency and not note.strip():
            raise InvalidInput("Une sortie d'urgence doit être justifiée par une note.")
        if not emergency and not escort.strip():
            raise InvalidInput("Indiquez le surveillant qui accompagne le candidat.")

        def build(now: datetime) -> list[Spec]:
            self._present(student_id, "sortir")
            decision = self._check_exit(
                now, student_id=student_id, definitive=False, emergency=emergency, note=note
            )
            payload: dict[str, Any] = {"escort": escort.strip(), "reason": decision.reason.value}
            if emergency:
                payload.update(emergency=True, note=note.strip())
            return [(EventKind.TEMPORARY_EXIT, student_id, payload)]

        return self._run("autoriser une sortie temporaire", build)

    def return_to_room(self, student_id: str) -> Change:
        def build(now: datetime) -> list[Spec]:
            entry = self._entry(student_id)
            if entry.status is not Status.OUT:
                raise Refusal(
                    f"{entry.candidate.display_name} n'est pas sorti(e).", "not_out",
                    candidate=student_id, params={"name": entry.candidate.display_name},
                )  # fmt: skip
            minutes = int((now - entry.out_since).total_seconds() // 60)  # type: ignore[operator]
            return [(EventKind.RETURNED, student_id, {"minutes_out": minutes})]

        return self._run("enregistrer le retour", build)

    def hand_in(
        self,
        student_id: str,
        *,
        sheets: int,
        blank: bool = False,
        signature: Signature,
        emergency: bool = False,
        note: str = "",
    ) -> Change:
        """The paper is handed in and signed for; before the candidate's end, a definitive exit."""
        if sheets < 0:
            raise InvalidInput("Le nombre de feuilles ne peut pas être négatif.")
        if signature.is_empty:
            raise InvalidInput("La signature de remise est vide ou trop courte.")

        def build(now: datetime) -> list[Spec]:
            entry = self._present(student_id, "rendre la copie")
            elapsed = self.state.elapsed(now)
            payload: dict[str, Any] = {
                "sheets": sheets,
                "blank": blank,
                "signature": signature.to_record(),
            }
            if elapsed is not None and elapsed >= self.state.end_of(entry):
                return [(EventKind.HANDED_IN, student_id, payload)]
            decision = self._check_exit(
                now, student_id=student_id, definitive=True, emergency=emergency, note=note
            )
            payload["reason"] = decision.reason.value
            if emergency:
                payload.update(emergency=True, note=note.strip())
            return [(EventKind.DEFINITIVE_EXIT, student_id, payload)]

        return self._run("rendre la copie", build)
