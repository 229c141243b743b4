"""The checks of one room on its own, each a `Problem` with a stable code.

The codes are the report's vocabulary (JSON, exports, the office view): they never change;
the French detail says what the office must look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from invigilator.office.paper import PaperEntry
from invigilator.office.rooms import RoomFile
from invigilator.room.state import Status

# Every code, in the order a room's problems are listed.
KINDS = (
    "unreadable", "not_intact", "pv_hash_mismatch", "duplicate_file", "not_held", "not_sealed",
    "room_missing", "papers_received_mismatch", "present_in_two_rooms", "added_not_enrolled",
    "added_by_hand", "present_without_paper", "paper_without_check_in", "left_without_paper",
    "late_refused", "no_id_document", "fraud", "pause", "addendum", "clock_jump",
)  # fmt: skip

KIND_LABELS = {
    "unreadable": "fichier illisible",
    "not_intact": "fichier NON CONFORME (chaîne rompue)",
    "pv_hash_mismatch": "empreinte différente du PV papier",
    "duplicate_file": "fichier en double",
    "not_sealed": "session non scellée",
    "room_missing": "salle sans fichier",
    "papers_received_mismatch": "copies reçues ≠ copies ramassées",
    "present_in_two_rooms": "présent(e) dans deux salles",
    "added_not_enrolled": "ajout manuscrit non trouvé — à régulariser",
    "added_by_hand": "ajout manuscrit inscrit(e)",
    "present_without_paper": "présent(e) sans copie remise",
    "paper_without_check_in": "copie sans émargement",
    "left_without_paper": "parti(e) sans rendre sa copie",
    "late_refused": "retard refusé",
    "no_id_document": "sans pièce d'identité",
    "fraud": "fraude (procès-verbal à transmettre)",
    "pause": "interruption de l'épreuve",
    "not_held": "épreuve non tenue",
    "addendum": "ajout postérieur à la signature du PV",
    "clock_jump": "horloge de l'ordinateur déplacée",
}

# The flags an export row carries for the problems that name its candidate.
FLAG_LABELS = {
    kind: KIND_LABELS[kind]
    for kind in ("present_in_two_rooms", "added_not_enrolled", "added_by_hand",
                 "present_without_paper", "paper_without_check_in", "left_without_paper",
                 "late_refused", "no_id_document", "fraud")
}  # fmt: skip

PAPER_NOT_GIVEN = "non rapproché du PV papier"
PAPER_MATCHES = "conforme au PV papier"
PAPER_MISMATCH = "DIFFÉRENT du PV papier"


@dataclass
class Problem:
    kind: str
    room: str
    file: str
    candidates: list[str] = field(default_factory=list)
    detail: str = ""

    @property
    def order(self) -> int:
        return KINDS.index(self.kind) if self.kind in KINDS else len(KINDS)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def _hhmm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else "…"


def room_problems(room: RoomFile, paper: PaperEntry | None) -> tuple[list[Problem], str]:
    """The room's own problems, and where it stands against its paper PV."""
    found: list[Problem] = []
    file = str(room.path)

    def add(kind: str, detail: str, candidates: list[str] | None = None) -> None:
        found.append(Problem(kind, room.room, file, candidates or [], detail))

    if not room.readable:
        add("unreadable", f"{room.verification} ; {room.unreadable_reason}")
    elif room.damaged:
        add("unreadable", f"{room.verification} ; lu malgré tout : {room.events} événement(s), "
            f"{len(room.candidates)} candidat(s) — chiffres à vérifier sur le PV papier")  # fmt: skip
    if not room.intact and not room.damaged:
        where = (
            f" ; premier événement en cause : n° {room.first_bad_seq}" if room.first_bad_seq else ""
        )
        add("not_intact", f"{room.verification}{where} ; chiffres de cette salle non fiables")
    status, on_paper = paper_problems(room, paper)
    found += on_paper
    if not room.readable:
        return found, status
    if not room.sealed:
        add("not_sealed", "session ni signée ni scellée : le fichier a pu être remis avant la fin"
            if not room.pv_signed else "procès-verbal signé mais session non scellée")  # fmt: skip

    for o in room.candidates:
        who = [o.student_id]
        if o.entered and o.status in (Status.PRESENT.value, Status.OUT.value):
            add("present_without_paper",
                f"{o.display_name} : émargé(e) à {_hhmm(o.entered_at)}, aucune remise de copie "
                "enregistrée", who)  # fmt: skip
        if o.handed_in and not o.entered:
            add(
                "paper_without_check_in",
                f"{o.display_name} : copie remise à {_hhmm(o.handed_in_at)} sans émargement",
                who,
            )
        if o.status == Status.NOT_HANDED_IN.value:
            add("left_without_paper", f"{o.display_name} : parti(e) sans rendre sa copie", who)
        elif o.status == "emergency_no_paper":  # issue #9: never a refusal to hand in
            note = f" ({o.emergency_note})" if o.emergency_note else ""
            add("left_without_paper",
                f"{o.display_name} : parti(e) en urgence sans copie{note}", who)  # fmt: skip
        if o.refused_entry and not o.entered:
            add("late_refused", f"{o.display_name} : entrée refusée (retard)", who)
        if o.no_id_document:
            shown = o.id_document.strip() or "aucune"
            add("no_id_document", f"{o.display_name} : pièce d'identité présentée : {shown}", who)

    for incident in room.incidents:
        if incident.category != "fraude":
            continue
        parts = [f"à {_hhmm(incident.at)} : {incident.description}"]
        if incident.seized:
            parts.append(f"saisi : {incident.seized}")
        if incident.signed_by:
            parts.append("signé par " + ", ".join(incident.signed_by))
        if incident.refused_to_countersign:
            parts.append("refus de contresigner : " + ", ".join(incident.refused_to_countersign))
        parts.append(f"procès-verbal de fraude (événement n° {incident.seq}) à transmettre")
        add("fraud", " ; ".join(parts), list(incident.candidates))

    if room.not_held:
        add("not_held", f"épreuve non tenue : {room.not_held}")
    for at, text in room.addenda:
        add("addendum", f"à {_hhmm(at)} : {text}")
    for at, seconds in room.clock_jumps:
        add("clock_jump", f"à {_hhmm(at)} : horloge déplacée de {seconds // 60} min "
            f"{abs(seconds) % 60} s par rapport au journal")  # fmt: skip
    for start, end in room.pauses:
        if end is None:
            add("pause", f"interruption à {_hhmm(start)}, jamais reprise")
        else:
            minutes = round((end - start).total_seconds() / 60)
            add("pause", f"interruption de {_hhmm(start)} à {_hhmm(end)} ({minutes} min)")
    return found, status


