"""A candidate missing from the list, added in the room (4.2) and checked in at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.errors import CommandRefused, InvigilatorError
from invigilator.model import Candidate
from ui.alert_label import AlertLabel
from ui.bridge import SessionBridge
from ui.candidate_model import ADDED_MARK
from ui.widgets import IdCheck, SignatureField


class AdditionDialog(QDialog):
    finished_with = Signal(str, str)

    def __init__(
        self, bridge: SessionBridge, student_id: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(self.tr("Ajout manuscrit d'un candidat"))
        self.setAccessibleName(self.tr("Ajout manuscrit d'un candidat"))
        layout = QVBoxLayout(self)
        note = AlertLabel()
        note.show_message(
            "warning",
            self.tr("Le candidat sera marqué « %s » : le service des examens vérifiera "
                    "son inscription.") % ADDED_MARK,
        )  # fmt: skip
        layout.addWidget(note)
        form = QFormLayout()
        self.student_id = QLineEdit(student_id)
        self.last_name = QLineEdit()
        self.first_name = QLineEdit()
        self.reason = QLineEdit(self.tr("absent(e) de la liste, inscription à vérifier"))
        for widget, label, name in (
            (self.student_id, self.tr("&N° d'auditeur :"), self.tr("Numéro d'auditeur")),
            (self.last_name, self.tr("N&om :"), self.tr("Nom")),
            (self.first_name, self.tr("&Prénom :"), self.tr("Prénom")),
            (self.reason, self.tr("&Motif de l'ajout :"), self.tr("Motif de l'ajout")),
        ):
            widget.setAccessibleName(name)
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout.addLayout(form)
        self.id_check = IdCheck()
        layout.addWidget(self.id_check)
        self.signature = SignatureField(self.tr("Signature du candidat (émargement)"))
        layout.addWidget(self.signature)
        self.error = AlertLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("&Ajouter et faire émarger"))
        self.confirm.setAccessibleName(self.tr("Ajouter et faire émarger"))
        self.confirm.setDefault(True)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self.commit)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.first_focus = self.last_name if student_id else self.student_id

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.confirm.click()
            return
        super().keyPressEvent(event)

    def commit(self) -> None:
        problem = self.id_check.problem()
        if problem:
            self.error.show_message("error", problem)
            return
        signature = self.signature.signature()
        if signature.is_empty:
            self.error.show_message(
                "error", self.tr("La signature est vide : faites signer le candidat.")
            )
            return
        session = self.bridge.session
        student_id = self.student_id.text().strip()
        candidate = Candidate(
            student_id, self.last_name.text().strip(), self.first_name.text().strip()
        )
        try:
            if student_id not in session.state.candidates:
                self.bridge.run(session.add_candidate, candidate, reason=self.reason.text())
            self.bridge.run(
                session.check_in, student_id,
                id_document=self.id_check.document_name(), signature=signature,
            )  # fmt: skip
        except CommandRefused as refusal:
            self.finished_with.emit("error", str(refusal))
            self.reject()
            return
        except InvigilatorError as error:
            self.error.show_message("error", str(error))
            return
        self.finished_with.emit(
            "ok",
            self.tr("%s ajouté(e) en salle et émargé(e) — à vérifier.") % candidate.display_name,
        )
        self.accept()
