"""What the room window builds right after its first frame, not before: the "Procès-verbal"
menu and its pause button, the acting invigilator (F4) and the "Aide" menu (F1).

A session file opened to be shown at once (`verify_after_first_frame`) shows the room first
(the band, the counters, the table, the buttons): these pieces and their modules cost that
first frame about 4 ms, so they come right after it, in the same order as otherwise (the
"Aide" menu last). Until then the file is being verified and read-only: the Procès-verbal
actions would be disabled anyway. Any other window builds them in its constructor, and
whoever asks for one of them earlier gets all of them built at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.room.acting import ActingInvigilator
    from ui.room.main_window import MainWindow
    from ui.room.record_actions import RecordActions


class LatePieces:
    """Mixed into MainWindow: the pieces, built once, on first use or after the first frame."""

    _late: tuple[RecordActions, ActingInvigilator, QAction] | None = None

    def install_late_pieces(self) -> tuple[RecordActions, ActingInvigilator, QAction]:
        if self._late is None:
            from ui.dialogs.help import install_help
            from ui.room.acting import install_acting
            from ui.room.record_actions import install_record_actions

            window: MainWindow = self  # type: ignore[assignment]
            record = install_record_actions(window)  # the "Procès-verbal" menu
            acting = install_acting(window)  # who enters what follows (F4)
            self._late = (record, acting, install_help(window))  # "Aide", F1: the last menu
        return self._late

    @property
    def record_actions(self) -> RecordActions:
        return self.install_late_pieces()[0]

    @property
    def acting(self) -> ActingInvigilator:
        return self.install_late_pieces()[1]

    @property
    def help_action(self) -> QAction:
        return self.install_late_pieces()[2]
