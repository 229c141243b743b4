"""The help dialog itself (see ui.dialogs.help): plain HTML built from the window's own
shortcuts and this exam's timeline, so that it never says another time than the band."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from invigilator.room.timeline import hhmm, timeline
from ui.room.clock_band import interruption_text, real_start

if TYPE_CHECKING:
    from invigilator.room.session import RoomSession


class HelpDialog(QDialog):
    def __init__(
        self, session: RoomSession, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aide — Invigilator"))
        self.setAccessibleName(self.tr("Aide"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Aide"))
        self.text.setHtml(self.html(session, actions))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(760, screen.width() - 40), min(640, screen.height() - 60))

    def html(self, session: RoomSession, actions: list[QAction]) -> str:
        parts = (
            (self.tr("Les touches"), self.keys(actions)),
            (self.tr("Les règles de cette épreuve"), self.rules(session)),
            (self.tr("Si l’ordinateur tombe en panne"), self.failure()),
        )
        return "".join(f"<h2>{escape(title)}</h2>{body}" for title, body in parts)

    def keys(self, actions: list[QAction]) -> str:
        rows = [
            (self.tr("Lecteur de carte, ou nom tapé, puis Entrée"),
             self.tr("trouver le candidat et ouvrir son émargement")),
            (self.tr("↑ ↓ dans la zone de recherche"), self.tr("choisir parmi plusieurs candidats")),
            (self.tr("Échap"), self.tr("fermer une fenêtre sans rien enregistrer")),
        ]  # fmt: skip
        for action in actions:
            shortcut = action.shortcut()
            if not shortcut.isEmpty():
                rows.append(
                    (shortcut.toString(QKeySequence.SequenceFormat.NativeText),
                     action.text().replace("&", "").rstrip("…"))
                )  # fmt: skip
        cells = "".join(
            f"<tr><td><b>{escape(key)}</b></td><td>{escape(what)}</td></tr>" for key, what in rows
        )
        return f"<table cellpadding='3'>{cells}</table>"

    def rules(self, session: RoomSession) -> str:
        state = session.state
        if state.exam is None:
            return "<p>" + escape(self.tr("La salle n’est pas encore préparée (F2).")) + "</p>"
        view = timeline(session)
        start = real_start(session) if view.started else view.start  # as the band says it
        times = (hhmm(start), hhmm(view.end), state.exam.duration_minutes)
        if view.started:
            first = self.tr("Début %s, fin %s (durée %d min).") % times
        else:
            first = self.tr("Début prévu %s, fin prévue %s (durée %d min).") % times
        paused = interruption_text(state.paused_total(view.now))
        if paused:
            first += " " + self.tr("(%s d'interruption)") % paused
        lines = [
            first,
            self.tr("Pièce d'identité originale et valide, puis signature, à l'entrée."),
        ]  # fmt: skip
        if view.late_entry_until is not None:
            lines.append(self.tr("Retardataires admis jusqu'à %s, sans temps supplémentaire.")
                         % hhmm(view.late_entry_until))  # fmt: skip
        if view.late_entry_with_proof_until is not None:
            lines.append(
                self.tr("Jusqu'à %s : seulement avec un justificatif de retard d'un organisme "
                        "de transport, et si aucun candidat n'est encore sorti.")
                % hhmm(view.late_entry_with_proof_until)
            )  # fmt: skip
        if view.exits_from is not None:
            lines.append(
                self.tr("Aucune sortie avant %s, sauf urgence (note obligatoire). Ensuite : "
                        "sorties temporaires une à la fois, accompagnées ; avec un seul "
                        "surveillant, toute sortie est définitive.") % hhmm(view.exits_from)
            )  # fmt: skip
        for minutes, moment in view.extra_time_ends:
            lines.append(self.tr("Temps majoré (+%d min) : fin à %s.") % (minutes, hhmm(moment)))
        lines.append(
            self.tr("À la fin, chacun rend sa copie, même blanche, et signe. Une fraude : la faire "
                    "cesser sans interrompre le candidat, saisir, rapport (Ctrl+I).")
        )  # fmt: skip
        items = "".join(f"<li>{escape(line)}</li>" for line in lines)
        return f"<ul>{items}</ul>"

    def failure(self) -> str:
        steps = [
            self.tr("Rien n'est perdu : chaque action affichée est déjà enregistrée dans le "
                    "fichier de session."),
            self.tr("Continuez sur papier : la feuille d'émargement de secours imprimée à la "
                    "préparation (F2, étape 5), les heures notées à la main (entrées, sorties, "
                    "remises, incidents)."),
            self.tr("Si l'ordinateur repart : rouvrez la session depuis l'écran d'accueil ; "
                    "notez l'interruption au procès-verbal (Ctrl+O)."),
            self.tr("Sur un autre ordinateur : ouvrez la copie continue du second support "
                    "(clé USB choisie à la préparation, F2, étape 4, ou depuis le menu Fichier), "
                    "ou une copie enregistrée (Fichier › Enregistrer une copie sous…, Ctrl+S)."),
            self.tr("Un fichier endommagé ne se répare pas en salle : remettez-le tel quel au "
                    "service des examens, avec les feuilles papier."),
        ]  # fmt: skip
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        return f"<ol>{items}</ol>"
