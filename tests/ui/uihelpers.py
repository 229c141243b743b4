"""Helpers to drive the widgets like a person."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a person; characters beyond ASCII go one by one (keyClicks kills on them)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)  # fmt: skip


def draw_signature(qtbot, pad: QWidget) -> None:
    """A zig-zag drawn with the mouse, button held."""
    h = pad.height()
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, h // 2))
    for i in range(1, 12):
        qtbot.mouseMove(pad, QPoint(20 + i * 25, h // 2 + (20 if i % 2 else -20)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(320, h // 2))


def wait_dialog(qtbot, window, kind: type | None = None):
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=2000)
    dialog = window.active_dialog
    if kind is not None:
        assert isinstance(dialog, kind), type(dialog)
    return dialog
