"""Review walk: a session file holds personal data, owner-only on disk like its copies and PDFs."""

from __future__ import annotations

from invigilator.paths import sessions_dir
from invigilator.record.store import SessionStore


def test_review_a_new_session_file_is_owner_only(tmp_path):
    store = SessionStore.create(tmp_path / "room.invigilator")
    try:
        assert (tmp_path / "room.invigilator").stat().st_mode & 0o777 == 0o600
        wal = tmp_path / "room.invigilator-wal"
        assert not wal.exists() or wal.stat().st_mode & 0o777 == 0o600
    finally:
        store.close()


def test_review_the_sessions_folder_is_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("INVIGILATOR_DATA_DIR", str(tmp_path / "data"))
    assert sessions_dir().stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
