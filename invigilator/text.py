"""Text helpers shared by the importer, the room session and the UI's search box.

Names are stored exactly as the office wrote them; only comparisons go through these keys.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_LETTERS = str.maketrans(
    {
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ħ": "h",
        "Ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "Ŀ": "l",
        "ß": "ss",
        "ẞ": "ss",
        # Typographic apostrophes and dashes compare equal to the plain ones.
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)


@lru_cache(maxsize=8192)  # lists repeat rooms and names; the UI re-asks for the same keys
def normalise_for_search(text: str) -> str:
    """Casefold, strip accents (Œ→oe, Ł→l, ß→ss), unify apostrophes and dashes, collapse spaces.

    >>> normalise_for_search("  ŒUVRARD  Élise ")
    'oeuvrard elise'
    >>> normalise_for_search("Łukaszewicz") == normalise_for_search("lukaszewicz")
    True
    """
    if text.isascii():  # most names (#13: a room's table is sorted by them as it opens):
        # no accent to strip, nothing to decompose; of the special letters, only "`" is ASCII
        return " ".join(text.translate(_SPECIAL_LETTERS).lower().split())
    text = text.translate(_SPECIAL_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = stripped.casefold().translate(_SPECIAL_LETTERS)
    return " ".join(folded.split())


def search_key(text: str) -> str:
    """`normalise_for_search` without any space or punctuation: "N'Diaye" and "ndiaye" match.

    >>> search_key("N’Diaye") == search_key("ndiaye")
    True
    >>> search_key("Jean-Pierre") == search_key("jean pierre")
    True
    """
    return "".join(c for c in normalise_for_search(text) if c.isalnum())
