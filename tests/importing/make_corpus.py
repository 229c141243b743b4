"""Write the import corpus: realistic list files and, for each, the result the importer must give.

Run from the repository root: `.venv/bin/python tests/importing/make_corpus.py`.
Only this script needs openpyxl, odfpy, xlwt and msoffcrypto-tool (pip install them in the venv);
the tests read the committed files with the app's own dependencies. Every file is rewritten
byte for byte the same, except `password.xlsx` (encryption draws a random salt).

Expected results (`expected/NAME.json`) are written from the rosters below, never by running
the importer: {"args": ..., "ok": true, "room", "rooms", "candidates": [records],
"others": [ids], "extra_columns"} or {"ok": false, "problems": [{"line", "column", "contains"}]}.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).parent / "corpus"
EXPECTED = HERE / "expected"
FIXED_TIME = (2026, 1, 15, 8, 0, 0)


def person(student_id: str, last: str, first: str, **fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "student_id": student_id,
        "last_name": last,
        "first_name": first,
        "extra_time_minutes": 0,
        "accommodations": "",
        "seat": "",
        "room": "",
        "birth_date": "",
        "email": "",
        "ue_code": "",
        "extra": {},
    }
    record.update(fields)
    return record


def expect_ok(
    name: str, candidates: list[dict], *, args: dict | None = None, **more: object
) -> None:
    data = {"args": args or {}, "ok": True, "candidates": candidates, **more}
    _write_json(name, data)


def expect_error(
    name: str, problems: list[tuple[int | None, str | None, str]], **args: object
) -> None:
    data = {
        "args": args,
        "ok": False,
        "problems": [{"line": ln, "column": col, "contains": text} for ln, col, text in problems],
    }
    _write_json(name, data)


def _write_json(name: str, data: dict) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (EXPECTED / f"{name}.json").write_text(text, encoding="utf-8")


def write_text(
    name: str, lines: list[str], *, encoding: str, newline: str = "\r\n", bom: bytes = b""
) -> None:
    (HERE / name).write_bytes(bom + newline.join(lines).encode(encoding) + newline.encode(encoding))


def stable_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps so that the file is the same on every run."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    path.write_bytes(out.getvalue())


# 1. Excel "CSV (point-virgule)": Windows-1252, CRLF, title lines, `;;;;` padding and trailing rows.
def excel_semicolon_cp1252() -> None:
    lines = [
        "Examen UE NFA031 - session 1 - 15/06/2026;;;;;",
        "Salle 17.1.04;;;;;",
        ";;;;;",
        "N° auditeur;NOM;Prénom;Tiers-temps;Aménagements;Civilité",
        "21234567;Œuvrard;Élise;oui;Salle isolée;Mme",
        "21234568;N'Diaye;Mamadou;;;M.",
        "21234569;Çelik;Gökhan;non;;M.",
        "21234570;de La Fontaine;Jean-Baptiste;;Ordinateur fourni;M.",
        "21234571;d'Alembert;Jean Le Rond;;;M.",
        ";;;;;",
        "21234572;Müller-Lüdenscheidt;Jürgen;1/3 temps;;M.",
        "21234573;NÚÑEZ;María José;;;Mme",
        ";;;;;",
        ";;;;;",
    ]
    write_text("excel_semicolon_cp1252.csv", lines, encoding="cp1252")
    expect_ok(
        "excel_semicolon_cp1252.csv",
        [
            person(
                "21234567",
                "Œuvrard",
                "Élise",
                extra_time_minutes=40,
                accommodations="Salle isolée",
                extra={"Civilité": "Mme"},
            ),
            person("21234568", "N'Diaye", "Mamadou", extra={"Civilité": "M."}),
            person("21234569", "Çelik", "Gökhan", extra={"Civilité": "M."}),
            person(
                "21234570",
                "de La Fontaine",
                "Jean-Baptiste",
                accommodations="Ordinateur fourni",
                extra={"Civilité": "M."},
            ),
            person("21234571", "d'Alembert", "Jean Le Rond", extra={"Civilité": "M."}),
            person(
                "21234572",
                "Müller-Lüdenscheidt",
                "Jürgen",
                extra_time_minutes=40,
                extra={"Civilité": "M."},
            ),
            person("21234573", "NÚÑEZ", "María José", extra={"Civilité": "Mme"}),
        ],
        args={"duration_minutes": 120},
        room=None,
        rooms=[],
        header_line=4,
        third_time_ids=["21234567", "21234572"],
        extra_columns=["Civilité"],
    )


# 2. Student information system export: UTF-8 with BOM, commas, LF, quotes, English headers.
def sis_utf8_bom_comma() -> None:
    lines = [
        "Student ID,Last name,First name,Extra time (min),Accommodations,Email,Date of birth,Seat",
        '20190001,Nguyễn,Thị Minh Anh,30,"Secretary, large print",minh.nguyen@example.org,2001-03-04,A1',
        "20190002,Łukaszewicz,Zofia,,,zofia.l@example.org,1999-12-31,A2",
        '20190003,"O\'Connor",Siobhán,,"Rest breaks: 5 min per hour,',
        'quiet corner",s.oconnor@example.org,2000-07-14,A3',
        '20190004,"Smith, Jr.","John ""Johnny""",,,j.smith@example.org,1998-02-28,A4',
        "20190005,Иванова,Анна,1,,anna@example.org,2002-01-01,A5",
    ]
    write_text("sis_utf8_bom_comma.csv", lines, encoding="utf-8", newline="\n", bom=b"\xef\xbb\xbf")
    expect_ok(
        "sis_utf8_bom_comma.csv",
        [
            person(
                "20190001",
                "Nguyễn",
                "Thị Minh Anh",
                extra_time_minutes=30,
                accommodations="Secretary, large print",
                email="minh.nguyen@example.org",
                birth_date="2001-03-04",
                seat="A1",
            ),
            person(
                "20190002",
                "Łukaszewicz",
                "Zofia",
                email="zofia.l@example.org",
                birth_date="1999-12-31",
                seat="A2",
            ),
            person(
                "20190003",
                "O'Connor",
                "Siobhán",
                accommodations="Rest breaks: 5 min per hour,\nquiet corner",
                email="s.oconnor@example.org",
                birth_date="2000-07-14",
                seat="A3",
            ),
            person(
                "20190004",
                "Smith, Jr.",
                'John "Johnny"',
                email="j.smith@example.org",
                birth_date="1998-02-28",
                seat="A4",
            ),
            person(
                "20190005",
                "Иванова",
                "Анна",
                extra_time_minutes=1,
                email="anna@example.org",
                birth_date="2002-01-01",
                seat="A5",
            ),
        ],
        room=None,
        rooms=[],
        header_line=1,
        third_time_ids=[],
        extra_columns=[],
    )


