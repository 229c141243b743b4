"""A start-up tax of PySide6 that the app does not need to pay.

Once loaded, PySide6 looks at every module imported after it, to know which ones take part
in its opt-in `__feature__` modes (snake_case, true_property; PYSIDE-2029): it reads the
module's whole source and searches it for "PySide6". That is up to a millisecond for each of
typing, datetime, dataclasses… the first time a module imported after PySide6 names them,
and ~0.7 ms for the twenty modules of this app that the room's first frame imports after it.
No module of this app selects a feature, so their answer changes nothing.
"""

from __future__ import annotations

import os
import sys


def skip_feature_scan(*packages: str) -> None:
    """Record every module loaded so far, and every module of `packages` (this app's own,
    loaded or not), as already looked at, with PySide6's "-1: ignore this module" (its own
    table; nothing happens where a PySide6 keeps no such table)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in list(sys.modules):
        table.setdefault(name, -1)
    for package in packages:
        for name in module_names(package):
            table.setdefault(name, -1)


def module_names(package: str) -> list[str]:
    """The dotted names of a loaded package's modules, from its folders (nothing imported)."""
    path = getattr(sys.modules.get(package), "__file__", None)
    if not path:
        return []
    names = []
    folders = [(os.path.dirname(path), package)]
    while folders:
        folder, prefix = folders.pop()
        names.append(prefix)
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.endswith(".py") and name != "__init__.py":  # that one is `prefix`
                    names.append(f"{prefix}.{name[:-3]}")
                elif name.isidentifier() and not name.startswith("__") and entry.is_dir():
                    folders.append((entry.path, f"{prefix}.{name}"))
    return names
