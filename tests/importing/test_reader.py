"""read_list and preview_list through the public API, on files written by each test."""

from __future__ import annotations

import codecs
import subprocess
import sys
from pathlib import Path

import pytest

from invigilator.importing import ListImportError, preview_list, read_list

CORPUS = Path(__file__).parent / "corpus"
NAMES = [
    ("1001", "Œuvrard", "Élise"),
    ("1002", "N'Diaye", "Mamadou"),
    ("1003", "de La Fontaine", "Jean-Baptiste"),
    ("1004", "Çelik", "Gökhan"),
]


def write(tmp_path: Path, data: bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def table(delimiter: str, newline: str, rows: list[tuple[str, ...]] | None = None) -> str:
    rows = rows or [("N° étudiant", "Nom", "Prénom"), *NAMES]
    return newline.join(delimiter.join(r) for r in rows) + newline


ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("cp1252", b""),
]


@pytest.mark.parametrize(("encoding", "bom"), ENCODINGS)
@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_every_encoding_delimiter_and_line_end(tmp_path, encoding, bom, delimiter, newline):
    path = write(tmp_path, bom + table(delimiter, newline).encode(encoding))
    result = read_list(path)
    assert [(c.student_id, c.last_name, c.first_name) for c in result.candidates] == NAMES


def test_names_are_kept_exactly_as_written(tmp_path):
    rows = [
        ("ID", "Nom", "Prénom"),
        ("1", "  DUPONT-d'Arc ", "E\u0301lise"),
        ("2", "van BEETHOVEN", "ludwig"),
    ]
    result = read_list(write(tmp_path, table(";", "\n", rows).encode()))
    assert [(c.last_name, c.first_name) for c in result.candidates] == [
        ("DUPONT-d'Arc", "E\u0301lise"),
        ("van BEETHOVEN", "ludwig"),
    ]


def test_quoted_fields_keep_delimiters_and_quotes(tmp_path):
    text = 'ID;Nom;Prénom\r\n1;"Dupont; dit ""le Grand""";"Jean"\r\n'
    (candidate,) = read_list(write(tmp_path, text.encode())).candidates
    assert candidate.last_name == 'Dupont; dit "le Grand"'


def test_a_line_break_inside_a_name_is_refused(tmp_path):
    text = 'ID;Nom;Prénom\n1;"Dupont\nMartin";Jean\n'
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, text.encode()))
    (problem,) = raised.value.problems
    assert (problem.line, problem.column) == (2, "Nom")
    assert "retour à la ligne" in problem.message


def test_unknown_columns_are_kept_as_extra_information(tmp_path):
    rows = [("ID", "Nom", "Prénom", "Groupe", "", "Groupe"), ("1", "Dupont", "Jean", "G1", "x", "")]
    result = read_list(write(tmp_path, table(";", "\n", rows).encode()))
    assert result.extra_columns == ["Groupe", "colonne 5", "Groupe (2)"]
    assert result.candidates[0].extra == {"Groupe": "G1", "colonne 5": "x"}


def test_ids_differing_only_in_case_are_duplicates(tmp_path):
    rows = [("ID", "Nom", "Prénom"), ("ab12", "Dupont", "Jean"), ("AB12", "Martin", "Léa")]
    with pytest.raises(ListImportError, match="en double"):
        read_list(write(tmp_path, table(";", "\n", rows).encode()))


def test_a_full_name_column_is_enough(tmp_path):
    rows = [("Matricule", "Nom Prénom"), ("7", "DUPONT Jean")]
    (candidate,) = read_list(write(tmp_path, table(";", "\n", rows).encode())).candidates
    assert (candidate.last_name, candidate.first_name) == ("DUPONT Jean", "")


def test_tiers_temps_column_contradicting_the_notes_is_refused(tmp_path):
    rows = [("ID", "Nom", "Tiers-temps", "Aménagements"), ("1", "Dupont", "non", "Tiers-temps")]
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, table(";", "\n", rows).encode()))
    assert raised.value.problems[0].column == "Tiers-temps"


MULTI = [
    ("ID", "Nom", "Salle"),
    ("1", "Dupont", "17.1.04"),
    ("2", "Martin", "17.1.05"),
    ("3", "Petit", "17.1.04"),
]


def test_the_room_is_matched_ignoring_case_and_spaces(tmp_path):
    rows = [
        ("ID", "Nom", "Salle"),
        ("1", "Dupont", "Amphi A"),
        ("2", "Martin", "amphi a "),
        ("3", "Petit", "B"),
    ]
    result = read_list(write(tmp_path, table(";", "\n", rows).encode()), room="AMPHI A")
    assert result.room == "Amphi A"
    assert [c.student_id for c in result.candidates] == ["1", "2"]


def test_candidates_of_other_rooms_are_kept_aside(tmp_path):
    result = read_list(write(tmp_path, table(";", "\n", MULTI).encode()), room="17.1.05")
    assert [c.student_id for c in result.candidates] == ["2"]
    assert [c.student_id for c in result.others] == ["1", "3"]
    elsewhere = result.expected_elsewhere(" 1 ")
    assert elsewhere is not None and elsewhere.room == "17.1.04"
    assert result.expected_elsewhere("2") is None


def test_several_rooms_without_a_choice_list_the_rooms(tmp_path):
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, table(";", "\n", MULTI).encode()))
    assert raised.value.rooms == ["17.1.04", "17.1.05"]
    assert "17.1.04, 17.1.05" in str(raised.value)


def test_a_line_without_room_in_a_several_rooms_list_is_refused(tmp_path):
    rows = [*MULTI, ("4", "Blanc", "")]
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, table(";", "\n", rows).encode()), room="17.1.04")
    assert [(p.line, p.column) for p in raised.value.problems] == [(5, "Salle")]


