"""The room session: every action in the room, validated, logged and committed at once.

A command reads the room state (a fold over the log), asks the rules, and appends its event
in one durable transaction. A refusal is appended too, then raised as `CommandRefused`.
Commands return a `Change` that says what moved, for the UI to repaint.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from invigilator.clock import Clock, SystemClock
from invigilator.errors import CommandRefused, InvalidInput, SessionFileError, SessionSealed
from invigilator.model import Candidate, ExamFacts, Signature
from invigilator.record.events import Event, EventKind, format_time
from invigilator.record.store import SessionStore, candidate_row, list_digest
from invigilator.room.commands import (  # noqa: F401  re-exported for the UI
    ID_DOCUMENTS,
    INCIDENT_CATEGORIES,
    Change,
    Lookup,
    Refusal,
    Spec,
    already_listed,
    check_id_document,
    elsewhere_fields,
    local_time,
)
from invigilator.room.exits import ExitCommands
from invigilator.room.record_entries import RecordCommands
from invigilator.room.state import CandidateState, ListLoader, RoomState, Status
from invigilator.rules import CNAM, Decision, Milestone, RulesProfile, late_entry
from invigilator.rules import milestones as rule_milestones

if TYPE_CHECKING:
    from invigilator.record.verify import Verification


class ListToImport(Protocol):
    """What `import_list` needs of a list: an `importing.ImportedList`, or the demo's."""

    source_name: str
    sha256: str
    sheet: str | None
    room: str | None
    candidates: list[Candidate]
    others: list[Candidate]