# 3. Excel "Texte Unicode": UTF-16 LE with BOM, tabs, CRLF.
def unicode_text_utf16() -> None:
    lines = [
        "Matricule\tNom de famille\tPrénom\tAménagement(s)\tPlace\tNé(e) le",
        "30000001\tÇelik\tAyşe\tTiers-temps + sujet en A3\t12\t05/11/2000",
        "30000002\tNguyễn\tVăn Đức\t\t13\t1.2.1999",
        "30000003\tŁukaszewicz\tPaweł\ttemps majoré de 20 minutes\t14\t",
    ]
    (HERE / "unicode_text_utf16.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    expect_ok(
        "unicode_text_utf16.txt",
        [
            person(
                "30000001",
                "Çelik",
                "Ayşe",
                extra_time_minutes=30,
                accommodations="Tiers-temps + sujet en A3",
                seat="12",
                birth_date="2000-11-05",
            ),
            person("30000002", "Nguyễn", "Văn Đức", seat="13", birth_date="1999-02-01"),
            person(
                "30000003",
                "Łukaszewicz",
                "Paweł",
                extra_time_minutes=20,
                accommodations="temps majoré de 20 minutes",
                seat="14",
            ),
        ],
        args={"duration_minutes": 90},
        room=None,
        rooms=[],
        header_line=1,
        third_time_ids=["30000001"],
        extra_columns=[],
    )


