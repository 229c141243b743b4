"""Small pieces shared by the dialogs: the ID check and the signature field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.model import Signature
from invigilator.rules import Decision, Reason
from invigilator.session import ID_DOCUMENTS
from ui.alert_label import AlertLabel
from ui.signature_pad import SignaturePad

if TYPE_CHECKING:
    from invigilator.session import RoomSession

PROOF_REASONS = {Reason.LATE_NEEDS_TRANSPORT_PROOF, Reason.LATE_ADMITTED_WITH_PROOF}


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

    def __init__(self, caption: str, parent: QWidget | None = None, *, signer: str = "") -> None:
        """`signer` names who signs when it is not the candidate (the pad then says so)."""
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(caption)
        self.title.setStyleSheet("font-weight: 600;")
        self.pad = SignaturePad(placeholder=signer)
        self.pad.setAccessibleName(caption)
        self.clear_button = QPushButton(self.tr("Effacer") if signer else self.tr("&Effacer"))
        self.clear_button.setAccessibleName(
            self.tr("Effacer la signature de %s") % signer
            if signer
            else self.tr("Effacer la signature")
        )
        if signer:
            self.pad.setAccessibleDescription(
                self.tr("Signez ici avec le doigt, le stylet ou la souris : %s.") % signer
            )
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.pad.clear)
        top.addWidget(self.title, 1)
        top.addWidget(self.clear_button)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.pad)
        self.pad.changed.connect(self.changed)

    def signature(self) -> Signature:
        return self.pad.signature()


class LateEntryCheck(QWidget):
    """The rules' decision for a candidate arriving now, with the transport certificate box.

    Shared by the check-in and the hand addition, so both show the same decision before the
    candidate signs. Empty before the start (nobody is late).
    """

    changed = Signal()

    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = AlertLabel()
        self.proof = QCheckBox(
            self.tr("Justificatif de retard d'un organisme de transport présenté")
        )
        self.proof.setAccessibleName(self.tr("Justificatif de transport présenté"))
        self.proof.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.proof)
        self.started = session.state.started_at is not None
        if self.started:
            self.proof.setVisible(session.entry_decision().reason in PROOF_REASONS)
        self.proof.toggled.connect(self.refresh)
        self.refresh()

    def decision(self) -> Decision | None:
        if not self.started:
            return None
        return self.session.entry_decision(transport_proof=self.proof.isChecked())

    def allowed(self) -> bool:
        decision = self.decision()
        return decision is None or decision.allowed

    def refresh(self) -> None:
        decision = self.decision()
        if decision is None:
            self.label.clear_message()
        elif decision.allowed:
            self.label.show_message("warning", self.tr("Entrée en retard : %s.") % decision.text())
        else:
            self.label.show_message("error", self.tr("ENTRÉE REFUSÉE : %s.") % decision.text())
        self.changed.emit()


def fit_to_contents(dialog: QWidget) -> None:
    """Grow a shown dialog to what its layout needs at its width (wrapped labels included).

    A layout's minimum size ignores height-for-width: when a wrapped message appears, the
    fixed-height parts below it (the signature pad) would slide under the buttons.
    """
    layout = dialog.layout()
    if layout is None or not dialog.isVisible():
        return
    layout.activate()
    width = dialog.width()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    screen = dialog.screen().availableGeometry()
    frame = dialog.frameGeometry().height() - dialog.height()
    needed = min(needed, screen.height() - frame)
    if dialog.minimumHeight() != needed:
        dialog.setMinimumHeight(needed)
    if dialog.height() < needed:
        dialog.resize(width, needed)
    bottom = dialog.frameGeometry().bottom()
    if bottom > screen.bottom():
        dialog.move(dialog.x(), max(screen.top(), dialog.y() - (bottom - screen.bottom())))


class _Fitter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, watched, lambda: fit_to_contents(watched))  # type: ignore[arg-type]
        return False


def keep_fitted(dialog: QWidget) -> None:
    """Call `fit_to_contents` whenever the dialog's layout changes (a message, a box shown)."""
    fitter = _Fitter(dialog)
    dialog.installEventFilter(fitter)


def show_entry_decision(dialog: Any) -> None:
    """Show a check-in dialog's parts for the rules' decision: sign and confirm when admitted,
    record the refusal otherwise. The dialog has `late`, `refuse`, `confirm`, `signature`,
    `id_check`."""
    allowed = dialog.late.allowed()
    dialog.refuse.setVisible(not allowed)
    dialog.confirm.setVisible(allowed)
    dialog.signature.setVisible(allowed)
    dialog.id_check.setVisible(allowed)
    default, other = (dialog.confirm, dialog.refuse) if allowed else (dialog.refuse, dialog.confirm)
    other.setDefault(False)
    default.setDefault(True)


def confirm_buttons(dialog: Any, confirm_text: str, accessible_name: str) -> QPushButton:
    """The dialog's confirm / Annuler row, wired to `dialog.commit` and `dialog.reject`."""
    buttons = QDialogButtonBox()
    confirm = QPushButton(confirm_text)
    confirm.setAccessibleName(accessible_name)
    cancel = QPushButton(dialog.tr("Annuler"))
    cancel.setAutoDefault(False)
    buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    confirm.clicked.connect(dialog.commit)
    cancel.clicked.connect(dialog.reject)
    dialog.layout_.addWidget(buttons)
    return confirm


def signed_or_report(dialog: Any, problem: str) -> Signature | None:
    """The candidate's signature once the form is complete; None after saying what is missing."""
    if problem:
        dialog.error.show_message("error", problem)
        return None
    signature = dialog.signature.signature()
    if signature.is_empty:
        dialog.error.show_message(
            "error", dialog.tr("La signature est vide : faites signer le candidat.")
        )
        return None
    return signature
