"""The room rules (RULES.md, from the Cnam regulation 4.1 and 4.3) as pure functions.

Every threshold is an offset from the start of the exam, computed from the duration alone:
no counter runs anywhere, so a restart or a laptop that slept changes nothing. Boundaries
are inclusive: a candidate who arrives exactly at the limit is admitted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import Enum
from typing import NamedTuple

HOUR = timedelta(hours=1)


class RulesProfile(NamedTuple):
    """An institution's thresholds. The default is the Cnam national regulation."""

    name: str = "Cnam — règlement national du contrôle des connaissances"
    # 4.1: late entry up to a third of the duration, capped at one hour...
    late_entry_fraction: float = 1 / 3
    late_entry_cap: timedelta = HOUR
    # ...and beyond the cap, only with a transport operator's certificate, if nobody has left
    # the room: any exit counts, temporary or in an emergency ("qu'aucun candidat ne soit
    # sorti", the regulation's word; issue #9).
    transport_proof_extends_late_entry: bool = True
    # 4.3: nobody leaves during the first hour, except in an emergency.
    no_exit_before: timedelta = HOUR
    # 4.3.1: temporary exits after the first third.
    temporary_exit_fraction: float = 1 / 3
    # 4.3.2: definitive exits after one hour, or the first third when the exam exceeds 3 h.
    definitive_exit_fraction: float = 1 / 3
    definitive_exit_fraction_above: timedelta = timedelta(hours=3)
    # 3.2: the usual disability accommodation ("tiers-temps").
    standard_extra_time_fraction: float = 1 / 3

    def late_entry_free_until(self, duration: timedelta) -> timedelta:
        return min(duration * self.late_entry_fraction, self.late_entry_cap)

    def late_entry_with_proof_until(self, duration: timedelta) -> timedelta | None:
        """The end of the transport-proof window, or None when the profile or duration has none."""
        limit = duration * self.late_entry_fraction
        if self.transport_proof_extends_late_entry and limit > self.late_entry_cap:
            return limit
        return None

    def temporary_exits_from(self, duration: timedelta) -> timedelta:
        return max(self.no_exit_before, duration * self.temporary_exit_fraction)

    def definitive_exits_from(self, duration: timedelta) -> timedelta:
        if duration > self.definitive_exit_fraction_above:
            return max(self.no_exit_before, duration * self.definitive_exit_fraction)
        return self.no_exit_before

    def standard_extra_time(self, duration: timedelta) -> timedelta:
        return duration * self.standard_extra_time_fraction


CNAM = RulesProfile()


def third_time_minutes(duration_minutes: int) -> int:
    """A tiers-temps in whole minutes, rounded up: the candidate never loses a minute (3.2)."""
    return math.ceil(duration_minutes / 3)


class Reason(Enum):
    """Why an action is allowed or refused. The value is a stable code stored in the log."""

    ON_TIME = "on_time"
    LATE_ADMITTED = "late_admitted"
    LATE_ADMITTED_WITH_PROOF = "late_admitted_with_proof"
    LATE_NEEDS_TRANSPORT_PROOF = "late_needs_transport_proof"
    LATE_SOMEONE_LEFT = "late_someone_left"
    LATE_TOO_LATE = "late_too_late"
    EXIT_ALLOWED = "exit_allowed"
    EXIT_EMERGENCY = "exit_emergency"
    EXIT_TOO_EARLY = "exit_too_early"
    EXIT_SINGLE_INVIGILATOR = "exit_single_invigilator"
    EXIT_SOMEONE_OUT = "exit_someone_out"

    @property
    def text(self) -> str:
        return _TEXTS[self]


