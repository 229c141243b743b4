"""A start-up tax of PySide6 that the app does not need to pay.

Once loaded, PySide6 looks at every module imported after it, to know which ones take part
in its opt-in `__feature__` modes (snake_case, true_property; PYSIDE-2029): it reads the
module's whole source and searches it for "PySide6". That is up to a millisecond for each of
typing, datetime, dataclasses… the first time a module imported after PySide6 names them,
and ~0.7 ms for the twenty modules of this app that the room's first frame imports after it.
No module of this app selects a feature, so their answer changes nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any


def skip_feature_scan(*packages: str) -> None:
    """Record every module loaded so far as already looked at, with PySide6's "-1: ignore
    this module" (its own table; nothing happens where a PySide6 keeps no such table); and
    so each module of `packages` (this app's own) as it is imported from now on."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        table.setdefault(name, -1)
    if packages and not any(isinstance(f, SkipScan) for f in sys.meta_path):
        sys.meta_path.insert(0, SkipScan(table, tuple(f"{p}." for p in packages)))


class SkipScan:
    """First on `sys.meta_path`: names a module of the app in PySide6's table just before it
    is loaded, and finds nothing itself (the next finders load it, as always). Listing the
    packages' folders instead would cost about as much as the reading it saves."""

    def __init__(self, table: dict[str, Any], prefixes: tuple[str, ...]) -> None:
        self.table = table
        self.prefixes = prefixes

    def find_spec(self, name: str, path: Sequence[str] | None = None, target: Any = None) -> None:
        if name.startswith(self.prefixes):
            self.table.setdefault(name, -1)
