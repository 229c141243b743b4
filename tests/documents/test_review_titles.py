"""Review walk: an exam set up without a title (the field is optional) prints no dangling dash."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime

from documents_helpers import needs_poppler

from invigilator.clock import ManualClock
from invigilator.demo import create_demo_room
from invigilator.documents.export import export_pdf


@needs_poppler
def test_review_a_pdf_of_an_exam_without_title_has_no_dangling_dash(tmp_path):
    clock = ManualClock(datetime(2026, 6, 15, 6, 40, tzinfo=UTC))
    room = create_demo_room(tmp_path / "room.invigilator", candidates=3, clock=clock)
    room.configure_exam(room.state.exam._replace(title=""))
    room.close()
    export_pdf(tmp_path / "room.invigilator", tmp_path / "draft.pdf", draft=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "draft.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "NFA031 · 1re session" in text
    assert "NFA031 —" not in text