# 4. Pipes, UTF-8 without BOM, LF, a bare "Numéro" ID column.
def pipe_utf8() -> None:
    lines = [
        "Numéro|Nom|Prénom|Temps majoré|UE|Groupe",
        "A0001|Ðorđević|Miloš|+1/3|NFA031|G1",
        "A0002|Dupont|Jean-Pierre||NFA031|G2",
        "",
        "A0003|Van der Berg|Åsa|45 min|NFA031|",
        "",
    ]
    write_text("pipe_utf8.csv", lines, encoding="utf-8", newline="\n")
    expect_ok(
        "pipe_utf8.csv",
        [
            person("A0001", "Ðorđević", "Miloš", ue_code="NFA031", extra={"Groupe": "G1"}),
            person("A0002", "Dupont", "Jean-Pierre", ue_code="NFA031", extra={"Groupe": "G2"}),
            person("A0003", "Van der Berg", "Åsa", extra_time_minutes=45, ue_code="NFA031"),
        ],
        room=None,
        rooms=[],
        header_line=1,
        third_time_ids=["A0001"],
        extra_columns=["Groupe"],
    )


# 5. One file for every room: the user picks 17.1.04, the others are kept aside.
MULTI = [
    ("N° étudiant", "Nom", "Prénom", "Salle", "Place"),
    ("40000001", "Œuvrard", "Léa", "17.1.04", "1"),
    ("40000002", "N'Diaye", "Awa", "17.1.05", "1"),
    ("40000003", "Nguyễn", "Bảo", "17.1.04", "2"),
    ("40000004", "Łukaszewicz", "Jan", "17.1.05", "2"),
    ("40000005", "Çelik", "Emre", "Amphi A", "1"),
]


def multi_rooms_csv() -> None:
    write_text(
        "multi_rooms.csv", [";".join(r) for r in MULTI], encoding="utf-8", bom=b"\xef\xbb\xbf"
    )
    expect_ok(
        "multi_rooms.csv",
        [
            person("40000001", "Œuvrard", "Léa", room="17.1.04", seat="1"),
            person("40000003", "Nguyễn", "Bảo", room="17.1.04", seat="2"),
        ],
        args={"room": "17.1.04"},
        room="17.1.04",
        rooms=["17.1.04", "17.1.05", "Amphi A"],
        others=["40000002", "40000004", "40000005"],
        header_line=1,
        third_time_ids=[],
        extra_columns=[],
    )
    expect_error(
        "multi_rooms.csv@no-room",
        [(None, None, "plusieurs salles (17.1.04, 17.1.05, Amphi A)")],
    )


# 6. XLSX with a title line above the header, numeric IDs, real dates, a second sheet.
def xlsx_title_rows() -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.properties.created = workbook.properties.modified = datetime(2026, 1, 15, 8, 0)
    sheet = workbook.active
    sheet.title = "Salle 17.1.04"
    sheet.append(["Liste d'émargement — NFA031 — 15 juin 2026"])
    sheet.append([])
    sheet.append(
        ["N° étudiant", "Nom", "Prénom", "Date de naissance", "Temps majoré (min)", "Observations"]
    )
    sheet.append([21234567, "Œuvrard", "Élise", date(2001, 3, 4), 40, "arrive en fauteuil"])
    sheet.append([21234568.0, "N'Diaye", "Mamadou", datetime(1999, 12, 31), None, None])
    sheet.append(["00123", "Nguyễn", "Thị", date(2000, 1, 2), 0, None])
    sheet.append([None] * 6)
    for cell in ("D4", "D5", "D6"):
        sheet[cell].number_format = "DD/MM/YYYY"
    second = workbook.create_sheet("Salle 17.1.05")
    second.append(["Identifiant", "Last name", "First name"])
    second.append([50000001, "Łukaszewicz", "Zofia"])
    path = HERE / "title_rows.xlsx"
    workbook.save(path)
    stable_zip(path)
    expect_ok(
        "title_rows.xlsx",
        [
            person(
                "21234567",
                "Œuvrard",
                "Élise",
                birth_date="2001-03-04",
                extra_time_minutes=40,
                extra={"Observations": "arrive en fauteuil"},
            ),
            person("21234568", "N'Diaye", "Mamadou", birth_date="1999-12-31"),
            person("00123", "Nguyễn", "Thị", birth_date="2000-01-02"),
        ],
        room=None,
        rooms=[],
        sheet="Salle 17.1.04",
        header_line=3,
        third_time_ids=[],
        extra_columns=["Observations"],
    )
    expect_ok(
        "title_rows.xlsx@second-sheet",
        [person("50000001", "Łukaszewicz", "Zofia")],
        args={"sheet": "Salle 17.1.05"},
        room=None,
        rooms=[],
        sheet="Salle 17.1.05",
        header_line=1,
        third_time_ids=[],
        extra_columns=[],
    )


