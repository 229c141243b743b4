"""Too little ink is no signature: a single click, a tick (the tester's "signature" by one click)."""

from __future__ import annotations

import random

import pytest

from invigilator.demo import demo_signature
from invigilator.errors import InvalidInput
from invigilator.model import MIN_INK_LENGTH, Signature


def stroke(*points: tuple[float, float]) -> tuple[tuple[float, float, int, float], ...]:
    return tuple((x, y, 10 * i, 0.5) for i, (x, y) in enumerate(points))


def test_no_stroke_is_empty():
    assert Signature(()).is_empty and not Signature(()).has_ink


def test_a_click_is_empty_though_it_left_a_dot():
    dot = Signature((stroke((100.0, 60.0), (100.0, 60.0)),))
    assert dot.has_ink and dot.ink_length == 0
    assert dot.is_empty


def test_a_tiny_scribble_is_empty():
    tick = Signature((stroke((100.0, 60.0), (104.0, 66.0), (112.0, 52.0)),))
    assert 0 < tick.ink_length < MIN_INK_LENGTH
    assert tick.is_empty


def test_several_tiny_strokes_add_up():
    dashes = Signature(
        tuple(stroke((x, 60.0), (x + 12.0, 60.0)) for x in (20.0, 60.0, 100.0, 140.0))
    )
    assert dashes.ink_length == pytest.approx(48.0)
    assert not dashes.is_empty


def test_the_test_fixture_signature_counts(signature):
    assert signature.ink_length > MIN_INK_LENGTH
    assert not signature.is_empty


def test_every_demo_signature_counts():
    for seed in range(500):
        for width in (400.0, 360.0):
            assert not demo_signature(random.Random(seed), width).is_empty, seed


def test_the_ink_survives_the_session_file(signature):
    dot = Signature((stroke((100.0, 60.0), (100.4, 60.2)),))
    assert Signature.from_record(dot.to_record()).is_empty
    assert not Signature.from_record(signature.to_record()).is_empty


def test_the_room_session_refuses_a_dot(make_session):
    session = make_session()
    dot = Signature((stroke((100.0, 60.0), (100.0, 60.0)),))
    with pytest.raises(InvalidInput):
        session.check_in("100", id_document="passeport", signature=dot)
    assert not session.state.candidates["100"].has_entered
