"""The search-and-scan box: a scanner's digits + Enter, or a few letters of a name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class ScanBox(QLineEdit):
    activated = Signal()  # Enter
    moved = Signal(int)  # Up (-1) / Down (+1) move the selection in the table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBox")
        self.setPlaceholderText(
            self.tr("Scannez la carte ou tapez un numéro ou un nom, puis Entrée")
        )
        self.setAccessibleName(self.tr("Recherche et scan des candidats"))
        self.setAccessibleDescription(
            self.tr("Numéro d'auditeur ou quelques lettres du nom ; Entrée pour émarger.")
        )
        # The clear button is enabled by the window after its first frame.
        font = self.font()  # a font and margins, not a style sheet: cheaper to show
        font.setPointSize(16)
        self.setFont(font)
        self.setTextMargins(4, 2, 4, 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        keys = QtCore.Qt.Key  # looked up here, not at import (see ui.qt_values)
        if key in (keys.Key_Return, keys.Key_Enter):
            self.activated.emit()
            return
        if key in (keys.Key_Up, keys.Key_Down):
            self.moved.emit(-1 if key == keys.Key_Up else 1)
            return
        if key == keys.Key_PageUp or key == keys.Key_PageDown:
            self.moved.emit(-10 if key == keys.Key_PageUp else 10)
            return
        if key == keys.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
