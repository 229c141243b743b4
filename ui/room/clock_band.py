"""The clock band, always visible: time, start, end, time left, the rules' milestones."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from invigilator.room.session import RoomSession
from invigilator.room.timeline import MilestoneState, Phase, Timeline, duration_text, hhmm, timeline
from ui.qt_values import ALIGN_RIGHT_VCENTER
from ui.widgets.labels import milestone_label

PHASE_COLOURS = {
    Phase.BEFORE: "#1e3a5f",
    Phase.RUNNING: "#14532d",
    Phase.LAST_MINUTES: "#9a3412",
    Phase.PAUSED: "#374151",
    Phase.EXTRA_TIME: "#4c1d95",
    Phase.OVER: "#7f1d1d",
}
STATE_SYMBOLS = {MilestoneState.COMING: "○", MilestoneState.OPEN: "●", MilestoneState.CLOSED: "✕"}


def set_font(label: QLabel, points: int, *, bold: bool = False, struck: bool = False) -> None:
    # Fonts and a palette rather than a style sheet: the band is in the first frame, and
    # style sheets make every widget under them slower to polish (and to restyle each tick).
    font = label.font()
    font.setPointSize(points)
    font.setBold(bold)
    font.setStrikeOut(struck)
    label.setFont(font)


class ClockBand(QFrame):
    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("clockBand")
        self.setAccessibleName(self.tr("Horloge de l'épreuve"))
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(18)

        self.now = QLabel()
        self.now.setObjectName("clockNow")
        set_font(self.now, 28, bold=True)
        self.now.setAccessibleName(self.tr("Heure actuelle"))
        layout.addWidget(self.now)

        times = QGridLayout()
        times.setHorizontalSpacing(10)
        times.setVerticalSpacing(0)
        self.start = QLabel()
        self.end = QLabel()
        self.left = QLabel()
        for column, (caption, label, name) in enumerate(
            (
                (self.tr("Début"), self.start, self.tr("Heure de début")),
                (self.tr("Fin"), self.end, self.tr("Heure de fin")),
                (self.tr("Temps restant"), self.left, self.tr("Temps restant")),
            )
        ):
            title = QLabel(caption)
            title.setObjectName("clockCaption")
            set_font(title, 9)
            label.setObjectName("clockValue")
            set_font(label, 16, bold=True)
            label.setAccessibleName(name)
            times.addWidget(title, 0, column)
            times.addWidget(label, 1, column)
        layout.addLayout(times)

        self.milestones = QGridLayout()
        self.milestones.setVerticalSpacing(1)
        self.milestones.setHorizontalSpacing(16)
        layout.addLayout(self.milestones, 1)
        self._milestone_labels: list[QLabel] = []
        self._milestone_states: list[MilestoneState | None] = []
        self._phase: Phase | None = None
        # Set by the window when nothing can be written (sealed, non-conforming file).
        self.lock_text = ""

        self.phase = QLabel()
        self.phase.setObjectName("clockPhase")
        set_font(self.phase, 13, bold=True)
        self.phase.setAccessibleName(self.tr("Phase de l'épreuve"))
        self.phase.setProperty("alignment", ALIGN_RIGHT_VCENTER)  # not Qt.Align…: ui.qt_values
        self.phase.setWordWrap(True)
        self.phase.setMaximumWidth(230)
        self.phase.setMinimumWidth(200)  # "SESSION SCELLÉE —" on one line
        layout.addWidget(self.phase)
        self.refresh()

    def refresh(self) -> Timeline:
        view = timeline(self.session)
        self.now.setText(view.now.astimezone().strftime("%H:%M:%S"))
        planned = "" if view.started else self.tr(" (prévu)")
        self.start.setText(hhmm(view.start) + planned)
        self.end.setText(hhmm(view.end) + planned)
        if self.session.state.exam is None:
            self.left.setText("—")
        elif view.remaining is None:
            self.left.setText(duration_text(self.session.state.duration))
        else:
            self.left.setText(duration_text(max(view.remaining, view.remaining * 0)))
        phase = view.phase
        # Nothing can be written any more: that, rather than the phase, is what to know.
        self.phase.setText((self.lock_text or self.tr(phase.value)).upper())
        if phase is not self._phase:
            self._phase = phase
            self._restyle(PHASE_COLOURS[phase])
        self._milestones(view)
        self.setAccessibleDescription(
            f"{self.now.text()} ; {self.tr('début')} {self.start.text()} ; "
            f"{self.tr('fin')} {self.end.text()} ; {self.tr('reste')} {self.left.text()}"
        )
        return view

    def _restyle(self, colour: str) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(colour))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))  # the labels inherit it
        self.setPalette(palette)

    def _milestones(self, view: Timeline) -> None:
        while len(self._milestone_labels) < len(view.milestones):
            label = QLabel()
            label.setObjectName("clockMilestone")
            index = len(self._milestone_labels)
            self._milestone_labels.append(label)
            self._milestone_states.append(None)
            self.milestones.addWidget(label, index, 0)
        for index, (label, milestone) in enumerate(
            zip(self._milestone_labels, view.milestones, strict=False)
        ):
            symbol = STATE_SYMBOLS[milestone.state]
            label_text = milestone_label(milestone.kind, milestone.label)  # translated (#11)
            text = f"{symbol} {hhmm(milestone.at)}  {label_text} — {self.tr(milestone.words)}"
            label.setText(text)
            label.setAccessibleName(text)
            if self._milestone_states[index] is not milestone.state:
                self._milestone_states[index] = milestone.state
                set_font(label, 10, bold=milestone.state is MilestoneState.OPEN,
                         struck=milestone.state is MilestoneState.CLOSED)  # fmt: skip
            label.show()
        for label in self._milestone_labels[len(view.milestones) :]:
            label.hide()

    def milestone_texts(self) -> list[str]:
        return [label.text() for label in self._milestone_labels if not label.isHidden()]
