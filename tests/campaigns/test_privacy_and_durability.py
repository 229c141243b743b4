"""Privacy and durability settings (#13): owner-only files, no network, WAL + FULL."""

from __future__ import annotations

import os
import shutil
import stat

import pytest

from benchmarks.campaigns import durability, privacy
from invigilator.paths import data_dir, new_session_path, save_copy, sessions_dir
from invigilator.room.session import RoomSession


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_session_file_its_wal_and_its_folders_are_owner_only(tmp_path):
    path = new_session_path("NFA031", None, "31.2.85")
    with RoomSession.create(path) as session:
        session.observe("Salle ouverte.")
        assert mode(path) == 0o600
        assert mode(f"{path}-wal") == 0o600
        assert mode(f"{path}-shm") == 0o600
    assert mode(sessions_dir()) == 0o700
    assert mode(data_dir()) == 0o700
    assert mode(save_copy(path, tmp_path / "copie.invigilator")) == 0o600


def test_the_data_folder_of_an_older_version_is_made_owner_only(data_dir):
    data_dir.chmod(0o755)
    assert mode(sessions_dir()) == 0o700
    assert mode(data_dir) == 0o700


def test_every_file_the_campaign_creates_is_owner_only(tmp_path, monkeypatch):
    report = privacy.file_modes(tmp_path)
    assert report["wrong"] == {}
    assert report["modes"]["demo-session file"] == "0o600"


@pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler (gcc)")
@pytest.mark.timeout(300)
def test_the_app_and_every_command_open_no_network_connection(tmp_path):
    report = privacy.network(tmp_path, seconds=1.0)
    assert report["guard_works"]  # a child that connects out is caught: the test can fail
    assert all(code == 0 for code in report["exit_codes"].values()), report["exit_codes"]
    assert any(name.startswith("app") for name in report["exit_codes"])
    assert report["connections_out"] == 0, report["examples"]


def test_every_connection_that_writes_is_wal_with_synchronous_full():
    report = durability.connection_settings()
    assert report["writable"] >= 3 and report["wrote"] >= 1
    assert report["wrong"] == []
