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

from invigilator.clock import Clock, ClockJump, SessionClock, SystemClock
from invigilator.errors import (
    CommandRefused,
    InvalidInput,
    PvSigned,
    SessionFileError,
    SessionReadOnly,
    SessionSealed,
)
from invigilator.model import Candidate, ExamFacts
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
    check_exam,
    check_id_document,
    elsewhere_fields,
    impossible,
    local_time,
)
from invigilator.room.corrections import CorrectionCommands
from invigilator.room.entries import EntryCommands
from invigilator.room.exits import ExitCommands
from invigilator.room.payload_check import (
    FIRST_YEAR,
    LAST_YEAR,
    LONG_TEXT,
    listed_problem,
    payload_problem,
    too_long,
)
from invigilator.room.record_entries import RecordCommands
from invigilator.room.safekeeping import Safekeeping
from invigilator.room.state import CandidateState, ListLoader, RoomState, Status
from invigilator.rules import CNAM, Decision, Milestone, RulesProfile, as_shown
from invigilator.rules import milestones as rule_milestones
from invigilator.text import normalise_for_search

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


# What may still be written once the PV is signed (issue #9: signed means final).
AFTER_PV = frozenset({EventKind.ADDENDUM, EventKind.SEALED})


class RoomSession(EntryCommands, ExitCommands, RecordCommands, CorrectionCommands):
    def __init__(
        self, store: SessionStore, clock: Clock, profile: RulesProfile, invigilator: str
    ) -> None:
        self._store = store
        self.wall_clock = clock
        # The session's own time: never back, never before the last event (issue #9).
        self.clock: SessionClock = SessionClock(clock)
        self.profile = profile
        self.safekeeping = Safekeeping(store)
        self.state = RoomState()
        # The milestones of one state, as of its last event: the clock band asks for them three
        # times a second, and each time they would go through every candidate's extra time.
        self._milestones: tuple[RoomState, int, list[Milestone]] | None = None
        # Another window's events folded in by a command of this one: refresh() reports them.
        self._unreported = False
        self._catch_up()
        self.invigilator = invigilator or self.state.lead_invigilator
        # Why the file must not be written ("" when nothing was found): found on opening, or,
        # for a file opened read-only (shown at once), when first asked (#13: its journal is
        # read after the room's first frame, as the window verifies the file).
        self._refusal: str | None = None if store.readonly else self._write_refusal()
        # The head (seq, hash) up to which `verify` last found the file intact: nothing is
        # written into a file that does not verify, whichever way it was opened.
        self._verified_head: tuple[int, str] | None = None

    @property
    def write_refusal(self) -> str:
        if self._refusal is None:
            self._refusal = self._write_refusal()
        if not self._refusal and self.state.unreadable:  # folded in since (another window)
            return self.state.unreadable[0][1]
        return self._refusal

    @write_refusal.setter
    def write_refusal(self, why: str) -> None:
        self._refusal = why

    def _write_refusal(self) -> str:
        if self.state.unreadable:
            return self.state.unreadable[0][1]
        legacy = self._store.legacy_head_problem()  # a format-1 file left unmigrated
        if legacy:
            return legacy
        return self.safekeeping.missing_events(self.state.last_seq, self.state.last_hash)

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
            if not readonly:  # never write to a file that is not exactly what this version makes
                from invigilator.record.schema_check import schema_problem

                problem = schema_problem(store.conn)
                if problem is not None:
                    raise SessionReadOnly(
                        f"{store.path.name} ne peut pas être ouvert en écriture : {problem}. "
                        "Remettez-le tel quel au service des examens."
                    )
            session = cls(store, clock or SystemClock(), profile, invigilator)
            if not readonly and not session.write_refusal:
                session._refuse_unless_verified()
            return session
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, AttributeError) as error:
            from invigilator.record.verify import unreadable

            raise unreadable(store, error) from error  # a file edited or damaged outside
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self.safekeeping.close()
        self._store.close()

    @property
    def read_only(self) -> bool:
        return self._store.readonly or bool(self.write_refusal)

    def verify(
        self, *, verified: list[tuple[dict[str, Any], dict[str, Any]]] | None = None
    ) -> Verification:
        """Check the file whole (see `record.verify`) and what the fold made of it: an event
        it could not apply is a verdict on that event. `verified`: see `verify_store`."""
        from invigilator.record.verify import Verification, verify_store

        check = verify_store(self._store, verified=verified)
        if check.ok and self.state.unreadable:
            seq, verdict = self.state.unreadable[0]
            return Verification(False, seq - 1, "", verdict, seq, check.anchored)
        if check.ok and (check.events, check.final_hash) == (
            self.state.last_seq,
            self.state.last_hash,
        ):
            self._verified_head = (check.events, check.final_hash)
        return check

    def _refuse_unless_verified(self) -> None:
        """Verify the file unless `verify` just found it intact at this head; a file that
        does not verify is never written to (its verdict becomes the write refusal)."""
        if self._verified_head == (self.state.last_seq, self.state.last_hash):
            return
        check = self.verify()
        if not check.ok:
            self.write_refusal = f"fichier NON CONFORME : {check.message}"

    def make_writable(self) -> None:
        """Reopen a session opened read-only for writing (once its file has been verified).

        Raises SessionFileError (read-only medium, file locked, a file that is not exactly
        what this version writes…); the session stays readable.
        """
        if not self.write_refusal:
            self._refuse_unless_verified()
        if self.write_refusal:
            raise SessionReadOnly(
                f"{self.path.name} reste en lecture seule : {self.write_refusal}. "
                "Remettez-le tel quel au service des examens."
            )
        if not self._store.readonly:
            return
        from invigilator.record.schema_check import schema_problem

        problem = schema_problem(self._store.conn)
        if problem is not None:
            self.write_refusal = problem
            raise SessionReadOnly(f"{self.path.name} reste en lecture seule : {problem}.")
        reader, self._store = self._store, SessionStore.open(self._store.path)
        try:
            self._catch_up()  # what another window may have written since
        except BaseException:
            self._store.close()
            self._store = reader
            raise
        reader.close()
        self.safekeeping.store = self._store

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
        new = list(self._store.to_fold(self.state.last_seq))
        if any(e.kind is EventKind.CORRECTION for e in new):
            self.state = RoomState.from_events(self._store.to_fold(), self._store.list_candidates)
        else:
            for event in new:
                self.state.apply(event, self._store.list_candidates)
        if self.state.last_at is not None:
            self.clock.not_before(self.state.last_at)
        self.safekeeping.use_mirror(self.state.mirror_folder)

    def _lists(self, seq: int) -> list[tuple[Candidate, bool]]:
        return self._store.list_candidates(seq)

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
        if self.write_refusal:
            raise SessionReadOnly(
                f"{self.path.name} est en lecture seule ({self.write_refusal}) : "
                f"{impossible(action)}."
            )
        jump: ClockJump | None = None
        with self._store.transaction():
            # The file's head: when it is the state's, nobody else wrote since, no catch-up.
            head = self._store.head()
            if head != (self.state.last_seq, self.state.last_hash):
                seen = self.state.last_seq
                self._catch_up()
                self._unreported |= self.state.last_seq != seen
                if self.state.unreadable:  # another window wrote what cannot be read back
                    raise SessionReadOnly(
                        f"{self.path.name} est en lecture seule ({self.write_refusal}) : "
                        f"{impossible(action)}."
                    )
            sealed_at = self.state.sealed_at
            if sealed_at is not None:
                raise SessionSealed(
                    f"La session est scellée depuis {local_time(sealed_at)} : "
                    f"{impossible(action)}.",
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
            if self.state.pv_signed is not None and any(k not in AFTER_PV for k, _, _ in specs):
                raise PvSigned(
                    "Le procès-verbal est signé : seul un ajout postérieur à la signature ou le "
                    f"scellé peuvent encore être enregistrés ({impossible(action)}).",
                    code="pv_signed",
                )
            _check_written(specs, now)
            jump = self.clock.jump() if self.state.pv_signed is None else None
            if jump is not None:
                specs.insert(0, (EventKind.CLOCK_JUMPED, None, _jump_payload(jump)))
            for kind, candidate, payload in specs:
                event = self._store.insert_event(
                    at=now,
                    invigilator=self.invigilator,
                    kind=kind,
                    candidate=candidate,
                    payload=payload,
                    after=head,
                )
                appended.append(event)
                head = (event.seq, event.hash)
            if on_commit is not None:
                on_commit(appended)
        if jump is not None:
            self.clock.accept(jump)
        self.safekeeping.committed(appended)
        if any(e.kind is EventKind.CORRECTION for e in appended):
            self.state = RoomState.from_events(self._store.to_fold(), self._store.list_candidates)
        else:
            for event in appended:  # checked before writing, but the clock jump added after
                checked = event.kind is not EventKind.CLOCK_JUMPED
                self.state.apply(event, lists or self._store.list_candidates, checked=checked)
        self.safekeeping.use_mirror(self.state.mirror_folder)  # from the next commit on
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
                f"{impossible(action)}.",
                "already_started",
            )

    def configure_exam(self, exam: ExamFacts) -> Change:
        check_exam(exam)

        def build(now: datetime) -> list[Spec]:
            self._before_start("modifier l'épreuve")
            return [(EventKind.EXAM_CONFIGURED, None, {"exam": exam.to_record()})]

        return self._run("modifier l'épreuve", build)

    def set_invigilators(self, names: Iterable[str], lead: str = "") -> Change:
        cleaned = [n.strip() for n in names if n.strip()]
        if not cleaned:
            raise InvalidInput("Indiquez au moins un surveillant.")
        # One person typed twice ("Alice Martin", "alice martin") would count as two in the
        # room, and the one-invigilator rule (every exit definitive) would never apply.
        seen: dict[str, str] = {}
        for name in cleaned:
            key = normalise_for_search(name)
            if key in seen:
                both = seen[key] if seen[key] == name else f"{seen[key]} / {name}"
                raise InvalidInput(f"Surveillant indiqué deux fois : {both}.",
                                   code="invigilator_twice", params={"names": both})  # fmt: skip
            seen[key] = name
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
        listed = [(c, False) for c in imported.candidates] + [(c, True) for c in imported.others]
        problem = listed_problem(listed)
        if problem is not None:
            raise InvalidInput(f"Liste impossible à enregistrer ({problem}) : rien n'est importé.")
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
        """The instructions were read to the room; after the start, recorded as such."""

        def build(now: datetime) -> list[Spec]:
            elapsed = self.state.elapsed(now)
            if elapsed is None:
                return [(EventKind.INSTRUCTIONS_READ, None, {})]
            payload = {"after_start": True, "elapsed_s": int(elapsed.total_seconds())}
            return [(EventKind.INSTRUCTIONS_READ, None, payload)]

        return self._run("enregistrer la lecture des consignes", build)

    def set_mirror(self, folder: Path | str | None) -> Change:
        """The second medium (a USB stick): from now on a whole copy of the session is kept
        there after each commit, with its anchor journal; None stops it."""
        text = str(Path(folder).resolve()) if folder else ""
        if text and not Path(text).is_dir():
            raise InvalidInput(f"Le dossier {text} n'existe pas (support débranché ?).",
                               code="mirror_missing", params={"folder": text})  # fmt: skip
        if text and Path(text) == self.path.parent.resolve():
            raise InvalidInput("Le second support doit être un autre dossier que celui du fichier.",
                               code="mirror_same_folder")  # fmt: skip
        change = self._run(
            "enregistrer le second support",
            lambda now: [(EventKind.MIRROR_SET, None, {"folder": text})],
        )
        # The copy is made now, not at the next record: the room sees at once that it works.
        self.safekeeping.use_mirror(self.state.mirror_folder)
        if change.events:
            self.safekeeping.copy_now(change.events[-1])
        return change

    def note_clock_jump(self) -> Change | None:
        """Record that the computer's clock moved away from the session's time, if it did:
        the window calls it now and then; the session's time itself does not move."""
        if self.read_only or self.state.sealed or self.state.pv_signed is not None:
            return None
        if self.clock.jump() is None:
            return None
        return self._run("enregistrer un changement de l'horloge", lambda now: [])

    def start_exam(self) -> Change:
        def build(now: datetime) -> list[Spec]:
            if self.state.exam is None:
                raise Refusal("Renseignez l'épreuve (durée) avant de la commencer.", "no_exam")
            self._before_start("la recommencer")
            return [(EventKind.EXAM_STARTED, None, {})]

        return self._run("commencer l'épreuve", build)

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
        last = last or self.profile.late_entry_free_until(self.state.duration)
        base = self.state.moment_of(timedelta(0), self.clock.now())
        return elapsed > as_shown(last, base, opening=False)  # closed at the minute shown

    def display_status(self, entry: CandidateState) -> Status:
        return self.state.display_status(entry, self.entry_closed())


