"""The attendance sheet's rows as the office reads them: what each exit says, and that the grid
drawn on the canvas carries every cell's text (the sheet is no longer a platypus Table)."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest
from documents_helpers import flat, needs_poppler, pdf_text

from invigilator.clock import ManualClock
from invigilator.demo import create_demo_room, demo_signature
from invigilator.documents.blank import BlankSheet, blank_sheet_pdf
from invigilator.documents.export import export_pdf
from invigilator.model import Candidate

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def exits_sheet(tmp_path_factory):
    """A sealed sitting: one emergency exit and one ordinary exit, both back in the room."""
    path = tmp_path_factory.mktemp("exits") / "room.invigilator"
    rng = random.Random(3)
    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    session = create_demo_room(path, candidates=4, clock=clock, duration_minutes=120)
    ids = list(session.state.candidates)
    _, second = session.state.invigilators
    for student_id in ids:
        clock.advance(seconds=20)
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(minutes=70)
    session.temporary_exit(ids[1], escort=second, emergency=True, note="malaise")
    clock.advance(minutes=5)
    session.return_to_room(ids[1])
    clock.advance(minutes=5)
    session.temporary_exit(ids[2], escort=second)
    clock.advance(minutes=5)
    session.return_to_room(ids[2])
    clock.advance(minutes=60)
    for student_id in ids:
        clock.advance(seconds=10)
        session.hand_in(student_id, sheets=1, signature=demo_signature(rng))
    session.sign_pv({name: demo_signature(rng) for name in session.state.invigilators})
    session.seal()
    names = [session.state.candidates[i].candidate for i in ids]
    session.close()
    out = path.with_suffix(".pdf")
    export_pdf(path, out, "sheet")
    return out, names


def _rows(pdf) -> dict[str, str]:
    """Each candidate's row as read: from its number and student number to the next row's."""
    text = flat(" ".join(pdf_text(pdf)))
    found = re.findall(r"(?:^| )(\d) 1002003\d\d (.*?)(?= \d 1002003\d\d |$)", text)
    return dict(found)


def test_issue_10_an_emergency_temporary_exit_is_marked_urgence_in_its_row(exits_sheet):
    pdf, _ = exits_sheet
    text = flat(" ".join(pdf_text(pdf)))
    rows = _rows(pdf)
    assert sorted(rows) == ["1", "2", "3", "4"]
    emergency, ordinary = rows["2"], rows["3"]
    assert "urgence" in emergency and "→" in emergency
    assert "urgence" not in ordinary and "→" in ordinary
    assert text.count("urgence") == 1  # the ordinary exit and the hand-ins say nothing of it


def test_the_drawn_grid_carries_every_cell(exits_sheet):
    pdf, names = exits_sheet
    text = flat(" ".join(pdf_text(pdf)))
    for candidate in names:
        assert f"{candidate.last_name} {candidate.first_name}" in text
        assert candidate.student_id in text
    for header in ("N° d'auditeur", "Nom, prénom — aménagements", "Sorties temporaires",
                   "Remise de copie", "Signature de remise"):  # fmt: skip
        assert header in text
    assert text.count("1 interc.") == 4
    assert text.count("acc. ") == 2  # the escort is named on each exit


def test_a_long_or_non_latin_student_number_is_printed_whole(tmp_path):
    listed = [
        Candidate("2026-0001-ABCDEFGH-XYZ", "Martin", "Léa"),
        Candidate("学号12345", "王", "小明"),
    ]
    out = tmp_path / "vierge.pdf"
    out.write_bytes(blank_sheet_pdf(BlankSheet(listed, duration_minutes=120)))
    text = flat(" ".join(pdf_text(out))).replace("- ", "-")
    assert "2026-0001-ABCDEFGH-XYZ" in text.replace(" ", "")
    assert "学号12345" in text
