"""Issue #10: the fraud report's nature, custody of the seized items, keeper and other measure,
entered from the keyboard in the incident dialog, without moving the signature pads."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_record_flow import close_and_wait, last_event, shortcut, start
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.record.events import EventKind
from ui.dialogs.incident import IncidentDialog


def pad_places(dialog: IncidentDialog) -> list[QPoint]:
    pads = [box.pad for box in dialog.invigilator_boxes]
    pads += [w.box.pad for w in dialog.countersigns.values()]
    return [pad.mapTo(dialog, QPoint(0, 0)) for pad in pads]


def test_fraud_nature_custody_keeper_and_measure_typed_then_recorded(qtbot, window, session, clock):
    suspect = list(session.state.candidates)[0]
    start(window, session, clock, suspect)
    clock.advance(minutes=70)
    window.record_actions.open_incident("fraude", [suspect])
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    assert dialog.fraud_details.isVisible()
    assert not dialog.seized_by.isEnabled()  # nothing seized yet: no keeper to name
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.description, timeout=2000)
    type_text(qtbot, dialog.description, "Antisèche dans la trousse.")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.seized
    type_text(qtbot, dialog.seized, "une feuille de notes")
    # Each field is reached with Tab and set from the keyboard.
    qtbot.keyClick(dialog.seized, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.nature
    qtbot.keyClick(dialog.nature, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.nature, Qt.Key.Key_Down)
    assert dialog.nature.currentData() == "document"
    qtbot.keyClick(dialog.nature, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.custody["saisi"]
    qtbot.keyClick(dialog.custody["saisi"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.custody["saisi"], Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.custody["photographie"], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.custody["photographie"], Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.custody["rendu"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.seized_by
    qtbot.keyClick(dialog.seized_by, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.seized_by, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.measures
    type_text(qtbot, dialog.measures, "changé de place")

    before = pad_places(dialog)
    draw_signature(qtbot, dialog.invigilator_boxes[0].pad)
    draw_signature(qtbot, dialog.countersigns[suspect].box.pad)
    assert pad_places(dialog) == before  # nothing moved under the pen
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)

    event = last_event(session)
    assert event.kind is EventKind.INCIDENT
    p = event.payload
    assert p["nature"] == "document"
    assert p["custody"] == ["saisi", "photographie"]
    assert p["seized_by"] == session.state.invigilators[0]
    assert p["measures"] == "changé de place"


def test_other_incidents_hide_the_fraud_details_and_write_none(qtbot, window, session, clock):
    start(window, session, clock, list(session.state.candidates)[0])
    window.record_actions.open_incident("perturbation", [])
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    assert not dialog.fraud_details.isVisible()
    type_text(qtbot, dialog.description, "Travaux bruyants dans le couloir.")
    type_text(qtbot, dialog.seized, "rien")
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)
    p = last_event(session).payload
    assert p["category"] == "perturbation"
    assert not {"nature", "custody", "seized_by", "measures"} & set(p)


def test_the_fraud_details_in_english(qtbot, session):
    from ui.app import install_translations
    from ui.room.main_window import MainWindow

    app = QApplication.instance()
    try:
        install_translations(app, "en")
        window = MainWindow(session, tick_ms=0)
        qtbot.addWidget(window)
        dialog = IncidentDialog(window.bridge, window)
        qtbot.addWidget(dialog)
        assert dialog.nature.itemText(2) == "Unauthorised document or equipment"
        assert dialog.custody["rendu"].text() == "returned at the end of the exam"
        assert dialog.measures.accessibleName() == "Other measure taken"
    finally:
        install_translations(app, "fr")


def test_the_incident_dialog_has_no_two_fields_on_one_alt_key(qtbot, window, session, clock):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    start(window, session, clock, list(session.state.candidates)[0])
    window.record_actions.open_incident("fraude", [])
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.endswith("&")]
    assert len(keys) == len(set(keys)), sorted(keys)
