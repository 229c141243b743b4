"""The built-in help, as a newcomer walking a whole exam wanted it (#11.19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from invigilator.room.timeline import hhmm, timeline
from ui.dialogs.help_dialog import HelpDialog


def open_help(qtbot, window) -> HelpDialog:
    window.activateWindow()
    qtbot.keyClick(window.scan, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "help_dialog", None) is not None, timeout=2000)
    return window.help_dialog


def test_issue11_item19_f1_opens_the_help_with_this_exams_times(qtbot, window, session, clock):
    window.bridge.run(session.start_exam)
    started = session.state.started_at
    clock.advance(minutes=3)
    window.bridge.run(session.pause, "alarme")
    clock.advance(minutes=2)
    window.bridge.run(session.resume)
    help_dialog = open_help(qtbot, window)
    text = help_dialog.text.toPlainText()
    view = timeline(session)
    assert f"admis jusqu'à {hhmm(view.late_entry_until)}" in text
    assert f"Aucune sortie avant {hhmm(view.exits_from)}" in text
    assert f"Début {hhmm(started)}, fin {hhmm(view.end)}" in text  # the band's times (#11.3)
    assert "(+2 min d'interruption)" in text
    for minutes, moment in view.extra_time_ends:
        assert f"(+{minutes} min) : fin à {hhmm(moment)}" in text
    for key, what in (("F6", "Sortie temporaire"), ("F9", "Remise de copie"),
                      ("Ctrl+P", "Interrompre l'épreuve"), ("F1", "Aide de la salle")):  # fmt: skip
        assert f"{key}\t{what}" in text or f"{key}\n{what}" in text, key
    assert "Si l’ordinateur tombe en panne" in text and "clé USB" in text
    # Beside the window: the scan box still works, a check-in may open meanwhile.
    assert window.active_dialog is None
    window.help_action.trigger()  # F1 again: the same help, not a second one
    assert window.help_dialog is help_dialog
    help_dialog.close()
    qtbot.waitUntil(lambda: not help_dialog.isVisible(), timeout=1000)


def test_issue11_item19_the_aide_menu(qtbot, window):
    menus = [a.text() for a in window.menuBar().actions()]
    assert "A&ide" in menus
    assert window.help_action.shortcut().toString() == "F1"


def test_issue11_item19_the_help_in_english(qtbot, window, session):
    from ui.app import install_translations

    app = QApplication.instance()
    install_translations(app, "en")
    try:
        help_dialog = HelpDialog(session, window.actions())
        qtbot.addWidget(help_dialog)
        text = help_dialog.text.toPlainText()
        assert "If the laptop fails" in text and "The keys" in text
        assert "The rules of this exam" in text and "Late arrivals admitted until" in text
    finally:
        install_translations(app, "fr")
