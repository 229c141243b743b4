"""Search keys: accent- and case-insensitive; the names themselves are never changed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from invigilator.text import _SPECIAL_LETTERS, normalise_for_search, search_key


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("Œuvrard", "oeuvrard"),
        ("Łukaszewicz", "lukaszewicz"),
        ("Nguyễn", "NGUYEN"),
        ("Çelik", "celik"),
        ("Straße", "strasse"),
        ("Ðorđević", "dordevic"),
        ("Øyvind", "oyvind"),
        ("N’Diaye", "n'diaye"),
        ("  Jean   Pierre ", "jean pierre"),
        ("Ñúñez", "NUNEZ"),
    ],
)
def test_normalise_for_search(name: str, typed: str):
    assert normalise_for_search(name) == normalise_for_search(typed)


@pytest.mark.parametrize(
    ("name", "typed"),
    [("N'Diaye", "ndiaye"), ("Jean-Pierre", "jean pierre"), ("de La Fontaine", "delafontaine")],
)
def test_search_key_ignores_punctuation_and_spaces(name: str, typed: str):
    assert search_key(name) == search_key(typed)


def test_nfd_and_nfc_spellings_compare_equal():
    assert normalise_for_search("E\u0301lise") == normalise_for_search("\u00c9lise") == "elise"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_issue_13_an_ascii_name_gets_the_key_the_full_normalisation_gives(name: str):
    # The shortcut for ASCII names (#13) must give exactly what the general path gives.
    full = " ".join(
        "".join(c for c in unicodedata.normalize("NFKD", name.translate(_SPECIAL_LETTERS))
                if not unicodedata.combining(c)).casefold().translate(_SPECIAL_LETTERS).split()
    )  # fmt: skip
    assert normalise_for_search.__wrapped__(name) == full
    assert normalise_for_search("O`Brien  Jr") == "o'brien jr"
