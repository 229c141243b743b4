"""A yes/no question that does not block the window (its answer arrives as a call).

Imported where a question is asked: the main window's first frame needs no message box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    *,
    default_yes: bool = True,
    yes_text: str = "",
    no_text: str = "",
    on_no: Callable[[], object] | None = None,
    warning: bool = False,
) -> QMessageBox:
    """A non-blocking yes/no question. Enter answers yes, or no when `default_yes` is False
    (for what cannot be undone, or a reflex Enter must not confirm); Escape answers no.
    `on_no` is called once the box has gone (the focus is back in `parent`)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, yes | no, parent)
    box.button(yes).setText(yes_text or QCoreApplication.translate("Questions", "Oui"))
    box.button(no).setText(no_text or QCoreApplication.translate("Questions", "Non"))
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
    said_yes: list[bool] = []

    def answered(button) -> None:  # noqa: ANN001
        said_yes.append(box.standardButton(button) == yes)
        if said_yes[-1]:
            on_yes()

    box.buttonClicked.connect(answered)
    if on_no is not None:
        box.finished.connect(lambda _=0: None if said_yes[-1:] == [True] else on_no())
    focus_scan = getattr(parent, "focus_scan", None)
    if focus_scan is not None:  # the box gone, the window is active and the scan box ready
        box.finished.connect(lambda _=0: focus_scan())
    box.open()
    return box
