"""Small pieces shared by the dialogs: the ID check and the signature field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.model import Signature
from invigilator.session import ID_DOCUMENTS
from ui.signature_pad import SignaturePad


class IdCheck(QWidget):
    """Which document the candidate showed, and that it is an original."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.document = QComboBox()
        self.document.addItems(list(ID_DOCUMENTS))
        self.document.setAccessibleName(self.tr("Pièce d'identité présentée"))
        self.original = QCheckBox(
            self.tr("Pièce originale et valide (ni photocopie, ni copie numérique)")
        )
        self.original.setChecked(True)
        self.original.setAccessibleName(self.tr("Pièce originale vérifiée"))
        label = QLabel(self.tr("&Pièce d'identité :"))
        label.setBuddy(self.document)
        form.addRow(label, self.document)
        form.addRow("", self.original)

    def problem(self) -> str:
        if not self.original.isChecked():
            return self.tr(
                "Une photocopie ou une copie numérique ne prouve pas l'identité : "
                "demandez la pièce originale."
            )
        return ""

    def document_name(self) -> str:
        return self.document.currentText()


class SignatureField(QWidget):
    """The pad with its 'Effacer' button."""

    changed = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(caption)
        title.setStyleSheet("font-weight: 600;")
        self.pad = SignaturePad()
        self.pad.setAccessibleName(caption)
        self.clear_button = QPushButton(self.tr("&Effacer"))
        self.clear_button.setAccessibleName(self.tr("Effacer la signature"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.pad.clear)
        top.addWidget(title, 1)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        layout.addWidget(self.pad)
        self.pad.changed.connect(self.changed)

    def signature(self) -> Signature:
        return self.pad.signature()
