from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from invigilator.clock import ManualClock
from invigilator.model import Candidate, ExamFacts, Signature
from invigilator.room.session import RoomSession

T_OPEN = datetime(2026, 6, 15, 7, 30, tzinfo=UTC)


@pytest.fixture(scope="session", autouse=True)
def session_data_dir(tmp_path_factory):
    """Module- and session-scoped fixtures write app data (anchor journals) in a temp folder
    too: the function-scoped `data_dir` below only covers each test's own body."""
    folder = tmp_path_factory.mktemp("session-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INVIGILATOR_DATA_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    """Every test writes its app data in a fresh temp folder, never in the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("INVIGILATOR_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def unwritable():
    """Makes a file read-only: by its mode, or for root (whom modes do not stop, as in CI)
    by the immutable attribute; undone after the test."""
    made = []

    def make(path):
        if os.geteuid() != 0:
            os.chmod(path, 0o444)
        elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
            pytest.skip("root, on a file system without chattr +i: nothing stops a write")
        made.append(path)

    yield make
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, 0o600)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T_OPEN)


@pytest.fixture
def signature() -> Signature:
    return Signature((((10.0, 20.0, 0, 0.5), (60.0, 40.0, 30, 0.6), (90.0, 25.0, 55, 0.4)),))


def make_list(*candidates: Candidate, others: tuple[Candidate, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(
        source_name="liste.csv",
        sha256="ab" * 32,
        sheet=None,
        room="31.2.85",
        candidates=list(candidates),
        others=list(others),
    )


ROOM_LIST = make_list(
    Candidate("100", "Œuvrard", "Zoé"),
    Candidate("101", "N'Diaye", "Mamadou"),
    Candidate("102", "Łukaszewicz", "Ewa", extra_time_minutes=80, accommodations="tiers-temps"),
    Candidate("103", "Nguyễn", "Thị Lan"),
    others=(Candidate("900", "Çelik", "Emre", room="17.1.04"),),
)


@pytest.fixture
def make_session(tmp_path, clock):
    """A room configured for a 4-hour exam with two invigilators and the list imported."""
    opened: list[RoomSession] = []

    def make(duration_minutes: int = 240, invigilators=("Mme Lambert", "M. Benali")):
        session = RoomSession.create(tmp_path / f"room{len(opened)}.sqlite", clock=clock)
        opened.append(session)
        session.configure_exam(
            ExamFacts("NFA031", "Programmation Java", duration_minutes=duration_minutes)
        )
        session.set_invigilators(list(invigilators))
        session.import_list(ROOM_LIST)
        return session

    yield make
    for session in opened:
        session.close()


@pytest.fixture
def room_list() -> SimpleNamespace:
    return ROOM_LIST
