"""Room session commands for the clock and the record: pauses, incidents, notes, PV, seal."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from invigilator.errors import InvalidInput
from invigilator.model import Signature
from invigilator.record.events import EventKind
from invigilator.room.commands import (
    CUSTODY_MODES,
    FRAUD_NATURES,
    INCIDENT_CATEGORIES,
    Change,
    Refusal,
    SessionParts,
    Spec,
    local_time,
)
from invigilator.room.state import CandidateState, Status

INSIDE = (Status.PRESENT, Status.OUT)


class RecordCommands(SessionParts):
    display_status: Callable[[CandidateState], Status]  # RoomSession's: the table's words

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

    def still_composing(
        self, student_ids: Iterable[str], now: datetime | None = None
    ) -> dict[str, datetime | None]:
        """Of these candidates, those whose composition time is not over, with the moment it
        ends: the exam's end plus their extra time, moved by the interruptions so far (None
        before the start). The same boundary as a hand-in: at their end, time is over."""
        now = now or self.clock.now()
        elapsed = self.state.elapsed(now)
        found: dict[str, datetime | None] = {}
        for student_id in student_ids:
            entry = self.state.candidates.get(student_id)
            if entry is None:
                continue
            end = self.state.shown_end_of(entry, now)  # the end shown, the end decided
            if elapsed is None or elapsed < end:
                found[student_id] = self.state.moment_of(end, now)
        return found

    def refusal_to_hand_in_check(
        self, student_ids: Iterable[str], now: datetime | None = None
    ) -> Refusal | None:
        """Why these candidates cannot be recorded as refusing to hand in their paper, or None:
        only a candidate still in the room whose own time is over can refuse (4.4, 4.8)."""
        ids = list(student_ids)
        if self.state.started_at is None:
            return Refusal(
                "L'épreuve n'a pas commencé : aucun refus de rendre la copie ne peut être "
                "enregistré.",
                "not_started",
            )
        away = [
            e for e in (self.state.candidates.get(i) for i in ids)
            if e is not None and e.status not in INSIDE
        ]  # fmt: skip
        if away:
            names = ", ".join(
                f"{e.candidate.display_name} ({self.display_status(e).label})" for e in away
            )
            return Refusal(
                f"Refus de rendre la copie impossible, candidat(s) hors de la salle : {names}.",
                "not_present",
            )
        composing = self.still_composing(ids, now)
        if not composing:
            return None
        by_end: dict[datetime, list[str]] = {}
        for student_id, end in composing.items():
            if end is not None:  # always known once the exam has started
                name = self.state.candidates[student_id].candidate.display_name
                by_end.setdefault(end, []).append(name)
        groups = " ; ".join(
            f"jusqu'à {local_time(end)} : {_some(names)}" for end, names in sorted(by_end.items())
        )
        paused = (
            " (épreuve interrompue : ces heures reculent d'autant)" if self.state.paused else ""
        )
        return Refusal(
            f"{len(composing)} candidat(s) composent encore, leur temps n'est pas écoulé — "
            f"{groups}{paused}. Un refus de rendre la copie ne s'enregistre qu'à la fin du temps "
            "du candidat.",
            "still_composing",
        )

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
        nature: str = "",
        custody: Iterable[str] = (),
        seized_by: str = "",
        measures: str = "",
    ) -> Change:
        """An incident; for a fraud (4.6.2) the report is signed by the invigilator(s) and
        countersigned by the candidate(s), or says that a candidate refused to countersign.

        A fraud report may also say its `nature` (a FRAUD_NATURES code), how the seized items
        are kept (`custody`: CUSTODY_MODES codes) and by whom (`seized_by`, an invigilator),
        and any other measure taken (`measures`); each is written only when given."""
        if category not in INCIDENT_CATEGORIES:
            raise InvalidInput(f"Catégorie d'incident inconnue : {category}.")
        if not description.strip():
            raise InvalidInput("Décrivez l'incident.")
        ids = [c.strip() for c in candidates if c.strip()]
        unknown = [c for c in ids if c not in self.state.candidates]
        if unknown:
            raise InvalidInput(f"Candidat(s) inconnu(s) dans cette salle : {', '.join(unknown)}.")
        given = {**(invigilator_signatures or {}), **(candidate_signatures or {})}
        short = [who for who, sig in given.items() if sig.has_ink and sig.is_empty]
        if short:  # drawn on, but too little to count: not dropped without a word
            raise InvalidInput(f"Signature trop courte : {', '.join(short)}.")
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
        if category == "refus_de_rendre" and not ids:
            raise InvalidInput("Indiquez le ou les candidats qui refusent de rendre leur copie.")
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
        report = self._fraud_details(category, seized, nature, custody, seized_by, measures)
        payload: dict[str, Any] = {
            "category": category,
            "description": description.strip(),
            "candidates": ids,
            "seized": seized.strip(),
            **report,
        }
        if signed or countersigned or refused:
            payload["invigilator_signatures"] = {n: s.to_record() for n, s in signed.items()}
            payload["candidate_signatures"] = {c: s.to_record() for c, s in countersigned.items()}
            payload["refused_to_countersign"] = refused

        def build(now: datetime) -> list[Spec]:
            if category == "refus_de_rendre":
                # Marking a candidate who is still writing would end their exam for good.
                refusal = self.refusal_to_hand_in_check(ids, now)
                if refusal is not None:
                    raise refusal
            return [(EventKind.INCIDENT, None, payload)]

        return self._run("enregistrer l'incident", build)

    def _fraud_details(
        self, category: str, seized: str, nature: str, custody: Iterable[str], seized_by: str,
        measures: str,
    ) -> dict[str, Any]:  # fmt: skip
        """The fraud report's optional fields, checked: only what was given is written."""
        details: dict[str, Any] = {}
        nature, seized_by, measures = nature.strip(), seized_by.strip(), measures.strip()
        modes = list(dict.fromkeys(m.strip() for m in custody if m.strip()))
        if (nature or modes or seized_by or measures) and category != "fraude":
            raise InvalidInput(
                "Nature de la fraude, conservation des objets saisis et mesures prises ne "
                "concernent qu'un procès-verbal de fraude."
            )
        if nature:
            if nature not in FRAUD_NATURES:
                raise InvalidInput(f"Nature de fraude inconnue : {nature}.")
            details["nature"] = nature
        if modes or seized_by:
            if not seized.strip():
                raise InvalidInput(
                    "Indiquez les documents ou le matériel saisis avant leur conservation."
                )
            unknown = [m for m in modes if m not in CUSTODY_MODES]
            if unknown:
                raise InvalidInput(f"Conservation inconnue : {', '.join(unknown)}.")
            if seized_by and seized_by not in self.state.invigilators:
                raise InvalidInput(
                    f"{seized_by} n'est pas un surveillant de la salle : "
                    "les objets sont saisis par un surveillant."
                )
            if modes:
                details["custody"] = modes
            if seized_by:
                details["seized_by"] = seized_by
        if measures:
            if len(measures) > 4000:
                raise InvalidInput("Les mesures prises tiennent en 4000 caractères au plus.")
            details["measures"] = measures
        return details

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

    def sign_pv(self, signatures: Mapping[str, Signature]) -> Change:
        missing = [n for n in self.state.invigilators if n not in signatures]
        if missing:
            raise InvalidInput(f"Signature manquante : {', '.join(missing)}.")
        if any(s.is_empty for s in signatures.values()):
            raise InvalidInput("Une signature du procès-verbal est vide ou trop courte.")

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

    def add_addendum(self, text: str) -> Change:
        """What is written after the PV is signed: "ajout postérieur à la signature", shown as
        such in the record and the PDF; the signatures do not cover it (issue #9)."""
        if not text.strip():
            raise InvalidInput("L'ajout est vide.")

        def build(now: datetime) -> list[Spec]:
            if self.state.pv_signed is None:
                raise Refusal(
                    "Le procès-verbal n'est pas signé : enregistrez une observation.",
                    "addendum_before_pv",
                )
            return [(EventKind.ADDENDUM, None, {"text": text.strip()})]

        return self._run("enregistrer un ajout postérieur à la signature", build)

    def seal(self, *, not_held: str = "") -> Change:
        """Seal the session. A room that never started is sealed only with the reason the
        exam was not held (`not_held`, "épreuve non tenue"), PV signed or not; a room that
        started, only once the PV is signed."""

        def build(now: datetime) -> list[Spec]:
            if self.state.started_at is None:
                if not not_held.strip():
                    raise Refusal(
                        "L'épreuve n'a pas commencé : pour sceller, indiquez pourquoi "
                        "l'épreuve est non tenue (Procès-verbal › Épreuve non tenue).",
                        "not_held_reason_missing",
                    )
                return [(EventKind.SEALED, None, {"not_held": not_held.strip()})]
            if not_held.strip():
                raise InvalidInput("L'épreuve a commencé : elle ne peut pas être dite non tenue.")
            if self.state.pv_signed is None:
                raise Refusal("Faites signer le procès-verbal avant de sceller.", "pv_unsigned")
            return [(EventKind.SEALED, None, {})]

        return self._run("sceller la session", build)


def _some(names: list[str], shown: int = 5) -> str:
    """A few names, and how many more: a refusal message stays readable for a whole room."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" et {more} autre(s)" if more > 0 else "")
