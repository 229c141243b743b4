"""A start-up tax of PySide6 that the app does not need to pay.

Once loaded, PySide6 looks at every module imported after it, to know which ones take part
in its opt-in `__feature__` modes (snake_case, true_property; PYSIDE-2029): it reads the
module's whole source and searches it for "PySide6". That is up to a millisecond for each of
typing, datetime, dataclasses… the first time a module imported after PySide6 names them.
No module of this app selects a feature, so their answer changes nothing.
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> None:
    """Record every module loaded so far as already looked at, with PySide6's "-1: ignore
    this module" (its own table; nothing happens where a PySide6 keeps no such table)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in list(sys.modules):
            table.setdefault(name, -1)
