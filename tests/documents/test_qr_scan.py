"""The PV's QR code, scanned from the printed page as the exam office's reader scans it."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from documents_helpers import needs_poppler
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from invigilator.documents.export import export_pdf
from invigilator.documents.pv import pv_code
from invigilator.documents.pv_record import QrFlowable
from invigilator.documents.source import read_sitting
from invigilator.pv_code import parse_pv_code

zxingcpp = pytest.importorskip("zxingcpp")
pytestmark = needs_poppler


def scanned(pdf: Path, dpi: int) -> list[str]:
    """Every QR code a reader finds on the pages of `pdf` printed at `dpi`."""
    found = []
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)],
                   check=True)  # fmt: skip
    for page in sorted(pdf.parent.glob(prefix.name + "-*.png")):
        with Image.open(page) as image:
            found += [r.text for r in zxingcpp.read_barcodes(image)
                      if r.format == zxingcpp.BarcodeFormat.QRCode]  # fmt: skip
    return found


@pytest.mark.parametrize("dpi", [100, 200])
def test_the_printed_pv_code_scans_back_to_the_file(sealed, tmp_path, dpi):
    out = tmp_path / "pv.pdf"
    export_pdf(sealed, out, parts=("pv",))
    expected = pv_code(read_sitting(sealed))
    assert scanned(out, dpi) == [expected]
    assert parse_pv_code(expected)["hash"] in expected


@pytest.mark.parametrize(
    "text",
    [
        "x",
        "INVIGILATOR-PV|exam=NFA031|room=31.2.85|date=2026-06-15|" + "f" * 64,
        "é ü Ł 中文 " * 12,  # bytes mode, past one QR version's capacity
        "0" * 300,
    ],
)
def test_any_text_gives_a_code_that_scans(tmp_path, text):
    """The fixed mask: a valid code for short, long and non-ASCII texts alike."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(300, 300))
    QrFlowable(text, 250).drawOn(canvas, 25, 25)
    canvas.save()
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(buffer.getvalue())
    assert scanned(pdf, 150) == [text]
