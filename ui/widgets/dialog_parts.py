"""Small pieces shared by the dialogs: the ID check and the signature field."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from invigilator.model import Signature
from invigilator.room.commands import ID_NONE, ID_OTHER, id_document_text
from invigilator.room.session import ID_DOCUMENTS
from invigilator.rules import Decision, Reason
from ui.widgets.alert_label import AlertLabel
from ui.widgets.labels import decision_text
from ui.widgets.signature_pad import SignaturePad

if TYPE_CHECKING:
    from invigilator.room.session import RoomSession

PROOF_REASONS = {Reason.LATE_NEEDS_TRANSPORT_PROOF, Reason.LATE_ADMITTED_WITH_PROOF}

# Kept free at the bottom of the screen for a taskbar: some window managers do not report it
# in the available geometry, and a dialog's buttons then end up underneath.
TASKBAR_ROOM = 48


SCANNER_GAP = 0.05  # seconds between two digits: closer than this, a scanner typed them
# The ID choices, keyed 1 to 6 (issue #11: the ID check is a decision, made by a key).
ID_CHOICES = (*ID_DOCUMENTS, ID_OTHER, ID_NONE)
ID_LABELS = {
    "carte d'identité": QT_TRANSLATE_NOOP("IdCheck", "carte d'identité"),
    "passeport": QT_TRANSLATE_NOOP("IdCheck", "passeport"),
    "titre de séjour": QT_TRANSLATE_NOOP("IdCheck", "titre de séjour"),
    "permis de conduire": QT_TRANSLATE_NOOP("IdCheck", "permis de conduire"),
    ID_OTHER: QT_TRANSLATE_NOOP("IdCheck", "autre (préciser)"),
    ID_NONE: QT_TRANSLATE_NOOP("IdCheck", "sans pièce d'identité"),
}


class IdCheck(QWidget):
    """Which original document the candidate showed: one key (1 to 6) chooses it.

    The usual document (the last ordinary one chosen) comes chosen, and the confirm button
    names it, so that with a scanner a check-in stays scan, sign, confirm; the decision is
    the invigilator's, in words, on the button they press. "Autre" asks which; "sans pièce
    d'identité" (a photocopy, a phone picture, nothing) asks what was decided and why: the
    candidate is admitted, flagged for the exam office and named in the procès-verbal.
    """

    changed = Signal()

    def __init__(self, memory: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        """`memory` keeps the usual document from one check-in to the next (the window's)."""
        super().__init__(parent)
        self.memory = memory if memory is not None else {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        # Two rows, as high as the combo box and the tick box they replace: on a short screen
        # the signature pad and the buttons stay in view.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.caption = QLabel(self.tr("Pièce originale vue\n(touches 1 à 6) :"))
        self.caption.setStyleSheet("font-weight: 600;")
        grid.addWidget(self.caption, 0, 0, 2, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for index, code in enumerate(ID_CHOICES):
            button = QRadioButton(f"&{index + 1} {self.tr(ID_LABELS[code])}")
            button.setAccessibleName(self.tr(ID_LABELS[code]))
            self.group.addButton(button, index)
            self.buttons[code] = button
            grid.addWidget(button, index // 4, 1 + index % 4)
        # Always there, enabled when it asks something: the pad below does not move.
        self.detail = QLineEdit()
        self.detail.setAccessibleName(self.tr("Précision sur la pièce d'identité"))
        grid.addWidget(self.detail, 1, 3, 1, 2)
        layout.addLayout(grid)
        self.note = AlertLabel()
        layout.addWidget(self.note)
        usual = self.memory.get("id_document", ID_DOCUMENTS[0])
        self.document = self.buttons[usual]  # where the focus goes first
        self._last_digit = (0.0, usual)  # (when, the choice before a burst of digits)
        self.document.setChecked(True)
        self.group.idToggled.connect(lambda _id, on: on and self._on_choice())
        self.detail.textChanged.connect(lambda _: self.changed.emit())
        self._on_choice()

    def choice(self) -> str:
        return ID_CHOICES[max(self.group.checkedId(), 0)]

    def choose(self, code: str) -> None:
        self.buttons[code].setChecked(True)

    def choose_key(self, key: int) -> bool:
        """Digits 1 to 6 choose a document; True when the key was a digit.

        Digits faster than a hand types are a barcode scanner's (the next card scanned while
        this dialog is open): they choose nothing, and the choice made before them stays."""
        if not Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
            return False
        now = time.monotonic()
        burst = now - self._last_digit[0] < SCANNER_GAP
        before = self._last_digit[1] if burst else self.choice()
        self._last_digit = (now, before)
        index = key - Qt.Key.Key_1.value
        if burst:
            self.choose(before)
        elif 0 <= index < len(ID_CHOICES):
            self.choose(ID_CHOICES[index])
        return True

    def _on_choice(self) -> None:
        code = self.choice()
        self.detail.setEnabled(code in (ID_OTHER, ID_NONE))
        if code == ID_OTHER:
            self.detail.setPlaceholderText(
                self.tr("Quelle pièce ? (ex. carte d'étudiant avec photo)")
            )
            self.note.clear_message()
        elif code == ID_NONE:
            self.detail.setPlaceholderText(
                self.tr("Décision et motif (ex. identité confirmée par l'enseignant)")
            )
            self.note.show_message("warning", self.tr(
                "Sans pièce d'identité originale (le règlement en exige une) : le candidat compose "
                "par décision de la salle, signalé au service des examens et noté au "
                "procès-verbal. Indiquez la décision et son motif."
            ))  # fmt: skip
        else:
            self.note.clear_message()
        if code in (ID_OTHER, ID_NONE):
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def problem(self) -> str:
        code = self.choice()
        if code == ID_OTHER and not self.detail.text().strip():
            return self.tr("Précisez la pièce d'identité présentée.")
        if code == ID_NONE and not self.detail.text().strip():
            return self.tr("Sans pièce d'identité : indiquez ce qui a été décidé et pourquoi.")
        return ""

    def document_name(self) -> str:
        """What the record says (French: the document's own words), once `problem()` is ""."""
        code = self.choice()
        if code in ID_DOCUMENTS:
            self.memory["id_document"] = code
        return id_document_text(code, self.detail.text())

    def confirm_text(self) -> str:
        """The confirm button's words: the decision it records."""
        code = self.choice()
        if code == ID_NONE:
            return self.tr("&Valider — sans pièce d'identité")
        if code == ID_OTHER:
            return self.tr("&Valider — autre pièce")
        return self.tr("&Valider — original vu : %s") % self.tr(ID_LABELS[code])


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
            self.label.show_message(
                "warning", self.tr("Entrée en retard : %s.") % decision_text(decision)
            )
        else:
            self.label.show_message(
                "error", self.tr("ENTRÉE REFUSÉE : %s.") % decision_text(decision)
            )
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


def add_entry_parts(dialog: Any, layout: Any, session: Any, remembered: Any, title: str) -> None:
    """A check-in's parts, in their order, as `dialog.late` (the rules' late-entry decision,
    before anyone signs: 4.1), `.id_check`, `.signature` (titled `title`) and `.error`."""
    dialog.late = LateEntryCheck(session)
    layout.addWidget(dialog.late)
    dialog.id_check = IdCheck(remembered)
    layout.addWidget(dialog.id_check)
    dialog.signature = SignatureField(title)
    layout.addWidget(dialog.signature)
    dialog.error = AlertLabel()
    layout.addWidget(dialog.error)


def entry_key(dialog: Any, event: Any) -> bool:
    """The keys a check-in or hand-addition dialog answers wherever the focus is: Enter gives
    the outcome the rules leave (press_default), 1 to 6 the ID document seen. True if used."""
    from PySide6.QtCore import Qt

    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
        press_default(dialog)
        return True
    if not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and dialog.id_check.isVisible():
        return bool(dialog.id_check.choose_key(event.key()))  # 1 to 6: the document seen
    return False


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
