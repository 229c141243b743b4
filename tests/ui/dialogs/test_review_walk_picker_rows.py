"""Review walk under Xvfb: the incident dialog's candidate list draws accented capitals whole."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.widgets.record_widgets import CandidatePicker


def test_a_row_of_the_picker_is_tall_enough_for_accented_capitals(qtbot, session):
    # "FONTAINE-LEFÈVRE", "AJOUTÉ", "MÜLLER": the rows were the font's height, and the accents
    # above the capitals were cut off (2 px of "È" missing with the default font).
    picker = CandidatePicker(session.state, entry_closed=False)
    qtbot.addWidget(picker)
    picker.show_all.setChecked(True)  # nobody sat yet: the list shows them on request
    picker.show()
    QApplication.processEvents()
    view = picker.list
    item = view.item(0)
    rect = view.visualItemRect(item)
    metrics = view.fontMetrics()
    baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
    glyphs = metrics.tightBoundingRect("ÉÈÊÜÇ")
    assert baseline + glyphs.top() >= rect.top(), (rect, metrics.ascent(), glyphs)
    assert baseline + glyphs.bottom() <= rect.bottom() + 1
