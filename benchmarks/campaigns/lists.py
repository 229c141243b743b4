"""Generated candidate lists for the fuzz campaign: CSV in the encodings offices use, and
minimal XLSX and ODS workbooks written by hand (no spreadsheet library needed)."""

from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

from invigilator.demo import FIRST_NAMES, LAST_NAMES

HEADERS = [
    ["N° auditeur", "Nom", "Prénom", "Salle", "Aménagements", "Date de naissance"],
    ["Identifiant", "NOM", "Prenom", "Salle d'examen", "Temps majoré (min)", "Né le"],
    ["student id", "Last name", "First name", "Room", "Accommodations", "Birth date"],
    ["Matricule", "Nom d'usage", "Prénom(s)", "Lieu", "Tiers-temps", "Naissance"],
]
NOISE = ["", " ", "=1+1", "+33 6", "-", "@SUM(A1)", "\t", "é" * 300, "Œ\u200b", "\x00", "\ufeff",
         "123456789012345678901234567890", "1e308", "NaN", "tiers-temps", "40", "-40", "01/13/2001",
         "31/02/2001", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202eevil", "a;b", 'x"y', "ligne\nsuivante"]  # fmt: skip


def rows(rng: random.Random) -> list[list[str]]:
    """A header (maybe after title lines) and 0-60 candidates, some cells noise."""
    table: list[list[str]] = [["Liste d'émargement — NFA031"]] * rng.randint(0, 2)
    header = list(rng.choice(HEADERS))
    rng.shuffle(header)
    table.append(header)
    noisy = rng.choice([0.0, 0.0, 0.02, 0.3])  # half the lists clean, as most offices send
    room = rng.choice(["31.2.85", "", "31.2.85"])
    for i in range(rng.randint(0, 60)):
        values = {
            0: str(100000000 + rng.randint(0, 80) if rng.random() < noisy else 100000000 + i),
            1: rng.choice(LAST_NAMES), 2: rng.choice(FIRST_NAMES),
            3: rng.choice(["17.1.04", ""]) if rng.random() < noisy else room,
            4: rng.choice(["", "", "tiers-temps", "40", "sujet A3"]),
            5: rng.choice(["", "04/03/2001", "2001-03-04"]),
        }  # fmt: skip
        row = [values[HEADERS[0].index(h)] if h in HEADERS[0] else values[_column(header, h)]
               for h in header]  # fmt: skip
        if rng.random() < noisy:
            row[rng.randrange(len(row))] = rng.choice(NOISE)
        if rng.random() < noisy / 5:
            row = row[: rng.randrange(len(row))]
        table.append(row)
    return table


def _column(header: list[str], name: str) -> int:
    for variant in HEADERS:
        if name in variant:
            return variant.index(name)
    return 0


def csv_bytes(table: list[list[str]], rng: random.Random) -> bytes:
    delimiter = rng.choice([";", ",", "\t", "|"])
    newline = rng.choice(["\r\n", "\n"])

    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    text = newline.join(delimiter.join(cell(v) for v in row) for row in table) + newline
    encoding = rng.choice(["utf-8", "utf-8-sig", "cp1252", "utf-16"])
    return text.encode(encoding, "replace")


def xlsx_bytes(table: list[list[str]], rng: random.Random) -> bytes:
    def cell(r: int, c: int, value: str) -> str:
        ref = f"{chr(65 + c % 26)}{r + 1}"
        if value.isdigit() and len(value) < 15 and rng.random() < 0.5:
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{_xml(value)}</t></is></c>'

    sheet = "".join(
        f'<row r="{r + 1}">' + "".join(cell(r, c, v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(table)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
            '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            '<sheets><sheet name="Salle 31.2.85" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
            f'{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}">'
            f"<sheetData>{sheet}</sheetData></worksheet>"
        ),
    }
    return _zip(files)


def ods_bytes(table: list[list[str]], rng: random.Random) -> bytes:
    def cell(value: str) -> str:
        if value.isdigit() and len(value) < 15 and rng.random() < 0.5:
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")  # fmt: skip
        return (f'<table:table-cell office:value-type="string"><text:p>{_xml(value)}</text:p>'
                "</table:table-cell>")  # fmt: skip

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in table
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Salle 31.2.85">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-'
        'type="text/xml"/></manifest:manifest>'
    )
    return _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                 "content.xml": content, "META-INF/manifest.xml": manifest})  # fmt: skip


def _xml(value: str) -> str:
    # XML 1.0 cannot hold most control characters: a writer drops them, so do we.
    return escape("".join(ch for ch in value if ch >= " " or ch in "\t\n"))


def _zip(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def mutate(data: bytes, rng: random.Random) -> bytes:
    """1-4 byte-level edits: flips, deletions, insertions, truncation, duplication."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not buffer:
            break
        at = rng.randrange(len(buffer))
        kind = rng.choice(["flip", "delete", "insert", "truncate", "duplicate"])
        if kind == "flip":
            buffer[at] ^= rng.randint(1, 255)
        elif kind == "delete":
            del buffer[at : at + rng.randint(1, 64)]
        elif kind == "insert":
            buffer[at:at] = rng.randbytes(rng.randint(1, 16))
        elif kind == "truncate":
            del buffer[at:]
        else:
            buffer[at:at] = buffer[at : at + rng.randint(1, 200)]
    return bytes(buffer)


FORMATS = {"csv": csv_bytes, "xlsx": xlsx_bytes, "ods": ods_bytes}
