"""English through Qt Linguist, and an accessible name on every control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QTableView,
)

from ui.app import install_translations
from ui.room.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTableView)


def test_english_translation(qtbot, session):
    app = QApplication.instance()
    try:
        assert install_translations(app, "en") == "en"
        window = MainWindow(session, tick_ms=0)
        qtbot.addWidget(window)
        assert window.scan.placeholderText().startswith("Scan the card")
        header = window.model.headerData(1, Qt.Orientation.Horizontal)
        assert header == "Last name"
        shown = window.table.horizontalHeader().model()  # the titles the table shows
        assert shown.headerData(1, Qt.Orientation.Horizontal) == "Last name"
        assert window.filter.itemText(0) == "All candidates"
        assert window.band.phase.text() == "BEFORE THE START"
    finally:
        install_translations(app, "fr")
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Nom"


def unnamed_controls(root) -> list[str]:
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for kind in CONTROLS
        for w in root.findChildren(kind)
        if w.isVisibleTo(root) and not w.accessibleName() and not _labelled(w)
    ]


def _labelled(widget) -> bool:
    # A button's own text is its accessible name; an inner widget of a composite is skipped.
    if isinstance(widget, QAbstractButton) and widget.text():
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit | QTableView)


def test_every_control_has_an_accessible_name(qtbot, window, session):
    from ui.dialogs.checkin import CheckInDialog
    from ui.setup.wizard import SetupWizard

    assert unnamed_controls(window) == []
    window.open_entry(next(iter(session.state.candidates)))
    dialog = window.active_dialog
    assert isinstance(dialog, CheckInDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()
    wizard = SetupWizard(window.bridge, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(5):  # the list, the exam, the invigilators, the second medium, the instructions
        assert unnamed_controls(wizard.currentPage()) == []
        wizard.next()


def test_readable_at_1366_by_768(qtbot, window):
    window.resize(1366, 768)
    assert window.width() <= 1366 and window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768


def test_questions_answer_yes_or_no_in_english(qtbot):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.widgets.questions import confirm

    app = QApplication.instance()
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        install_translations(app, "en")
        box = confirm(parent, "Question", "Sure?", lambda: None, default_yes=False)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "Yes"
        assert box.button(QMessageBox.StandardButton.No).text() == "No"
        box.reject()
    finally:
        install_translations(app, "fr")
