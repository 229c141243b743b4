"""Issue #9: attacks on copies of a `demo-session` file. Each gives NON CONFORME or
"événements manquants" with the reason: never a traceback, never "intact"."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from invigilator.cli import main
from invigilator.errors import SessionFileError
from invigilator.record.journal import NO_JOURNAL, journal_dir
from invigilator.record.verify import verify_file
from invigilator.room.session import RoomSession


@pytest.fixture
def copy(tmp_path, capsys):
    """A copy of a `demo-session` file (its anchor journal in this test's data folder)."""
    path = tmp_path / "demo.invigilator"
    assert main(["demo-session", str(path), "--candidates", "12", "--seed", "3"]) == 0
    capsys.readouterr()
    target = tmp_path / "copy.invigilator"
    shutil.copy(path, target)
    return target


def sql(path, *statements):
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def verdict(path, capsys):
    code = main(["verify", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.out


def assert_not_conforming(path, capsys, *words):
    code, out = verdict(path, capsys)
    assert code == 3 and "intact" not in out, out
    assert "NON CONFORME" in out or "événements manquants" in out, out
    for word in words:
        assert word in out, out
    return out


def test_issue_9_the_untouched_copy_is_intact_and_anchored(copy, capsys):
    code, out = verdict(copy, capsys)
    assert code == 0 and out.startswith("intact") and NO_JOURNAL not in out


def test_issue_9_tail_deleted_and_meta_moved_is_caught_by_the_anchor_journal(copy, capsys):
    # Delete the PV and the seal; copy the last row's seq and hash into meta (no hashing).
    sql(
        copy,
        "DELETE FROM events WHERE kind IN ('pv_signed', 'sealed')",
        "UPDATE meta SET value = (SELECT max(seq) FROM events) WHERE key = 'head_seq'",
        "UPDATE meta SET value = (SELECT hash FROM events ORDER BY seq DESC LIMIT 1) "
        "WHERE key = 'head_hash'",
    )
    assert_not_conforming(copy, capsys, "événements manquants")
    with RoomSession.open(copy, readonly=True) as session:
        assert session.read_only and "manquants" in session.write_refusal
        with pytest.raises(SessionFileError):
            session.make_writable()


def test_issue_9_without_a_journal_verify_says_what_it_cannot_prove(copy, capsys, data_dir):
    for journal in (data_dir / "journal").glob("*.anchors"):
        journal.unlink()
    code, out = verdict(copy, capsys)
    assert code == 0 and NO_JOURNAL in out


def test_issue_9_a_foreign_trigger_is_not_conforming_and_the_app_refuses_to_write(copy, capsys):
    sql(copy, "CREATE TRIGGER swallow BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END")
    assert_not_conforming(copy, capsys, "déclencheur", "swallow")
    with RoomSession.open(copy, readonly=True) as session:
        assert not session.verify().ok
        with pytest.raises(SessionFileError, match="déclencheur"):
            session.make_writable()
    with pytest.raises(SessionFileError, match="déclencheur"):
        RoomSession.open(copy)  # nor straight for writing


def test_issue_9_a_trigger_that_swallows_an_insert_is_caught_by_the_read_back(make_session, clock):
    session = make_session()
    sql(
        session.path,
        "CREATE TRIGGER swallow BEFORE INSERT ON events WHEN NEW.kind = 'incident' "
        "BEGIN SELECT RAISE(IGNORE); END",
    )
    with pytest.raises(SessionFileError, match="relu"):
        session.record_incident("autre", "Téléphone qui sonne.")
    assert not session.state.incidents


def test_issue_9_an_extra_table_is_not_conforming(copy, capsys):
    sql(copy, "CREATE TABLE notes (x TEXT)")
    assert_not_conforming(copy, capsys, "table", "notes")


def test_issue_9_a_view_is_not_conforming(copy, capsys):
    sql(copy, "CREATE VIEW v AS SELECT * FROM events")
    assert_not_conforming(copy, capsys, "vue")


def test_issue_9_an_extra_meta_key_is_not_conforming(copy, capsys):
    sql(copy, "INSERT INTO meta VALUES ('note', 'x')")
    assert_not_conforming(copy, capsys, "meta")


def test_issue_9_a_changed_session_id_is_not_conforming(copy, capsys):
    sql(copy, "UPDATE meta SET value = 'another-session' WHERE key = 'session_id'")
    assert_not_conforming(copy, capsys, "identifiant de session")


def test_issue_9_a_blob_payload_is_not_conforming_and_summary_gives_no_traceback(copy, capsys):
    sql(copy, "UPDATE events SET payload = CAST(payload AS BLOB) WHERE seq = 5")
    assert_not_conforming(copy, capsys, "n° 5")
    code = main(["summary", str(copy)])
    out = capsys.readouterr()
    assert code == 3 and "Traceback" not in out.err + out.out
    assert "NON CONFORME" in out.out


def test_issue_9_a_time_going_back_is_not_conforming(copy, capsys):
    # Rewritten whole with its hashes, it still says when it goes back.
    from invigilator.record.events import GENESIS_HASH, chain_hash

    conn = sqlite3.connect(copy)
    with conn:
        conn.execute("UPDATE events SET at = '2026-06-15T05:00:00.000000Z' WHERE seq = 20")
        previous = GENESIS_HASH
        for row in conn.execute(
            "SELECT seq, at, invigilator, kind, candidate, payload FROM events ORDER BY seq"
        ).fetchall():
            digest = chain_hash(*row, previous)
            conn.execute("UPDATE events SET prev_hash=?, hash=? WHERE seq=?", [previous, digest,
                                                                               row[0]])  # fmt: skip
            previous = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'head_hash'", [previous])
    conn.close()
    assert_not_conforming(copy, capsys, "n° 20", "avant le précédent")


def test_issue_9_summary_of_a_file_that_does_not_verify_shows_its_verdict_by_the_hash(copy, capsys):
    # Issue #11, item 5: never an "Empreinte finale" that looks like an intact one.
    sql(copy, "CREATE TABLE notes (x TEXT)")
    assert main(["summary", str(copy)]) == 3
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("Empreinte finale"))
    assert "NON CONFORME" in line


WRITER = textwrap.dedent(
    """
    import sys
    from invigilator.room.session import RoomSession
    session = RoomSession.open(sys.argv[1])
    if len(sys.argv) > 2:
        session.set_mirror(sys.argv[2])
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        change = session.observe(f"observation {i}")
        print(change.events[-1].seq, flush=True)
    """
)


def run_and_kill(path, *args, confirmations=30):
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "ready"
    acknowledged = [int(child.stdout.readline()) for _ in range(confirmations)]
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    acknowledged += [int(x) for x in rest.split()]
    return max(acknowledged)


def test_issue_9_a_deleted_wal_after_a_sigkill_is_found(tmp_path, capsys):
    path = tmp_path / "room.invigilator"
    RoomSession.create(path).close()
    last = run_and_kill(path)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()
    wal.unlink()
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    out = assert_not_conforming(path, capsys, "événements manquants")
    assert f"n° {last}" in out or "manquants" in out


def test_issue_9_the_second_medium_keeps_every_acknowledged_event(tmp_path, data_dir):
    path = tmp_path / "laptop" / "room.invigilator"
    path.parent.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    RoomSession.create(path).close()
    last = run_and_kill(path, stick)
    # Another laptop: another data folder, only the stick.
    elsewhere = tmp_path / "other-laptop"
    shutil.copytree(stick, elsewhere)
    shutil.rmtree(journal_dir())
    copy = elsewhere / "room.invigilator"
    result = verify_file(copy)
    assert result.ok and result.anchored, result.message
    with RoomSession.open(copy) as session:
        seqs = {e.seq for e in session.events()}
        assert set(range(1, last + 1)) <= seqs
        session.observe("la salle continue sur l'autre ordinateur")


def test_issue_9_a_torn_journal_line_never_merges_with_the_next(tmp_path, data_dir):
    session = RoomSession.create(tmp_path / "room.invigilator")
    journal = session.safekeeping.journal_path
    with journal.open("a") as handle:
        handle.write("12")  # a line cut by a power cut
    session.observe("après la coupure")
    session.close()
    assert verify_file(tmp_path / "room.invigilator").ok


def test_issue_9_the_expected_structure_is_the_one_a_new_file_has(tmp_path):
    # The reference is built without sqlite-utils: it must match what its migrations create.
    from invigilator.record.schema_check import _shape, expected_shape
    from invigilator.record.store import SessionStore

    with SessionStore.create(tmp_path / "new.invigilator") as store:
        assert _shape(store.conn) == expected_shape()


def test_issue_9_a_copy_taken_mid_exam_says_events_are_missing(tmp_path, capsys):
    from invigilator.paths import save_copy

    session = RoomSession.create(tmp_path / "room.invigilator")
    session.observe("avant la copie")
    copy = save_copy(session.path, tmp_path / "copie.invigilator")
    session.observe("après la copie")
    session.close()
    out = assert_not_conforming(copy, capsys, "événements manquants")
    assert "n° 3" in out and "n° 2" in out
    assert verdict(tmp_path / "room.invigilator", capsys)[0] == 0
