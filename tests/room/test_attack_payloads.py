"""Attacks on the room record: odd values through the commands, and files whose chain was
recomputed by hand around values no command writes. Each must end in a French message or a
NON CONFORME verdict, never a traceback, never a file the room can no longer read."""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from datetime import UTC, datetime

import pytest

from invigilator.cli import main
from invigilator.errors import SessionReadOnly
from invigilator.record.events import GENESIS_HASH, canonical_json, chain_hash
from invigilator.record.verify import verify_file
from invigilator.room.session import RoomSession


def rechain(path, seq, edit):
    """Edit one event's payload, then recompute every hash: a file that verifies."""
    conn = sqlite3.connect(path, isolation_level=None)
    with conn:
        (payload,) = conn.execute("SELECT payload FROM events WHERE seq = ?", [seq]).fetchone()
        value = json.loads(payload)
        edit(value)
        conn.execute("UPDATE events SET payload = ? WHERE seq = ?", [canonical_json(value), seq])
        previous = GENESIS_HASH
        rows = conn.execute(
            "SELECT seq, at, invigilator, kind, candidate, payload FROM events ORDER BY seq"
        ).fetchall()
        for row in rows:
            digest = chain_hash(*row, previous)
            conn.execute(
                "UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?",
                [previous, digest, row[0]],
            )
            previous = digest
    conn.close()


def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main([str(a) for a in args])
    return code, out.getvalue()


@pytest.fixture
def handed_in(make_session, clock, signature, data_dir):
    """A room where 100 checked in, added by hand 555 and handed in; no anchor journal
    (a copy on the office's laptop): only the chain vouches for the file."""
    session = make_session(duration_minutes=60)
    session.check_in("100", id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=61)
    seq = session.hand_in("100", sheets=2, signature=signature).events[0].seq
    path = session.path
    session.close()
    for journal in (data_dir / "journal").glob("*.anchors"):
        journal.unlink()
    return path, seq


@pytest.mark.parametrize(
    ("seq", "edit", "field"),
    [
        (2, lambda p: p["exam"].update(duration_minutes=10**30), "duration_minutes"),
        (2, lambda p: p["exam"].update(title=["liste"]), "title"),
        (2, lambda p: p["exam"].update(room="x" * 200_000), "room"),  # the QR code overflowed
        (3, lambda p: p.update(names=[1, 2]), "names"),
        ("hand_in", lambda p: p.update(sheets=10**30), "sheets"),
        ("hand_in", lambda p: p.update(blank="oui"), "blank"),
        ("check_in", lambda p: p.update(id_document={"a": 1}), "id_document"),
    ],
)
def test_attack_a_rechained_file_with_a_value_no_command_writes_is_non_conforme(
    handed_in, tmp_path, seq, edit, field
):
    path, hand_in_seq = handed_in
    seq = {"hand_in": hand_in_seq, "check_in": 5}.get(seq, seq)
    rechain(path, seq, edit)
    assert verify_file(path).ok  # the chain itself holds
    code, out = run("verify", path)
    assert code == 3 and "NON CONFORME" in out and field in out
    code, out = run("summary", path)
    assert code == 3 and "NON CONFORME" in out
    code, out = run("export-pdf", path, "--draft", "-o", tmp_path / "draft.pdf")
    assert code == 0 and "NON CONFORME" in out
    code, out = run("reconcile", path)  # refused (1) when the exam itself cannot be read
    assert code in (0, 1) and "NON CONFORME" in out and field in out
    with RoomSession.open(path, readonly=True) as session:
        assert session.read_only


def test_attack_an_event_dated_year_9999_is_non_conforme_not_an_overflow(handed_in, tmp_path):
    path, _ = handed_in
    conn = sqlite3.connect(path, isolation_level=None)
    with conn:
        last = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        conn.execute("UPDATE events SET at = '9999-12-31T23:59:59.999999Z' WHERE seq = ?", [last])
    conn.close()
    rechain(path, 1, lambda p: None)
    code, out = run("summary", path)
    assert code == 3 and "9999" in out
    code, out = run("export-pdf", path, "--draft", "-o", tmp_path / "draft.pdf")
    assert code == 0 and "NON CONFORME" in out


def test_attack_reconcile_names_an_event_the_room_cannot_read(handed_in):
    path, hand_in_seq = handed_in
    rechain(path, hand_in_seq, lambda p: p.update(sheets="deux"))
    code, out = run("reconcile", path, "--json")
    room = json.loads(out)["exams"][0]["rooms"][0]
    assert code == 0 and room["intact"] is False


def test_attack_a_window_stops_writing_once_another_wrote_what_cannot_be_read(handed_in, clock):
    path, hand_in_seq = handed_in
    first = RoomSession.open(path, clock=clock)
    assert not first.read_only
    # Another program appends an event the fold cannot apply, with a hash right for its place.
    conn = sqlite3.connect(path, isolation_level=None)
    seq, head = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = canonical_json({"text": 5})
    digest = chain_hash(seq + 1, at, "x", "observation", None, payload, head)
    with conn:
        conn.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [seq + 1, at, "x", "observation", None, payload, head, digest],
        )
    conn.close()
    with pytest.raises(SessionReadOnly):
        first.observe("après")
    assert first.read_only
    first.close()
    assert sqlite3.connect(path).execute("SELECT max(seq) FROM events").fetchone()[0] == seq + 1


def test_attack_a_file_opened_for_writing_is_verified_before_anything_is_written(handed_in):
    path, hand_in_seq = handed_in
    conn = sqlite3.connect(path, isolation_level=None)
    with conn:  # an edit by hand, its hash left as it was: the chain is broken at 5
        conn.execute("UPDATE events SET invigilator = 'Mallory' WHERE seq = 5")
    conn.close()
    with RoomSession.open(path) as session:
        assert session.read_only and "NON CONFORME" in session.write_refusal
        with pytest.raises(SessionReadOnly):
            session.observe("écrit dans un fichier qui ne se vérifie pas")
    with RoomSession.open(path, readonly=True) as session, pytest.raises(SessionReadOnly):
        session.make_writable()  # without `verify` first: it verifies itself
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT max(seq) FROM events").fetchone()[0] == hand_in_seq
    conn.close()


@pytest.mark.parametrize("reason", [5, None, ["alarme"]])
def test_attack_a_draft_of_a_pause_whose_reason_is_not_text_still_prints(
    make_session, clock, data_dir, tmp_path, reason
):
    session = make_session()
    session.start_exam()
    seq = session.pause("alarme incendie").events[-1].seq
    clock.advance(minutes=5)
    session.resume()
    path = session.path
    session.close()
    for journal in (data_dir / "journal").glob("*.anchors"):
        journal.unlink()
    rechain(path, seq, lambda p: p.update(reason=reason))
    code, out = run("export-pdf", path, "--draft", "-o", tmp_path / "draft.pdf")
    assert code == 0 and "NON CONFORME" in out
