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


def test_a_generated_demo_list_carries_the_digest_of_its_rows_not_zeros():
    """Review of #10's PV: the demo printed "SHA-256 0000000000000000…" for its list."""
    from invigilator.demo import demo_candidates

    first, again, other = (
        demo_candidates(20, seed=3),
        demo_candidates(20, seed=3),
        demo_candidates(20, seed=4),
    )
    assert first.sha256 == again.sha256 != other.sha256
    assert len(first.sha256) == 64 and set(first.sha256) != {"0"}
    assert "démonstration" in first.source_name
