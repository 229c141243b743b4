"""`invigilator demo-session` gives a realistic sitting to look at (#10)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from documents_helpers import flat, needs_poppler, pdf_text

from invigilator.cli import main
from invigilator.record.events import EventKind
from invigilator.room.session import RoomSession

DEMO_LIST = Path(__file__).resolve().parents[2] / "resources" / "demo" / "liste-demo.csv"


def test_demo_covers_what_the_documents_print(tmp_path):
    path = tmp_path / "demo.invigilator"
    assert main(["demo-session", str(path), "--candidates", "30", "--seed", "2"]) == 0
    with RoomSession.open(path, readonly=True) as session:
        events = session.events()
        state = session.state
    kinds = {e.kind for e in events}
    assert {EventKind.PAUSED, EventKind.RESUMED, EventKind.ERRATUM, EventKind.OBSERVATION,
            EventKind.CANDIDATE_ADDED, EventKind.SEALED} <= kinds  # fmt: skip
    frauds = [e for e in state.incidents if e.payload["category"] == "fraude"]
    assert [bool(e.payload["refused_to_countersign"]) for e in frauds] == [True, False]
    assert frauds[1].payload["candidate_signatures"]
    assert any(e.payload.get("source") == "candidat" for e in state.observations)
    assert all(a.at <= b.at for a, b in zip(events, events[1:], strict=False))


def test_demo_on_a_list_in_a_room_with_a_code_and_no_seal(tmp_path, capsys):
    path = tmp_path / "demo.invigilator"
    code = main(["demo-session", str(path), "--list", str(DEMO_LIST), "--room", "31.2.85",
                 "--exam", "US331", "--no-seal"])  # fmt: skip
    assert code == 0 and "non scellée" in capsys.readouterr().out
    with RoomSession.open(path, readonly=True) as session:
        state = session.state
        assert state.exam.ue_code == "US331" and state.exam.room == "31.2.85"
        assert len([e for e in state.candidates.values() if not e.added_by_hand]) == 60
        assert state.pv_signed is not None and not state.sealed


def test_demo_on_a_list_of_several_rooms_asks_for_one(tmp_path, capsys):
    assert main(["demo-session", str(tmp_path / "d.invigilator"), "--list", str(DEMO_LIST)]) == 1
    assert "--room" in capsys.readouterr().err


def test_demo_with_a_single_candidate(tmp_path):
    path = tmp_path / "one.invigilator"
    assert main(["demo-session", str(path), "--candidates", "1"]) == 0
    with RoomSession.open(path, readonly=True) as session:
        assert session.state.sealed and session.verify().ok


@pytest.fixture(params=["UTC", "Europe/Paris", "America/New_York", "Pacific/Auckland"])
def time_zone(request, monkeypatch):
    """The computer's time zone: the demo's times are local, as the PV prints them."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


@needs_poppler
def test_demo_starts_at_its_scheduled_time_in_any_time_zone(tmp_path, time_zone):
    path = tmp_path / "demo.invigilator"
    assert main(["demo-session", str(path), "--candidates", "40"]) == 0
    out = tmp_path / "demo.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--parts", "pv"]) == 0
    text = flat(pdf_text(out)[0])
    assert "Début prévu 09:00" in text and "Début effectif 09:00" in text
    assert "Date 15/06/2026" in text
    with RoomSession.open(path, readonly=True) as session:
        state = session.state
        first_entry = min(e.entered_at for e in state.candidates.values() if e.entered_at)
    read = state.instructions_read_at.astimezone()
    assert first_entry.astimezone().hour == 8 and read.strftime("%H:%M") < "09:00"
