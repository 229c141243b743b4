"""What the room window builds right after its first frame, not before: the "Procès-verbal"
menu and its pause button, the acting invigilator (F4) and the "Aide" menu (F1).

A session file opened to be shown at once (`verify_after_first_frame`) shows the room first
(the band, the counters, the table, the buttons): these pieces and their modules cost that
first frame about 4 ms (the actions following the selected row ~0.3 ms more), so they come
right after it, in the same order as otherwise (the "Aide" menu last). Until then the file is being verified and read-only: the Procès-verbal
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


def late_pieces(window: MainWindow) -> tuple[RecordActions, ActingInvigilator, QAction]:
    """The window's pieces, built on the first call (a function, not a mixin of the window's
    class: a Python base beside QMainWindow makes the class itself slower to create)."""
    built = getattr(window, "_late_pieces", None)
    if built is None:
        from ui.dialogs.help import install_help
        from ui.room.acting import install_acting
        from ui.room.record_actions import install_record_actions

        record = install_record_actions(window)  # the "Procès-verbal" menu
        acting = install_acting(window)  # who enters what follows (F4)
        built = (record, acting, install_help(window))  # "Aide", F1: the last menu
        window._late_pieces = built  # type: ignore[attr-defined]
        # The actions follow the selected row. Not before the first frame of a file shown at
        # once: its selection model's Python type costs that frame ~0.3 ms, and the file is
        # read-only until verified (every row action disabled, whatever the selection).
        window.table.selectionModel().selectionChanged.connect(
            lambda *_: window.room_actions.update()
        )
    return built
