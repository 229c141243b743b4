"""Correcting the recorded start of the exam (the real time, and why)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTimeEdit, QWidget


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
