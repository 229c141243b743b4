"""Review walk under Xvfb: the list's column mapping in the English UI."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from ui.app import install_translations
from ui.room.main_window import MainWindow
from ui.setup.wizard import SetupWizard


def captions(page) -> list[str]:
    grid = page.mapping_grid
    return [
        grid.itemAt(i).widget().text()
        for i in range(grid.count())
        if isinstance(grid.itemAt(i).widget(), QLabel)
    ]


def test_the_mapping_names_the_fields_in_the_uis_language(qtbot, tmp_path, session):
    # The English set-up said "N° étudiant :", "Prénom :", "Courriel :"… beside the columns.
    listing = tmp_path / "liste.csv"
    listing.write_text("N° auditeur;Nom;Prénom\n100;Dupont;Marie\n", encoding="utf-8")
    app = QApplication.instance()
    try:
        install_translations(app, "en")
        window = MainWindow(session, tick_ms=0)
        qtbot.addWidget(window)
        page = SetupWizard(window.bridge, window).list_page
        page.load(listing)
        shown = captions(page)
        assert "Student no.:" in shown and "First name:" in shown and "Email:" in shown, shown
        assert not any("é" in text for text in shown), shown
    finally:
        install_translations(app, "fr")
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    page = SetupWizard(window.bridge, window).list_page
    page.load(listing)
    assert "N° étudiant :" in captions(page)
