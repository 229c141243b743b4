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
    """One line of feedback: a symbol, words and a colour (never the colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("textFormat", PLAIN_TEXT)  # not Qt.TextFormat: ui.qt_values
        self.setAccessibleName(self.tr("Message"))
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        symbol, background, foreground = ALERT_STYLES[kind]
        self.kind = kind
        self.setText(f"{symbol}  {text}")
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border: 2px solid "
            f"{foreground}; border-radius: 4px; padding: 6px; font-size: 12pt; font-weight: 600; }}"
        )
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()
