"""Correcting the recorded start of the exam (the real time, and why)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QRect, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTimeEdit,
    QWidget,
)

from ui.widgets.dialog_parts import usable_area

# Room the dialog keeps for its title bar, the time, the reason and the buttons: the list of
# changed decisions gets the rest of the screen's height, and scrolls beyond it.
_AROUND_THE_LIST = 230


class CorrectStartDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Corriger l'heure de début"))
        self._session = window.session  # type: ignore[attr-defined]
        start = self._session.state.started_at.astimezone()
        form = QFormLayout(self)
        self.time = QTimeEdit(QTime(start.hour, start.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Heure de début réelle"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Motif de la correction"))
        form.addRow(self.tr("Heure de début réelle :"), self.time)
        form.addRow(self.tr("Motif (obligatoire) :"), self.note)
        # Issue #11.6: the decisions already recorded that this start would change, shown
        # before the correction is confirmed, and listed in the record with it.
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setAccessibleName(self.tr("Décisions modifiées par cette correction"))
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Dozens of changed decisions scroll inside the dialog, which never grows past the
        # screen (1024×600 included): OK and Annuler stay in reach.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.changes)
        form.addRow(self.scroll)
        available = self._available()
        self.setMinimumWidth(min(620, available.width() - 40))
        self.time.timeChanged.connect(self._show_changes)
        self._show_changes()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def moment(self) -> datetime:
        start = self._session.state.started_at.astimezone()
        if (self.time.time().hour(), self.time.time().minute()) == (start.hour, start.minute):
            return start  # the minute shown untouched: the recorded start, seconds and all
        chosen = start.replace(hour=self.time.time().hour(), minute=self.time.time().minute(),
                               second=0, microsecond=0)  # fmt: skip
        if chosen - start > timedelta(hours=12):
            chosen -= timedelta(days=1)
        return chosen

    def changed_decisions(self) -> list[str]:
        return self._session.start_correction_changes(self.moment())

    def _show_changes(self) -> None:
        changed = self.changed_decisions()
        text = ""
        if changed:
            text = (
                self.tr("⚠ Cette heure change des décisions déjà enregistrées :")
                + "\n"
                + ("\n".join(f"• {line}" for line in changed))
            )
        self.changes.setText(text)
        self.changes.setVisible(bool(changed))
        self.scroll.setVisible(bool(changed))
        if changed:
            width = max(self.scroll.viewport().width(), self.minimumWidth() - 40, 200)
            needed = self.changes.heightForWidth(width) + 8
            cap = max(120, self._available().height() - _AROUND_THE_LIST)
            self.scroll.setFixedHeight(min(needed, cap))
        self.adjustSize()  # grow (or shrink) to the list, up to the screen; then it scrolls
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Grown after it was placed (centred on the window): moved back within the screen, so
        that OK and Annuler stay in reach."""
        if not self.isVisible():
            return
        area, frame = usable_area(self), self.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    def _available(self) -> QRect:
        return usable_area(self)
