"""Qt enum values the window needs before its first frame, as plain ints.

The first time any enum of the `Qt` namespace reaches Python (named in code, or returned or
passed by a call: a model's `headerData` receives a `Qt.Orientation`), PySide6 creates the
Python types of all the namespace's enums at once: about 20 ms, as much as building the rest
of the window. So what runs before the first frame never touches `Qt`: it sets these values
through Qt properties (which take ints) and compares roles as ints. The rest of the code, run
after the first frame, names `QtCore.Qt` as usual. `tests/ui/test_startup.py` checks each value
against its enum, and that the first frame leaves `Qt` uncreated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Qt.FocusPolicy
NO_FOCUS = 0x0
STRONG_FOCUS = 0xB
# Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT_VCENTER = 0x2 | 0x80
# Qt.TextFormat.PlainText
PLAIN_TEXT = 0
# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
BACKGROUND_ROLE = 8
FOREGROUND_ROLE = 9
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 0x100


def set_focus_policy(widget: QWidget, policy: int) -> None:
    widget.setProperty("focusPolicy", policy)
