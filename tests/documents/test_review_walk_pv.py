"""Review walk under Xvfb: what the room was told would be "noté au procès-verbal" is there."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from documents_helpers import flat, needs_poppler, pdf_text

from invigilator.clock import ManualClock
from invigilator.demo import create_demo_room, demo_signature
from invigilator.documents.export import export_pdf
from invigilator.room.commands import ID_NONE, id_document_text

pytestmark = needs_poppler


def test_an_entry_without_an_id_document_is_written_in_the_pv_with_the_decision(tmp_path):
    # The check-in dialog says: "signalé au service des examens et noté au procès-verbal";
    # the PV said nothing of it (only the office's reconciliation and the closing counted it).
    rng = random.Random(4)
    clock = ManualClock(datetime(2026, 6, 15, 7, 0, tzinfo=UTC))
    path = tmp_path / "room.invigilator"
    session = create_demo_room(path, candidates=4, clock=clock, duration_minutes=120)
    first, second = list(session.state.candidates)[:2]
    decision = id_document_text(ID_NONE, "identité confirmée par la photo de la liste")
    session.check_in(first, id_document=decision, signature=demo_signature(rng))
    clock.advance(seconds=30)
    session.check_in(second, id_document="passeport", signature=demo_signature(rng))
    name = session.state.candidates[first].candidate.display_name
    other = session.state.candidates[second].candidate.display_name
    session.close()
    clock.advance(minutes=1)
    out = tmp_path / "room.pdf"
    export_pdf(path, out)
    pv = flat(" ".join(p for p in pdf_text(out) if "DÉROULEMENT" in p.upper()))
    assert "sans pièce d'identité originale" in pv
    assert f"{name} (n° {first})" in pv
    assert "motif : identité confirmée par la photo de la liste" in pv
    assert f"sans pièce d'identité originale, par décision de la salle : {other}" not in pv