# 7. LibreOffice .ods, several rooms, header not in column A.
def ods_rooms() -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    def row(*values: object) -> TableRow:
        tr = TableRow()
        for value in values:
            if value is None:
                tc = TableCell()
            elif isinstance(value, float):
                tc = TableCell(valuetype="float", value=value)
                tc.addElement(P(text=str(int(value))))
            elif isinstance(value, date):
                tc = TableCell(valuetype="date", datevalue=value.isoformat())
                tc.addElement(P(text=value.strftime("%d/%m/%Y")))
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(value)))
            tr.addElement(tc)
        return tr

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Toutes salles")
    table.addElement(row(None, "Convocations — session de juin"))
    table.addElement(row(None, "Identifiant", "Nom", "Prénom", "Salle", "Aménagements", "Né le"))
    table.addElement(
        row(None, 60000001.0, "Nguyễn", "Thị Minh Anh", "17.1.04", "Tiers-temps", date(2001, 3, 4))
    )
    table.addElement(
        row(None, 60000002.0, "García Márquez", "José María", "17.1.05", None, date(1998, 5, 6))
    )
    table.addElement(row(None, 60000003.0, "Ñúñez", "Íñigo", "17.1.04", "Secrétaire", None))
    table.addElement(row())
    doc.spreadsheet.addElement(table)
    path = HERE / "all_rooms.ods"
    doc.save(str(path))
    stable_zip(path)
    expect_ok(
        "all_rooms.ods",
        [
            person(
                "60000001",
                "Nguyễn",
                "Thị Minh Anh",
                room="17.1.04",
                accommodations="Tiers-temps",
                extra_time_minutes=40,
                birth_date="2001-03-04",
            ),
            person("60000003", "Ñúñez", "Íñigo", room="17.1.04", accommodations="Secrétaire"),
        ],
        args={"room": "17.1.04", "duration_minutes": 120},
        room="17.1.04",
        rooms=["17.1.04", "17.1.05"],
        others=["60000002"],
        sheet="Toutes salles",
        header_line=2,
        third_time_ids=["60000001"],
        extra_columns=[],
    )


# 8. Old Excel .xls (BIFF8): numbers come back as floats, dates as dates.
def legacy_xls() -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Feuil1")
    dated = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    rows = [
        ("Liste des inscrits", None, None, None),
        ("N° étudiant", "Nom", "Prénom", "Date de naissance"),
        (70000001, "Œuvrard", "Élise", date(2001, 3, 4)),
        (70000002.0, "Çelik", "Ayşe", date(1999, 12, 31)),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, date):
                sheet.write(r, c, value, dated)
            else:
                sheet.write(r, c, value)
    path = HERE / "legacy.xls"
    book.save(str(path))
    expect_ok(
        "legacy.xls",
        [
            person("70000001", "Œuvrard", "Élise", birth_date="2001-03-04"),
            person("70000002", "Çelik", "Ayşe", birth_date="1999-12-31"),
        ],
        room=None,
        rooms=[],
        sheet="Feuil1",
        header_line=2,
        third_time_ids=[],
        extra_columns=[],
    )