_TEXTS = {
    Reason.ON_TIME: "arrivée avant le début de l'épreuve",
    Reason.LATE_ADMITTED: "retard admis (dans la limite du tiers de la durée et d'une heure)",
    Reason.LATE_ADMITTED_WITH_PROOF: (
        "retard de plus d'une heure admis sur justificatif d'un organisme de transport"
    ),
    Reason.LATE_NEEDS_TRANSPORT_PROOF: (
        "retard de plus d'une heure : admission uniquement sur justificatif "
        "d'un organisme de transport"
    ),
    Reason.LATE_SOMEONE_LEFT: (
        "retard de plus d'une heure refusé : un candidat est déjà sorti de la salle"
    ),
    Reason.LATE_TOO_LATE: "retard supérieur au tiers de la durée de l'épreuve",
    Reason.EXIT_ALLOWED: "sortie autorisée",
    Reason.EXIT_EMERGENCY: "sortie d'urgence (à justifier par une note)",
    Reason.EXIT_TOO_EARLY: "aucune sortie pendant la première partie de l'épreuve",
    Reason.EXIT_SINGLE_INVIGILATOR: (
        "un seul surveillant dans la salle : toute sortie est définitive, pas de sortie temporaire"
    ),
    Reason.EXIT_SOMEONE_OUT: "un autre candidat est déjà sorti : les sorties se font une par une",
}

# Phrases for "becomes allowed from HH:MM", per refused reason that has such a moment.
_ALLOWED_FROM_TEXTS = {
    Reason.EXIT_TOO_EARLY: "sorties autorisées à partir de {at}",
}


class Decision(NamedTuple):
    allowed: bool
    reason: Reason
    # Offset from the start from which a refused action becomes allowed, where there is one.
    allowed_from: timedelta | None = None

    def text(self, start: datetime | None = None) -> str:
        """The French sentence for the PDF, the command line and the UI."""
        if self.allowed_from is None:
            return self.reason.text
        moment = (
            minute_from(start + self.allowed_from).astimezone().strftime("%H:%M")  # local
            if start is not None
            else format_offset(self.allowed_from)
        )
        template = _ALLOWED_FROM_TEXTS.get(self.reason, "autorisé à partir de {at}")
        return f"{self.reason.text} ; {template.format(at=moment)}"


def minute_from(moment: datetime) -> datetime:
    """The first whole minute at or after `moment`: what to show as "from HH:MM", so that
    an action is never refused at the minute the screen says it is allowed."""
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + timedelta(minutes=1)


def minute_until(moment: datetime) -> datetime:
    """The last whole minute at or before `moment`: what to show as "until HH:MM" or as an
    end, so that nothing is shown open after the rule has closed it."""
    return moment.replace(second=0, microsecond=0)


def as_shown(offset: timedelta, base: datetime | None, *, opening: bool) -> timedelta:
    """`offset` moved onto the whole minute the room is shown for it: an opening to the minute
    at or after it, a closing or an end to the minute at or before it. `base` is the wall-clock
    moment of the start, the pauses so far included (a start or a pause of a few seconds puts
    the thresholds between two minutes). The engine decides on these very offsets, so that the
    screen never says a window opens earlier or closes later than the engine allows, and the
    engine never contradicts the minute on the screen. Without a base, `offset` unchanged."""
    if base is None:
        return offset
    moment = base + offset
    return (minute_from(moment) if opening else minute_until(moment)) - base


