"""Importing candidate lists exactly as exam offices export them (CSV/TSV, XLSX, XLS, ODS).

All or nothing: `read_list` returns the whole list or raises `ListImportError`, whose
`problems` name each line and column at fault, in French, each with a stable code and its
parameters (`messages.MESSAGES`) for a UI in another language.
"""

from __future__ import annotations

from .accommodations import ExtraTime
from .errors import ListImportError, Problem
from .headers import FIELDS, REQUIRED
from .photos import find_photo, index_photos
from .reader import ImportedList, ListPreview, preview_list, read_list

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ExtraTime",
    "ImportedList",
    "ListImportError",
    "ListPreview",
    "Problem",
    "find_photo",
    "index_photos",
    "preview_list",
    "read_list",
]
