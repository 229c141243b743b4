"""The checks of one room on its own, each a `Problem` with a stable code.

The codes are the report's vocabulary (JSON, exports, the office view): they never change;
the French detail says what the office must look at. A detail is built from parts, each a
stable code and its parameters (`DETAILS`), so that the office view can show it in the UI's
language; the documents and the exports keep the French.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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

# The French of each part of a detail, by code; a detail is its parts' texts end to end (a
# part that follows another starts with its own " ; "). ui/office/problem_text.py holds the
# same templates for translation: a test keeps the two equal.
DETAILS = {
    "unreadable": "%(verification)s ; %(reason)s",
    "unreadable_damaged": "%(verification)s ; lu malgré tout : %(events)s événement(s), "
                          "%(candidates)s candidat(s) — chiffres à vérifier sur le PV papier",
    "not_intact": "%(verification)s ; chiffres de cette salle non fiables",
    "not_intact_at": "%(verification)s ; premier événement en cause : n° %(seq)s ; chiffres de "
                     "cette salle non fiables",
    "not_sealed": "session ni signée ni scellée : le fichier a pu être remis avant la fin",
    "not_sealed_signed": "procès-verbal signé mais session non scellée",
    "present_without_paper": "%(name)s : émargé(e) à %(at)s, aucune remise de copie enregistrée",
    "paper_without_check_in": "%(name)s : copie remise à %(at)s sans émargement",
    "left_without_paper": "%(name)s : parti(e) sans rendre sa copie",
    "left_in_emergency": "%(name)s : parti(e) en urgence sans copie",
    "left_in_emergency_noted": "%(name)s : parti(e) en urgence sans copie (%(note)s)",
    "late_refused": "%(name)s : entrée refusée (retard)",
    "no_id_document": "%(name)s : pièce d'identité présentée : %(document)s",
    "no_id_document_none": "%(name)s : pièce d'identité présentée : aucune",
    "fraud": "à %(at)s : %(description)s",
    "fraud_seized": " ; saisi : %(seized)s",
    "fraud_signed_by": " ; signé par %(names)s",
    "fraud_refused_to_countersign": " ; refus de contresigner : %(names)s",
    "fraud_report": " ; procès-verbal de fraude (événement n° %(seq)s) à transmettre",
    "not_held": "épreuve non tenue : %(reason)s",
    "addendum": "à %(at)s : %(text)s",
    "clock_jump": "à %(at)s : horloge déplacée de %(minutes)s min %(seconds)s s par rapport "
                  "au journal",
    "pause_open": "interruption à %(at)s, jamais reprise",
    "pause": "interruption de %(start)s à %(end)s (%(minutes)s min)",
    "papers_received_mismatch": "%(received)s copie(s) reçue(s) au service, %(collected)s "
                                "ramassée(s) d'après le fichier",
    "pv_hash_mismatch": "empreinte du PV papier %(paper_hash)s… ≠ empreinte finale du fichier "
                        "%(file_hash)s… : le fichier n'est pas celui que les surveillants ont "
                        "signé",
    "other_pv_exam": " (le code scanné est celui d'un autre PV : épreuve %(exam)s)",
    "other_pv_date": " (le code scanné est celui d'un autre PV : date %(date)s)",
    "other_pv_both": " (le code scanné est celui d'un autre PV : épreuve %(exam)s, date "
                     "%(date)s)",
    "duplicate_identical": "%(count)s copies identiques de la salle fusionnées : %(names)s",
    "duplicate_conflict_same_session": "CONFLIT : %(count)s fichiers différents pour la salle "
                                       "(copies de la même session prises à des moments "
                                       "différents) : ",
    "duplicate_conflict_other_sessions": "CONFLIT : %(count)s fichiers différents pour la salle "
                                         "(sessions différentes) : ",
    "duplicate_copy_sealed": "%(name)s (%(events)s événements, scellé, empreinte %(hash)s)",
    "duplicate_copy_unsealed": "%(name)s (%(events)s événements, non scellé, empreinte %(hash)s)",
    "duplicate_next": "; ",
    "duplicate_kept": ". Retenu : %(name)s",
    "added_enrolled": "%(name)s : inscrit(e)",
    "added_enrolled_in_room": "%(name)s : inscrit(e) en salle %(room)s",
    "added_not_enrolled": "%(name)s : non trouvé(e) — à régulariser",
    "added_reason": " ; motif : %(reason)s",
    "present_in_two_rooms": "%(name)s a émargé dans plusieurs salles : %(rooms)s",
    "room_missing": "salle %(room)s : %(count)s inscrit(s), aucun fichier de session reçu",
}  # fmt: skip

Part = tuple[str, dict[str, Any]]


def detail_of(parts: tuple[Part, ...] | list[Part]) -> str:
    """The French detail of a problem: its parts' texts end to end."""
    return "".join(DETAILS[code] % params for code, params in parts)


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
    # What the detail is made of: (code, params) pairs, for the UI's language (DETAILS).
    parts: tuple[Part, ...] = ()

    @classmethod
    def of(cls, kind: str, room: str, file: str, candidates: list[str], *parts: Part) -> Problem:
        """A problem whose French detail is built from its parts."""
        return cls(kind, room, file, candidates, detail_of(parts), parts)

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

    def add(kind: str, *parts: Part, who: list[str] | None = None) -> None:
        found.append(Problem.of(kind, room.room, file, who or [], *parts))

    verification = {"verification": room.verification}
    if not room.readable:
        add("unreadable", ("unreadable", {**verification, "reason": room.unreadable_reason}))
    elif room.damaged:
        add("unreadable", ("unreadable_damaged", {**verification, "events": room.events,
                                                  "candidates": len(room.candidates)}))  # fmt: skip
    if not room.intact and not room.damaged:
        add("not_intact", ("not_intact_at", {**verification, "seq": room.first_bad_seq})
            if room.first_bad_seq else ("not_intact", verification))  # fmt: skip
    status, on_paper = paper_problems(room, paper)
    found += on_paper
    if not room.readable:
        return found, status
    if not room.sealed:
        add("not_sealed", ("not_sealed_signed" if room.pv_signed else "not_sealed", {}))

    for o in room.candidates:
        who = [o.student_id]
        name = {"name": o.display_name}
        if o.entered and o.status in (Status.PRESENT.value, Status.OUT.value):
            add("present_without_paper",
                ("present_without_paper", {**name, "at": _hhmm(o.entered_at)}), who=who)  # fmt: skip
        if o.handed_in and not o.entered:
            add("paper_without_check_in",
                ("paper_without_check_in", {**name, "at": _hhmm(o.handed_in_at)}), who=who)  # fmt: skip
        if o.status == Status.NOT_HANDED_IN.value:
            add("left_without_paper", ("left_without_paper", name), who=who)
        elif o.status == "emergency_no_paper":  # issue #9: never a refusal to hand in
            add("left_without_paper", ("left_in_emergency_noted", {**name, "note": o.emergency_note})
                if o.emergency_note else ("left_in_emergency", name), who=who)  # fmt: skip
        if o.refused_entry and not o.entered:
            add("late_refused", ("late_refused", name), who=who)
        if o.no_id_document:
            document = o.id_document.strip()
            add("no_id_document", ("no_id_document", {**name, "document": document})
                if document else ("no_id_document_none", name), who=who)  # fmt: skip

    for incident in room.incidents:
        if incident.category != "fraude":
            continue
        parts: list[Part] = [
            ("fraud", {"at": _hhmm(incident.at), "description": incident.description})
        ]
        if incident.seized:
            parts.append(("fraud_seized", {"seized": incident.seized}))
        if incident.signed_by:
            parts.append(("fraud_signed_by", {"names": ", ".join(incident.signed_by)}))
        if incident.refused_to_countersign:
            names = ", ".join(incident.refused_to_countersign)
            parts.append(("fraud_refused_to_countersign", {"names": names}))
        parts.append(("fraud_report", {"seq": incident.seq}))
        add("fraud", *parts, who=list(incident.candidates))

    if room.not_held:
        add("not_held", ("not_held", {"reason": room.not_held}))
    for at, text in room.addenda:
        add("addendum", ("addendum", {"at": _hhmm(at), "text": text}))
    for at, seconds in room.clock_jumps:
        sign = "-" if seconds < 0 else ""  # -90 s is "-1 min 30 s"
        add("clock_jump", ("clock_jump", {"at": _hhmm(at), "minutes": f"{sign}{abs(seconds) // 60}",
                                          "seconds": abs(seconds) % 60}))  # fmt: skip
    for start, end in room.pauses:
        if end is None:
            add("pause", ("pause_open", {"at": _hhmm(start)}))
        else:
            minutes = round((end - start).total_seconds() / 60)
            add("pause", ("pause", {"start": _hhmm(start), "end": _hhmm(end),
                                    "minutes": minutes}))  # fmt: skip
    return found, status


