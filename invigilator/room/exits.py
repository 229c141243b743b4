"""Room session commands for leaving the room: exits, returns, papers handed in (4.3, 4.8)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from invigilator.errors import InvalidInput
from invigilator.model import Signature
from invigilator.record.events import EventKind, signature_json
from invigilator.room.commands import Change, Refusal, SessionParts, Spec, impossible
from invigilator.room.state import CandidateState, Status
from invigilator.rules import Decision, Reason, exit_decision


class ExitCommands(SessionParts):
    def _present(self, student_id: str, action: str) -> CandidateState:
        entry = self._entry(student_id)
        if entry.status is not Status.PRESENT:
            raise Refusal(
                f"{entry.candidate.display_name} n'est pas dans la salle "
                f"({entry.status.label}) : {impossible(action)}.",
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
            invigilators_present=self.state.invigilators_in_room,
            someone_out=any(c.student_id != student_id for c in self.state.out_now),
            emergency=emergency,
            profile=self.profile,
            base=self.state.moment_of(timedelta(0), now),  # opens at the minute shown
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
            invigilators_present=self.state.invigilators_in_room,
            someone_out=bool(self.state.out_now),
            emergency=emergency,
            profile=self.profile,
            base=self.state.moment_of(timedelta(0), now),  # opens at the minute shown
        )
        if not decision.allowed:
            start = self.state.moment_of(timedelta(0), now)
            text = decision.text(start)
            if emergency and decision.reason is Reason.EXIT_SINGLE_INVIGILATOR:
                text += (
                    " ; en urgence, enregistrez une sortie d'urgence sans retour, accompagnée "
                    "par une personne extérieure"
                )
            raise Refusal(
                text[0].upper() + text[1:] + ".",
                decision.reason.value,
                candidate=student_id,
                decision=decision,
                params={"start": start},
            )
        return decision

    def _check_escort(self, escort: str, outside: bool, student_id: str) -> str:
        """The escort is an invigilator in the room (who leaves it with the candidate), or a
        named person from outside (nurse, firefighter); never the last invigilator inside."""
        escort = escort.strip()
        if not escort:
            raise InvalidInput(
                "Indiquez qui accompagne le candidat : un surveillant présent, ou une personne "
                "extérieure nommée.",
                code="escort_missing",
            )
        if outside:
            return escort
        if escort not in self.state.invigilators:
            raise InvalidInput(
                f"{escort} n'est pas un surveillant de la salle : choisissez un surveillant "
                "présent, ou indiquez une personne extérieure.",
                code="escort_not_invigilator",
                params={"escort": escort},
            )
        if escort in self.state.escorts_out:
            raise Refusal(
                f"{escort} accompagne déjà un candidat hors de la salle.", "escort_away",
                candidate=student_id, params={"escort": escort},
            )  # fmt: skip
        if self.state.invigilators_in_room < 2:
            raise Refusal(
                f"{escort} est le dernier surveillant dans la salle et ne peut pas la quitter : "
                "indiquez une personne extérieure pour accompagner le candidat.",
                "last_invigilator",
                candidate=student_id,
                params={"escort": escort},
            )
        return escort

    def temporary_exit(
        self,
        student_id: str,
        *,
        escort: str,
        emergency: bool = False,
        note: str = "",
        escort_outside: bool = False,
    ) -> Change:
        """A temporary exit (4.3.1), escorted by an invigilator present or, in an emergency,
        by a named person from outside (`escort_outside`). With one invigilator left in the
        room, any exit is definitive: use `hand_in` or `emergency_departure`."""
        if emergency and not note.strip():
            raise InvalidInput("Une sortie d'urgence doit être justifiée par une note.")
        if escort_outside and not emergency:
            raise InvalidInput(
                "Hors urgence, un candidat sort accompagné d'un surveillant.",
                code="escort_outside_not_emergency",
            )

        def build(now: datetime) -> list[Spec]:
            self._present(student_id, "sortir")
            decision = self._check_exit(
                now, student_id=student_id, definitive=False, emergency=emergency, note=note
            )
            who = self._check_escort(escort, escort_outside, student_id)
            payload: dict[str, Any] = {"escort": who, "reason": decision.reason.value}
            if emergency:
                payload.update(emergency=True, note=note.strip(), escort_outside=escort_outside)
            return [(EventKind.TEMPORARY_EXIT, student_id, payload)]

        return self._run("autoriser une sortie temporaire", build)

    def emergency_departure(
        self,
        student_id: str,
        *,
        note: str,
        paper_handed_in: bool,
        sheets: int = 0,
        escort: str = "",
        escort_outside: bool = False,
    ) -> Change:
        """A candidate who leaves in an emergency and does not come back, closed as such
        ("sortie d'urgence — copie remise / non remise"), never as a refusal to hand in.

        From the room (`escort` needed, as for a temporary exit but allowed with one
        invigilator when the escort is from outside), or for a candidate already out after a
        temporary emergency exit (their escort is already recorded)."""
        if not note.strip():
            raise InvalidInput("Une sortie d'urgence doit être justifiée par une note.")
        if isinstance(sheets, bool) or not isinstance(sheets, int) or not 0 <= sheets <= 99:
            raise InvalidInput("Le nombre de feuilles doit être un entier de 0 à 99.")
        if sheets and not paper_handed_in:
            raise InvalidInput("Des feuilles ne sont comptées que si la copie est remise.")

        def build(now: datetime) -> list[Spec]:
            entry = self._entry(student_id)
            if self.state.started_at is None:
                raise Refusal("L'épreuve n'a pas commencé.", "not_started", candidate=student_id)
            payload: dict[str, Any] = {
                "note": note.strip(), "paper_handed_in": paper_handed_in, "sheets": sheets,
            }  # fmt: skip
            if entry.status is Status.OUT:
                if entry.escort is None and not escort.strip():
                    raise InvalidInput("Indiquez qui a accompagné le candidat.")
                who, outside = entry.escort or (escort.strip(), escort_outside)
                payload.update(escort=who, escort_outside=outside, from_temporary_exit=True)
            elif entry.status is Status.PRESENT:
                payload.update(
                    escort=self._check_escort(escort, escort_outside, student_id),
                    escort_outside=escort_outside, from_temporary_exit=False,
                )  # fmt: skip
            else:
                raise Refusal(
                    f"{entry.candidate.display_name} n'est pas dans la salle ni sorti(e) "
                    f"({entry.status.label}).",
                    "not_present",
                    candidate=student_id,
                )
            return [(EventKind.EMERGENCY_DEPARTURE, student_id, payload)]

        return self._run("enregistrer une sortie d'urgence", build)

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
        escort: str = "",
        escort_outside: bool = False,
    ) -> Change:
        """The paper is handed in and signed for; before the candidate's end, a definitive exit.

        An emergency definitive exit may name who accompanies the candidate (`escort`: an
        invigilator present, or a person from outside), checked as for a temporary exit."""
        if isinstance(sheets, bool) or not isinstance(sheets, int):
            raise InvalidInput("Le nombre de feuilles doit être un nombre entier.")
        if sheets < 0:
            raise InvalidInput("Le nombre de feuilles ne peut pas être négatif.")
        if sheets > 99:
            raise InvalidInput("Plus de 99 feuilles intercalaires : vérifiez le nombre saisi.")
        if not isinstance(blank, bool):
            raise InvalidInput("« Copie blanche » est oui ou non.")
        if escort.strip() and not emergency:
            raise InvalidInput("Une remise de copie ordinaire ne se fait pas accompagner.")
        if signature.is_empty:
            raise InvalidInput("La signature de remise est vide ou trop courte.")

        def build(now: datetime) -> list[Spec]:
            entry = self._present(student_id, "rendre la copie")
            elapsed = self.state.elapsed(now)
            payload: dict[str, Any] = {
                "sheets": sheets,
                "blank": blank,
                "signature": signature_json(signature),
            }
            if elapsed is not None and elapsed >= self.state.shown_end_of(entry, now):
                return [(EventKind.HANDED_IN, student_id, payload)]
            decision = self._check_exit(
                now, student_id=student_id, definitive=True, emergency=emergency, note=note
            )
            payload["reason"] = decision.reason.value
            if emergency:
                payload.update(emergency=True, note=note.strip())
                if escort.strip():
                    who = self._check_escort(escort, escort_outside, student_id)
                    payload.update(escort=who, escort_outside=escort_outside)
            return [(EventKind.DEFINITIVE_EXIT, student_id, payload)]

        return self._run("rendre la copie", build)
