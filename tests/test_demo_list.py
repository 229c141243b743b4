"""The demo list shipped in resources/ stays importable, and tells the wrong room apart."""

from __future__ import annotations

from pathlib import Path

from invigilator.importing import read_list
from invigilator.room.session import RoomSession

DEMO_LIST = Path(__file__).resolve().parents[1] / "resources" / "demo" / "liste-demo.csv"


def test_demo_list_imports_into_a_session(tmp_path, clock, signature):
    imported = read_list(DEMO_LIST, room="31.2.85", duration_minutes=180)
    assert len(imported.candidates) == 60 and {c.room for c in imported.others} == {"17.1.04"}
    session = RoomSession.create(tmp_path / "room.sqlite", clock=clock)
    session.import_list(imported)
    stranger = imported.others[0].student_id
    assert session.lookup(stranger).other_room == "17.1.04"
    tiers_temps = [e for e in session.state.candidates.values() if e.candidate.extra_time_minutes]
    assert tiers_temps and all(e.candidate.extra_time_minutes == 60 for e in tiers_temps)
    session.close()
