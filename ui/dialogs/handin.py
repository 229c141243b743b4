"""Leaving the room: temporary exit and hand-in of the paper (4.3, 4.4)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from invigilator.room.state import CandidateState
from ui.bridge import SessionBridge, run_in_dialog
from ui.widgets.alert_label import AlertLabel
from ui.widgets.dialog_parts import (
    SignatureField,
    confirm_buttons,
    full_stop,
    keep_fitted,
    signature_problem,
)
from ui.widgets.labels import decision_text

# More intercalary sheets than this for one paper is asked again: a slip of the keyboard
# (a "3" typed after the "1" already there) is far likelier than a 21-sheet paper.
PLAUSIBLE_SHEETS = 20


class SheetCountBox(QSpinBox):
    """A count that typing replaces: the whole value is selected whenever the box gets the
    focus from the keyboard or the program (a click still places the cursor)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


class _LeaveDialog(QDialog):
    finished_with = Signal(str, str)
    definitive = False

    def __init__(
        self, bridge: SessionBridge, entry: CandidateState, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.entry = entry
        self.layout_ = QVBoxLayout(self)
        name = QLabel(
            f"{entry.candidate.last_name.upper()} {entry.candidate.first_name} — {entry.student_id}"
        )
        name.setStyleSheet("font-size: 15pt; font-weight: 700;")
        self.layout_.addWidget(name)
        self.decision_label = AlertLabel()
        self.layout_.addWidget(self.decision_label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.emergency = QCheckBox(self.tr("Sortie d'&urgence (malaise…)"))
        self.emergency.setAccessibleName(self.tr("Sortie d'urgence"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note justifiant l'urgence"))
        hint = self.tr("Note obligatoire en cas d'urgence")
        self.note.setPlaceholderText(hint)
        self.note.setToolTip(hint)
        # The whole hint readable, with room for the margins and the frame.
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance(hint) + 32)
        self.emergency.toggled.connect(self._on_emergency)

    def _finish_layout(self, confirm_text: str) -> None:
        self.form.addRow("", self.emergency)
        self.form.addRow(self.tr("Note :"), self.note)
        self.error = AlertLabel()
        self.layout_.addWidget(self.error)
        self.confirm = confirm_buttons(self, confirm_text, confirm_text.replace("&", ""))
        self.confirm.setDefault(True)
        keep_fitted(self)

    def _on_emergency(self, checked: bool) -> None:
        self._show_preview()
        if checked:
            self.note.setFocus(Qt.FocusReason.OtherFocusReason)  # the note is what is missing

    def _show_preview(self) -> None:
        session = self.bridge.session
        if session.state.started_at is None:
            self.decision_label.show_message("error", self.tr("L'épreuve n'a pas commencé."))
            return
        if self.emergency.isChecked():
            # Allowed at any time (4.3), which is why the rules want it justified in writing.
            self.decision_label.show_message("warning", self.emergency_text())
            self._keep_room()
            return
        elapsed, now = session.elapsed(), session.clock.now()
        ended = elapsed is not None and elapsed >= session.state.shown_end_of(self.entry, now)
        if self.definitive and ended:
            self.decision_label.show_message(
                "ok", self.tr("Fin de l'épreuve pour ce candidat : remise de la copie.")
            )
            return
        decision = session.exit_preview(self.entry.student_id, definitive=self.definitive)
        start = session.state.moment_of(timedelta(0), session.clock.now())
        kind = "ok" if decision.allowed else "error"
        self.decision_label.show_message(kind, full_stop(_sentence(decision_text(decision, start))))
        self._keep_room()

    def emergency_text(self) -> str:
        return self.tr(
            "Sortie d'urgence : autorisée à tout moment, mais le règlement exige "
            "de la justifier : décrivez l'urgence dans la note."
        )

    def _keep_room(self) -> None:
        """The decision line as tall as the tallest it can become when "Sortie d'urgence" is
        ticked or unticked: the fields under it never move while the note is typed (#11.14)."""
        label = self.decision_label
        width = label.width() if label.width() > 50 else self.sizeHint().width()
        texts = [(label.kind, label.text()[3:]), ("warning", self.emergency_text())]
        label.setMinimumHeight(max(label.height_for(kind, text, width) for kind, text in texts))

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if self.decision_label.kind:
            self._keep_room()

    def _run(self, command, *args, **kwargs) -> None:  # noqa: ANN001
        if run_in_dialog(self, command, *args, **kwargs) is None:
            return
        self.finished_with.emit("ok", self.done_message())
        self.accept()

    def done_message(self) -> str:
        return ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.confirm.click()
            return
        super().keyPressEvent(event)

    def commit(self) -> None:
        raise NotImplementedError


class ExitDialog(_LeaveDialog):
    def __init__(
        self, bridge: SessionBridge, entry: CandidateState, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, entry, parent)
        self.setWindowTitle(self.tr("Sortie temporaire"))
        self.setAccessibleName(self.tr("Sortie temporaire"))
        self.escort = QComboBox()
        self.escort.addItems(bridge.state.invigilators)
        # In an emergency, a person from outside (nurse, firefighter) may be typed (issue #9).
        self.escort.setEditable(True)
        self.escort.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.escort.setToolTip(
            self.tr("Un surveillant présent ; en urgence, ou le nom d'une personne extérieure")
        )
        self.escort.setAccessibleName(self.tr("Surveillant qui accompagne"))
        self.form.addRow(self.tr("&Accompagné(e) par :"), self.escort)
        self._finish_layout(self.tr("&Enregistrer la sortie"))
        self._show_preview()
        self.first_focus = self.escort

    def done_message(self) -> str:
        return self.tr("%s est sorti(e) temporairement.") % self.entry.candidate.display_name

    def commit(self) -> None:
        self._run(
            self.bridge.session.temporary_exit, self.entry.student_id,
            escort=self.escort.currentText(), emergency=self.emergency.isChecked(),
            note=self.note.text(),
            escort_outside=self.escort.currentText().strip() not in self.bridge.state.invigilators,
        )  # fmt: skip


class HandInDialog(_LeaveDialog):
    definitive = True

    def __init__(
        self, bridge: SessionBridge, entry: CandidateState, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, entry, parent)
        self.setWindowTitle(self.tr("Remise de la copie"))
        self.setAccessibleName(self.tr("Remise de la copie"))
        self.sheets = SheetCountBox()
        self.sheets.setRange(0, 50)
        self.sheets.setValue(1)
        self.sheets.setAccessibleName(self.tr("Nombre d'intercalaires"))
        self.blank = QCheckBox(self.tr("Copie &blanche"))
        self.blank.setAccessibleName(self.tr("Copie blanche"))
        self.form.addRow(self.tr("&Intercalaires :"), self.sheets)
        self.form.addRow("", self.blank)
        self.blank.toggled.connect(self._on_blank)
        self.signature = SignatureField(self.tr("Signature du candidat (remise de copie)"))
        self.layout_.addWidget(self.signature)
        self._finish_layout(self.tr("&Valider la remise"))
        self._show_preview()
        self.first_focus = self.sheets
        # An unusual count the invigilator has confirmed; any other count is asked again.
        self.confirmed_sheets: int | None = None

    def _on_blank(self, blank: bool) -> None:
        # A blank paper is one sheet with nothing inside: the count shown by default (1)
        # would add an intercalary sheet to the room's totals that nobody handed in.
        if blank and self.sheets.value() == 1:
            self.sheets.setValue(0)

    def done_message(self) -> str:
        name = self.entry.candidate.display_name
        sheets = self.sheets.value()
        if self.blank.isChecked():
            return full_stop(self.tr("Copie blanche rendue : %s") % name)
        if sheets <= 1:  # French: "0 intercalaire", "1 intercalaire"
            return self.tr("Copie rendue : %s (%d intercalaire).") % (name, sheets)
        return self.tr("Copie rendue : %s (%d intercalaires).") % (name, sheets)

    def commit(self) -> None:
        signature = self.signature.signature()
        problem = signature_problem(
            self, signature, empty=self.tr("La signature de remise est vide.")
        )
        if problem:
            self.signature.report(self.error, problem)
            return
        sheets = self.sheets.value()
        if sheets > PLAUSIBLE_SHEETS and sheets != self.confirmed_sheets:
            self._ask_about_sheets(sheets)
            return
        self._run(
            self.bridge.session.hand_in, self.entry.student_id, sheets=sheets,
            blank=self.blank.isChecked(), signature=signature,
            emergency=self.emergency.isChecked(), note=self.note.text(),
        )  # fmt: skip

    def _ask_about_sheets(self, sheets: int) -> None:
        """An unusual count is confirmed or corrected; Enter corrects (a reflex Enter must
        not record 31 sheets)."""
        from ui.widgets.questions import confirm

        def confirmed() -> None:
            self.confirmed_sheets = sheets
            self.commit()

        confirm(
            self, self.tr("Nombre d'intercalaires inhabituel"),
            self.tr("%d intercalaires pour une seule copie : est-ce bien le nombre compté ?")
            % sheets,
            confirmed, default_yes=False, warning=True,
            yes_text=self.tr("C&onfirmer %d intercalaires") % sheets,
            no_text=self.tr("&Corriger le nombre"), on_no=self._retype_sheets,
        )  # fmt: skip

    def _retype_sheets(self) -> None:
        """Back in the count, selected: the right number is typed straight over it."""
        self.sheets.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sheets.selectAll()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
