"""The second medium is offered by the set-up wizard, as an optional step with the Fichier
menu's checks (follow-up of #11)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from invigilator.room.session import RoomSession
from ui.app import install_translations
from ui.room.main_window import MainWindow
from ui.setup.wizard import SetupWizard


@pytest.fixture
def wizard(qtbot, session):
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    wizard = SetupWizard(window.bridge, window)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def go_to_mirror_page(wizard) -> None:
    while wizard.currentPage() is not wizard.mirror_page:
        wizard.next()


def test_the_wizard_offers_the_second_medium_before_the_instructions(wizard):
    ids = wizard.pageIds()
    pages = [wizard.page(i) for i in ids]
    assert pages.index(wizard.mirror_page) == pages.index(wizard.instructions_page) - 1
    go_to_mirror_page(wizard)
    assert "facultatif" in wizard.mirror_page.title()
    assert "Aucun second support" in wizard.mirror_page.current.text()
    wizard.next()  # optional: Suivant goes on without one
    assert wizard.currentPage() is wizard.instructions_page
    assert wizard.mirror_page.pending() is False


def test_a_folder_chosen_in_the_wizard_keeps_a_copy_there(wizard, session, tmp_path, monkeypatch):
    stick = tmp_path / "cle-usb"
    stick.mkdir()
    go_to_mirror_page(wizard)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    wizard.mirror_page.choose_button.click()
    assert session.state.mirror_folder == str(stick.resolve())
    assert wizard.mirror_page.message.kind == "ok"
    assert str(stick.resolve()) in wizard.mirror_page.current.text()
    copy = stick / session.path.name
    assert copy.is_file() and (copy.stat().st_mode & 0o777) == 0o600
    # Every later record reaches the copy, which opens as a session of its own.
    session.read_instructions()
    with RoomSession.open(copy, readonly=True) as mirrored:
        assert mirrored.state.instructions_read_at == session.state.instructions_read_at
    assert wizard.mirror_page.stop_button.isEnabled()
    wizard.mirror_page.stop_button.click()
    assert session.state.mirror_folder == ""
    assert "Aucun second support" in wizard.mirror_page.current.text()


def test_the_wizard_refuses_what_the_file_menu_refuses(wizard, session, tmp_path):
    go_to_mirror_page(wizard)
    page = wizard.mirror_page
    events = len(session.events())
    assert not page.choose(str(tmp_path / "debranchee"))
    assert page.message.kind == "error" and "n'existe pas" in page.message.text()
    assert not page.choose(str(session.path.parent))  # the session file's own folder
    assert "autre dossier" in page.message.text()
    assert len(session.events()) == events and session.state.mirror_folder == ""


def test_a_stick_that_cannot_be_written_is_said(wizard, session, tmp_path, monkeypatch):
    stick = tmp_path / "protegee"
    stick.mkdir()
    go_to_mirror_page(wizard)

    def read_only_stick(*_args, **_kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("invigilator.record.journal.Mirror.update", read_only_stick)
    assert not wizard.mirror_page.choose(str(stick))
    text = wizard.mirror_page.message.text()
    assert wizard.mirror_page.message.kind == "error" and "n'a pas pu y être écrite" in text
    assert "readonly" in text


def test_the_second_medium_page_in_english(qtbot, session, tmp_path):
    app = QApplication.instance()
    install_translations(app, "en")
    try:
        window = MainWindow(session, tick_ms=0)
        qtbot.addWidget(window)
        wizard = SetupWizard(window.bridge, window)
        qtbot.addWidget(wizard)
        page = wizard.mirror_page
        assert page.title() == "4. Second medium (optional)"
        assert not page.choose(str(tmp_path / "unplugged"))
        assert "does not exist" in page.message.text()
    finally:
        install_translations(app, "fr")


def test_the_help_names_the_wizards_steps_as_they_now_are(qtbot, wizard, session):
    from ui.dialogs.help_dialog import HelpDialog

    mirror, instructions = wizard.mirror_page.title(), wizard.instructions_page.title()
    assert mirror.startswith("4.") and instructions.startswith("5.")
    help_dialog = HelpDialog(session, [])
    qtbot.addWidget(help_dialog)
    text = help_dialog.text.toPlainText()
    # The spare sheet is printed from the instructions' step; the stick is chosen at step 4.
    assert "feuille d'émargement de secours imprimée à la préparation (F2, étape 5)" in text
    assert "copie continue du second support (clé USB choisie à la préparation, F2, étape 4" in text
