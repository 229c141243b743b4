"""Recognising the header row and its columns, in French or English.

A header cell is reduced to its words (case, accents and punctuation ignored: "N° d'étudiant"
→ {n, etudiant}); a column belongs to a field when all its words are words of that field and
it has one of the field's key word groups. Each rule has a priority: "N° étudiant" beats a bare
"N°" (often a row counter), "Nom" beats "Nom Prénom".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import normalise_for_search

FIELDS: dict[str, str] = {
    "student_id": "N° étudiant",
    "last_name": "Nom",
    "first_name": "Prénom",
    "extra_time": "Tiers-temps / temps majoré",
    "accommodations": "Aménagements",
    "seat": "Place",
    "room": "Salle",
    "birth_date": "Date de naissance",
    "email": "Courriel",
    "ue_code": "Code UE",
}
REQUIRED = ("student_id", "last_name")
# Headers recognised, named when a required column is missing.
EXAMPLES = {
    "student_id": ("N° étudiant", "N° auditeur", "Matricule", "Identifiant", "ID"),
    "last_name": ("Nom", "Nom de famille", "Last name"),
}
# Rows looked at, from the top, to find the header below title lines.
HEADER_SEARCH_ROWS = 30

_STOP = frozenset("a d de des du e en et l la le les of s the and".split())
_MINUTES = frozenset({"min", "mn", "minutes", "minute", "mins"})
_ID_KEYS = frozenset("n no nr num numero number id identifiant identifier ident".split())
_PEOPLE = frozenset(
    "etudiant etudiante etudiants auditeur auditrice candidat candidate eleve student "
    "apprenant inscrit dossier".split()
)
_PEOPLE_NAMES = frozenset("etudiant candidat auditeur student".split())


@dataclass(frozen=True)
class _Rule:
    field: str
    priority: int
    keys: tuple[frozenset[str], ...]  # at least one group fully present
    allowed: frozenset[str]  # no other word allowed

    def matches(self, words: frozenset[str]) -> bool:
        return words <= self.allowed and any(k <= words for k in self.keys)


def _rule(field: str, priority: int, keys: str, allowed: str = "") -> _Rule:
    groups = tuple(frozenset(k.split()) for k in keys.split(","))
    words = frozenset(allowed.split()).union(*groups)
    return _Rule(field, priority, groups, words)


_RULES = (
    _rule("seat", 1, "place,siege,seat,table,rang", "n no nr num numero number attribuee assigned"),
    _rule("room", 1, "salle,room", "n no nr num numero number code examen exam affectation nom"),
    _rule(
        "student_id",
        1,
        ",".join(f"{k} {p}" for k in sorted(_ID_KEYS | {"code", "matricule"}) for p in _PEOPLE)
        + ",studentid,studentnumber",
        " ".join(_ID_KEYS | _PEOPLE) + " code carte matricule",
    ),
    _rule("student_id", 2, "id,identifiant,identifier,matricule,nip", "n no numero"),
    _rule("student_id", 3, "n,no,nr,num,numero,number,ine", "n no nr num numero number ine"),
    _rule(
        "last_name",
        1,
        "nom,noms,surname,lastname,familyname,last name,family name",
        "famille usage patronymique naissance marital " + " ".join(_PEOPLE_NAMES),
    ),
    _rule(
        "first_name",
        1,
        "prenom,prenoms,firstname,forename,givenname,first name,given name",
        "usuel usage civil name " + " ".join(_PEOPLE_NAMES),
    ),
    # A single "Nom Prénom" column: the whole name goes to last_name.
    _rule(
        "last_name",
        2,
        "nom prenom,nom prenoms,noms prenoms,nom complet,full name,name,identite",
        "usage " + " ".join(_PEOPLE_NAMES),
    ),
    _rule(
        "extra_time",
        1,
        "tiers temps,1 3 temps,1 3,temps majore,temps majoration,majoration,"
        "temps supplementaire,temps supplementaires,temps additionnel,extra time,"
        "additional time,tt,duree majoree",
        "amenagement oui non o yes no y duree pour " + " ".join(_MINUTES),
    ),
    _rule(
        "accommodations",
        1,
        "amenagement,amenagements,accommodation,accommodations,disposition,dispositions,"
        "besoins,mesures,adaptation,adaptations",
        "examen examens exam exams particulier particuliers particuliere particulieres "
        "specifique specifiques special specific needs handicap autres other autre details",
    ),
    _rule(
        "birth_date",
        1,
        "naissance,naiss,ne,nee,birth,dob,birthdate,born,ddn",
        "date",
    ),
    _rule(
        "email",
        1,
        "email,e mail,mail,courriel,mel,adresse electronique",
        "adresse address etudiant student universitaire institutionnel institutionnelle",
    ),
    _rule(
        "ue_code",
        1,
        "ue,ec,uv,unite enseignement,course code,code cours,module,code epreuve,code matiere",
        "code n numero element constitutif",
    ),
)


def header_words(text: str) -> frozenset[str]:
    """The words of a header cell, ignoring case, accents, punctuation and filler words."""
    plain = re.sub(r"[^0-9a-z]+", " ", normalise_for_search(text))
    return frozenset(plain.split()) - _STOP


def classify(text: str) -> tuple[str, int] | None:
    """(field key, priority: 1 is surest) of one header cell, or None for an unknown column."""
    words = header_words(text)
    if not words:
        return None
    for rule in _RULES:
        if rule.matches(words):
            return rule.field, rule.priority
    return None


def is_minutes_column(text: str) -> bool:
    """Whether an extra-time header says its values are minutes ("Temps majoré (min)")."""
    return bool(header_words(text) & _MINUTES)


@dataclass(frozen=True)
class Recognition:
    mapping: dict[str, int]  # field key → column index
    confident: bool

    @property
    def has_required(self) -> bool:
        return all(f in self.mapping for f in REQUIRED)


def recognise(header: list[str]) -> Recognition:
    """Map the cells of one header row to fields; unsure when a column is only guessed."""
    found: dict[str, list[tuple[int, int]]] = {}
    for index, cell in enumerate(header):
        result = classify(cell)
        if result is not None:
            field, priority = result
            found.setdefault(field, []).append((priority, index))
    mapping: dict[str, int] = {}
    confident = True
    for field, hits in found.items():
        hits.sort()
        best_priority, index = hits[0]
        mapping[field] = index
        if len(hits) > 1 and hits[1][0] == best_priority:
            confident = False  # two "Nom" columns: which one?
        if field == "student_id" and best_priority > 2:
            confident = False  # a bare "N°" may be a row counter
    confident = confident and all(f in mapping for f in REQUIRED)
    return Recognition(mapping, confident)


def find_header(rows: list[tuple[int, list[str]]]) -> int | None:
    """Index in `rows` of the header: the first row with an ID and a name column, else the row
    with most recognised columns, else the first non-blank row; None when all rows are blank."""
    best: tuple[int, int] | None = None  # (recognised columns, -index)
    first: int | None = None
    looked = 0
    for index, (_line, cells) in enumerate(rows):
        if not any(c.strip() for c in cells):
            continue
        if first is None:
            first = index
        recognition = recognise(cells)
        if recognition.has_required:
            return index
        score = (len(recognition.mapping), -index)
        if recognition.mapping and (best is None or score > best):
            best = score
        looked += 1
        if looked >= HEADER_SEARCH_ROWS:
            break
    return -best[1] if best is not None else first