PAPER_KINDS = ("pv_hash_mismatch", "papers_received_mismatch")


def paper_problems(room: RoomFile, paper: PaperEntry | None) -> tuple[str, list[Problem]]:
    """Where the room stands against its paper PV, and the problems the paper shows: apart,
    so that a scan in the office view re-checks its room alone."""
    found: list[Problem] = []

    def add(kind: str, detail: str) -> None:
        found.append(Problem(kind, room.room, str(room.path), [], detail))

    status = _paper(room, paper, add)
    if room.readable and paper is not None and paper.papers_received is not None:
        collected = room.counts.get("handed_in", 0)
        if paper.papers_received != collected:
            add("papers_received_mismatch",
                f"{paper.papers_received} copie(s) reçue(s) au service, {collected} ramassée(s) "
                "d'après le fichier")  # fmt: skip
    return status, found


def _paper(room: RoomFile, paper: PaperEntry | None, add) -> str:  # noqa: ANN001
    code = paper.code if paper is not None else None
    if code is None:
        return PAPER_NOT_GIVEN
    wrong = []
    if code.exam and code.exam != room.exam:
        wrong.append(f"épreuve {code.exam}")
    if code.date and room.date and code.date != room.date:
        wrong.append(f"date {code.date}")
    if code.matches(room.final_hash) and not wrong:
        return PAPER_MATCHES
    detail = (
        f"empreinte du PV papier {code.hash_prefix[:16]}… ≠ empreinte finale du fichier "
        f"{room.final_hash[:16] or '—'}… : le fichier n'est pas celui que les surveillants ont signé"
    )
    if wrong:
        detail += " (le code scanné est celui d'un autre PV : " + ", ".join(wrong) + ")"
    add("pv_hash_mismatch", detail)
    return PAPER_MISMATCH
