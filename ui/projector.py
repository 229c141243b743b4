"""The projector view: what the whole room must see, and no personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from invigilator.session import RoomSession
from invigilator.timeline import Phase, duration_text, hhmm, timeline
from ui.clock_band import PHASE_COLOURS

PHASE_MESSAGES = {
    Phase.BEFORE: "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.",
    Phase.RUNNING: "Épreuve en cours. Aucune communication entre candidats.",
    Phase.LAST_MINUTES: "Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.",
    Phase.PAUSED: "Épreuve interrompue. Restez à votre place.",
    Phase.EXTRA_TIME: "Temps majoré en cours : les autres candidats ont rendu leur copie.",
    Phase.OVER: "Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage.",
}


class ProjectorWindow(QWidget):
    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Invigilator — vue projecteur"))
        self.setAccessibleName(self.tr("Vue projecteur"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        self.exam = self._label("projExam", self.tr("Épreuve"))
        self.clock = self._label("projClock", self.tr("Heure actuelle"))
        self.times = self._label("projTimes", self.tr("Début et fin"))
        self.left = self._label("projLeft", self.tr("Temps restant"))
        self.rules = self._label("projRules", self.tr("Règles de la salle"))
        self.message = self._label("projMessage", self.tr("Message"))
        for label in (self.exam, self.clock, self.times, self.left, self.rules, self.message):
            layout.addWidget(label)
        layout.addStretch(1)
        self._phase: Phase | None = None
        self.refresh()

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        view = timeline(self.session)
        exam = self.session.state.exam
        if exam is not None:
            self.exam.setText(f"{exam.ue_code} — {exam.title}\n{self.tr('Salle')} {exam.room}")
        self.clock.setText(view.now.astimezone().strftime("%H:%M"))
        planned = "" if view.started else self.tr(" (prévu)")
        self.times.setText(
            self.tr("Début %s   ·   Fin %s") % (hhmm(view.start), hhmm(view.end)) + planned
        )
        self.left.setText(
            self.tr("Temps restant : %s") % duration_text(max(view.remaining, view.remaining * 0))
            if view.remaining is not None else ""
        )  # fmt: skip
        lines = []
        if view.late_entry_until is not None:
            lines.append(
                self.tr("Entrée des retardataires jusqu'à %s") % hhmm(view.late_entry_until)
            )
        if view.late_entry_with_proof_until is not None:
            lines.append(self.tr("Sur justificatif de transport jusqu'à %s")
                         % hhmm(view.late_entry_with_proof_until))  # fmt: skip
        if view.exits_from is not None:
            lines.append(self.tr("Sorties autorisées à partir de %s") % hhmm(view.exits_from))
        for minutes, moment in view.extra_time_ends:
            lines.append(self.tr("Fin du temps majoré (+%d min) : %s") % (minutes, hhmm(moment)))
        self.rules.setText("\n".join(lines))
        self.message.setText(self.tr(PHASE_MESSAGES[view.phase]))
        if view.phase is not self._phase:
            self._phase = view.phase
            colour = PHASE_COLOURS[view.phase]
            self.setStyleSheet(
                f"#projector {{ background: {colour}; }} QLabel {{ color: white; }}"
                "#projExam { font-size: 26pt; font-weight: 600; }"
                "#projClock { font-size: 120pt; font-weight: 800; }"
                "#projTimes { font-size: 30pt; font-weight: 600; }"
                "#projLeft { font-size: 34pt; font-weight: 800; }"
                "#projRules { font-size: 24pt; }"
                "#projMessage { font-size: 24pt; font-weight: 700; border-top: 2px solid white;"
                " padding-top: 12px; }"
            )


def place_on_second_screen(window: QWidget) -> None:
    """Full screen on a second screen when there is one; else a normal window."""
    screens = QGuiApplication.screens()
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    if others:
        window.setScreen(others[0])
        window.move(others[0].geometry().topLeft())
        window.showFullScreen()
    else:
        window.resize(1024, 700)
        window.show()
    window.raise_()