# 9. Bad inputs: nothing imported, the line and column at fault named.
def bad_inputs() -> None:
    header = "N° étudiant;Nom;Prénom;Tiers-temps"

    def bad(
        name: str,
        lines: list[str],
        problems: list[tuple[int | None, str | None, str]],
        **args: object,
    ) -> None:
        write_text(name, lines, encoding="utf-8")
        expect_error(name, problems, **args)

    (HERE / "empty.csv").write_bytes(b"")
    expect_error("empty.csv", [(None, None, "vide")])
    bad("blank_only.csv", [";;;", "", ";;;"], [(None, None, "vide")])
    bad("header_only.csv", [header, ";;;"], [(None, None, "aucun candidat")])
    bad(
        "no_id_column.csv",
        ["Nom;Prénom", "Dupont;Jean"],
        [(1, None, "colonne N° étudiant introuvable")],
    )
    bad(
        "no_name_column.csv",
        ["Matricule;Prénom", "123;Jean"],
        [(1, None, "colonne Nom introuvable")],
    )
    bad(
        "missing_id.csv",
        [header, "1;Dupont;Jean;", ";Martin;Léa;", "3;Petit;Paul;"],
        [(3, "N° étudiant", "numéro d'étudiant manquant")],
    )
    bad(
        "missing_name.csv",
        [header, "1;Dupont;Jean;", "2;;Léa;"],
        [(3, "Nom", "nom manquant")],
    )
    bad(
        "duplicate_ids.csv",
        [header, "1;Dupont;Jean;", "2;Martin;Léa;", "1;Petit;Paul;"],
        [(4, "N° étudiant", "numéro 1 en double (déjà ligne 2)")],
    )
    bad(
        "unclosed_quote.csv",
        [header, '1;"Dupont;Jean;', "2;Martin;Léa;", "3;Petit;Paul;"],
        [(2, None, "guillemet ouvert jamais fermé")],
    )
    bad(
        "shifted_columns.csv",
        [header, "1;Dupont;Jean;", "2;Martin; Léa;Paul;oui"],
        [(3, None, "5 champs alors que l'en-tête en a 4")],
    )
    bad(
        "bad_tiers_temps.csv",
        [header, "1;Dupont;Jean;peut-être"],
        [(2, "Tiers-temps", "« peut-être » non reconnue")],
    )
    bad(
        "bad_birth_date.csv",
        ["ID;Nom;Prénom;Date de naissance", "1;Dupont;Jean;31/02/2001", "2;Martin;Léa;demain"],
        [(2, "Date de naissance", "31/02/2001"), (3, "Date de naissance", "demain")],
    )
    bad(
        "several_problems.csv",
        ["Titre;;;", header, "1;Dupont;Jean;", ";;Léa;", "1;Petit;;"],
        [(4, "N° étudiant", "manquant"), (4, "Nom", "manquant"), (5, "N° étudiant", "en double")],
    )
    bad(
        "wrong_room.csv",
        [";".join(r) for r in MULTI],
        [(None, None, "salle « 99 » absente")],
        room="99",
    )
    # Not text at all: a PNG header, then bytes of every value.
    (HERE / "binary.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    expect_error("binary.bin", [(None, None, "binaire")])
    (HERE / "bad_utf8_bom.csv").write_bytes(
        b"\xef\xbb\xbf" + b"ID;Nom\n1;Dupont\n2;" + b"\xff\xfe\n"
    )
    expect_error("bad_utf8_bom.csv", [(3, None, "illisible en UTF-8")])
    full = (HERE / "title_rows.xlsx").read_bytes()
    (HERE / "truncated.xlsx").write_bytes(full[: len(full) // 2])
    expect_error("truncated.xlsx", [(None, None, "classeur illisible")])
    ods = (HERE / "all_rooms.ods").read_bytes()
    (HERE / "truncated.ods").write_bytes(ods[: len(ods) - 100])
    expect_error("truncated.ods", [(None, None, "classeur illisible")])
    xls = (HERE / "legacy.xls").read_bytes()
    (HERE / "truncated.xls").write_bytes(xls[:3000])
    expect_error("truncated.xls", [(None, None, "classeur illisible")])
    expect_error(
        "title_rows.xlsx@missing-sheet",
        [(None, None, "feuille « Salle 99 » introuvable")],
        sheet="Salle 99",
    )
    password_xlsx()


def password_xlsx() -> None:
    import msoffcrypto.format.ooxml

    plain = io.BytesIO((HERE / "title_rows.xlsx").read_bytes())
    with open(HERE / "password.xlsx", "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("secret", out)
    expect_error("password.xlsx", [(None, None, "mot de passe")])


def main() -> None:
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for old in EXPECTED.glob("*.json"):
        old.unlink()
    excel_semicolon_cp1252()
    sis_utf8_bom_comma()
    unicode_text_utf16()
    pipe_utf8()
    multi_rooms_csv()
    xlsx_title_rows()
    ods_rooms()
    legacy_xls()
    bad_inputs()


if __name__ == "__main__":
    main()
