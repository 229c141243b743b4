"""Tamper evidence: any edit of the log through raw SQL is found and named."""

from __future__ import annotations

import sqlite3

import pytest

from invigilator.demo import simulate_sitting
from invigilator.record.verify import verify_file


@pytest.fixture
def sealed_file(tmp_path):
    path = tmp_path / "sitting.sqlite"
    simulate_sitting(path, candidates=20, seed=4).close()
    return path


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_untouched_file_is_intact(sealed_file):
    result = verify_file(sealed_file)
    assert result.ok and result.first_bad_seq is None
    assert result.message.startswith("intact")
    assert len(result.final_hash) == 64


def test_changed_payload_is_named(sealed_file):
    conn = sqlite3.connect(sealed_file)
    seq = conn.execute("SELECT max(seq) FROM events WHERE kind = 'handed_in'").fetchone()[0]
    conn.close()
    tamper(
        sealed_file,
        f"""UPDATE events SET payload = replace(payload, '"sheets":', '"sheets":1') WHERE seq = {seq}""",
    )
    result = verify_file(sealed_file)
    assert not result.ok and result.first_bad_seq == seq
    assert f"n° {seq}" in result.message


def test_changed_time_is_named(sealed_file):
    tamper(sealed_file, "UPDATE events SET at = replace(at, 'T0', 'T1') WHERE seq = 12")
    assert verify_file(sealed_file).first_bad_seq == 12


def test_swapped_order_is_named(sealed_file):
    tamper(
        sealed_file,
        "UPDATE events SET seq = -1 WHERE seq = 30",
        "UPDATE events SET seq = 30 WHERE seq = 31",
        "UPDATE events SET seq = 31 WHERE seq = -1",
    )
    assert verify_file(sealed_file).first_bad_seq == 30


def test_deleted_event_is_named(sealed_file):
    tamper(sealed_file, "DELETE FROM events WHERE seq = 25")
    result = verify_file(sealed_file)
    assert result.first_bad_seq == 25 and "manquant" in result.message


def test_deleted_event_renumbered_and_rehashed_naively_is_still_found(sealed_file):
    tamper(
        sealed_file,
        "DELETE FROM events WHERE seq = 25",
        "UPDATE events SET seq = seq - 1 WHERE seq > 25",
    )
    assert verify_file(sealed_file).first_bad_seq == 25


def test_deleted_last_event_is_found_by_the_anchor_journal(sealed_file):
    # The file keeps no head of its own (format 2, #13): its end is vouched for by the anchor
    # journals outside it, and by the final hash printed on the PV.
    tamper(sealed_file, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    result = verify_file(sealed_file)
    assert not result.ok and "événements manquants" in result.message


def test_edited_candidate_list_is_found(sealed_file):
    tamper(sealed_file, "UPDATE candidates SET last_name = 'Autre' WHERE position = 3")
    result = verify_file(sealed_file)
    assert not result.ok and "liste" in result.message


def damaged_copies(sealed_file, tmp_path):
    """The file with 64 bytes of each page in turn overwritten: (page, path), one at a time."""
    original = sealed_file.read_bytes()
    damaged = tmp_path / "damaged.sqlite"
    for page in range(1, len(original) // 4096):
        start = page * 4096 + 8
        damaged.write_bytes(original[:start] + b"\xff" * 64 + original[start + 64 :])
        yield page, damaged


def test_damage_to_any_page_gives_a_verdict_not_a_crash(sealed_file, tmp_path):
    # SQLite reports some damage as rows of integrity_check and raises on other damage (a
    # malformed page, text that is no longer UTF-8): either way the file is not conforming.
    from invigilator.errors import InvigilatorError

    verdicts = set()
    for page, damaged in damaged_copies(sealed_file, tmp_path):
        try:
            result = verify_file(damaged)
        except InvigilatorError:  # the schema itself is gone: not a session file any more
            verdicts.add("refused")
            continue
        assert not result.ok, page
        verdicts.add(result.message.split(" : ")[0])
    assert "base SQLite illisible" in verdicts


def test_a_damaged_file_opens_to_be_verified_or_is_refused_in_french(sealed_file, tmp_path):
    # The app opens a file before verifying it: a damaged one must then either open (and
    # fail verification) or be refused with an InvigilatorError, never another exception.
    from invigilator.errors import InvigilatorError
    from invigilator.room.session import RoomSession

    outcomes = set()
    for page, damaged in damaged_copies(sealed_file, tmp_path):
        try:
            session = RoomSession.open(damaged, readonly=True)
        except InvigilatorError as error:
            outcomes.add("refused: NON CONFORME" if "NON CONFORME" in str(error) else "refused")
            continue
        assert not session.verify().ok, page
        session.close()
        outcomes.add("opened, not conforming")
    assert {"refused: NON CONFORME", "opened, not conforming"} <= outcomes
