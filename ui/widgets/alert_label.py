"""The alert line under the scan box (and in the dialogs): a symbol, words and a colour.

Kept apart from `ui.widgets.dialog_parts` so that the main window's first frame does not import the
dialogs' pieces (the ID check, the signature pad).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ui.qt_values import PLAIN_TEXT

ALERT_STYLES = {
    "info": ("ℹ", "#e7f0fb", "#0b3d91"),
    "ok": ("✔", "#dcf5e0", "#0d5b1f"),
    "warning": ("⚠", "#fff1c2", "#6b4a00"),
    "error": ("✖", "#fbdada", "#8a1111"),
}


class AlertLabel(QLabel):
    """One line of feedback: a symbol, words and a colour (never the colour alone).

    A message cleared because a pen touched a signature pad (`drawing`, set by the pad while
    it says so) keeps its room, empty, until the next message: the pad under the pen does not
    jump (#11.14)."""

    drawing = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("textFormat", PLAIN_TEXT)  # not Qt.TextFormat: ui.qt_values
        self.setAccessibleName(self.tr("Message"))
        self.kind = ""
        self._holding = False
        self.hide()

    def _hold(self, hold: bool) -> None:
        self._holding = hold
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(hold)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.height() if hold else 0)

    def show_message(self, kind: str, text: str) -> None:
        if self._holding:  # the room kept for the message gone is the new one's
            self._hold(False)
        self._dress(kind, text)
        self.setAccessibleDescription(text)
        self.show()

    def _dress(self, kind: str, text: str) -> None:
        symbol, background, foreground = ALERT_STYLES[kind]
        self.kind = kind
        self.setText(f"{symbol}  {text}")
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border: 2px solid "
            f"{foreground}; border-radius: 4px; padding: 6px; font-size: 12pt; font-weight: 600; }}"
        )

    def height_for(self, kind: str, text: str, width: int) -> int:
        """The height this message would take at `width` (nothing shown changes)."""
        twin = AlertLabel(self)  # never shown
        twin._dress(kind, text)
        twin.ensurePolished()
        height = twin.heightForWidth(width)
        twin.deleteLater()
        return height

    def clear_message(self) -> None:
        if AlertLabel.drawing and self.isVisible():
            self._hold(True)
        self.kind = ""
        self.setText("")
        self.hide()
