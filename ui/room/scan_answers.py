"""What the scan box says when Enter finds nobody on this room's list (issue #11).

A number or a name the list keeps for another room says where the candidate is expected,
whichever way it was typed; admitting them here is a hand addition (F8) with a decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from invigilator.model import Candidate
    from ui.room.main_window import MainWindow

SHOWN = 3


def elsewhere_text(candidates: list[Candidate]) -> str:
    """ "NOM Prénom (n°) est attendu(e) en salle X", for one or a few candidates."""
    parts = [
        QCoreApplication.translate("MainWindow", "%s (%s) est attendu(e) en salle %s")
        % (c.display_name, c.student_id, c.room)
        for c in candidates[:SHOWN]
    ]
    more = len(candidates) - SHOWN
    return " ; ".join(parts) + (
        QCoreApplication.translate("MainWindow", " (et %d autre(s))") % more if more > 0 else ""
    )


def answer_number(window: MainWindow, number: str) -> None:
    other = window.session.state.others.get(number)
    if other is not None:
        window.show_alert(
            "error",
            elsewhere_text([other])
            + QCoreApplication.translate(
                "MainWindow", " : indiquez-lui sa salle. L'accueillir ici : F8, décision motivée."
            ),
            offer_addition=number,
        )
    else:
        window.show_alert(
            "warning",
            QCoreApplication.translate(
                "MainWindow", "Numéro %s inconnu dans cette salle. Ajout manuscrit possible (F8)."
            )
            % number,
            offer_addition=number,
        )
    window.scan.selectAll()


def answer_name(window: MainWindow, text: str) -> None:
    count = window.model.rowCount()
    if count:
        window.show_alert(
            "info",
            QCoreApplication.translate(
                "MainWindow",
                "%d candidats correspondent : précisez, ou choisissez avec les flèches.",
            )
            % count,
        )
        return
    elsewhere = window.model.search_elsewhere(text)
    if elsewhere:
        window.show_alert(
            "error",
            QCoreApplication.translate(
                "MainWindow", "Aucun candidat de cette salle ne correspond à « %s » : %s."
            )
            % (text, elsewhere_text(elsewhere))
            + QCoreApplication.translate("MainWindow", " L'accueillir ici : F8, décision motivée."),
            offer_addition=elsewhere[0].student_id if len(elsewhere) == 1 else "",
        )
        return
    window.show_alert(
        "warning",
        QCoreApplication.translate(
            "MainWindow", "Aucun candidat ne correspond à « %s ». Ajout manuscrit possible (F8)."
        )
        % text,
        offer_addition="",
    )
