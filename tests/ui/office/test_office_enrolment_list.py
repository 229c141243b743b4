"""The office's enrolment list, when it cannot be read: its problems in the UI's language (the
importer's error escaped the window before: it is not an InvigilatorError)."""

from __future__ import annotations

import pytest

from ui.app import install_translations
from ui.office.office_window import OfficeWindow

BROKEN = "N° étudiant;Nom;Salle\n100;Dupont;A\n100;Durand;A\n"


@pytest.fixture
def english(qapp):
    install_translations(qapp, "en")
    yield
    install_translations(qapp, "fr")


def _office(qtbot, tmp_path) -> OfficeWindow:
    window = OfficeWindow(paper_path=tmp_path / "pv-papier.json")
    qtbot.addWidget(window)
    return window


def test_a_broken_enrolment_list_is_named_in_english(english, qtbot, tmp_path):
    listing = tmp_path / "inscrits.csv"
    listing.write_text(BROKEN, encoding="utf-8")
    office = _office(qtbot, tmp_path)
    office.set_enrolment(listing)
    assert office.enrolment is None
    assert office.message.text().endswith(
        "Cannot import the list “inscrits.csv”; nothing was imported.\n"
        "  - line 3, column “N° étudiant”: number 100 appears twice (already on line 2)"
    )


def test_a_broken_enrolment_list_keeps_the_importers_french(qtbot, tmp_path):
    listing = tmp_path / "inscrits.csv"
    listing.write_text(BROKEN, encoding="utf-8")
    office = _office(qtbot, tmp_path)
    office.set_enrolment(listing)
    assert office.message.text().endswith(
        "Impossible d'importer la liste « inscrits.csv » ; rien n'a été importé.\n"
        "  - ligne 3, colonne « N° étudiant » : numéro 100 en double (déjà ligne 2)"
    )