def format_offset(offset: timedelta) -> str:
    """'T0 + 1 h 20 min' style, for when the start time is not known."""
    total = int(offset.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
    if seconds:
        text += f" {seconds:02d} s"
    return f"début + {text}"


def late_entry(
    duration: timedelta,
    elapsed: timedelta,
    *,
    transport_proof: bool = False,
    anyone_left: bool = False,
    profile: RulesProfile = CNAM,
    base: datetime | None = None,
) -> Decision:
    """May a candidate arriving `elapsed` after the start enter the room? (4.1)

    `anyone_left`: has any candidate left the room so far, even for a moment or in an
    emergency (4.1: "à condition qu'aucun candidat ne soit sorti").
    `base`: the wall-clock moment of the start, pauses included; the windows then close at
    the whole minute the room is shown (`as_shown`)."""
    if elapsed <= timedelta(0):
        return Decision(True, Reason.ON_TIME)
    if elapsed <= as_shown(profile.late_entry_free_until(duration), base, opening=False):
        return Decision(True, Reason.LATE_ADMITTED)
    proof_until = profile.late_entry_with_proof_until(duration)
    if proof_until is not None:
        proof_until = as_shown(proof_until, base, opening=False)
    if proof_until is None or elapsed > proof_until:
        return Decision(False, Reason.LATE_TOO_LATE)
    if anyone_left:
        return Decision(False, Reason.LATE_SOMEONE_LEFT)
    if not transport_proof:
        return Decision(False, Reason.LATE_NEEDS_TRANSPORT_PROOF)
    return Decision(True, Reason.LATE_ADMITTED_WITH_PROOF)


def exit_decision(
    duration: timedelta,
    elapsed: timedelta,
    *,
    definitive: bool,
    invigilators_present: int,
    someone_out: bool = False,
    emergency: bool = False,
    profile: RulesProfile = CNAM,
    base: datetime | None = None,
) -> Decision:
    """May a candidate leave the room now? (4.3)

    `base`: the wall-clock moment of the start, pauses included; exits then open at the whole
    minute the room is shown (`as_shown`).

    `invigilators_present` counts those in the room, not those outside with a candidate: with
    one left, a temporary exit is definitive, emergency or not (issue #9). When no candidate is
    out, that refusal comes first and names no time, since waiting would not make it allowed. An emergency exit needs a
    note and an escort (the session asks); it is not held to the times nor to one at a time.
    """
    alone = not definitive and invigilators_present < 2
    if alone and (emergency or not someone_out):
        return Decision(False, Reason.EXIT_SINGLE_INVIGILATOR)
    if emergency:
        return Decision(True, Reason.EXIT_EMERGENCY)
    opens = (
        profile.definitive_exits_from(duration)
        if definitive
        else profile.temporary_exits_from(duration)
    )
    opens = as_shown(opens, base, opening=True)
    if elapsed < opens:
        return Decision(False, Reason.EXIT_TOO_EARLY, allowed_from=opens)
    if not definitive and someone_out:
        return Decision(False, Reason.EXIT_SOMEONE_OUT)
    if alone:
        return Decision(False, Reason.EXIT_SINGLE_INVIGILATOR)
    return Decision(True, Reason.EXIT_ALLOWED)


class MilestoneKind(Enum):
    LATE_ENTRY_CLOSES = "late_entry_closes"
    LATE_ENTRY_WITH_PROOF_CLOSES = "late_entry_with_proof_closes"
    TEMPORARY_EXITS_OPEN = "temporary_exits_open"
    DEFINITIVE_EXITS_OPEN = "definitive_exits_open"
    EXITS_OPEN = "exits_open"
    EXAM_ENDS = "exam_ends"
    EXTRA_TIME_ENDS = "extra_time_ends"


class Milestone(NamedTuple):
    kind: MilestoneKind
    offset: timedelta
    label: str
    extra_minutes: int = 0


def milestones(
    duration: timedelta,
    extra_times: Iterable[timedelta] = (),
    *,
    profile: RulesProfile = CNAM,
) -> list[Milestone]:
    """The moments the room clock shows, in order of time."""
    found = [
        Milestone(
            MilestoneKind.LATE_ENTRY_CLOSES,
            profile.late_entry_free_until(duration),
            "fin de l'entrée des retardataires",
        )
    ]
    proof_until = profile.late_entry_with_proof_until(duration)
    if proof_until is not None:
        found.append(
            Milestone(
                MilestoneKind.LATE_ENTRY_WITH_PROOF_CLOSES,
                proof_until,
                "fin de l'entrée sur justificatif de transport",
            )
        )
    temporary = profile.temporary_exits_from(duration)
    definitive = profile.definitive_exits_from(duration)
    if temporary == definitive:
        found.append(Milestone(MilestoneKind.EXITS_OPEN, definitive, "sorties autorisées"))
    else:
        found.append(
            Milestone(
                MilestoneKind.TEMPORARY_EXITS_OPEN, temporary, "sorties temporaires autorisées"
            )
        )
        found.append(
            Milestone(
                MilestoneKind.DEFINITIVE_EXITS_OPEN, definitive, "sorties définitives autorisées"
            )
        )
    found.append(Milestone(MilestoneKind.EXAM_ENDS, duration, "fin de l'épreuve"))
    for extra in sorted({e for e in extra_times if e > timedelta(0)}):
        minutes = int(extra.total_seconds() // 60)
        found.append(
            Milestone(
                MilestoneKind.EXTRA_TIME_ENDS,
                duration + extra,
                f"fin du temps majoré (+{minutes} min)",
                extra_minutes=minutes,
            )
        )
    return sorted(found, key=lambda m: m.offset)
