"""Dialogs for what issue #9 added to the record: a candidate who left in an emergency and does
not come back, an addendum after the PV is signed, the seal of an exam not held, the duration
changed after the start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from invigilator.room.state import CandidateState, Status
from ui.bridge import SessionBridge
from ui.dialogs.record import _CommandDialog


class EmergencyDepartureDialog(_CommandDialog):
    """Close a candidate who left (or leaves) in an emergency: "sortie d'urgence — copie
    remise / non remise", never a refusal to hand in."""

    def __init__(
        self, bridge: SessionBridge, entry: CandidateState, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, self.tr("Sortie d'urgence sans retour"), parent)
        self.entry = entry
        name = QLabel(f"<b>{entry.candidate.display_name}</b> — {entry.student_id}")
        self.layout_.addWidget(name)
        form = QFormLayout()
        self.escort = QComboBox()
        self.escort.setEditable(True)
        self.escort.addItems(bridge.state.invigilators)
        self.escort.setAccessibleName(self.tr("Accompagné(e) par"))
        if entry.status is Status.OUT and entry.escort is not None:
            self.escort.setEditText(entry.escort[0])
            self.escort.setEnabled(False)  # recorded at the exit
        form.addRow(self.tr("&Accompagné(e) par :"), self.escort)
        self.paper = QRadioButton(self.tr("Copie &remise"))
        self.no_paper = QRadioButton(self.tr("Copie &non remise"))
        self.no_paper.setChecked(True)
        self.sheets = QSpinBox()
        self.sheets.setRange(0, 99)
        self.sheets.setAccessibleName(self.tr("Feuilles intercalaires"))
        form.addRow(self.paper, self.no_paper)
        form.addRow(self.tr("&Feuilles intercalaires :"), self.sheets)
        self.layout_.addLayout(form)
        self.note = self._text_field(
            self.tr("&Ce qui s'est passé (obligatoire) :"), self.tr("Note de la sortie d'urgence"),
            self.tr("Par exemple : malaise, évacué(e) par les pompiers à 10:12."),
        )  # fmt: skip
        self.note.setPlainText(entry.emergency_note)
        self._finish(self.tr("&Enregistrer la sortie d'urgence (Ctrl+Entrée)"))
        self.first_focus = self.note

    def commit(self) -> None:
        invigilators = self.bridge.state.invigilators
        escort = self.escort.currentText().strip()
        paper = self.paper.isChecked()
        if self._run(
            self.bridge.session.emergency_departure, self.entry.student_id,
            note=self.note.toPlainText(), paper_handed_in=paper,
            sheets=self.sheets.value() if paper else 0,
            escort=escort, escort_outside=escort not in invigilators,
        ):  # fmt: skip
            self.finished_with.emit("ok", self.tr(
                "%s : sortie d'urgence enregistrée (copie %s)."
            ) % (self.entry.candidate.display_name,
                 self.tr("remise") if paper else self.tr("non remise")))  # fmt: skip
            self.accept()


class AddendumDialog(_CommandDialog):
    """After the PV is signed, the only note left: "ajout postérieur à la signature"."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Ajout postérieur à la signature"), parent)
        hint = QLabel(self.tr(
            "Le procès-verbal est signé : ce texte s'y ajoute comme « ajout postérieur à la "
            "signature », que les signatures ne couvrent pas."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.text = self._text_field(
            self.tr("&Texte de l'ajout :"), self.tr("Texte de l'ajout"),
            self.tr("Par exemple : une calculatrice oubliée trouvée après le départ des candidats."),
        )  # fmt: skip
        self._finish(self.tr("&Enregistrer l'ajout (Ctrl+Entrée)"))
        self.first_focus = self.text

    def commit(self) -> None:
        if self._run(self.bridge.session.add_addendum, self.text.toPlainText()):
            self.finished_with.emit("ok", self.tr("Ajout postérieur à la signature enregistré."))
            self.accept()


class NotHeldDialog(_CommandDialog):
    """Seal a room whose exam never started, with why it was not held."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Épreuve non tenue"), parent)
        hint = QLabel(self.tr(
            "L'épreuve n'a pas commencé. Sceller la session la ferme définitivement avec le "
            "motif ci-dessous : plus rien ne pourra y être enregistré."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.reason = self._text_field(
            self.tr("&Pourquoi l'épreuve n'a pas été tenue (obligatoire) :"),
            self.tr("Motif de l'épreuve non tenue"),
            self.tr("Par exemple : sujets non livrés, salle indisponible."),
        )  # fmt: skip
        self._finish(self.tr("&Sceller : épreuve non tenue (Ctrl+Entrée)"))
        self.first_focus = self.reason

    def commit(self) -> None:
        if self._run(self.bridge.session.seal, not_held=self.reason.toPlainText()):
            self.finished_with.emit("ok", self.tr("Session scellée : épreuve non tenue."))
            self.accept()


class DurationDialog(_CommandDialog):
    """The exam's duration changed after the start (the office's decision), with its reason:
    the ends and the milestones follow."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Modifier la durée de l'épreuve"), parent)
        exam = bridge.state.exam
        form = QFormLayout()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(exam.duration_minutes if exam else 120)
        self.minutes.setAccessibleName(self.tr("Nouvelle durée en minutes"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Motif de la modification"))
        self.reason.setPlaceholderText(
            self.tr("Par exemple : sujet distribué avec 15 min de retard")
        )
        form.addRow(self.tr("&Nouvelle durée :"), self.minutes)
        form.addRow(self.tr("&Motif (obligatoire) :"), self.reason)
        self.layout_.addLayout(form)
        self._finish(self.tr("&Enregistrer la nouvelle durée (Ctrl+Entrée)"))
        self.first_focus = self.minutes

    def commit(self) -> None:
        exam = self.bridge.state.exam
        if exam is None:
            return
        changed = exam._replace(duration_minutes=self.minutes.value())
        if self._run(self.bridge.session.amend_exam, changed, self.reason.text()):
            self.finished_with.emit("ok", self.tr(
                "Durée de l'épreuve : %d min, enregistrée avec son motif."
            ) % self.minutes.value())  # fmt: skip
            self.accept()
