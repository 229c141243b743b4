"""Small pieces shared by the dialogs: the ID check and the signature field."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from invigilator.model import Signature
from invigilator.room.session import ID_DOCUMENTS
from invigilator.rules import Decision, Reason
from ui.widgets.alert_label import AlertLabel
from ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from invigilator.room.session import RoomSession

PROOF_REASONS = {Reason.LATE_NEEDS_TRANSPORT_PROOF, Reason.LATE_ADMITTED_WITH_PROOF}

# Kept free at the bottom of the screen for a taskbar: some window managers do not report it
# in the available geometry, and a dialog's buttons then end up underneath.
TASKBAR_ROOM = 48


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
            self.tr("Effacer la signature : %s") % signer  # "de %s" reads "de de Villiers"
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
        self.pad.inked.connect(self._withdraw_error)
        self._error: tuple[AlertLabel, str] | None = None

    def signature(self) -> Signature:
        return self.pad.signature()

    def report(self, error: AlertLabel, message: str) -> None:
        """Say what is wrong with the signature in `error`, until the pad gets ink again."""
        error.show_message("error", message)
        self._error = (error, error.text())

    def _withdraw_error(self) -> None:
        # Only our own message: an ID problem shown meanwhile stays on screen.
        if self._error is not None:
            error, shown = self._error
            if error.text() == shown:
                error.clear_message()
        self._error = None


class LateEntryCheck(QWidget):
    """The rules' decision for a candidate arriving now, with the transport certificate question.

    Shared by the check-in and the hand addition, so both show the same decision before the
    candidate signs. Empty before the start (nobody is late). Past one hour the decision
    depends on a transport operator's certificate: the question is then asked outright, with
    no answer chosen, and nothing is recorded by default until the invigilator answers.
    """

    changed = Signal()

    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = AlertLabel()
        layout.addWidget(self.label)

        self.question_box = QFrame()
        self.question_box.setObjectName("transportQuestion")
        self.question_box.setStyleSheet(
            "QFrame#transportQuestion { border: 2px solid #6b4a00; border-radius: 4px; }"
        )
        question_layout = QVBoxLayout(self.question_box)
        self.question = QLabel(
            self.tr(
                "Le candidat présente-t-il un justificatif de retard d'un organisme de transport ?"
            )
        )
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 12pt; font-weight: 700;")
        question_layout.addWidget(self.question)
        answers = QHBoxLayout()
        self.proof = QRadioButton(self.tr("Oui, &justificatif présenté"))
        self.proof.setAccessibleName(self.tr("Justificatif de transport présenté"))
        self.no_proof = QRadioButton(self.tr("Non, pa&s de justificatif"))
        self.no_proof.setAccessibleName(self.tr("Pas de justificatif de transport"))
        self.answers = QButtonGroup(self)
        for button in (self.proof, self.no_proof):
            self.answers.addButton(button)
            answers.addWidget(button)
        answers.addStretch(1)
        question_layout.addLayout(answers)
        self.reminder = AlertLabel()
        question_layout.addWidget(self.reminder)
        layout.addWidget(self.question_box)

        self.started = session.state.started_at is not None
        self.asks_proof = self.started and session.entry_decision().reason in PROOF_REASONS
        self.question_box.setVisible(self.asks_proof)
        self.proof.toggled.connect(self.refresh)
        self.no_proof.toggled.connect(self.refresh)
        self.refresh()

    def decision(self) -> Decision | None:
        if not self.started:
            return None
        return self.session.entry_decision(transport_proof=self.proof.isChecked())

    def allowed(self) -> bool:
        decision = self.decision()
        return decision is None or decision.allowed

    def awaiting_answer(self) -> bool:
        """The certificate question is asked and not answered yet."""
        return self.asks_proof and self.answers.checkedButton() is None

    def question_now_needed(self) -> bool:
        """Whether the clock has moved past the free late entry since the dialog opened, so that
        the rules now ask the certificate question: then it is shown, and nothing is to be
        recorded until it is answered (True)."""
        if self.asks_proof or not self.started:
            return False
        if self.session.entry_decision().reason not in PROOF_REASONS:
            return False
        self.asks_proof = True
        self.question_box.setVisible(True)
        self.refresh()
        self.ask()
        return True

    def ask(self) -> None:
        """Point at the unanswered question (Enter pressed before answering)."""
        self.reminder.show_message(
            "warning",
            self.tr("Répondez d'abord : justificatif de transport présenté ou non ?"),
        )
        self.proof.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        decision = self.decision()
        if not self.awaiting_answer():
            self.reminder.clear_message()
        if decision is None:
            self.label.clear_message()
        elif self.awaiting_answer():
            self.label.show_message(
                "warning",
                self.tr(
                    "ENTRÉE POSSIBLE UNIQUEMENT SUR JUSTIFICATIF DE TRANSPORT : retard de plus "
                    "d'une heure, demandez au candidat son justificatif."
                ),
            )
        elif decision.allowed:
            self.label.show_message("warning", self.tr("Entrée en retard : %s.") % decision.text())
        else:
            self.label.show_message("error", self.tr("ENTRÉE REFUSÉE : %s.") % decision.text())
        self.changed.emit()


class ScrollingPart(QScrollArea):
    """A dialog's upper part, whole when the screen has room, scrolling when it has not.

    Its size hint is the whole content, so the dialog grows to show it all; its minimum is a
    few lines, so on a short screen this part gives way and the parts below (the signature,
    the buttons) stay on screen.
    """

    MINIMUM_LINES = 4

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.installEventFilter(self)

    def _content_height(self, width: int) -> int:
        content = self.widget()
        if content.hasHeightForWidth():
            return content.heightForWidth(width)
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        width = max(self.viewport().width(), content.width())
        return QSize(content.width(), self._content_height(width))

    def minimumSizeHint(self) -> QSize:
        content = self.widget().minimumSizeHint()
        lines = self.fontMetrics().height() * self.MINIMUM_LINES
        width = content.width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(lines, self.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a message appeared in the content: ask for room
        return super().eventFilter(watched, event)


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
    screen = usable_area(dialog)
    frame = dialog.frameGeometry().height() - dialog.height()
    needed = min(needed, screen.height() - frame)
    if dialog.minimumHeight() != needed:
        dialog.setMinimumHeight(needed)
    if dialog.height() < needed:
        dialog.resize(width, needed)
    bottom = dialog.frameGeometry().bottom()
    if bottom > screen.bottom():
        dialog.move(dialog.x(), max(screen.top(), dialog.y() - (bottom - screen.bottom())))


def usable_area(widget: QWidget) -> QRect:
    """Where a dialog may go on its screen: the available area, less a taskbar's room."""
    screen = widget.screen()
    return screen.availableGeometry().intersected(
        screen.geometry().adjusted(0, 0, 0, -TASKBAR_ROOM)
    )


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
    record the refusal otherwise. While the transport certificate question is unanswered,
    neither is the default: Enter asks the question instead of recording a refusal. The dialog
    has `late`, `refuse`, `confirm`, `signature`, `id_check`."""
    allowed = dialog.late.allowed()
    dialog.refuse.setVisible(not allowed)
    dialog.confirm.setVisible(allowed)
    dialog.signature.setVisible(allowed)
    dialog.id_check.setVisible(allowed)
    # Only the defaults set here: Qt would otherwise make the first button the default when
    # the dialog opens, even while the certificate question is unanswered.
    dialog.refuse.setAutoDefault(False)
    dialog.confirm.setAutoDefault(False)
    awaiting = dialog.late.awaiting_answer()
    default = None if awaiting else dialog.confirm if allowed else dialog.refuse
    for button in (dialog.confirm, dialog.refuse):
        button.setDefault(button is default)
    # Nor can it be clicked (or Alt+R): a refusal nobody decided would stay in the record.
    dialog.refuse.setEnabled(not awaiting)


def press_default(dialog: Any) -> None:
    """Enter in a check-in dialog: the outcome the rules leave, once the question is answered."""
    if dialog.late.awaiting_answer():
        dialog.late.ask()
    elif dialog.refuse.isVisible():
        dialog.refuse.click()
    else:
        dialog.confirm.click()


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


def signature_problem(dialog: Any, signature: Signature, empty: str = "") -> str:
    """What is wrong with a candidate's signature ("" when nothing): none, or too little ink.

    `empty` is the dialog's own message for no ink at all."""
    # Translated under one context of their own: `dialog.tr` would look them up under each
    # dialog's class, where lupdate does not file them.
    if not signature.has_ink:
        return empty or QCoreApplication.translate(
            "Signature", "La signature est vide : faites signer le candidat."
        )
    if signature.is_empty:
        return QCoreApplication.translate(
            "Signature", "La signature est trop courte : faites signer le candidat."
        )
    return ""


def signed_or_report(dialog: Any, problem: str) -> Signature | None:
    """The candidate's signature once the form is complete; None after saying what is missing."""
    if problem:
        dialog.error.show_message("error", problem)
        return None
    signature = dialog.signature.signature()
    problem = signature_problem(dialog, signature)
    if problem:
        dialog.signature.report(dialog.error, problem)
        return None
    return signature


def full_stop(text: str) -> str:
    """End a sentence once: a name or a list may already end with '.' or '…'."""
    return text if text.endswith((".", "…", "!", "?")) else text + "."
