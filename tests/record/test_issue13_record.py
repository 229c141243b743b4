"""Issue #13: a check-in encodes its payload once and writes no head into `meta`; files
written by the previous format (1, with the head in `meta`) still read, verify and migrate."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from invigilator.demo import demo_signature
from invigilator.errors import InvalidInput, SessionFileError
from invigilator.model import Signature
from invigilator.record.events import (
    StoredJSON,
    canonical_json,
    chain_hash,
    payload_json,
    signature_json,
)
from invigilator.record.store import FORMAT_VERSION, SessionStore
from invigilator.record.verify import verify_file
from invigilator.room.session import RoomSession

DATA = Path(__file__).parent / "data"
# Written by the app before this issue (format 1): a sealed sitting, and one whose PV is
# signed but not yet sealed (an addendum may still be written).
FORMAT1_SEALED = DATA / "format1-sealed.invigilator"
FORMAT1_SIGNED = DATA / "format1-mid-exam.invigilator"


def meta_of(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM meta").fetchall())
    finally:
        conn.close()


def sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.fixture
def format1(tmp_path):
    def copy(source: Path = FORMAT1_SIGNED) -> Path:
        target = tmp_path / source.name
        shutil.copy(source, target)
        return target

    return copy


# -- the stored text is the canonical one, encoded once --------------------------------------


def random_signature(rng: random.Random) -> Signature:
    edges = [0.05, 0.15, 0.25, 0.35, -0.05, -0.04, 0.0, -0.0, 2.675, 1 / 3, 399.99999, 5e-324]
    strokes = []
    for _ in range(rng.randint(0, 3)):
        points = []
        for _ in range(rng.randint(0, 8)):
            x = rng.choice([rng.uniform(-1e4, 1e4), rng.choice(edges), rng.uniform(-1e12, 1e12)])
            y = rng.choice([rng.uniform(-5, 200), rng.choice(edges)])
            p = rng.choice([rng.random(), rng.choice(edges), 0.005, 0.015, 0.125, 1.0])
            points.append((x, y, rng.randint(0, 10**6), p))
        strokes.append(tuple(points))
    return Signature(tuple(strokes), rng.choice([400.0, 400, 150.5]), rng.choice([150.0, 90]))


def test_issue_13_a_signature_is_stored_as_the_canonical_text_of_its_record():
    rng = random.Random(13)
    signatures = [demo_signature(rng) for _ in range(50)]
    signatures += [random_signature(rng) for _ in range(3000)]
    for signature in signatures:
        assert signature_json(signature) == canonical_json(signature.to_record())


@pytest.mark.parametrize("odd", [1e20, -1e16, 3e13])
def test_issue_13_a_signature_with_odd_numbers_falls_back_to_the_general_encoder(odd):
    for point in [(odd, 1.0, 0, 0.5), (1.0, odd, 0, 0.5), (1.0, 1.0, 0, odd)]:
        signature = Signature(((point, (2.0, 2.0, 10, 0.5)),))
        assert signature_json(signature) == canonical_json(signature.to_record())


@pytest.mark.parametrize("odd", [float("nan"), float("inf"), -float("inf")])
def test_attack_a_signature_with_a_nan_or_an_infinity_is_refused_not_written(odd):
    """JSON has no NaN nor Infinity: such a point is a pad's fault, never ink (attack)."""
    for point in [(odd, 1.0, 0, 0.5), (1.0, odd, 0, 0.5), (1.0, 1.0, 0, odd)]:
        signature = Signature(((point, (2.0, 2.0, 10, 0.5)),))
        with pytest.raises(InvalidInput, match="signature"):
            signature_json(signature)


def test_issue_13_a_payload_with_a_stored_signature_is_the_canonical_payload(signature):
    record = signature.to_record()
    for extra in [{}, {"elapsed_s": 600, "reason": "retard", "transport_proof": False},
                  {"a": None, "z": [1, "é"], "note": 'dit "oui"', "f": 1.5, "t": True}]:  # fmt: skip
        expected = canonical_json({"id_document": "passeport", "signature": record, **extra})
        stored = {"id_document": "passeport", "signature": signature_json(signature), **extra}
        assert payload_json(stored) == expected
        assert json.loads(payload_json(stored))["signature"] == record
    assert isinstance(signature_json(signature), StoredJSON)


@pytest.mark.parametrize(
    "fields",
    [
        (7, "2026-06-15T07:30:00.000000Z", "Mme Lambert", "checked_in", "100", '{"a":"é\\n"}'),
        (1, "2026-06-15T07:30:00.000000Z", "M. « X »", "session_created", None, "{}"),
        (3, "t", 'quote " and \\ and \t tab', "k", "\u2028", '{"x":"\\u0000"}'),
        (True, "t", "i", "k", None, "{}"),  # what a hand edit may leave: the general encoder
        (4.0, "t", "i", "k", 12, "{}"),
    ],
)
def test_issue_13_the_chain_hash_is_the_hash_of_the_canonical_list(fields):
    from invigilator.record.events import sha256_hex

    expected = sha256_hex(canonical_json([*fields, "0" * 64]))
    assert chain_hash(*fields, "0" * 64) == expected


