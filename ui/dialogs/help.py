"""The built-in help (Aide menu, F1): the keys, this exam's rules with their times, and what
to do when the laptop fails (#11.19). Short on purpose: read in a room, during an exam.

This module is what the window installs before its first frame: the menu and F1 only. The
dialog (ui.dialogs.help_dialog) is imported when it opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.room.room_actions import window_action

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ui.room.main_window import MainWindow


def install_help(window: MainWindow) -> QAction:
    """The "Aide" menu, last, and F1 everywhere in the window (before the first frame: no Qt
    enum named here, see ui.qt_values)."""
    translate = QCoreApplication.translate
    action = window_action(window, translate("HelpDialog", "&Aide de la salle…"),
                           lambda: open_help(window), "F1", "help")  # fmt: skip
    menu = window.menuBar().addMenu(translate("HelpDialog", "A&ide"))
    menu.addAction(action)
    return action


def open_help(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from ui.dialogs.help_dialog import HelpDialog

    shown = getattr(window, "help_dialog", None)
    try:
        if shown is not None and shown.isVisible():  # F1 again: the same one, in front
            shown.raise_()
            shown.activateWindow()
            return
    except RuntimeError:  # closed: Qt deleted it
        pass

    # Not through open_dialog: the help may stay open beside a check-in, never replacing it.
    dialog = HelpDialog(window.session, [a for a in window.actions() if a.objectName()], window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    window.help_dialog = dialog  # type: ignore[attr-defined]
