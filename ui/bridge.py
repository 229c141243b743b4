"""The one QObject that turns room-session results into Qt signals.

Widgets never write to the store: they call `bridge.run(session.command, ...)`, which calls
the room session (that commits before returning) and announces what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from invigilator.errors import CommandRefused, InvigilatorError
from invigilator.room.session import Change, RoomSession


class SessionBridge(QObject):
    changed = Signal(object)  # Change
    candidatesChanged = Signal(object)  # frozenset[str]
    roomChanged = Signal()

    def __init__(self, session: RoomSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # What the window's dialogs remember from one to the next (the usual ID document).
        self.remembered: dict[str, str] = {}

    @property
    def state(self):  # noqa: ANN201 - RoomState
        return self.session.state

    def run(self, command: Callable[..., Change], *args: Any, **kwargs: Any) -> Change:
        """Call a room-session command and announce its change.

        A refusal is itself logged (the state moved), so the room repaints before the
        error goes back to the caller to be shown.
        """
        try:
            change = command(*args, **kwargs)
        except CommandRefused:
            self.roomChanged.emit()
            raise
        self.announce(change)
        return change

    def announce(self, change: Change) -> None:
        self.changed.emit(change)
        if change.room:
            self.roomChanged.emit()
        elif change.candidates:
            self.candidatesChanged.emit(change.candidates)


def run_in_dialog(
    dialog: Any,
    command: Callable[..., Change],
    *args: Any,
    recording_refusal: bool = False,
    **kwargs: Any,
) -> Change | None:
    """Run a command from a dialog that has `bridge`, `error` and `finished_with`.

    A refusal (logged by the session) closes the dialog and reports its reason to the main
    window; with `recording_refusal` (a "record the refusal" button) that refusal is what was
    asked for, and said to be recorded. An input error stays in the dialog to be corrected.
    None when the command did not go through.
    """
    # Here, not at import: the room's first frame imports this module, and says no error.
    from ui.widgets.domain_text import error_text

    try:
        return dialog.bridge.run(command, *args, **kwargs)
    except CommandRefused as refusal:
        if recording_refusal:
            recorded = QCoreApplication.translate("EntryRefusal", "Refus enregistré. %s")
            dialog.finished_with.emit("error", recorded % error_text(refusal))
            dialog.accept()
        else:
            dialog.finished_with.emit("error", error_text(refusal))
            dialog.reject()
    except InvigilatorError as error:
        dialog.error.show_message("error", error_text(error))
        grow_to_fit(dialog)
    return None


def grow_to_fit(dialog: Any) -> None:
    """A message just shown in a dialog is never squeezed into the height it had (a
    wrapped label's lines cut top and bottom): the dialog grows to hold it, never shrinks."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = dialog.width()
    needed = max(layout.totalMinimumHeightForWidth(width), layout.totalHeightForWidth(width))
    if needed > dialog.height():
        dialog.resize(width, needed)