# -- one check-in, one row: nothing else rewritten ------------------------------------------


def test_issue_13_a_check_in_stores_its_signature_once_and_leaves_meta_alone(
    make_session, signature
):
    session = make_session()
    before = meta_of(session.path)
    change = session.check_in("100", id_document="passeport", signature=signature)
    assert meta_of(session.path) == before
    assert set(before) == {"format", "format_version", "session_id"}
    assert before["format_version"] == FORMAT_VERSION
    event = change.events[-1]
    assert event.payload == {"id_document": "passeport", "signature": None}  # as the fold reads
    stored = session.events()[-1]
    assert stored.hash == event.hash and stored.payload["signature"] == signature.to_record()
    assert verify_file(session.path).ok


def test_issue_13_a_new_file_indexes_events_by_seq_only(tmp_path):
    # The chain makes each hash unique (it covers its seq): no second index to write per event.
    with SessionStore.create(tmp_path / "new.invigilator") as store:
        indexes = store.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'"
        ).fetchall()
    assert indexes == []


def test_issue_13_a_format_1_file_keeps_its_hash_index_and_its_structure_is_accepted(format1):
    from invigilator.record.schema_check import schema_problem

    path = format1()
    conn = sqlite3.connect(path)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "sqlite_autoindex_events_1" in names
        assert schema_problem(conn) is None
    finally:
        conn.close()


def test_issue_13_a_trigger_added_mid_exam_still_fails_the_check_in(make_session, signature):
    session = make_session()
    sql(session.path, "CREATE TRIGGER t BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END")
    with pytest.raises(SessionFileError, match="relu"):
        session.check_in("100", id_document="passeport", signature=signature)
    assert not session.state.candidates["100"].has_entered


def test_issue_13_another_window_s_events_are_folded_in_before_a_command(make_session, signature):
    session = make_session()
    with RoomSession.open(session.path) as other:
        other.check_in("101", id_document="passeport", signature=signature)
    session.check_in("100", id_document="passeport", signature=signature)
    assert session.state.candidates["101"].has_entered
    assert verify_file(session.path).ok


# -- files of format 1 -----------------------------------------------------------------------


def test_issue_13_a_format_1_file_verifies_and_opens_read_only_untouched(format1):
    for source in (FORMAT1_SEALED, FORMAT1_SIGNED):
        path = format1(source)
        assert meta_of(path)["format_version"] == "1"
        assert verify_file(path).ok, verify_file(path).message
        with RoomSession.open(path, readonly=True) as session:
            assert session.state.pv_signed is not None and not session.write_refusal
        assert meta_of(path)["format_version"] == "1"


def test_issue_13_a_format_1_file_opened_for_writing_is_migrated_and_carries_on(format1):
    path = format1()
    with RoomSession.open(path) as session:
        assert meta_of(path) == {
            "format": "invigilator-room-session",
            "format_version": FORMAT_VERSION,
            "session_id": session.safekeeping.session_id,
        }
        last = session.state.last_seq
        session.add_addendum("Copie retrouvée après la signature.")
    result = verify_file(path)
    assert result.ok and result.events == last + 1, result.message


def test_issue_13_a_format_1_file_opened_read_only_then_made_writable_is_migrated(format1):
    path = format1()
    with RoomSession.open(path, readonly=True) as session:
        session.make_writable()
        assert meta_of(path)["format_version"] == FORMAT_VERSION
        session.add_addendum("Ajout après réouverture en écriture.")
    assert verify_file(path).ok


def test_issue_13_a_sealed_format_1_file_opened_for_writing_still_verifies(format1):
    path = format1(FORMAT1_SEALED)
    RoomSession.open(path).close()
    assert meta_of(path)["format_version"] == FORMAT_VERSION
    assert verify_file(path).ok


def test_issue_13_a_format_1_file_whose_tail_was_deleted_is_not_migrated_nor_written(format1):
    path = format1()
    sql(path, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    before = meta_of(path)
    result = verify_file(path)
    assert not result.ok and "supprimé" in result.message
    with RoomSession.open(path) as session:
        assert session.read_only and "supprimé" in session.write_refusal
        with pytest.raises(SessionFileError, match="supprimé"):
            session.add_addendum("rien")
    assert meta_of(path) == before  # the evidence is kept


def test_issue_13_a_format_1_file_with_a_foreign_trigger_is_refused_and_left_as_it_is(format1):
    path = format1()
    sql(path, "CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END")
    before = meta_of(path)
    with pytest.raises(SessionFileError, match="déclencheur"):
        RoomSession.open(path)
    assert meta_of(path) == before


def test_issue_13_a_format_1_meta_without_its_head_is_not_conforming(format1):
    path = format1(FORMAT1_SEALED)
    sql(path, "DELETE FROM meta WHERE key = 'head_hash'")
    result = verify_file(path)
    assert not result.ok and "meta" in result.message


def test_issue_13_a_newer_format_is_named_not_read_as_this_one(tmp_path):
    path = tmp_path / "new.invigilator"
    SessionStore.create(path).close()
    sql(path, "UPDATE meta SET value = '3' WHERE key = 'format_version'")
    result = verify_file(path)
    assert not result.ok and "version 3" in result.message
