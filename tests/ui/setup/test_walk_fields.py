"""Date and time fields, as a newcomer walking a whole exam found them (#11.13)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import type_text

from ui.setup.fields import Problem, parse_date, parse_time
from ui.setup.start_screen import NewSessionDialog

TODAY = date(2026, 3, 1)


@pytest.fixture(autouse=True)
def french():
    """The UI's language sets the default locale (ui.app.install_translations)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    yield
    QLocale.setDefault(before)


def retype(qtbot, field, text: str) -> None:
    """As a person does: into the field, Ctrl+A, then the digits."""
    field.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field.edit, text)


def test_issue11_item13_an_impossible_date_is_refused_in_sight_never_moved(qtbot):
    dialog = NewSessionDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.ue_code, "NFA031")
    type_text(qtbot, dialog.room, "31.2.85")
    retype(qtbot, dialog.exam_date, "31.2.85")  # Tab then this, in the walk
    assert dialog.exam_date.edit.text() == "31.2.85"  # as typed: nothing moved it
    assert dialog.exam_date.value() is None
    assert "n'existe pas : 31/02/2085" in dialog.exam_date.reading.text()
    accepted = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not accepted and "n'existe pas" in dialog.message.text()


def test_issue11_item13_ctrl_a_then_digits_types_the_date(qtbot):
    dialog = NewSessionDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.exam_date.value() == TODAY
    assert dialog.exam_date.reading.text() == "dimanche 1 mars 2026"
    retype(qtbot, dialog.exam_date, "15.6.26")
    assert dialog.exam_date.value() == date(2026, 6, 15)
    assert dialog.exam_date.reading.text() == "lundi 15 juin 2026"  # the change, in words
    qtbot.keyClick(dialog.exam_date.edit, Qt.Key.Key_Return)
    assert dialog.exam_date.edit.text() == "15/06/2026"  # tidied once typed
    qtbot.keyClick(dialog.exam_date.edit, Qt.Key.Key_Return)
    type_text(qtbot, dialog.ue_code, "NFA031")
    type_text(qtbot, dialog.room, "A12")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.values() == ("NFA031", date(2026, 6, 15), "A12")


def test_issue11_item13_a_far_year_is_pointed_out(qtbot):
    dialog = NewSessionDialog(today=TODAY)
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.exam_date, "15/06/2085")
    assert dialog.exam_date.value() == date(2085, 6, 15)
    assert "vérifiez l'année" in dialog.exam_date.reading.text()


def test_issue11_item13_the_set_up_takes_typed_dates_and_times(qtbot, window, session):
    from uihelpers import wait_dialog

    from ui.setup.wizard import SetupWizard

    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    wizard.next()
    page = wizard.exam_page
    retype(qtbot, page.start_time, "9h30")
    retype(qtbot, page.exam_date, "16/6")
    assert page.facts().start_time == time(9, 30)
    assert page.facts().exam_date == date(session.clock.now().year, 6, 16)
    retype(qtbot, page.start_time, "25:00")
    assert not page.validatePage() and "n'existe pas : 25:00" in page.message.text()
    retype(qtbot, page.start_time, "0930")
    assert page.validatePage()
    assert session.state.exam.start_time == time(9, 30)
    wizard.reject()


def test_issue11_item13_what_reads_as_a_date_or_a_time():
    assert parse_date("15/06/2026", TODAY) == date(2026, 6, 15)
    assert parse_date("15-6", TODAY) == date(2026, 6, 15)
    assert parse_date("150626", TODAY) == date(2026, 6, 15)
    assert parse_date("2026-06-15", TODAY) == date(2026, 6, 15)
    assert parse_date("31.2.85", TODAY) == Problem("no_such_date", "31/02/2085")
    assert parse_date("le 15", TODAY).code == "bad_date"
    assert parse_time("14h") == time(14, 0)
    assert parse_time("9.05") == time(9, 5)
    assert parse_time("930") == time(9, 30)
    assert parse_time("9:75").code == "no_such_time"