def test_a_single_room_list_takes_its_room(tmp_path):
    rows = [("ID", "Nom", "Salle"), ("1", "Dupont", "17.1.04"), ("2", "Martin", "")]
    result = read_list(write(tmp_path, table(";", "\n", rows).encode()))
    assert result.room == "17.1.04" and len(result.candidates) == 2 and result.others == []
    with pytest.raises(ListImportError, match="celle de la salle « 17.1.04 »"):
        read_list(write(tmp_path, table(";", "\n", rows).encode()), room="B")


def test_preview_shows_the_header_and_first_rows(tmp_path):
    text = "Liste de la salle;;\n;;\nN°;Nom;Prénom\n" + "".join(
        f"{i};Nom{i};P{i}\n" for i in range(30)
    )
    preview = preview_list(write(tmp_path, text.encode()), max_rows=5)
    assert preview.header_line == 3
    assert preview.header == ["N°", "Nom", "Prénom"]
    assert preview.rows[0] == ["0", "Nom0", "P0"] and len(preview.rows) == 5
    assert preview.mapping == {"student_id": 0, "last_name": 1, "first_name": 2}
    assert not preview.confident  # "N°" may be a row counter: the UI asks
    assert preview.sheets == [] and len(preview.sha256) == 64


def test_preview_of_a_workbook_lists_its_sheets_and_rooms():
    preview = preview_list(CORPUS / "all_rooms.ods")
    assert preview.sheets == ["Toutes salles"]
    assert preview.rooms == ["17.1.04", "17.1.05"]
    assert preview.confident
    assert preview_list(CORPUS / "title_rows.xlsx").sheets == ["Salle 17.1.04", "Salle 17.1.05"]


def test_a_hand_made_mapping_replaces_recognition(tmp_path):
    rows = [("Code", "Col B", "Col C"), ("1", "Dupont", "Jean"), ("2", "Martin", "Léa")]
    path = write(tmp_path, table(";", "\n", rows).encode())
    with pytest.raises(ListImportError, match="introuvable"):
        read_list(path)
    result = read_list(path, mapping={"student_id": 0, "last_name": 1, "first_name": 2})
    assert [(c.student_id, c.last_name) for c in result.candidates] == [
        ("1", "Dupont"),
        ("2", "Martin"),
    ]
    assert result.columns == {"student_id": "Code", "last_name": "Col B", "first_name": "Col C"}


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"student_id": 0}, "aucune colonne choisie pour Nom"),
        ({"student_id": 0, "last_name": 9}, "hors du tableau"),
        ({"student_id": 0, "last_name": 0}, "à la fois"),
        ({"student_id": 0, "last_name": 1, "shoe_size": 2}, "champ inconnu"),
    ],
)
def test_a_wrong_mapping_is_refused(tmp_path, mapping, message):
    path = write(tmp_path, b"A;B;C\n1;Dupont;Jean\n")
    with pytest.raises(ListImportError, match=message):
        read_list(path, mapping=mapping)


def test_missing_file_directory_and_sheet_on_csv(tmp_path):
    with pytest.raises(ListImportError, match="introuvable"):
        read_list(tmp_path / "absent.csv")
    with pytest.raises(ListImportError, match="dossier"):
        read_list(tmp_path)
    path = write(tmp_path, table(";", "\n").encode())
    with pytest.raises(ListImportError, match="sans feuilles"):
        read_list(path, sheet="Feuil1")


def test_a_sheet_is_found_ignoring_case_and_accents():
    result = read_list(CORPUS / "title_rows.xlsx", sheet="salle 17.1.05")
    assert result.sheet == "Salle 17.1.05"


def test_a_csv_named_xlsx_is_read_by_its_content(tmp_path):
    path = write(tmp_path, table(";", "\n").encode(), "liste.xlsx")
    assert len(read_list(path).candidates) == 4


def test_a_control_character_names_its_line(tmp_path):
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, b"ID;Nom\n1;Dupont\n2;Mar\x07tin\n"))
    assert raised.value.problems[0].line == 3


def test_error_message_is_readable_french(tmp_path):
    path = write(tmp_path, b"ID;Nom\n1;Dupont\n;Martin\n1;Petit\n")
    with pytest.raises(ListImportError) as raised:
        read_list(path)
    assert str(raised.value) == (
        "Impossible d'importer la liste « liste.csv » ; rien n'a été importé. 2 problèmes :\n"
        "  - ligne 3, colonne « ID » : numéro d'étudiant manquant\n"
        "  - ligne 4, colonne « ID » : numéro 1 en double (déjà ligne 2)"
    )


def test_excel_sep_hint_line_names_the_delimiter(tmp_path):
    text = "sep=,\r\nID,Nom,Prénom\r\n1,Dupont; Martin,Jean\r\n2,Petit,Léa\r\n"
    result = read_list(write(tmp_path, text.encode("cp1252")))
    assert [c.last_name for c in result.candidates] == ["Dupont; Martin", "Petit"]


def test_an_id_spoilt_by_excel_scientific_notation_is_refused(tmp_path):
    with pytest.raises(ListImportError) as raised:
        read_list(write(tmp_path, b"ID;Nom\n2,12346E+07;Dupont\n"))
    assert "notation scientifique" in raised.value.problems[0].message


def test_a_whole_number_id_loses_its_decimal_zero(tmp_path):
    result = read_list(write(tmp_path, b"ID;Nom\n21234567.0;Dupont\n00123;Martin\n"))
    assert [c.student_id for c in result.candidates] == ["21234567", "00123"]


def test_the_domain_never_imports_qt():
    code = (
        "import sys, invigilator.importing, invigilator.importing.command, invigilator.text;"
        "assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
