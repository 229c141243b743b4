"""A start-up tax of PySide6 that the app does not need to pay.

Once loaded, PySide6 checks every module imported after it for `from __feature__ import …`
(its opt-in snake_case and true_property modes, PYSIDE-2029) by reading the module's whole
source: up to a millisecond for each of typing, datetime, dataclasses… the first time a
module names them. No module of this app uses those features, nor does the standard library.
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> None:
    """Mark every module loaded so far as not using PySide6's features ("-1: ignore this
    module", in PySide6's own table). Does nothing where PySide6 keeps no such table."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if isinstance(table, dict):
        for name in list(sys.modules):
            table.setdefault(name, -1)
