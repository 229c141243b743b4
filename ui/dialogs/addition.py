"""A candidate missing from the list, added in the room (4.2) and checked in at once.

After the start, the late-entry rules decide first, exactly as for a listed candidate: the
candidate signs only when admitted; when refused, the refusal records who was turned away.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.errors import CommandRefused, InvigilatorError
from invigilator.model import Candidate
from invigilator.room.session import local_time
from invigilator.room.state import CandidateState
from invigilator.rules import Reason
from ui.bridge import SessionBridge, run_in_dialog
from ui.widgets.alert_label import AlertLabel
from ui.widgets.dialog_parts import (
    add_entry_parts,
    entry_key,
    full_stop,
    keep_fitted,
    show_entry_decision,
    signed_or_report,
)
from ui.widgets.domain_text import error_text
from ui.widgets.labels import added_mark, decision_text


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
                    "son inscription.") % added_mark(),
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
            # Enter in a field moves on to the next empty one (see eventFilter).
            widget.installEventFilter(self)
        self.fields = (self.student_id, self.last_name, self.first_name, self.reason)
        layout.addLayout(form)
        # What the list knows of the number typed (issue #11): on this room's list, the
        # ordinary check-in; expected in another room, an explicit decision with its reason.
        self.known = AlertLabel()
        layout.addWidget(self.known)
        self.elsewhere = QWidget()
        elsewhere = QFormLayout(self.elsewhere)
        elsewhere.setContentsMargins(0, 0, 0, 0)
        self.admit_here = QCheckBox(
            self.tr("L'a&ccueillir dans cette salle (décision de la salle)")
        )
        self.admit_here.setAccessibleName(self.tr("Accueillir dans cette salle"))
        self.decision_reason = QLineEdit()
        self.decision_reason.setAccessibleName(self.tr("Motif de la décision"))
        self.decision_reason.setPlaceholderText(self.tr("ex. envoyé(e) par le service des examens"))
        self.decision_reason.installEventFilter(self)
        elsewhere.addRow(self.admit_here)
        caption = QLabel(self.tr("Motif de la &décision :"))
        caption.setBuddy(self.decision_reason)
        elsewhere.addRow(caption, self.decision_reason)
        self.elsewhere.hide()
        layout.addWidget(self.elsewhere)
        # After the start, the late-entry rules decide before anyone signs (4.1).
        add_entry_parts(self, layout, bridge.session, bridge.remembered,
                        self.tr("Signature du candidat (émargement)"))  # fmt: skip
        buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("&Ajouter et faire émarger"))
        self.confirm.setAccessibleName(self.tr("Ajouter et faire émarger"))
        self.refuse = QPushButton(self.tr("Enregistrer le &refus"))
        self.refuse.setAccessibleName(self.tr("Enregistrer le refus d'entrée"))
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler l'ajout"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.refuse, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self.commit)
        self.refuse.clicked.connect(self.record_refusal)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.late.changed.connect(self._update_decision)
        self.student_id.textChanged.connect(self._on_number)
        keep_fitted(self)
        self._update_decision()
        self._on_number(student_id)
        self.first_focus = self.last_name if student_id else self.student_id
        if not self.elsewhere.isHidden():
            self.first_focus = self.admit_here

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter adds and checks in (or records the refusal), wherever the focus is; while the
        transport certificate question is unanswered, it asks the question instead."""
        if not entry_key(self, event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a field goes to the next empty field; the form is sent once none is left.

        Typing the last name then Enter must lead to the first name, not to an error about it.
        """
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QLineEdit)
            and watched in self.fields
            and _is_enter(event)
        ):
            following = self._next_empty_field(watched)
            if following is not None:
                following.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _next_empty_field(self, current: QLineEdit) -> QLineEdit | None:
        """The first empty field after `current`, wrapping round; None when only `current`
        may be empty (Enter then sends the form, which says what is missing)."""
        index = self.fields.index(current)
        for field in self.fields[index + 1 :] + self.fields[:index]:
            if not field.text().strip():
                return field
        return None

    def _update_decision(self) -> None:
        show_entry_decision(self)

    def listed(self) -> CandidateState | None:
        """The candidate of this room's list with the number typed, if any."""
        return self.bridge.state.candidates.get(self.student_id.text().strip())

    def expected_elsewhere(self) -> Candidate | None:
        return self.bridge.state.others.get(self.student_id.text().strip())

    def _on_number(self, text: str) -> None:
        entry, other = self.listed(), self.expected_elsewhere()
        self.elsewhere.setVisible(other is not None)
        if entry is not None and entry.has_entered:
            self.known.show_message("warning", self.tr("%s a déjà émargé à %s.") % (
                entry.candidate.display_name, local_time(entry.entered_at)))  # type: ignore[arg-type]  # fmt: skip
        elif entry is not None:
            self.known.show_message("info", self.tr(
                "Ce numéro est celui de %s, sur la liste de cette salle : Entrée ouvre son "
                "émargement ordinaire, avec ce qui est déjà saisi.") % entry.candidate.display_name
            )  # fmt: skip
        elif other is not None:
            self.known.show_message("error", self.tr(
                "%s (%s) est attendu(e) en salle %s : indiquez-lui sa salle, ou décidez de "
                "l'accueillir ici, avec le motif.") % (other.display_name, other.student_id,
                                                      other.room))  # fmt: skip
            for field, value in ((self.last_name, other.last_name),
                                 (self.first_name, other.first_name)):  # fmt: skip
                if not field.text().strip():
                    field.setText(value)
        else:
            self.known.clear_message()

    def _to_check_in(self, entry: CandidateState) -> None:
        """A number on this room's list (issue #11): that candidate's ordinary check-in, with
        the signature and the ID choice already made; or say they signed. Nothing recorded."""
        if entry.has_entered:
            self.error.show_message("error", self.tr(
                "%s a déjà émargé à %s : rien n'a été enregistré.") % (
                entry.candidate.display_name, local_time(entry.entered_at)))  # type: ignore[arg-type]  # fmt: skip
            return
        window = self.parent()
        signature, choice = self.signature.signature(), self.id_check.choice()
        detail = self.id_check.detail.text()
        self.reject()
        window.open_entry(entry.student_id)  # type: ignore[attr-defined]
        dialog = window.active_dialog  # type: ignore[attr-defined]
        if dialog is not None and hasattr(dialog, "id_check"):
            dialog.id_check.choose(choice)
            dialog.id_check.detail.setText(detail)
            if signature.has_ink:
                dialog.signature.pad.load(signature)

    def candidate(self) -> Candidate:
        return Candidate(
            self.student_id.text().strip(),
            self.last_name.text().strip(),
            self.first_name.text().strip(),
        )

    def _identity_problem(self) -> str:
        c = self.candidate()
        if not c.student_id:
            return self.tr("Indiquez le numéro d'auditeur.")
        if not c.last_name or not c.first_name:
            return self.tr("Indiquez le nom et le prénom.")
        return ""

    def _elsewhere_problem(self) -> str:
        if self.expected_elsewhere() is None:
            return ""
        if not self.admit_here.isChecked():
            return self.tr("Attendu(e) dans une autre salle : cochez « L'accueillir dans cette "
                           "salle » pour en décider, ou indiquez-lui sa salle.")  # fmt: skip
        if not self.decision_reason.text().strip():
            return self.tr("Indiquez le motif de la décision de l'accueillir ici.")
        return ""

    def commit(self) -> None:
        if self.late.question_now_needed():  # opened before the free late entry ended
            self._update_decision()
            return
        entry = self.listed()
        if entry is not None:
            self._to_check_in(entry)
            return
        signature = signed_or_report(
            self,
            self._identity_problem() or self._elsewhere_problem() or self.id_check.problem(),
        )
        if signature is None:
            return
        session = self.bridge.session
        candidate = self.candidate()
        try:
            change = self.bridge.run(
                session.add_candidate, candidate, reason=self.reason.text(),
                id_document=self.id_check.document_name(), signature=signature,
                transport_proof=self.proof.isChecked(),
                elsewhere_decision=self.decision_reason.text() if self.admit_here.isChecked()
                else "",
            )  # fmt: skip
        except CommandRefused as refusal:
            self.finished_with.emit("error", self.tr("Refus enregistré. %s") % error_text(refusal))
            self.reject()
            return
        except InvigilatorError as error:
            self.error.show_message("error", error_text(error))
            return
        entry = session.state.candidates.get(candidate.student_id)
        time = local_time(entry.entered_at) if entry and entry.entered_at else "—"
        decision = change.decision
        if decision is not None and decision.reason is not Reason.ON_TIME:
            # Late, as the row says, and why the rules admitted them, as the check-in says.
            why = decision_text(decision)
            message = self.tr("%s ajouté(e) en salle, entré(e) en retard à %s — à vérifier.") % (
                candidate.display_name, time) + " " + full_stop(why[:1].upper() + why[1:])  # fmt: skip
        else:
            message = self.tr("%s ajouté(e) en salle, a émargé à %s — à vérifier.") % (
                candidate.display_name, time)  # fmt: skip
        self.finished_with.emit("ok", message)
        self.accept()

    def record_refusal(self) -> None:
        if self.late.question_now_needed():  # opened before the free late entry ended
            self._update_decision()
            return
        entry = self.listed()
        if entry is not None:
            self._to_check_in(entry)
            return
        problem = self._identity_problem()
        if problem:
            self.error.show_message("error", problem)
            return
        candidate = self.candidate()
        change = run_in_dialog(
            self, self.bridge.session.refuse_entry, candidate.student_id, addition=candidate,
            reason=self.reason.text(), transport_proof=self.proof.isChecked(),
            recording_refusal=True,
        )  # fmt: skip
        if change is not None:
            self.accept()
        elif self.isVisible():  # an input error, shown: the decision may have moved on
            self.late.refresh()

    @property
    def proof(self) -> QRadioButton:
        return self.late.proof

    @property
    def decision_label(self) -> AlertLabel:
        return self.late.label


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
