"""Page images of the documents for the README (docs/screenshots/pdf-*.png).

    .venv/bin/python tools/pdf_screenshots.py [OUT_DIR]      (also run by `make screenshots`)

A simulated 60-candidate sitting (`invigilator demo-session`), its PDF, then one page of each
document through pdftoppm (poppler-utils) at 100 dpi: the procès-verbal's first and last
pages, the attendance sheet, a fraud report, an unsealed draft and the blank sheet.
Times are shown in Paris time, as in a French exam room.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def page_image(pdf: Path, page: int, target: Path, dpi: int = 100) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip


def first_page_with(pdf: Path, text: str) -> int:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    for number, page in enumerate(out.split("\f"), start=1):
        if text in page:
            return number
    raise SystemExit(f"no page of {pdf.name} says {text!r}")


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    from invigilator.cli import main as cli

    tmp = Path(tempfile.mkdtemp())
    sealed, draft = tmp / "salle.invigilator", tmp / "projet.invigilator"
    assert cli(["demo-session", str(sealed), "--candidates", "60", "--seed", "6"]) == 0
    assert cli(["demo-session", str(draft), "--candidates", "30", "--seed", "5", "--no-seal"]) == 0
    pdf, draft_pdf, blank = tmp / "salle.pdf", tmp / "projet.pdf", tmp / "vierge.pdf"
    assert cli(["export-pdf", str(sealed), "-o", str(pdf)]) == 0
    assert cli(["export-pdf", str(draft), "-o", str(draft_pdf)]) == 0
    demo_list = ROOT / "resources" / "demo" / "liste-demo.csv"
    assert cli(["print-list", str(demo_list), "--duration", "180", "--room", "31.2.85",
                "--exam", "NFA031", "--title", "Programmation avec Java : notions de base",
                "--date", "2026-06-15", "--centre", "Cnam Paris", "-o", str(blank)]) == 0  # fmt: skip
    page_image(pdf, 1, out / "pdf-pv.png")
    page_image(pdf, first_page_with(pdf, "Empreinte finale du journal"), out / "pdf-pv-seal.png")
    page_image(pdf, first_page_with(pdf, "Feuille d'émargement"), out / "pdf-sheet.png")
    page_image(pdf, first_page_with(pdf, "pièce F1"), out / "pdf-fraud.png")
    page_image(draft_pdf, first_page_with(draft_pdf, "Feuille d'émargement"), out / "pdf-draft.png")
    page_image(blank, 1, out / "pdf-blank.png")
    print(f"page images in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
