"""Review walk under Xvfb: the accommodations column of the room's table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from invigilator.importing import read_list
from invigilator.model import ExamFacts
from invigilator.room.session import RoomSession
from ui.room.main_window import MainWindow


def test_the_extra_time_comes_first_so_that_eliding_never_hides_it(qtbot, tmp_path, clock):
    # "tiers temps, salle isolée" showed as "tiers temps, salle isol…": the "+80 min" that
    # decides the candidate's end was cut off the narrow column.
    listing = tmp_path / "liste.csv"
    listing.write_text(
        "N° auditeur;Nom;Prénom;Aménagements\n200005;Müller;Jürgen;tiers temps, salle isolée\n",
        encoding="utf-8",
    )
    session = RoomSession.create(tmp_path / "room.invigilator", clock=clock)
    session.configure_exam(ExamFacts("NFA031", "Programmation", duration_minutes=240))
    session.set_invigilators(["Mme Lambert", "M. Benali"])
    session.import_list(read_list(listing, duration_minutes=240))
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    model = window.model
    text = model.index(0, model.ACCOMMODATIONS).data(Qt.ItemDataRole.DisplayRole)
    assert text.startswith("+80 min"), text
    assert "salle isolée" in text
    window.close()
    session.close()
