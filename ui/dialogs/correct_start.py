"""Correcting the recorded start of the exam (the real time, and why)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)


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
        form.addRow(self.changes)
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
