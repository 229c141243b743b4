"""The "Procès-verbal" menu: incidents, notes, the interruption, the record, the closing.

`install_record_actions(window)` adds the menu, the shortcuts and the pause button to the
main window; the dialogs are imported when they open (the first frame needs none of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from invigilator.room.commands import local_time
from invigilator.room.timeline import duration_text, hhmm, timeline
from ui.qt_values import NO_FOCUS, set_focus_policy
from ui.room.room_actions import window_action

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ui.room.main_window import MainWindow

PAUSED_STYLE = (
    "QPushButton { background: #374151; color: white; font-weight: 700; padding: 3px 10px; }"
)


class RecordActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

        def make(text: str, slot, shortcut: str | None, name: str) -> QAction:  # noqa: ANN001
            return window_action(window, text, slot, shortcut, name)

        self.incident = make(
            self.tr("&Incident…"), lambda: self.open_incident(), "Ctrl+I", "incident"
        )
        self.observation = make(
            self.tr("&Observation…"), self.open_observation, "Ctrl+O", "observation"
        )
        self.erratum = make(self.tr("&Erratum…"), self.open_erratum, "Ctrl+E", "erratum")
        self.pause = make(self.tr("I&nterrompre l'épreuve…"), self.toggle_pause, "Ctrl+P", "pause")
        self.record = make(
            self.tr("&Journal du procès-verbal…"), self.open_record, "Ctrl+J", "record"
        )
        self.closing = make(
            self.tr("&Clôture, signature et scellement…"), self.open_closing, None, "closing"
        )
        self.addendum = make(
            self.tr("&Ajout postérieur à la signature…"), self.open_addendum, None, "addendum"
        )
        self.not_held = make(
            self.tr("Épreuve &non tenue : sceller…"), self.open_not_held, None, "not_held"
        )
        menu = window.menuBar().addMenu(self.tr("&Procès-verbal"))
        menu.addActions([self.incident, self.observation, self.erratum])
        menu.addSeparator()
        menu.addAction(self.pause)
        menu.addSeparator()
        menu.addActions([self.record, self.closing, self.addendum, self.not_held])
        self.menu = menu

        # Always in sight: the pause state and the way back.
        self.pause_button = QPushButton()
        set_focus_policy(self.pause_button, NO_FOCUS)
        self.pause_button.clicked.connect(self.pause.trigger)
        window.menuBar().setCornerWidget(self.pause_button)  # top right

        window.bridge.roomChanged.connect(self.update)
        self.update()

    def writable(self) -> bool:
        state = self.window.session.state
        read_only = getattr(self.window, "read_only", None)  # also a non-conforming file
        return not state.sealed and not (read_only is not None and read_only())

    def update(self) -> None:
        state = self.window.session.state
        writable = self.writable()
        signed = state.pv_signed is not None  # then only an addendum or the seal (#9)
        for action in (self.incident, self.observation, self.erratum):
            action.setEnabled(writable and not signed)
        self.closing.setEnabled(writable)
        self.addendum.setEnabled(writable and signed)
        self.not_held.setEnabled(writable and state.started_at is None)
        self.pause.setEnabled(writable and state.started_at is not None and not signed)
        shortcut = self.pause.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if state.paused:
            since = local_time(state.pauses[-1][0])
            self.pause.setText(self.tr("&Reprendre l'épreuve"))
            text = self.tr("‖ Épreuve interrompue depuis %s — Reprendre (%s)") % (since, shortcut)
            self.pause_button.setStyleSheet(PAUSED_STYLE)
        else:
            self.pause.setText(self.tr("I&nterrompre l'épreuve…"))
            text = self.tr("Interrompre l'épreuve (%s)") % shortcut
            self.pause_button.setStyleSheet("")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)
        self.pause_button.setEnabled(self.pause.isEnabled())
        self.pause_button.setVisible(state.started_at is not None and not state.sealed)
        # The menu bar sizes its corner widget only when set: again, to fit the new text.
        self.window.menuBar().setCornerWidget(self.pause_button)

    # -- the commands --------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.window.open_dialog(dialog)

    def open_incident(self, category: str = "fraude", candidates: list[str] | None = None) -> None:
        if not self.writable():
            return
        from ui.dialogs.incident import IncidentDialog

        selected = self.window.selected_id()
        if candidates is None and category == "fraude" and selected:
            candidates = [selected]
        self._open(IncidentDialog(self.window.bridge, self.window, category=category,
                                  candidates=candidates))  # fmt: skip

    def open_observation(self) -> None:
        if self.writable():
            from ui.dialogs.record import ObservationDialog

            self._open(ObservationDialog(self.window.bridge, self.window))

    def open_erratum(self) -> None:
        if self.writable():
            from ui.dialogs.record import ErratumDialog

            self._open(ErratumDialog(self.window.bridge, self.window))

    def toggle_pause(self) -> None:
        if not self.writable():
            return
        session = self.window.session
        if not session.state.paused:
            from ui.dialogs.record import PauseDialog

            self._open(PauseDialog(self.window.bridge, self.window))
            return
        paused_at = session.state.pauses[-1][0]
        if self.window.run(session.resume):
            resumed_at = session.state.pauses[-1][1] or session.clock.now()
            view = timeline(session)
            self.window.show_alert("ok", self.tr(
                "Épreuve reprise à %s après %s d'interruption : fin de l'épreuve à %s."
            ) % (local_time(resumed_at), duration_text(resumed_at - paused_at), hhmm(view.end)))  # fmt: skip

    def open_addendum(self) -> None:
        if self.writable():
            from ui.dialogs.closing_cases import AddendumDialog

            self._open(AddendumDialog(self.window.bridge, self.window))

    def open_not_held(self) -> None:
        if self.writable() and self.window.session.state.started_at is None:
            from ui.dialogs.closing_cases import NotHeldDialog

            self._open(NotHeldDialog(self.window.bridge, self.window))

    def open_record(self) -> None:
        from ui.dialogs.record import RecordListDialog

        self._open(RecordListDialog(self.window.session, self.window))

    def open_closing(self) -> None:
        if not self.writable():
            return
        from ui.dialogs.pv import ClosingDialog

        # The refusal to hand in opens over the closing dialog, which stays open (see there).
        self._open(ClosingDialog(self.window.bridge, self.window))


def install_record_actions(window: MainWindow) -> RecordActions:
    """Adds the "Procès-verbal" menu, its shortcuts and the pause button to the window."""
    return RecordActions(window)
