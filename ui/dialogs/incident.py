"""An incident for the procès-verbal; a fraud report signed and countersigned (4.6.2)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from invigilator.room.commands import (
    CUSTODY_MODES,
    FRAUD_NATURES,
    INCIDENT_CATEGORIES,
    local_time,
)
from invigilator.room.record_entries import INSIDE
from ui.bridge import SessionBridge, run_in_dialog
from ui.widgets.alert_label import AlertLabel
from ui.widgets.dialog_parts import usable_area
from ui.widgets.record_widgets import CandidatePicker, SignatureBox

# The order of the list; the labels are the screen's, the codes the domain's.
CATEGORY_LABELS = {
    "fraude": QT_TRANSLATE_NOOP("IncidentDialog", "Fraude ou tentative de fraude"),
    "refus_de_rendre": QT_TRANSLATE_NOOP("IncidentDialog", "Refus de rendre la copie"),
    "malaise": QT_TRANSLATE_NOOP("IncidentDialog", "Malaise"),
    "perturbation": QT_TRANSLATE_NOOP("IncidentDialog", "Perturbation"),
    "autre": QT_TRANSLATE_NOOP("IncidentDialog", "Autre incident"),
}
assert set(CATEGORY_LABELS) == set(INCIDENT_CATEGORIES)
# The fraud report's nature and the seized items' custody (4.6.2): the domain's codes.
NATURE_LABELS = {
    "communication": QT_TRANSLATE_NOOP("IncidentDialog", "Communication"),
    "document": QT_TRANSLATE_NOOP("IncidentDialog", "Document ou matériel non autorisé"),
    "substitution": QT_TRANSLATE_NOOP("IncidentDialog", "Substitution de personne"),
    "autre": QT_TRANSLATE_NOOP("IncidentDialog", "Autre"),
}
CUSTODY_LABELS = {
    "saisi": QT_TRANSLATE_NOOP("IncidentDialog", "saisis"),
    "photographie": QT_TRANSLATE_NOOP("IncidentDialog", "photographiés"),
    "rendu": QT_TRANSLATE_NOOP("IncidentDialog", "rendus à la fin de l'épreuve"),
}
assert set(NATURE_LABELS) == set(FRAUD_NATURES) and set(CUSTODY_LABELS) == set(CUSTODY_MODES)
# The size wanted, within the screen: the fraud report is wide (its pads beside the form).
FRAUD_WIDTH, OTHER_WIDTH, WANTED_HEIGHT = 1280, 760, 700
DESCRIPTION_MAX_HEIGHT, PICKER_MAX_HEIGHT = 96, 124
# Screens narrower than this stack the invigilators' pads: each keeps its full width.
PADS_SIDE_BY_SIDE_FROM = 1200


class Countersign(QWidget):
    """One candidate's countersignature of the fraud report, or their refusal to sign."""

    def __init__(self, student_id: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.student_id = student_id
        self.name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.box = SignatureBox(name, self.tr("Contreseing de %s") % name)
        self.refused = QCheckBox(self.tr("%s refuse de contresigner") % name)
        self.refused.setAccessibleName(self.tr("%s refuse de contresigner") % name)
        self.refused.toggled.connect(self._on_refused)
        layout.addWidget(self.box)
        layout.addWidget(self.refused)

    def _on_refused(self, refused: bool) -> None:
        if refused:
            self.box.pad.clear()
        self.box.setEnabled(not refused)


class IncidentDialog(QDialog):
    """Committed at once on 'Enregistrer'; `finished_with` carries (kind, message)."""

    finished_with = Signal(str, str)

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QWidget | None = None,
        *,
        category: str = "fraude",
        candidates: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        state = bridge.state
        self.setWindowTitle(self.tr("Incident"))
        self.setAccessibleName(self.tr("Enregistrer un incident"))
        layout = QVBoxLayout(self)

        self.reminder = AlertLabel()
        layout.addWidget(self.reminder)
        # What happened and the signatures, side by side, in a page that scrolls only when
        # the screen is too small for it (1024×600): the banner, the error and the buttons
        # stay outside it, always in sight (review of #11.16).
        self.page = QScrollArea()
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        body = QHBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        self.page.setWidget(page)
        layout.addWidget(self.page, 1)

        # What happened, and who.
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: wider fields
        body.addLayout(left, 5)
        self.category = QComboBox()
        for code, label in CATEGORY_LABELS.items():
            self.category.addItem(self.tr(label), code)
        self.category.setAccessibleName(self.tr("Catégorie de l'incident"))
        left.addRow(self._label(self.tr("&Catégorie :"), self.category), self.category)
        self.picker = CandidatePicker(state, entry_closed=bridge.session.entry_closed())
        left.addRow(self._label(self.tr("Candidats &mis en cause :"), self.picker.search),
                    self.picker)  # fmt: skip
        # The list scrolls inside itself: it never pushes the fraud details out of sight.
        self.picker.list.setMaximumHeight(PICKER_MAX_HEIGHT)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description de l'incident"))
        self.description.setPlaceholderText(
            self.tr("Ce qui s'est passé, à quelle heure, ce qui a été fait.")
        )
        # A few lines in sight; a longer account scrolls inside the field, never the dialog.
        self.description.setMinimumHeight(60)
        self.description.setMaximumHeight(DESCRIPTION_MAX_HEIGHT)
        left.addRow(self._label(self.tr("&Description :"), self.description), self.description)
        self.seized = QLineEdit()
        self.seized.setAccessibleName(self.tr("Documents ou matériel saisis"))
        self.seized.setPlaceholderText(self.tr("Rien de saisi : laisser vide"))
        left.addRow(self._label(self.tr("Documents ou matériel &saisis :"), self.seized),
                    self.seized)  # fmt: skip
        self.fraud_details = self._fraud_details(state.invigilators)
        left.addRow(self.fraud_details)

        # The fraud report's signatures: the pads side by side when the screen is wide enough,
        # stacked otherwise. Decided once, on opening: nothing moves while someone signs.
        self.signatures = QWidget()
        self.signatures.setAccessibleName(self.tr("Signatures du rapport de fraude"))
        column = QVBoxLayout(self.signatures)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Signature du ou des surveillants présents"))
        heading.setStyleSheet("font-size: 12pt; font-weight: 700;")
        column.addWidget(heading)
        self.invigilator_grid = QGridLayout()
        self._per_row = 2
        self.invigilator_boxes: list[SignatureBox] = []
        for name in state.invigilators:
            box = SignatureBox(name, self.tr("Surveillant(e) : %s") % name, height=110)
            self.invigilator_boxes.append(box)
        column.addLayout(self.invigilator_grid)
        heading = QLabel(self.tr("Contreseing des candidats mis en cause"))
        heading.setStyleSheet("font-size: 12pt; font-weight: 700;")
        column.addWidget(heading)
        self.no_candidate = QLabel(self.tr("Cochez à gauche les candidats mis en cause."))
        self.no_candidate.setWordWrap(True)
        column.addWidget(self.no_candidate)
        self.countersign_grid = QGridLayout()  # in reading order, like the pads above
        column.addLayout(self.countersign_grid)
        column.addStretch(1)
        body.addWidget(self.signatures, 6)
        self.countersigns: dict[str, Countersign] = {}

        self.error = AlertLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("&Enregistrer l'incident (Ctrl+Entrée)"))
        self.confirm.setAccessibleName(self.tr("Enregistrer l'incident"))
        self.confirm.setAutoDefault(False)
        self.cancel = cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler l'incident"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self.commit)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.commit)

        self.category.currentIndexChanged.connect(self._on_category)
        self.picker.changed.connect(self._sync_countersigns)
        index = self.category.findData(category)
        self.category.setCurrentIndex(max(index, 0))
        self.picker.set_selected(list(candidates or []))
        self._on_category()
        # Where typing is expected: who refuses, when nobody is ticked yet; else what happened.
        # (Not the category: a combo box takes no text and shows no focus ring.)
        refusal_without_candidate = category == "refus_de_rendre" and not candidates
        self.first_focus = self.picker.search if refusal_without_candidate else self.description
        self.fit_to(usable_area(self))

    def fit_to(self, area: QRect) -> None:
        """Take the size the dialog wants, within `area` (the screen less a taskbar): the
        wide fraud report at 1366×768 with nothing to scroll, the page scrolling at 1024×600."""
        frame = 32  # the window manager's title bar and borders
        # Pads side by side on a wide screen, stacked on a narrow one; decided here, on
        # opening, before anyone signs: nothing moves under the pen afterwards.
        self._per_row = 2 if area.width() >= PADS_SIDE_BY_SIDE_FROM else 1
        self._place(self.invigilator_grid, self.invigilator_boxes)
        self._place(self.countersign_grid, list(self.countersigns.values()))
        width = min(FRAUD_WIDTH if self.is_fraud else OTHER_WIDTH, area.width() - 16)
        height = min(WANTED_HEIGHT, area.height() - frame)
        self.setMaximumSize(area.width() - 8, area.height() - frame)
        self.resize(width, height)

    def _place(self, grid: QGridLayout, widgets: list[QWidget]) -> None:
        for widget in widgets:
            grid.removeWidget(widget)  # placed afresh, never twice in the grid
        for i, widget in enumerate(widgets):
            grid.addWidget(widget, i // self._per_row, i % self._per_row)

    def _fraud_details(self, invigilators: list[str]) -> QWidget:
        """The fraud report's nature, the seized items' custody and keeper, other measures:
        a fixed block under the seized items (shown for a fraud only, before anyone signs)."""
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        self.nature = QComboBox()
        self.nature.addItem(self.tr("— non précisée —"), "")
        for code, label in NATURE_LABELS.items():
            self.nature.addItem(self.tr(label), code)
        self.nature.setAccessibleName(self.tr("Nature de la fraude"))
        form.addRow(self._label(self.tr("&Nature :"), self.nature), self.nature)
        kept = QHBoxLayout()
        self.custody: dict[str, QCheckBox] = {}
        for code, label in CUSTODY_LABELS.items():
            check = QCheckBox(self.tr(label))
            check.setAccessibleName(self.tr("Objets saisis : %s") % self.tr(label))
            self.custody[code] = check
            kept.addWidget(check)
        kept.addStretch(1)
        form.addRow(self.tr("Objets :"), kept)
        self.seized_by = QComboBox()
        self.seized_by.addItem(self.tr("— non précisé —"), "")
        for name in invigilators:
            self.seized_by.addItem(name, name)
        self.seized_by.setAccessibleName(self.tr("Objets saisis par"))
        form.addRow(self._label(self.tr("Saisis &par :"), self.seized_by), self.seized_by)
        self.measures = QLineEdit()
        self.measures.setAccessibleName(self.tr("Autre mesure prise"))
        self.measures.setPlaceholderText(self.tr("Le candidat poursuit l'épreuve ; autre mesure ?"))
        form.addRow(self._label(self.tr("A&utre mesure :"), self.measures), self.measures)
        # Custody and keeper belong to seized items: usable once something is written there.
        self.seized.textChanged.connect(self._on_seized)
        self._on_seized()
        return box

    def _on_seized(self) -> None:
        anything = bool(self.seized.text().strip())
        for widget in (*self.custody.values(), self.seized_by):
            widget.setEnabled(anything)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter alone never records an unfinished form: it moves on to the next field (in
        the search it only ticks the single match). Ctrl+Entrée or the button records."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()  # Enter on a button presses that button, not "Enregistrer"
            elif focused is not self.picker.search:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @property
    def category_code(self) -> str:
        return self.category.currentData()

    @property
    def is_fraud(self) -> bool:
        return self.category_code == "fraude"

    def _on_category(self) -> None:
        code = self.category_code
        if code == "fraude":
            self.reminder.show_message("warning", self.tr(
                "Fraude (4.6.2) : faites cesser la fraude sans interrompre le candidat, qui "
                "poursuit l'épreuve. N'écrivez rien sur sa copie. Saisissez les documents ou le "
                "matériel. Le rapport est signé par les surveillants et contresigné par le "
                "candidat ; s'il refuse, cochez-le. Informez le responsable de l'organisation "
                "des examens."
            ))  # fmt: skip
        elif code == "refus_de_rendre":
            self.reminder.show_message("warning", self.tr(
                "Refus de rendre la copie (4.4) : à la fin de leur temps de composition, cochez "
                "les candidats encore présents qui refusent de la rendre. L'incident est transmis "
                "au service des examens."
            ))  # fmt: skip
        else:
            self.reminder.clear_message()
        self.signatures.setVisible(code == "fraude")
        self.fraud_details.setVisible(code == "fraude")
        if code == "fraude" and self.isVisible() and self.width() < FRAUD_WIDTH:
            # Chosen before anyone signs: room for the pads, within the screen.
            self.resize(min(FRAUD_WIDTH, usable_area(self).width() - 16), self.height())
        self.error.clear_message()
        # Issue #11: who may be concerned comes first — still in the room for a refusal to
        # hand in, everyone who sat otherwise.
        state = self.bridge.state
        if code == "refus_de_rendre":
            inside = {e.student_id for e in state.candidates.values() if e.status in INSIDE}
            self.picker.set_room(inside, inside=True)
        else:
            self.picker.set_room({e.student_id for e in state.candidates.values() if e.has_entered})

    def _sync_countersigns(self) -> None:
        chosen = self.picker.selected()
        for student_id in list(self.countersigns):
            if student_id not in chosen:
                widget = self.countersigns.pop(student_id)
                self.countersign_grid.removeWidget(widget)
                widget.deleteLater()
        for student_id in chosen:
            if student_id not in self.countersigns:
                self.countersigns[student_id] = Countersign(
                    student_id, self.picker.name(student_id)
                )
        # Ticking a candidate adds a pad after the others: those already there stay put.
        self._place(self.countersign_grid, list(self.countersigns.values()))
        self.no_candidate.setVisible(not chosen)

    def _problem(self, chosen: list[str]) -> str:
        if self.category_code == "refus_de_rendre":
            if not chosen:
                return self.tr("Cochez le ou les candidats qui refusent de rendre leur copie.")
            # The domain's own check, before it refuses and closes the dialog: untick and retry.
            refusal = self.bridge.session.refusal_to_hand_in_check(chosen)
            return refusal.message if refusal is not None else ""
        if not self.is_fraud:
            return ""
        boxes = [*self.invigilator_boxes, *(w.box for w in self.countersigns.values())]
        short = [box.signer for box in boxes if box.too_short]
        if short:  # drawn on, but too little: not dropped without a word
            return self.tr("Signature trop courte : %s.") % ", ".join(short)
        if all(box.is_empty for box in self.invigilator_boxes):
            return self.tr("Le rapport de fraude doit être signé par au moins un surveillant.")
        for student_id in chosen:
            widget = self.countersigns[student_id]
            if widget.box.is_empty and not widget.refused.isChecked():
                return (
                    self.tr(
                        "%s : faites contresigner le rapport, ou cochez « refuse de contresigner »."
                    )
                    % widget.name
                )
        return ""

    def commit(self) -> None:
        chosen = self.picker.selected()
        problem = self._problem(chosen)
        if problem:
            self.error.show_message("error", problem)
            return
        session = self.bridge.session
        extra = {}
        if self.is_fraud:
            extra = {
                "invigilator_signatures": {
                    box.signer: box.signature() for box in self.invigilator_boxes if not box.is_empty
                },
                "candidate_signatures": {
                    i: w.box.signature() for i, w in self.countersigns.items()
                    if i in chosen and not w.refused.isChecked()
                },
                "refused_to_countersign": [
                    i for i, w in self.countersigns.items() if i in chosen and w.refused.isChecked()
                ],
                "nature": self.nature.currentData() or "",
                "measures": self.measures.text(),
            }  # fmt: skip
            if self.seized.text().strip():
                extra["custody"] = [c for c, box in self.custody.items() if box.isChecked()]
                extra["seized_by"] = self.seized_by.currentData() or ""
        change = run_in_dialog(
            self, session.record_incident, self.category_code, self.description.toPlainText(),
            candidates=chosen, seized=self.seized.text(), **extra,
        )  # fmt: skip
        if change is None:
            return
        at = local_time(change.events[-1].at)
        label = self.category.currentText()
        if chosen:
            names = ", ".join(self.picker.name(i) for i in chosen)
            message = self.tr("Incident enregistré à %s : %s — %s.") % (at, label, names)
        else:
            message = self.tr("Incident enregistré à %s : %s.") % (at, label)
        self.finished_with.emit("ok", message)
        self.accept()
