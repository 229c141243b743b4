"""The clock band, always visible: time, start, end, time left, the rules' milestones.

The start shown is the real one, a fact that pauses do not move; the ends move with the
pauses, and say by how much. A sealed session shows its final state, calmly (#11)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from invigilator.room.session import RoomSession
from invigilator.room.timeline import MilestoneState, Phase, Timeline, duration_text, hhmm, timeline
from invigilator.rules import MilestoneKind
from ui.qt_values import ALIGN_RIGHT_VCENTER
from ui.widgets.labels import milestone_label

if TYPE_CHECKING:
    from PySide6.QtCore import QRect

PHASE_COLOURS = {
    Phase.BEFORE: "#1e3a5f",
    Phase.START_OVERDUE: "#9a3412",  # as the last minutes: look at the band
    Phase.RUNNING: "#14532d",
    Phase.LAST_MINUTES: "#9a3412",
    Phase.PAUSED: "#374151",
    Phase.EXTRA_TIME: "#4c1d95",
    Phase.OVER: "#7f1d1d",
}
# Not an alarm: the room is closed and its file sealed; the band says so quietly.
SEALED_COLOUR = "#334155"
TEXT_SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag, as an int: see ui.qt_values
MOVED_BY_PAUSES = {MilestoneKind.EXAM_ENDS, MilestoneKind.EXTRA_TIME_ENDS}
STATE_SYMBOLS = {MilestoneState.COMING: "○", MilestoneState.OPEN: "●", MilestoneState.CLOSED: "✕"}


def interruption_text(paused: timedelta) -> str:
    """ "+1 min 20 s", "+5 min", "+1 h 05": how much the pauses moved the ends ("" if none)."""
    seconds = int(paused.total_seconds())
    if seconds <= 0:
        return ""
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60:
        return f"+{minutes // 60} h {minutes % 60:02d}"
    if not minutes:
        return f"+{rest} s"
    return f"+{minutes} min {rest:02d} s" if rest else f"+{minutes} min"


def real_start(session: RoomSession) -> datetime | None:
    """The moment the exam started (corrected if it was), never moved by a pause."""
    return session.state.started_at


def set_font(label: QLabel, points: int, *, bold: bool = False, struck: bool = False) -> None:
    # Fonts and a palette rather than a style sheet: the band is in the first frame, and
    # style sheets make every widget under them slower to polish (and to restyle each tick).
    font = label.font()
    font.setPointSize(points)
    font.setBold(bold)
    font.setStrikeOut(struck)
    label.setFont(font)


class _BandLayout(QGridLayout):
    """Tells the band its width before placing it: not a resizeEvent, which would make
    PySide6 build QEvent's types before the first frame (ui.qt_values)."""

    def __init__(self, band: ClockBand) -> None:
        super().__init__(band)
        self.band = band

    def setGeometry(self, rect: QRect) -> None:
        self.band._fit(rect.width())
        super().setGeometry(rect)


