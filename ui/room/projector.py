"""The projector view: what the whole room must see, and no personal data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from invigilator.room.session import RoomSession
from invigilator.room.timeline import Phase, duration_text, hhmm, timeline
from ui.room.clock_band import PHASE_COLOURS, SEALED_COLOUR, interruption_text, real_start

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent

PHASE_MESSAGES = {
    Phase.BEFORE: "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.",
    Phase.START_OVERDUE: "Installez-vous. Téléphones éteints, dans un sac fermé posé au sol.",
    Phase.RUNNING: "Épreuve en cours. Aucune communication entre candidats.",
    Phase.LAST_MINUTES: "Dernières minutes : vérifiez nom, prénom et numéro sur chaque copie.",
    Phase.PAUSED: "Épreuve interrompue. Restez à votre place.",
    Phase.EXTRA_TIME: "Temps majoré en cours : les autres candidats ont rendu leur copie.",
    Phase.OVER: "Épreuve terminée. Posez vos stylos et restez assis jusqu'au ramassage.",
}


# Point sizes at full size (1280 × 720); a smaller window scales them down.
FONT_SIZES = {"projExam": 26, "projClock": 120, "projTimes": 30, "projLeft": 34,
              "projRules": 24, "projMessage": 24}  # fmt: skip
FULL_SIZE = (1280, 720)


class ProjectorWindow(QWidget):
    """Esc or F12 closes it; `closed` tells the window."""

    closed = Signal()

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
        self._phase: Phase | str | None = None  # "sealed" when sealed
        self._scale = 1.0
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F12):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scale_to(event.size().width(), event.size().height())

    def scale_to(self, width: int, height: int) -> None:
        """Type sizes for a window of this size (full size at 1280 × 720 and above)."""
        scale = min(1.0, width / FULL_SIZE[0], height / FULL_SIZE[1])
        if abs(scale - self._scale) <= 0.02:
            return
        layout = self.layout()
        for _ in range(8):  # smaller still while the text would not fit
            self._scale = scale
            self._phase = None  # restyle
            self.refresh()
            layout.invalidate()
            needed = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                      else layout.totalMinimumSize().height())  # fmt: skip
            if needed <= height or scale < 0.2:
                break
            scale *= 0.9

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
        state = self.session.state
        planned = "" if view.started else self.tr(" (prévu)")
        start = real_start(self.session) if view.started else view.start  # pauses move the end
        self.times.setText(
            self.tr("Début %s   ·   Fin %s") % (hhmm(start), hhmm(view.end)) + planned
        )
        paused = interruption_text(state.paused_total(view.now))
        if paused:
            self.times.setText(self.times.text() + " " + self.tr("(%s d'interruption)") % paused)
        if state.sealed:
            self.left.setText(self.tr("Session close et scellée à %s") % hhmm(state.sealed_at))
        else:
            self.left.setText(
                self.tr("Temps restant : %s")
                % duration_text(max(view.remaining, view.remaining * 0))
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
        moved = " " + self.tr("(%s d'interruption)") % paused if paused else ""
        for minutes, moment in view.extra_time_ends:  # an end: moved by the pauses, as the end
            lines.append(
                self.tr("Fin du temps majoré (+%d min) : %s") % (minutes, hhmm(moment)) + moved
            )
        self.rules.setText("\n".join(lines))
        self.message.setText(self.tr(PHASE_MESSAGES[view.phase]))
        if state.sealed:
            self.rules.setText("")
            self.message.setText(self.tr("Épreuve terminée. Merci, vous pouvez quitter la salle."))
        style = "sealed" if state.sealed else view.phase
        if style != self._phase:
            self._phase = style
            # The candidates see the room before its start as before it: the overdue start
            # is the invigilators' business (their band turns orange).
            phase = Phase.BEFORE if view.phase is Phase.START_OVERDUE else view.phase
            colour = SEALED_COLOUR if state.sealed else PHASE_COLOURS[phase]
            size = {k: max(8, round(v * self._scale)) for k, v in FONT_SIZES.items()}
            self.setStyleSheet(
                f"#projector {{ background: {colour}; }} QLabel {{ color: white; }}"
                f"#projExam {{ font-size: {size['projExam']}pt; font-weight: 600; }}"
                f"#projClock {{ font-size: {size['projClock']}pt; font-weight: 800; }}"
                f"#projTimes {{ font-size: {size['projTimes']}pt; font-weight: 600; }}"
                f"#projLeft {{ font-size: {size['projLeft']}pt; font-weight: 800; }}"
                f"#projRules {{ font-size: {size['projRules']}pt; }}"
                f"#projMessage {{ font-size: {size['projMessage']}pt; font-weight: 700;"
                " border-top: 2px solid white; padding-top: 12px; }"
            )
            for label in self.findChildren(QLabel):  # their new type size, before any layout
                label.ensurePolished()


def place_on_second_screen(window: QWidget, main: QWidget | None = None) -> bool:
    """Full screen on a second screen when there is one (True).

    Otherwise (False) a normal window, a third of the screen, in the corner where the main
    window has no controls (over the right of the candidate table), shown without taking the
    focus: the scan box keeps working.
    """
    screens = QGuiApplication.screens()
    primary = main.screen() if main is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    if others:
        window.setScreen(others[0])
        window.move(others[0].geometry().topLeft())
        window.showFullScreen()
        window.raise_()
        return True
    area = primary.availableGeometry()
    width, height = max(420, area.width() // 3), max(260, area.height() // 3)
    if isinstance(window, ProjectorWindow):
        window.scale_to(width, height)  # smaller type first, or the labels hold it wide
    window.resize(width, height)
    window.move(area.right() - width - 16, area.top() + (area.height() - height) // 2)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    if main is not None:  # a window of the main one's: above it, below the dialogs it opens
        window.setParent(main, window.windowFlags() | Qt.WindowType.Window)
    window.show()
    return False
