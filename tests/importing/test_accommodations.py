"""Tiers-temps in its usual spellings; other accommodations stay text; nothing is guessed."""

from __future__ import annotations

import pytest

from invigilator.importing.accommodations import (
    THIRD,
    ExtraTime,
    ExtraTimeError,
    extra_time_in_text,
    parse_extra_time_cell,
)


@pytest.mark.parametrize(
    "value",
    [
        "tiers-temps",
        "Tiers temps",
        "TIERS-TEMPS",
        "1/3 temps",
        "+1/3",
        "1/3",
        "oui",
        "OUI",
        "Oui ",
        "o",
        "x",
        "X",
        "yes",
        "vrai",
        "1",
        "tiers  temps",
        "33 %",
    ],
)
def test_tiers_temps_spellings_in_a_column(value: str):
    assert parse_extra_time_cell(value) == THIRD


@pytest.mark.parametrize("value", ["", "  ", "non", "NON", "n", "no", "0", "-", "faux", "sans"])
def test_no_extra_time(value: str):
    assert parse_extra_time_cell(value) is None


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("40", 40),
        ("40 min", 40),
        ("+30 min", 30),
        ("20 minutes", 20),
        ("45'", 45),
        ("1h", 60),
        ("1 h 20", 80),
        ("25mn", 25),
    ],
)
def test_minutes_in_a_column(value: str, minutes: int):
    assert parse_extra_time_cell(value) == ExtraTime(minutes=minutes)


def test_one_in_a_minutes_column_is_one_minute():
    assert parse_extra_time_cell("1", minutes_column=True) == ExtraTime(minutes=1)


@pytest.mark.parametrize("value", ["peut-être", "voir dossier", "600", "2 jours", "1/4 temps"])
def test_unclear_values_are_refused(value: str):
    with pytest.raises(ExtraTimeError):
        parse_extra_time_cell(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiers-temps", THIRD),
        ("Tiers-temps ; salle isolée", THIRD),
        ("Secrétaire, 1/3 temps", THIRD),
        ("+1/3 temps et sujet en A3", THIRD),
        ("majoration d'un tiers", THIRD),
        ("Temps majoré de 20 minutes", ExtraTime(minutes=20)),
        ("tiers-temps (40 min)", ExtraTime(minutes=40)),
        ("+30 min", ExtraTime(minutes=30)),
        ("Ordinateur", None),
        ("Pause de 10 min par heure", None),
        ("Sujet en A3 (police 18)", None),
        ("pas de tiers-temps", None),
        ("Tiers-temps : non", None),
        ("", None),
    ],
)
def test_extra_time_in_free_text(text: str, expected: ExtraTime | None):
    assert extra_time_in_text(text) == expected


def test_extra_time_without_an_amount_is_refused():
    with pytest.raises(ExtraTimeError, match="sans durée"):
        extra_time_in_text("temps majoré")


@pytest.mark.parametrize(
    ("duration", "minutes"), [(120, 40), (90, 30), (180, 60), (100, 34), (None, 0)]
)
def test_a_third_is_rounded_up_in_the_candidates_favour(duration: int | None, minutes: int):
    assert THIRD.resolve(duration) == minutes
    assert ExtraTime(minutes=25).resolve(duration) == 25