class ClockBand(QFrame):
    def __init__(
        self, session: RoomSession, parent: QWidget | None = None, *, lock_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("clockBand")
        self.setAccessibleName(self.tr("Horloge de l'épreuve"))
        self.setAutoFillBackground(True)
        # One row; on a narrow window (a netbook's 1024 px) the milestones go to a second
        # row, and nothing is cut (#11.16).
        layout = _BandLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setHorizontalSpacing(18)
        layout.setVerticalSpacing(4)
        self._layout = layout
        self.narrow = False
        self._columns = 1
        self._width_cache: tuple[int, int] | None = None

        self.now = QLabel()
        self.now.setObjectName("clockNow")
        set_font(self.now, 28, bold=True)
        self.now.setAccessibleName(self.tr("Heure actuelle"))
        layout.addWidget(self.now, 0, 0)

        times = QGridLayout()
        times.setHorizontalSpacing(10)
        times.setVerticalSpacing(0)
        self.start = QLabel()
        self.end = QLabel()
        self.left = QLabel()
        self.captions: list[QLabel] = []
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
            self.captions.append(title)
        # Under the end: how much the pauses moved it ("(+1 min 20 s d'interruption)").
        self.interruption = QLabel()
        self.interruption.setObjectName("clockInterruption")
        set_font(self.interruption, 9)
        self.interruption.setAccessibleName(self.tr("Interruptions"))
        self.interruption.hide()
        times.addWidget(self.interruption, 2, 1, 1, 2)
        layout.addLayout(times, 0, 1)
        self._times = times

        self.milestones = QGridLayout()
        self.milestones.setVerticalSpacing(1)
        self.milestones.setHorizontalSpacing(16)
        layout.addLayout(self.milestones, 0, 2)
        layout.setColumnStretch(2, 1)
        self.sealed_view: QLabel | None = None  # made when the session is sealed
        self._milestone_labels: list[QLabel] = []
        self._milestone_states: list[MilestoneState | None] = []
        self._phase: Phase | str | None = None  # "sealed" when sealed
        # Set by the window when nothing can be written (sealed, non-conforming file).
        self.lock_text = lock_text

        self.phase = QLabel()
        self.phase.setObjectName("clockPhase")
        set_font(self.phase, 13, bold=True)
        self.phase.setAccessibleName(self.tr("Phase de l'épreuve"))
        self.phase.setProperty("alignment", ALIGN_RIGHT_VCENTER)  # not Qt.Align…: ui.qt_values
        self.phase.setWordWrap(True)
        self.phase.setMaximumWidth(230)
        self.phase.setMinimumWidth(200)  # "SESSION SCELLÉE —" on one line
        # The phase, and under it what others show there (the acting invigilator, F4).
        self._phase_column = QVBoxLayout()
        self._phase_column.setSpacing(2)
        self._phase_column.addWidget(self.phase)
        layout.addLayout(self._phase_column, 0, 3)
        self.refresh()

    def add_under_phase(self, widget: QWidget) -> None:
        """A line under the phase, at the band's right end: the band grows no wider."""
        widget.setMaximumWidth(self.phase.maximumWidth())
        self._phase_column.addWidget(widget)
        self._width_cache = None

    # -- narrow windows ----------------------------------------------------------------------

    def _widths(self) -> tuple[int, int]:
        """(the width one row needs, the width two rows need); kept until the texts change:
        the layouts ask many times per pass."""
        if self._width_cache is None:
            self._width_cache = self._measure()
        return self._width_cache

    def _measure(self) -> tuple[int, int]:
        margins = self._layout.contentsMargins()
        edges = margins.left() + margins.right()
        gap = self._layout.horizontalSpacing()
        # The first row's three parts, with the gaps around the milestones' column (empty on
        # two rows, still spaced).
        first = (self.now.sizeHint().width() + self._times.sizeHint().width()
                 + self._phase_column.minimumSize().width() + 3 * gap)  # fmt: skip
        milestones = self.milestones.sizeHint().width()
        return first + milestones + edges, max(first, milestones) + edges

    def minimumSizeHint(self) -> QSize:
        """Two rows' width: below one row's, the band takes two rather than cut its times."""
        hint = super().minimumSizeHint()
        return QSize(self._widths()[1], hint.height())

    def _fit(self, width: int) -> None:
        narrow = width < self._widths()[0]
        if narrow != self.narrow:
            self.narrow = narrow
            self._layout.removeItem(self.milestones)
            if narrow:
                self._layout.addLayout(self.milestones, 1, 0, 1, 4)
            else:
                self._layout.addLayout(self.milestones, 0, 2)
        # On the second row, two columns when they fit: the band stays short on a netbook.
        shown = [label for label in self._milestone_labels if not label.isHidden()]
        widest = max((label.sizeHint().width() for label in shown), default=0)
        room = width - 24 - self.milestones.horizontalSpacing()
        columns = 2 if narrow and shown and 2 * widest <= room else 1
        if columns != self._columns:
            self._columns = columns
            self._place_milestones()

    def _place_milestones(self) -> None:
        rows = -(-len(self._milestone_labels) // self._columns)  # down the first column first
        for index, label in enumerate(self._milestone_labels):
            self.milestones.removeWidget(label)
            self.milestones.addWidget(label, index % rows, index // rows)

    def interruption_words(self) -> str:
        """ "(+1 min 20 s d'interruption)" once the exam was paused, else ""."""
        state = self.session.state
        paused = interruption_text(state.paused_total(self.session.clock.now()))
        return self.tr("(%s d'interruption)") % paused if paused else ""

    def refresh(self) -> Timeline:
        self._width_cache = None  # the texts may change width
        view = timeline(self.session)
        state = self.session.state
        self.now.setText(view.now.astimezone().strftime("%H:%M:%S"))
        planned = "" if view.started else self.tr(" (prévu)")
        start = real_start(self.session) if view.started else view.start
        self.start.setText(hhmm(start) + planned)
        self.end.setText(hhmm(view.end) + planned)
        interruption = self.interruption_words()
        if self.interruption.text() != interruption:
            self.interruption.setText(interruption)
            self.interruption.setVisible(bool(interruption))
        if state.sealed:
            self.left.setText(hhmm(state.sealed_at))
        elif state.exam is None:
            self.left.setText("—")
        elif view.remaining is None:
            self.left.setText(duration_text(state.duration))
        else:
            self.left.setText(duration_text(max(view.remaining, view.remaining * 0)))
        phase = view.phase
        # Nothing can be written any more: that, rather than the phase, is what to know.
        self.phase.setText((self.lock_text or self.tr(phase.value)).upper())
        style = "sealed" if state.sealed else phase
        if style != self._phase:
            self._phase = style
            self._restyle(SEALED_COLOUR if state.sealed else PHASE_COLOURS[phase])
            self._show_sealed(state.sealed)
        if state.sealed:
            self._sealed_facts()
        else:
            self._milestones(view)
        if self.isVisible():  # texts change width with the time: two rows, or one
            self._fit(self.width())
        self.setAccessibleDescription(
            f"{self.now.text()} ; {self.tr('début')} {self.start.text()} ; "
            f"{self.tr('fin')} {self.end.text()} ; {self.tr('reste')} {self.left.text()}"
        )
        return view

    def _show_sealed(self, sealed: bool) -> None:
        """Sealed: "Scellée à" for "Temps restant", the final hash and the counts for the
        milestones (nothing is still to come, nothing is open)."""
        self.left.setAccessibleName(self.tr("Scellée à") if sealed else self.tr("Temps restant"))
        self.captions[2].setText(self.tr("Scellée à") if sealed else self.tr("Temps restant"))
        for label in self._milestone_labels:
            label.setVisible(not sealed)
        if sealed and self.sealed_view is None:
            from PySide6.QtGui import QFontDatabase

            self.sealed_view = QLabel()
            self.sealed_view.setObjectName("clockSealed")
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setPointSize(10)
            self.sealed_view.setFont(font)
            self.sealed_view.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
            self.sealed_view.setAccessibleName(self.tr("État final de la session"))
            self.milestones.addWidget(self.sealed_view, 0, 1, 4, 1)
        if self.sealed_view is not None:
            self.sealed_view.setVisible(sealed)

    def _sealed_facts(self) -> None:
        from invigilator.room.summary import summarise

        assert self.sealed_view is not None
        counts = summarise(self.session)
        digest = self.session.final_hash
        text = (
            self.tr("Présents %d · Absents %d · Copies rendues %d · Incidents %d")
            % (counts["present"], counts["absent"], counts["handed_in"], counts["incidents"])
            + "\n"
            + self.tr("Empreinte finale :")
            + f"\n{digest[:32]}\n{digest[32:]}"
        )
        if self.sealed_view.text() != text:
            self.sealed_view.setText(text)
            self.sealed_view.setAccessibleDescription(text.replace("\n", " "))

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
            if self._columns != 1:
                self._place_milestones()
        for index, (label, milestone) in enumerate(
            zip(self._milestone_labels, view.milestones, strict=False)
        ):
            symbol = STATE_SYMBOLS[milestone.state]
            label_text = milestone_label(milestone.kind, milestone.label)  # translated (#11)
            text = f"{symbol} {hhmm(milestone.at)}  {label_text} — {self.tr(milestone.words)}"
            if milestone.kind in MOVED_BY_PAUSES and milestone.state is not MilestoneState.CLOSED:
                text += f" {self.interruption_words()}".rstrip()
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
