"""The one QObject that turns room-session results into Qt signals.

Widgets never write to the store: they call `bridge.run(session.command, ...)`, which calls
the room session (that commits before returning) and announces what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from invigilator.errors import CommandRefused
from invigilator.session import Change, RoomSession


class SessionBridge(QObject):
    changed = Signal(object)  # Change
    candidatesChanged = Signal(object)  # frozenset[str]
    roomChanged = Signal()

    def __init__(self, session: RoomSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

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
