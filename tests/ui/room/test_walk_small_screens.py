"""Small screens, as a newcomer walking a whole exam found them (#11.16): readable from
1024 × 600 up, and below that the window scrolls rather than cutting texts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QScrollArea, QWidget


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(5)


def cut(window, widget) -> str:
    """Why `widget` does not show whole in `window` ("" when it does)."""
    if widget.isHidden() or not widget.isVisibleTo(window):
        return ""
    label_wraps = isinstance(widget, QLabel) and widget.wordWrap()
    if not label_wraps and widget.width() < widget.sizeHint().width():
        return f"{widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}"
    place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    if not window.rect().contains(place):
        return f"{widget.text()!r}: {place} outside {window.rect()}"
    return ""


def paused_room(window, session, clock) -> None:
    window.bridge.run(session.read_instructions)
    window.bridge.run(session.start_exam)
    clock.advance(minutes=30)
    window.bridge.run(session.pause, "alarme incendie")
    clock.advance(seconds=80)
    window.tick()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1024, 600), (800, 500)])
def test_issue11_item16_band_times_and_buttons_whole_on_a_netbook(
    qtbot, window, session, clock, lang, size
):
    from ui.app import install_translations

    app = QApplication.instance()
    install_translations(app, lang)
    try:
        paused_room(window, session, clock)
        minimum = window.minimumSizeHint()
        assert minimum.width() <= size[0] and minimum.height() <= size[1]
        window.resize(*size)
        settle(qtbot)
        assert window.band.narrow  # the milestones on a second row
        parts = window.band.findChildren(QLabel) + window.centralWidget().findChildren(QPushButton)
        problems = [cut(window, part) for part in parts]
        assert [p for p in problems if p] == []
        assert window.band.interruption.isVisible()
    finally:
        install_translations(app, "fr")


def test_issue11_item16_one_row_on_a_wide_screen(qtbot, window, session, clock):
    paused_room(window, session, clock)
    window.resize(1366, 740)
    settle(qtbot)
    assert not window.band.narrow
    tops = {b.y() for b in window.centralWidget().findChildren(QPushButton) if b.isVisible()}
    assert len(tops) == 1  # the buttons on one row


def test_issue11_item16_below_the_minimum_the_window_scrolls(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from ui.app import fit_to_screen

    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    window = QMainWindow()
    qtbot.addWidget(window)
    content = QWidget()
    content.setMinimumSize(1500, 1000)  # bigger than the screen (offscreen: 800 × 600)
    window.setCentralWidget(content)
    window.resize(1366, 740)
    fit_to_screen(window)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    scroll = window.centralWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is content


def test_issue11_item16_the_set_up_keeps_its_buttons_on_the_screen(qtbot, window):
    from uihelpers import wait_dialog

    from ui.setup.wizard import SetupWizard

    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    area = wizard.screen().availableGeometry()  # offscreen: 800 × 600
    assert wizard.width() <= area.width() and wizard.height() <= area.height()
    wizard.next()
    settle(qtbot)
    for button in wizard.findChildren(QPushButton):
        if button.isVisible():
            assert not cut(wizard, button), button.text()
    wizard.reject()
