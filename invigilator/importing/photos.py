"""The optional photo folder: one image per candidate, named by student number."""

from __future__ import annotations

import os
from pathlib import Path

# In order of preference when a candidate has several.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


def index_photos(folder: str | Path) -> dict[str, Path]:
    """Casefolded student number → photo, for a whole folder at once (missing folder: empty)."""
    found: dict[str, tuple[int, str, Path]] = {}
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                stem, suffix = os.path.splitext(entry.name)
                suffix = suffix.lower()
                if suffix not in PHOTO_SUFFIXES or not stem.strip():
                    continue
                try:
                    if not entry.is_file():
                        continue
                except OSError:
                    continue
                rank = (PHOTO_SUFFIXES.index(suffix), entry.name, Path(entry.path))
                key = stem.strip().casefold()
                if key not in found or rank < found[key]:
                    found[key] = rank
    except OSError:
        return {}
    return {key: path for key, (_rank, _name, path) in found.items()}


def find_photo(folder: str | Path, student_id: str) -> Path | None:
    """The photo of this student (jpg, jpeg or png, any case), or None."""
    key = student_id.strip()
    if not key or any(sep in key for sep in ("/", "\\", "\x00")) or key in (".", ".."):
        return None
    return index_photos(folder).get(key.casefold())
