"""The scan box's search: student numbers and accent- and case-insensitive names.

Keys are computed once per list (import or hand addition), never per keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable

from invigilator.model import Candidate
from invigilator.text import normalise_for_search, search_key


def _key(candidate: Candidate) -> str:
    # Both spellings: "n diaye" style words and "ndiaye" style glued keys.
    name = normalise_for_search(f"{candidate.last_name} {candidate.first_name}")
    glued = search_key(candidate.last_name) + " " + search_key(candidate.first_name)
    return f"{name} {glued}"


class SearchIndex:
    def __init__(self, candidates: Iterable[Candidate] = ()) -> None:
        self._ids: list[str] = []
        self._keys: list[str] = []
        self._known: set[str] = set()
        self.add(candidates)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, student_id: object) -> bool:
        return student_id in self._known

    def add(self, candidates: Iterable[Candidate]) -> None:
        for candidate in candidates:
            if candidate.student_id in self._known:
                continue
            self._known.add(candidate.student_id)
            self._ids.append(candidate.student_id)
            self._keys.append(_key(candidate))

    def search(self, query: str) -> list[str] | None:
        """The matching student numbers in list order; None for an empty query (no filter).

        Digits match the start of a student number (a scanner types it whole); anything else
        matches names, every word of the query a piece of the name.
        """
        query = query.strip()
        if not query:
            return None
        compact = query.replace(" ", "")
        if compact.isdigit():
            if compact in self._known:
                return [compact]
            return [i for i in self._ids if i.startswith(compact)]
        words = [search_key(w) for w in normalise_for_search(query).split()]
        words = [w for w in words if w]
        if not words:
            return []
        first, rest = words[0], words[1:]
        found = [i for i, k in zip(self._ids, self._keys, strict=True) if first in k]
        if rest:
            keys = dict(zip(self._ids, self._keys, strict=True))
            found = [i for i in found if all(w in keys[i] for w in rest)]
        return found
