"""The acting invigilator (issue #11, item 7): who enters what follows, switched by one key.

Two or three invigilators share the laptop: F4 hands the keyboard to the next one, the clock
band shows who is acting, and every event recorded from then on names them ("Saisi par").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from invigilator.errors import InvigilatorError
from ui.qt_values import ALIGN_RIGHT_VCENTER
from ui.room.clock_band import set_font
from ui.room.room_actions import window_action

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from ui.room.main_window import MainWindow

KEY = "F4"


class ActingLabel(QLabel):
    """In the clock band: "Saisie : Mme X (F4)"; a click switches too."""

    def __init__(self, switch) -> None:  # noqa: ANN001
        super().__init__()
        self._switch = switch
        self.setObjectName("clockActing")
        set_font(self, 10, bold=True)
        self.setWordWrap(True)
        self.setProperty("alignment", ALIGN_RIGHT_VCENTER)  # not Qt.Align…: ui.qt_values
        self.setAccessibleName(self.tr("Surveillant qui saisit"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._switch()


class ActingInvigilator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.label = ActingLabel(self.switch)
        place_under_phase(window.band, self.label)
        self.action = window_action(
            window, self.tr("Changer de surveillant qui saisit"), self.switch, KEY, "acting"
        )
        window.bridge.roomChanged.connect(self.refresh)
        self.refresh()

    @property
    def name(self) -> str:
        return self.window.session.invigilator

    def refresh(self) -> None:
        state = self.window.session.state
        names = state.invigilators
        # Once sealed nothing more is entered: no one "acts", and F4 has nothing to switch.
        self.label.setVisible(bool(names) and state.sealed_at is None)
        self.action.setEnabled(state.sealed_at is None)
        text = self.tr("Saisie : %s") % self.name
        if len(names) > 1:
            text += f" ({KEY})"
        self.label.setText(text)
        self.label.setToolTip(
            self.tr("Chaque enregistrement porte ce nom. %s : passer au surveillant suivant.") % KEY
        )

    def switch(self) -> None:
        """The next invigilator of the room acts from now on."""
        names = self.window.session.state.invigilators
        if len(names) < 2:
            self.window.show_alert("info", self.tr("Un seul surveillant dans cette salle."))
            return
        index = names.index(self.name) if self.name in names else -1
        following = names[(index + 1) % len(names)]
        try:
            self.window.session.act_as(following)
        except InvigilatorError as error:
            self.window.show_alert("error", str(error))
            return
        self.refresh()
        self.window.show_alert(
            "info", self.tr("%s saisit désormais (%s pour changer).") % (following, KEY)
        )


def place_under_phase(band: QWidget, label: QLabel) -> None:
    """Under the band's phase, at its right end: no wider a band (a 1366-pixel screen has no
    room beside it), and the band's own code left as it is."""
    add_under_phase = getattr(band, "add_under_phase", None)
    if add_under_phase is not None:  # the band's own place for it
        add_under_phase(label)
        return
    layout = band.layout()
    phase = getattr(band, "phase", None)
    index = layout.indexOf(phase) if phase is not None else -1
    if index < 0:
        layout.addWidget(label)
        return
    column = QWidget()
    stack = QVBoxLayout(column)
    stack.setContentsMargins(0, 0, 0, 0)
    stack.setSpacing(2)
    layout.insertWidget(index, column)
    layout.removeWidget(phase)
    stack.addWidget(phase)
    stack.addWidget(label)
    label.setMaximumWidth(phase.maximumWidth())


def install_acting(window: MainWindow) -> ActingInvigilator:
    return ActingInvigilator(window)
