"""Header recognition: French and English, any case, accents and punctuation."""

from __future__ import annotations

import pytest

from invigilator.importing import FIELDS
from invigilator.importing.headers import classify, find_header, recognise

RECOGNISED = {
    "student_id": [
        "N° étudiant",
        "N° auditeur",
        "Nº d’étudiant",
        "NUMERO ETUDIANT",
        "num. étudiant",
        "numéro",
        "Matricule",
        "Identifiant",
        "ID",
        "id",
        "Student ID",
        "Student number",
        "Code étudiant",
        "N°",
    ],
    "last_name": [
        "Nom",
        "NOM",
        "nom de famille",
        "Nom d'usage",
        "Last name",
        "LastName",
        "Surname",
        "Family name",
        "Nom Prénom",
        "Nom et prénom",
    ],
    "first_name": [
        "Prénom",
        "prenom",
        "PRÉNOMS",
        "First name",
        "Firstname",
        "Given name(s)",
        "Prénom usuel",
    ],
    "extra_time": [
        "Tiers-temps",
        "tiers temps",
        "TIERS TEMPS (oui/non)",
        "1/3 temps",
        "Temps majoré",
        "Temps majoré (min)",
        "Extra time",
        "Extra time (minutes)",
        "Temps supplémentaire",
    ],
    "accommodations": [
        "Aménagement",
        "Aménagements",
        "aménagement(s)",
        "Aménagements d'examen",
        "Accommodations",
        "Dispositions particulières",
        "Besoins spécifiques",
    ],
    "seat": ["Place", "Siège", "N° de place", "Seat", "Table"],
    "room": ["Salle", "SALLE", "Room", "N° salle", "Salle d'examen"],
    "birth_date": [
        "Date de naissance",
        "Né(e) le",
        "Née le",
        "Date of birth",
        "Birth date",
        "DOB",
        "Naissance",
    ],
    "email": ["Email", "E-mail", "Courriel", "Mail", "Adresse électronique", "Email address"],
    "ue_code": ["Code UE", "UE", "ue code", "Course code", "Code EC", "Module"],
}


@pytest.mark.parametrize(
    ("header", "field"),
    [(h, f) for f, headers in RECOGNISED.items() for h in headers],
)
def test_header_is_recognised(header: str, field: str):
    assert FIELDS.keys() >= {field}
    result = classify(header)
    assert result is not None and result[0] == field


@pytest.mark.parametrize(
    "header",
    [
        "Civilité",
        "Observations",
        "Groupe",
        "Salle isolée",
        "Date",
        "",
        "   ",
        "Commentaire",
        "Signature",
        "Date de l'épreuve",
    ],
)
def test_other_headers_are_kept_as_extra_columns(header: str):
    assert classify(header) is None


def test_a_precise_student_number_beats_a_row_counter():
    recognition = recognise(["N°", "N° étudiant", "Nom", "Prénom"])
    assert recognition.mapping["student_id"] == 1
    assert recognition.confident


def test_a_bare_number_column_is_used_but_not_trusted():
    recognition = recognise(["N°", "Nom", "Prénom"])
    assert recognition.mapping == {"student_id": 0, "last_name": 1, "first_name": 2}
    assert not recognition.confident


def test_two_columns_for_one_field_are_not_trusted():
    recognition = recognise(["ID", "Nom", "Nom", "Prénom"])
    assert recognition.mapping["last_name"] == 1
    assert not recognition.confident


def test_a_separate_last_name_beats_a_full_name_column():
    assert recognise(["ID", "Nom Prénom", "Nom", "Prénom"]).mapping["last_name"] == 2


def test_header_is_found_below_title_lines():
    rows = [
        (1, ["Examen NFA031 — Nom de l'épreuve : algorithmique", "", ""]),
        (2, ["", "", ""]),
        (3, ["Salle 17.1.04", "", ""]),
        (4, ["Matricule", "Nom", "Prénom"]),
        (5, ["1", "Dupont", "Jean"]),
    ]
    assert find_header(rows) == 3


def test_without_a_full_header_the_best_row_is_chosen():
    rows = [(1, ["Liste"]), (2, ["Nom", "Prénom"]), (3, ["Dupont", "Jean"])]
    assert find_header(rows) == 1
    assert find_header([(1, ["", ""]), (2, [])]) is None