class RoomSession(ExitCommands, RecordCommands):
    def __init__(
        self, store: SessionStore, clock: Clock, profile: RulesProfile, invigilator: str
    ) -> None:
        self._store = store
        self.clock = clock
        self.profile = profile
        self.state = RoomState()
        # The milestones of one state, as of its last event: the clock band asks for them three
        # times a second, and each time they would go through every candidate's extra time.
        self._milestones: tuple[RoomState, int, list[Milestone]] | None = None
        # Another window's events folded in by a command of this one: refresh() reports them.
        self._unreported = False
        self._catch_up()
        self.invigilator = invigilator or self.state.lead_invigilator

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        profile: RulesProfile = CNAM,
        invigilator: str = "",
    ) -> RoomSession:
        store = SessionStore.create(path)
        session = cls(store, clock or SystemClock(), profile, invigilator)
        session._run(
            "créer la session",
            lambda now: [
                (
                    EventKind.SESSION_CREATED,
                    None,
                    {"session_id": store.meta("session_id"), "profile": profile.name},
                )
            ],
        )
        return session

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        clock: Clock | None = None,
        profile: RulesProfile = CNAM,
        readonly: bool = False,
        invigilator: str = "",
    ) -> RoomSession:
        store = SessionStore.open(path, readonly=readonly)
        try:
            return cls(store, clock or SystemClock(), profile, invigilator)
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, AttributeError) as error:
            from invigilator.record.verify import unreadable

            raise unreadable(store, error) from error  # a file edited or damaged outside
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self._store.close()

    @property
    def read_only(self) -> bool:
        return self._store.readonly

    def verify(self) -> Verification:
        """Check the file as this session reads it: SQLite integrity, chain, lists, head."""
        from invigilator.record.verify import verify_store

        return verify_store(self._store)

    def make_writable(self) -> None:
        """Reopen a session opened read-only for writing (once its file has been verified).

        Raises SessionFileError (read-only medium, file locked…); the session stays readable.
        """
        if not self._store.readonly:
            return
        reader, self._store = self._store, SessionStore.open(self._store.path)
        try:
            self._catch_up()  # what another window may have written since
        except BaseException:
            self._store.close()
            self._store = reader
            raise
        reader.close()

    def __enter__(self) -> RoomSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def final_hash(self) -> str:
        return self.state.last_hash

    def events(self) -> list[Event]:
        return list(self._store.events())

    def refresh(self) -> bool:
        """Fold in what another window wrote to the file; True when it wrote anything since the
        last refresh (also what a command of this window folded in on its way).

        Raises SessionFileError when the file can no longer be read (a USB stick pulled out).
        """
        seen = self.state.last_seq
        try:
            self._catch_up()
        except sqlite3.Error as error:
            raise SessionFileError(
                f"Le fichier de session {self.path.name} ne peut plus être lu ({error}) : "
                "ce qui est affiché y est enregistré ; rebranchez le support, puis rouvrez-le."
            ) from error
        changed = self.state.last_seq != seen or self._unreported
        self._unreported = False
        return changed

    def _catch_up(self) -> None:
        """Fold in what is on disk and not yet in memory (another window may have written)."""
        new = list(self._store.events(self.state.last_seq))
        if any(e.kind is EventKind.CORRECTION for e in new):
            self.state = RoomState.from_events(self._store.events(), self._store.list_candidates)
            return
        for event in new:
            self.state.apply(event, self._store.list_candidates)

    # -- the one write path --------------------------------------------------------------

    def _run(
        self,
        action: str,
        build: Callable[[datetime], list[Spec]],
        *,
        on_commit: Callable[[list[Event]], None] | None = None,
        decision: Decision | None = None,
        lists: ListLoader | None = None,
    ) -> Change:
        refusal: Refusal | None = None
        appended: list[Event] = []
        with self._store.transaction():
            seen = self.state.last_seq
            self._catch_up()
            self._unreported |= self.state.last_seq != seen
            sealed_at = self.state.sealed_at
            if sealed_at is not None:
                raise SessionSealed(
                    f"La session est scellée depuis {local_time(sealed_at)} : "
                    f"impossible de {action}.",
                    code="sealed", params={"at": sealed_at},
                )  # fmt: skip
            now = self.clock.now()
            try:
                specs = build(now)
            except Refusal as error:
                refusal = error
                payload = {"action": action, "code": error.code, "reason": error.message}
                payload.update(error.payload)
                specs = [(error.kind, error.candidate, payload)]
            for kind, candidate, payload in specs:
                appended.append(
                    self._store.insert_event(
                        at=now,
                        invigilator=self.invigilator,
                        kind=kind,
                        candidate=candidate,
                        payload=payload,
                    )
                )
            if on_commit is not None:
                on_commit(appended)
        if any(e.kind is EventKind.CORRECTION for e in appended):
            self.state = RoomState.from_events(self._store.events(), self._store.list_candidates)
        else:
            for event in appended:
                self.state.apply(event, lists or self._store.list_candidates)
        if refusal is not None:
            raise CommandRefused(
                refusal.message, code=refusal.code, decision=refusal.decision, params=refusal.params
            )
        candidates = frozenset(e.candidate for e in appended if e.candidate)
        room = any(e.candidate is None for e in appended)
        return Change(tuple(appended), candidates, room, decision)

    # -- setting up ----------------------------------------------------------------------

    def _before_start(self, action: str) -> None:
        if self.state.started_at is not None:
            raise Refusal(
                f"L'épreuve a commencé à {local_time(self.state.started_at)} : "
                f"impossible de {action}.",
                "already_started",
            )

    def configure_exam(self, exam: ExamFacts) -> Change:
        if exam.duration_minutes <= 0:
            raise InvalidInput("La durée de l'épreuve doit être positive.")
        if not exam.ue_code.strip():
            raise InvalidInput("Le code de l'UE est obligatoire.")

        def build(now: datetime) -> list[Spec]:
            self._before_start("modifier l'épreuve")
            return [(EventKind.EXAM_CONFIGURED, None, {"exam": exam.to_record()})]

        return self._run("modifier l'épreuve", build)

    def set_invigilators(self, names: Iterable[str], lead: str = "") -> Change:
        cleaned = [n.strip() for n in names if n.strip()]
        if not cleaned:
            raise InvalidInput("Indiquez au moins un surveillant.")
        lead = lead.strip() or cleaned[0]
        if lead not in cleaned:
            raise InvalidInput(f"Le surveillant responsable {lead} n'est pas dans la liste.")
        change = self._run(
            "enregistrer les surveillants",
            lambda now: [(EventKind.INVIGILATORS_SET, None, {"names": cleaned, "lead": lead})],
        )
        if not self.invigilator or self.invigilator not in cleaned:
            self.invigilator = lead
        return change

    def act_as(self, name: str) -> None:
        """Who enters what follows (issue #11): the author of every event from now on."""
        if name not in self.state.invigilators:
            raise InvalidInput(f"{name} n'est pas surveillant(e) de cette salle.")
        self.invigilator = name

    def import_list(self, imported: ListToImport) -> Change:
        rows = [candidate_row(c, other_room=False) for c in imported.candidates]
        rows += [candidate_row(c, other_room=True) for c in imported.others]
        payload = {
            "source_name": imported.source_name,
            "sha256": imported.sha256,
            "sheet": imported.sheet,
            "room": imported.room,
            "count": len(imported.candidates),
            "others_count": len(imported.others),
            "digest": list_digest(rows),
            "third_time_ids": list(getattr(imported, "third_time_ids", ())),
        }

        def build(now: datetime) -> list[Spec]:
            self._before_start("remplacer la liste")
            return [(EventKind.LIST_IMPORTED, None, payload)]

        def store_rows(events: list[Event]) -> None:
            if events and events[0].kind is EventKind.LIST_IMPORTED:
                self._store.insert_list(events[0].seq, rows)

        listed = [(c, False) for c in imported.candidates] + [(c, True) for c in imported.others]

        def stored_rows(seq: int) -> list[tuple[Candidate, bool]]:
            return listed if seq == self.state.last_seq + 1 else self._store.list_candidates(seq)

        # The state takes the rows just written from memory rather than reading them back.
        return self._run("importer la liste", build, on_commit=store_rows, lists=stored_rows)

    def set_photo_folder(self, folder: Path | str | None) -> Change:
        """Where the candidates' photos are (files named by student number); None forgets it."""
        text = str(Path(folder).resolve()) if folder else ""
        if text and not Path(text).is_dir():
            raise InvalidInput(f"Le dossier de photos {text} n'existe pas.")
        return self._run(
            "enregistrer le dossier des photos",
            lambda now: [(EventKind.PHOTO_FOLDER_SET, None, {"folder": text})],
        )

    def read_instructions(self) -> Change:
        return self._run(
            "enregistrer la lecture des consignes",
            lambda now: [(EventKind.INSTRUCTIONS_READ, None, {})],
        )

    def start_exam(self) -> Change:
        def build(now: datetime) -> list[Spec]:
            if self.state.exam is None:
                raise Refusal("Renseignez l'épreuve (durée) avant de la commencer.", "no_exam")
            self._before_start("la recommencer")
            return [(EventKind.EXAM_STARTED, None, {})]

        return self._run("commencer l'épreuve", build)

    def correct_start(self, start: datetime, note: str) -> Change:
        if not note.strip():
            raise InvalidInput("Une correction de l'heure de début doit être motivée.")

        def build(now: datetime) -> list[Spec]:
            if self.state.started_at is None:
                raise Refusal("L'épreuve n'a pas commencé.", "not_started")
            if start > now:
                raise Refusal("L'heure de début corrigée ne peut pas être dans le futur.", "future")
            return [
                (
                    EventKind.START_CORRECTED,
                    None,
                    {
                        "start": format_time(start),
                        "previous": format_time(self.state.started_at),
                        "note": note.strip(),
                    },
                )
            ]

        return self._run("corriger l'heure de début", build)

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
            "signature": signature.to_record(),
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

    def elapsed(self) -> timedelta | None:
        return self.state.elapsed(self.clock.now())

    def milestones(self) -> list[Milestone]:
        state = self.state
        cached = self._milestones
        if cached is None or cached[0] is not state or cached[1] != state.last_seq:
            extras = {timedelta(minutes=c.candidate.extra_time_minutes)
                      for c in state.candidates.values()}  # fmt: skip
            found = rule_milestones(state.duration, extras, profile=self.profile)
            cached = self._milestones = (state, state.last_seq, found)
        return list(cached[2])

    def entry_closed(self) -> bool:
        elapsed = self.elapsed()
        if elapsed is None:
            return False
        last = self.profile.late_entry_with_proof_until(self.state.duration)
        return elapsed > (last or self.profile.late_entry_free_until(self.state.duration))

    def display_status(self, entry: CandidateState) -> Status:
        return self.state.display_status(entry, self.entry_closed())
