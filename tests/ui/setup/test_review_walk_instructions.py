"""Review walk under Xvfb: the instructions read aloud, and the set-up's last page summary."""

from __future__ import annotations

import random

from invigilator.demo import demo_signature
from invigilator.model import Candidate
from ui.room.main_window import MainWindow
from ui.setup.wizard import SetupWizard


def instructions_page(qtbot, session):
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    wizard = SetupWizard(window.bridge, window)
    page = wizard.instructions_page
    page.initializePage()
    return page


def test_the_instructions_say_when_exits_open_for_a_four_hour_exam(qtbot, session):
    # A 4-hour exam: exits open at the first third, 1 h 20 (4.3); the text read aloud to the
    # room said "Aucune sortie pendant la première heure", and the screen refused at 1 h 05.
    page = instructions_page(qtbot, session)
    text = page.text.text()
    assert "Aucune sortie avant 1 h 20 de composition, sauf urgence." in text
    assert "première heure" not in text


def test_the_instructions_keep_the_first_hour_up_to_three_hours(qtbot, session):
    session.configure_exam(session.state.exam._replace(duration_minutes=120))
    page = instructions_page(qtbot, session)
    assert "Aucune sortie pendant la première heure, sauf urgence." in page.text.text()


def test_the_last_page_counts_the_list_not_the_hand_additions(qtbot, session):
    listed = len(session.state.candidates)
    session.add_candidate(
        Candidate("999001", "Ajouté", "Paul"), reason="absent de la liste",
        id_document="passeport", signature=demo_signature(random.Random(1)),
    )  # fmt: skip
    page = instructions_page(qtbot, session)
    assert page.summary.text().startswith(f"{listed} candidats sur la liste")
