"""The session file itself: durable settings and clear errors for bad files."""

from __future__ import annotations

import sqlite3

import pytest

from invigilator.errors import NotASessionFile, SessionFileError, SessionLocked, SessionReadOnly
from invigilator.record.store import SessionStore
from invigilator.room.session import RoomSession


def test_wal_and_full_sync(tmp_path):
    with SessionStore.create(tmp_path / "s.sqlite") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_refuses_to_overwrite(tmp_path):
    path = tmp_path / "s.sqlite"
    SessionStore.create(path).close()
    with pytest.raises(SessionFileError, match="existe déjà"):
        SessionStore.create(path)


@pytest.mark.parametrize("content", [b"", b"nom;prenom\n", b"SQLite format 3\x00" + b"\xff" * 200])
def test_not_a_session(tmp_path, content):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotASessionFile):
        RoomSession.open(path)


def test_other_sqlite_database_is_not_a_session(tmp_path):
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotASessionFile):
        RoomSession.open(path)


def test_locked_file_says_so(make_session, signature):
    session = make_session()
    holder = sqlite3.connect(session.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(SessionLocked, match="autre programme"):
            session.check_in("100", id_document="passeport", signature=signature)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    session.check_in("100", id_document="passeport", signature=signature)


def test_read_only_file_says_so_at_opening_and_stays_readable(make_session, signature, unwritable):
    session = make_session()
    path = session.path
    session.close()
    before = path.read_bytes()
    unwritable(path)
    with pytest.raises(SessionReadOnly, match="lecture seule"):
        RoomSession.open(path)
    reader = RoomSession.open(path, readonly=True)  # what the app opens first
    with pytest.raises(SessionReadOnly, match="lecture seule"):
        reader.make_writable()
    assert reader.read_only and "100" in reader.state.candidates
    with pytest.raises(SessionReadOnly):
        reader.check_in("100", id_document="passeport", signature=signature)
    reader.close()
    assert path.read_bytes() == before


def test_read_only_open_reads_and_refuses_writes(make_session, signature):
    session = make_session()
    reader = RoomSession.open(session.path, readonly=True)
    assert set(reader.state.candidates) == set(session.state.candidates)
    with pytest.raises(SessionReadOnly):
        reader.read_instructions()
    reader.close()


def test_stored_columns_follow_the_candidate_fields(make_session, room_list):
    # list_candidates rebuilds each Candidate from its stored values, positionally.
    from invigilator.model import Candidate
    from invigilator.record.store import CANDIDATE_COLUMNS

    assert CANDIDATE_COLUMNS[:11] == list(Candidate._fields)
    session = make_session()
    reopened = RoomSession.open(session.path, readonly=True)
    listed = [entry.candidate for entry in reopened.state.candidates.values()]
    assert listed == [c for c in room_list.candidates if not c.room]
    assert list(reopened.state.others.values()) == room_list.others
    reopened.close()
