"""Fonts, signatures and metadata: what makes the paper faithful (#10)."""

from __future__ import annotations

import math
import re
import subprocess
import sys
import textwrap

import pytest
from documents_helpers import needs_poppler

from invigilator.documents.export import export_pdf
from invigilator.documents.fonts import (
    DocumentError,
    UndrawableText,
    fonts_folder,
    markup,
    undrawable,
)
from invigilator.documents.signature import GRID_PT, record_operators, signature_operators


def test_user_text_is_escaped_and_cjk_goes_to_the_fallback():
    assert markup("O'CONNOR & SMITH <b>") == "O'CONNOR &amp; SMITH &lt;b&gt;"
    cjk = markup("王 小明 (Wang)")
    assert cjk.startswith('<font name="WenQuanYiMicroHei">王 小明') and cjk.endswith("(Wang)")
    assert undrawable("Łukaszewicz Nguyễn Çelik Østergård Παπαδόπουλος Иванова 王") == ""


def test_scripts_reportlab_cannot_shape_are_refused_not_garbled():
    assert undrawable("Yasmine حداد") == "حدا"  # each character once
    assert undrawable("כהן") == "כהן"
    with pytest.raises(UndrawableText, match="U\\+0645"):
        markup("محمد", "le nom de محمد")  # a name: the export fails, naming it
    # Free text typed in the room: each character as its code point, never an empty box.
    assert markup("Lu : محمد 👍 <b>") == (
        "Lu : [U+0645][U+062D][U+0645][U+062F] [U+1F44D] &lt;b&gt;"
    )


def test_missing_fonts_are_named_in_french(tmp_path):
    with pytest.raises(DocumentError, match="Polices des documents introuvables"):
        fonts_folder([tmp_path / "nowhere"])


def test_without_a_cjk_font_a_chinese_name_fails_the_export_by_name(sealed, tmp_path):
    code = textwrap.dedent(
        f"""
        import invigilator.documents.fonts as fonts
        from invigilator.documents.export import export_pdf
        fonts.CJK_CANDIDATES = ()
        try:
            export_pdf({str(sealed)!r}, {str(tmp_path / "x.pdf")!r})
        except fonts.UndrawableText as error:
            print(error)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, env={"PATH": "/usr/bin:/bin"})  # fmt: skip
    assert "王 小明 (n° 1006)" in result.stdout, result.stderr
    assert not (tmp_path / "x.pdf").exists()


def _vertices(operators: str) -> list[tuple[float, float]]:
    """The path's points on the page: grid cells through the box's `cm`."""
    matrix, body = operators.split(" cm ", 1)
    a, _, _, d, e, f = (float(v) for v in matrix.split()[1:7])
    cells = re.findall(r"(-?\d+) (-?\d+) [ml]", body)
    return [(e + a * int(x), f + d * int(y)) for x, y in cells]


def _off(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]))


def test_signature_path_stays_within_a_tenth_of_a_point_of_the_stroke():
    # A stroke in pad units (400 × 150, y down) sampled densely: many points share a cell.
    stroke = [(20 + t * 0.7, 75 + 60 * math.sin(t / 9), t * 8, 0.6) for t in range(500)]
    width, height = 74.0, 26.0
    operators = signature_operators([stroke], 400, 150, width, height)
    vertices = _vertices(operators)
    scale = min(width / 400, height / 150)
    off_x, off_y = (width - 400 * scale) / 2, (height - 150 * scale) / 2
    assert len(vertices) < len(stroke) and GRID_PT / 2 <= 0.1
    index = 0
    for x, y, _, _ in stroke:  # every point, in order, within a tenth of a point of the path
        page = (off_x + x * scale, off_y + (150 - y) * scale)
        while _off(page, vertices[index]) > 0.1 + 1e-3:  # rounding to the grid, cm to 1e-3
            index += 1
    assert all(0 <= x <= width and 0 <= y <= height for x, y in vertices)


def test_an_unreadable_signature_record_leaves_an_empty_box():
    assert record_operators({"strokes": [[["x", "y", 0, 0]]]}, 60, 20) == ""
    assert record_operators({"strokes": [[[float("nan"), 1, 0, 0]]]}, 60, 20) == ""
    assert record_operators("abc", 60, 20) == ""
    assert record_operators({"strokes": [[[10, 10, 0, 0]]], "w": 400}, 60, 20).endswith(" S Q")


@needs_poppler
def test_metadata_names_the_institution_and_the_tool(sealed, tmp_path):
    out = export_pdf(sealed, tmp_path / "m.pdf").path
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Author"].strip() == "Cnam Paris"
    assert fields["Creator"].strip().startswith("invigilator ")
    assert "NFA031" in fields["Title"] and "31.2.85" in fields["Title"]
    assert "procès-verbal" in fields["Subject"]


@needs_poppler
def test_print_list_gives_a_blank_sheet(tmp_path):
    listing = tmp_path / "liste.csv"
    listing.write_text("N° auditeur;Nom;Prénom;Aménagements\n1;Łukaszewicz;Ewa;tiers-temps\n"
                       "2;王;小明;\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "vierge.pdf"
    result = subprocess.run([sys.executable, "-m", "invigilator", "print-list", str(listing),
                             "--duration", "120", "-o", str(out)], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True,
                          text=True).stdout  # fmt: skip
    assert "Łukaszewicz Ewa" in text and "王 小明" in text and "A10" in text
    assert "tiers-temps +40 min" in text
    assert out.stat().st_mode & 0o777 == 0o600


def test_print_list_of_a_broken_list_says_why(tmp_path):
    listing = tmp_path / "liste.csv"
    listing.write_text("Nom;Prénom\nMartin;Léa\n", encoding="utf-8")
    out = tmp_path / "vierge.pdf"
    result = subprocess.run([sys.executable, "-m", "invigilator", "print-list", str(listing),
                             "--duration", "120", "-o", str(out)], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert result.returncode == 1 and "Impossible d'importer la liste" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()
