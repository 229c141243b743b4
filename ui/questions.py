"""A yes/no question that does not block the window (its answer arrives as a call).

Imported where a question is asked: the main window's first frame needs no message box."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget, title: str, text: str, on_yes, *, default_yes: bool = True
) -> QMessageBox:  # noqa: ANN001
    """A non-blocking yes/no question (Enter answers yes, or no when `default_yes` is False)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)  # fmt: skip
    box.button(QMessageBox.StandardButton.Yes).setText(parent.tr("Oui"))
    box.button(QMessageBox.StandardButton.No).setText(parent.tr("Non"))
    box.setDefaultButton(
        QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    )
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def answered(button) -> None:  # noqa: ANN001
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            on_yes()

    box.buttonClicked.connect(answered)
    focus_scan = getattr(parent, "focus_scan", None)
    if focus_scan is not None:  # the box gone, the window is active and the scan box ready
        box.finished.connect(lambda _=0: focus_scan())
    box.open()
    return box