PAPER_KINDS = ("pv_hash_mismatch", "papers_received_mismatch")


def paper_problems(room: RoomFile, paper: PaperEntry | None) -> tuple[str, list[Problem]]:
    """Where the room stands against its paper PV, and the problems the paper shows: apart,
    so that a scan in the office view re-checks its room alone."""
    found: list[Problem] = []

    def add(kind: str, *parts: Part) -> None:
        found.append(Problem.of(kind, room.room, str(room.path), [], *parts))

    status = _paper(room, paper, add)
    if room.readable and paper is not None and paper.papers_received is not None:
        collected = room.counts.get("handed_in", 0)
        if paper.papers_received != collected:
            add("papers_received_mismatch", ("papers_received_mismatch", {
                "received": paper.papers_received, "collected": collected}))  # fmt: skip
    return status, found


def _paper(room: RoomFile, paper: PaperEntry | None, add) -> str:  # noqa: ANN001
    code = paper.code if paper is not None else None
    if code is None:
        return PAPER_NOT_GIVEN
    exam = code.exam if code.exam and code.exam != room.exam else ""
    date = code.date if code.date and room.date and code.date != room.date else ""
    if code.matches(room.final_hash) and not (exam or date):
        return PAPER_MATCHES
    parts: list[Part] = [("pv_hash_mismatch", {"paper_hash": code.hash_prefix[:16],
                                                "file_hash": room.final_hash[:16] or "—"})]  # fmt: skip
    if exam or date:
        which = "other_pv_both" if exam and date else "other_pv_exam" if exam else "other_pv_date"
        parts.append((which, {"exam": exam, "date": date}))
    add("pv_hash_mismatch", *parts)
    return PAPER_MISMATCH
