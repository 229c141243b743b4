"""Room session commands for the clock and the record: pauses, incidents, notes, PV, seal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from invigilator.commands import INCIDENT_CATEGORIES, Change, Refusal, SessionParts, Spec
from invigilator.errors import InvalidInput
from invigilator.events import EventKind
from invigilator.model import Signature
from invigilator.state import Status


class RecordCommands(SessionParts):
    def pause(self, reason: str) -> Change:
        if not reason.strip():
            raise InvalidInput("Indiquez le motif de l'interruption.")

        def build(now: datetime) -> list[Spec]:
            if self.state.started_at is None:
                raise Refusal("L'épreuve n'a pas commencé.", "not_started")
            if self.state.paused:
                raise Refusal("L'épreuve est déjà interrompue.", "already_paused")
            return [(EventKind.PAUSED, None, {"reason": reason.strip()})]

        return self._run("interrompre l'épreuve", build)

    def resume(self) -> Change:
        def build(now: datetime) -> list[Spec]:
            if not self.state.paused:
                raise Refusal("L'épreuve n'est pas interrompue.", "not_paused")
            paused_at = self.state.pauses[-1][0]
            return [(EventKind.RESUMED, None, {"paused_s": int((now - paused_at).total_seconds())})]

        return self._run("reprendre l'épreuve", build)

    def _note(self, kind: EventKind, payload: dict[str, Any], action: str) -> Change:
        return self._run(action, lambda now: [(kind, None, payload)])

    def record_incident(
        self,
        category: str,
        description: str,
        *,
        candidates: Iterable[str] = (),
        seized: str = "",
        invigilator_signatures: Mapping[str, Signature] | None = None,
        candidate_signatures: Mapping[str, Signature] | None = None,
        refused_to_countersign: Iterable[str] = (),
    ) -> Change:
        """An incident; for a fraud (4.6.2) the report is signed by the invigilator(s) and
        countersigned by the candidate(s), or says that a candidate refused to countersign."""
        if category not in INCIDENT_CATEGORIES:
            raise InvalidInput(f"Catégorie d'incident inconnue : {category}.")
        if not description.strip():
            raise InvalidInput("Décrivez l'incident.")
        ids = [c.strip() for c in candidates if c.strip()]
        unknown = [c for c in ids if c not in self.state.candidates]
        if unknown:
            raise InvalidInput(f"Candidat(s) inconnu(s) dans cette salle : {', '.join(unknown)}.")
        signed = {n: sig for n, sig in (invigilator_signatures or {}).items() if not sig.is_empty}
        countersigned = {
            c: sig for c, sig in (candidate_signatures or {}).items() if not sig.is_empty
        }
        refused = [c.strip() for c in refused_to_countersign if c.strip()]
        strangers = [c for c in [*countersigned, *refused] if c not in ids]
        if strangers:
            raise InvalidInput(
                f"Contreseing d'un candidat non mis en cause : {', '.join(strangers)}."
            )
        if category == "fraude":
            # 4.6.2: signed by the invigilator(s), countersigned by the candidate(s) or the
            # refusal to countersign stated.
            if not ids:
                raise InvalidInput("Indiquez le ou les candidats mis en cause.")
            if not signed:
                raise InvalidInput("Le procès-verbal de fraude doit être signé par un surveillant.")
            unsigned = [c for c in ids if c not in countersigned and c not in refused]
            if unsigned:
                raise InvalidInput(
                    "Contreseing manquant (ou refus de contresigner à indiquer) : "
                    f"{', '.join(unsigned)}."
                )
        payload: dict[str, Any] = {
            "category": category,
            "description": description.strip(),
            "candidates": ids,
            "seized": seized.strip(),
        }
        if signed or countersigned or refused:
            payload["invigilator_signatures"] = {n: s.to_record() for n, s in signed.items()}
            payload["candidate_signatures"] = {c: s.to_record() for c, s in countersigned.items()}
            payload["refused_to_countersign"] = refused
        return self._note(EventKind.INCIDENT, payload, "enregistrer l'incident")

    def observe(self, text: str, *, source: str = "surveillant") -> Change:
        if not text.strip():
            raise InvalidInput("L'observation est vide.")
        return self._note(
            EventKind.OBSERVATION, {"text": text.strip(), "source": source},
            "enregistrer l'observation",
        )  # fmt: skip

    def erratum(self, text: str) -> Change:
        if not text.strip():
            raise InvalidInput("L'erratum est vide.")
        return self._note(EventKind.ERRATUM, {"text": text.strip()}, "enregistrer l'erratum")

    def correct(
        self, target_seq: int, *, note: str, changes: Mapping[str, Any] | None = None,
        void: bool = False,
    ) -> Change:  # fmt: skip
        """Correct an earlier event: never a deletion, a new event that says what changes."""
        if not note.strip():
            raise InvalidInput("Une correction doit être motivée.")
        if not void and not changes:
            raise InvalidInput("Indiquez ce qui est corrigé.")

        def build(now: datetime) -> list[Spec]:
            if not 0 < target_seq <= self.state.last_seq:
                raise Refusal(f"L'événement n° {target_seq} n'existe pas.", "no_such_event")
            payload = {
                "target_seq": target_seq,
                "note": note.strip(),
                "changes": dict(changes or {}),
                "void": void,
            }
            return [(EventKind.CORRECTION, None, payload)]

        return self._run("corriger un événement", build)

    def sign_pv(self, signatures: Mapping[str, Signature]) -> Change:
        missing = [n for n in self.state.invigilators if n not in signatures]
        if missing:
            raise InvalidInput(f"Signature manquante : {', '.join(missing)}.")
        if any(s.is_empty for s in signatures.values()):
            raise InvalidInput("Une signature du procès-verbal est vide.")

        def build(now: datetime) -> list[Spec]:
            inside = [
                c.candidate.display_name
                for c in self.state.candidates.values()
                if c.status in (Status.PRESENT, Status.OUT)
            ]
            if inside:
                raise Refusal(
                    f"{len(inside)} candidat(s) n'ont pas rendu leur copie : "
                    f"{', '.join(inside[:5])}{'…' if len(inside) > 5 else ''}.",
                    "papers_missing",
                )
            return [
                (
                    EventKind.PV_SIGNED,
                    None,
                    {"signatures": {n: s.to_record() for n, s in signatures.items()}},
                )
            ]

        return self._run("signer le procès-verbal", build)

    def seal(self) -> Change:
        def build(now: datetime) -> list[Spec]:
            if self.state.pv_signed is None:
                raise Refusal("Faites signer le procès-verbal avant de sceller.", "pv_unsigned")
            return [(EventKind.SEALED, None, {})]

        return self._run("sceller la session", build)
