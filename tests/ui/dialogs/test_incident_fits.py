"""Review of #11.16: the incident / fraud report dialog fits the screen it opens on, 1024×600
included: the second pad, the end of the banner, Enregistrer and Annuler in reach, no field
over another; at 1366×768 nothing to scroll."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from test_record_flow import start
from uihelpers import draw_signature, wait_dialog

from ui.dialogs.incident import IncidentDialog
from ui.widgets.dialog_parts import usable_area


def open_fraud(qtbot, window, session, clock, suspects: int = 2) -> IncidentDialog:
    ids = list(session.state.candidates)[:suspects]
    start(window, session, clock, *ids)
    clock.advance(minutes=70)
    window.record_actions.open_incident("fraude", ids)
    return wait_dialog(qtbot, window, IncidentDialog)


def pads(dialog: IncidentDialog) -> list:
    return [b.pad for b in dialog.invigilator_boxes] + [
        w.box.pad for w in dialog.countersigns.values()
    ]


def place(widget, dialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def settle(dialog: IncidentDialog, area: QRect) -> None:
    dialog.fit_to(area)
    for _ in range(3):
        QApplication.processEvents()


def assert_in_reach(dialog: IncidentDialog, area: QRect) -> None:
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    inside = dialog.rect()
    for button in (dialog.confirm, dialog.cancel):
        assert button.isVisible() and inside.contains(place(button, dialog))
    assert inside.contains(place(dialog.reminder, dialog))  # the banner's end too
    shown = pads(dialog)
    for i, pad in enumerate(shown):  # no pad over another
        for other in shown[i + 1 :]:
            assert not place(pad, dialog).intersects(place(other, dialog))
    # Every pad can be brought into sight in the page, whole.
    viewport = dialog.page.viewport()
    for pad in shown:
        dialog.page.ensureWidgetVisible(pad, 0, 0)
        QApplication.processEvents()
        seen = QRect(pad.mapTo(viewport, QPoint(0, 0)), pad.size())
        assert viewport.rect().contains(seen)


def test_review_11_16_the_fraud_report_fits_the_screen_it_opens_on(qtbot, window, session, clock):
    dialog = open_fraud(qtbot, window, session, clock)
    area = usable_area(dialog)
    assert dialog.frameGeometry().width() <= area.width()  # was 1280 px on any screen
    assert_in_reach(dialog, area)


def test_review_11_16_the_fraud_report_at_1024x600_scrolls_its_page_and_keeps_the_buttons(
    qtbot, window, session, clock
):
    dialog = open_fraud(qtbot, window, session, clock)
    area = QRect(0, 0, 1024, 600 - 48)  # the screen less a taskbar
    settle(dialog, area)
    assert_in_reach(dialog, area)
    assert dialog.description.maximumHeight() < 200  # a long account scrolls in its field


def test_review_11_16_the_fraud_report_at_1366x768_has_nothing_to_scroll(
    qtbot, window, session, clock
):
    dialog = open_fraud(qtbot, window, session, clock, suspects=1)
    area = QRect(0, 0, 1366, 768 - 48)
    settle(dialog, area)
    qtbot.waitUntil(lambda: dialog.page.verticalScrollBar().maximum() == 0, timeout=2000)
    assert_in_reach(dialog, area)
    # Pads side by side here; drawing moves nothing.
    first, second = dialog.invigilator_boxes
    assert place(first.pad, dialog).top() == place(second.pad, dialog).top()
    before = [place(p, dialog) for p in pads(dialog)]
    draw_signature(qtbot, first.pad)
    draw_signature(qtbot, second.pad)
    assert [place(p, dialog) for p in pads(dialog)] == before