def _check_written(specs: list[Spec], now: datetime) -> None:
    """Raise InvalidInput, before anything is written, for what the fold would refuse on
    reading it back (`payload_check`): a command never turns its own file NON CONFORME."""
    if not FIRST_YEAR <= now.year <= LAST_YEAR:
        raise InvalidInput(
            f"L'horloge de l'ordinateur indique l'an {now.year} : rien n'est enregistré. "
            "Mettez l'ordinateur à l'heure.",
            code="clock_absurd", params={"year": now.year},
        )  # fmt: skip
    for _, candidate, payload in specs:
        longer = too_long(payload)
        if longer is not None:
            raise InvalidInput(
                f"Texte trop long ({longer}) : {LONG_TEXT} caractères au plus, pour qu'il soit "
                "imprimé en entier au procès-verbal. Rien n'est enregistré.",
                code="text_too_long", params={"field": longer, "limit": LONG_TEXT},
            )  # fmt: skip
        found = payload_problem(payload)
        if candidate is not None and type(candidate) is not str:
            found = ("le numéro du candidat n'est pas un texte", [])
        if found is not None:
            raise InvalidInput(
                f"Valeur impossible à enregistrer : {found[0]}. Rien n'est enregistré.",
                code="value_invalid", params={"error": found[0]},
            )  # fmt: skip


def _jump_payload(jump: ClockJump) -> dict[str, Any]:
    return {
        "wall": format_time(jump.wall),
        "session": format_time(jump.session),
        "offset_s": int(jump.offset.total_seconds()),
    }
