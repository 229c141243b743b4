"""Room set-up: a short wizard whose every step can be revisited until the exam starts."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from invigilator.errors import InvigilatorError
from invigilator.model import ExamFacts
from invigilator.room.session import local_time
from ui.bridge import SessionBridge
from ui.setup.fields import DateField, TimeField
from ui.setup.list_page import ListPage
from ui.setup.mirror_page import MirrorPage
from ui.widgets.alert_label import AlertLabel
from ui.widgets.domain_text import error_text


def first_exit_after(bridge: SessionBridge) -> timedelta:
    """When the first exit opens (4.3), from the exam's duration: one hour up to 3 h, the first
    third beyond (1 h 20 for 4 h)."""
    session = bridge.session
    exam = bridge.state.exam
    duration = timedelta(minutes=exam.duration_minutes if exam else 0)
    profile = session.profile
    return min(profile.temporary_exits_from(duration), profile.definitive_exits_from(duration))


class ExamPage(QWizardPage):
    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.setTitle(self.tr("2. L'épreuve"))
        self.setSubTitle(self.tr("Vérifiez ce que la liste a prérempli et complétez."))
        form = QFormLayout(self)
        self.ue_code = QLineEdit()
        self.title = QLineEdit()
        self.centre = QLineEdit()
        self.session_number = QComboBox()
        self.session_number.addItems(["1", "2"])
        # Typed as one writes them, read back in words beside them (#11.13).
        self.exam_date = DateField(today=bridge.session.clock.now().astimezone().date())
        self.start_time = TimeField()
        self.duration = QSpinBox()
        self.duration.setRange(10, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" min")
        self.room = QLineEdit()
        self.teacher = QLineEdit()
        self.teacher_in_room = QCheckBox(
            self.tr("présent(e) dans la salle pendant la première heure")
        )
        self.teacher_phone = QLineEdit()
        self.materials = QLineEdit()
        self.materials.setPlaceholderText(self.tr("aucun"))
        rows = [
            (self.tr("Code de l'&UE :"), self.ue_code, self.tr("Code de l'UE")),
            (self.tr("&Intitulé :"), self.title, self.tr("Intitulé de l'UE")),
            (self.tr("&Centre :"), self.centre, self.tr("Centre organisateur")),
            (self.tr("&Session :"), self.session_number, self.tr("Session")),
            (self.tr("&Date :"), self.exam_date, self.tr("Date de l'épreuve")),
            (self.tr("&Heure de début :"), self.start_time, self.tr("Heure de début prévue")),
            (self.tr("Du&rée :"), self.duration, self.tr("Durée de l'épreuve")),
            (self.tr("Sa&lle :"), self.room, self.tr("Salle")),
            (self.tr("&Enseignant responsable :"), self.teacher, self.tr("Enseignant responsable")),
            ("", self.teacher_in_room, self.tr("Enseignant présent la première heure")),
            (self.tr("&Téléphone de l'enseignant :"), self.teacher_phone, self.tr("Téléphone de l'enseignant")),
            (self.tr("Documents et matériel &autorisés :"), self.materials, self.tr("Documents et matériel autorisés")),
        ]  # fmt: skip
        for label, widget, name in rows:
            widget.setAccessibleName(name)
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.message = AlertLabel()
        form.addRow(self.message)
        self._shown: ExamFacts | None = None  # the facts as last shown or saved

    def pending(self) -> bool:
        return self._shown is not None and self.facts() != self._shown

    def initializePage(self) -> None:
        if self.pending():
            return  # back here after Précédent: keep what was typed
        state = self.bridge.state
        exam = state.exam or ExamFacts(ue_code="", title="")
        imported = getattr(self.wizard().page(0), "imported", None)
        room = exam.room
        ue_code = exam.ue_code
        duration = exam.duration_minutes
        if imported is not None:  # what the file gives, where the sheet says nothing yet
            room = room or (imported.room or "")
            codes = {c.ue_code for c in imported.candidates if c.ue_code}
            ue_code = ue_code or (codes.pop() if len(codes) == 1 else "")
            duration = imported.duration_minutes or duration
        self.ue_code.setText(ue_code)
        self.title.setText(exam.title)
        self.centre.setText(exam.centre)
        self.session_number.setCurrentIndex(1 if exam.session_number == 2 else 0)
        day = exam.exam_date or self.bridge.session.clock.now().astimezone().date()
        self.exam_date.set_value(day)
        self.start_time.set_value(exam.start_time or time(9, 0))
        self.duration.setValue(duration or 120)
        self.room.setText(room)
        self.teacher.setText(exam.teacher)
        self.teacher_in_room.setChecked(exam.teacher_in_room)
        self.teacher_phone.setText(exam.teacher_phone)
        self.materials.setText(exam.authorised_materials)
        self._shown = self.facts()

    def facts(self) -> ExamFacts:
        """What the page shows; a date or a time that does not read as one is None here
        (validatePage refuses it)."""
        return ExamFacts(
            ue_code=self.ue_code.text().strip(),
            title=self.title.text().strip(),
            centre=self.centre.text().strip(),
            session_number=int(self.session_number.currentText()),
            exam_date=self.exam_date.value(),
            start_time=self.start_time.value(),
            duration_minutes=self.duration.value(),
            room=self.room.text().strip(),
            authorised_materials=self.materials.text().strip() or "aucun",
            teacher=self.teacher.text().strip(),
            teacher_in_room=self.teacher_in_room.isChecked(),
            teacher_phone=self.teacher_phone.text().strip(),
        )

    def validatePage(self) -> bool:
        for field in (self.exam_date, self.start_time):
            if field.problem():
                self.message.show_message("error", field.problem())
                field.setFocus()
                return False
        facts = self.facts()
        if facts == self.bridge.state.exam:
            self._shown = facts
            return True
        if not facts.teacher_in_room and not facts.teacher_phone and facts.teacher:
            self.message.show_message(
                "error", self.tr("L'enseignant n'est pas dans la salle : indiquez son téléphone.")
            )
            return False
        try:
            self.bridge.run(self.bridge.session.configure_exam, facts)
        except InvigilatorError as error:
            self.message.show_message("error", str(error))
            return False
        self._shown = facts
        return True


class InvigilatorsPage(QWizardPage):
    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.setTitle(self.tr("3. Surveillants"))
        self.setSubTitle(self.tr("Un nom par ligne ; choisissez le surveillant responsable."))
        form = QFormLayout(self)
        self.names = QPlainTextEdit()
        self.names.setTabChangesFocus(True)
        self.names.setAccessibleName(self.tr("Surveillants présents"))
        self.names.textChanged.connect(self._refresh_lead)
        self.lead = QComboBox()
        self.lead.setAccessibleName(self.tr("Surveillant responsable"))
        form.addRow(self.tr("&Surveillants présents :"), self.names)
        form.addRow(self.tr("&Responsable :"), self.lead)
        self.message = AlertLabel()
        form.addRow(self.message)
        self._initialized = False

    def pending(self) -> bool:
        if not self._initialized:
            return False
        state = self.bridge.state
        names = self._names()
        lead = self.lead.currentText() if names else ""
        return (names, lead) != (state.invigilators, state.lead_invigilator if names else "")

    def initializePage(self) -> None:
        if self.pending():
            return  # back here after Précédent: keep what was typed
        self._initialized = True
        state = self.bridge.state
        self.names.setPlainText("\n".join(state.invigilators))
        if state.lead_invigilator:
            self.lead.setCurrentText(state.lead_invigilator)

    def _names(self) -> list[str]:
        return [n.strip() for n in self.names.toPlainText().splitlines() if n.strip()]

    def _refresh_lead(self) -> None:
        current = self.lead.currentText()
        self.lead.clear()
        self.lead.addItems(self._names())
        if current in self._names():
            self.lead.setCurrentText(current)

    def validatePage(self) -> bool:
        names, lead = self._names(), self.lead.currentText()
        state = self.bridge.state
        if names == state.invigilators and lead == state.lead_invigilator:
            return True
        try:
            self.bridge.run(self.bridge.session.set_invigilators, names, lead)
        except InvigilatorError as error:
            self.message.show_message("error", error_text(error))
            return False
        return True


class InstructionsPage(QWizardPage):
    def __init__(self, bridge: SessionBridge) -> None:
        super().__init__()
        self.bridge = bridge
        self.setTitle(self.tr("5. Consignes"))
        self.setSubTitle(
            self.tr("Le surveillant responsable lit les consignes à voix haute avant le début.")
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Résumé de la salle"))
        layout.addWidget(self.summary)
        self.text = text = QLabel()
        text.setWordWrap(True)
        text.setStyleSheet("font-size: 12pt; padding: 8px; border: 1px solid #9ca3af;")
        text.setAccessibleName(self.tr("Consignes à lire"))
        layout.addWidget(text)
        self.read = QPushButton(self.tr("Consignes &lues"))
        self.read.setAccessibleName(self.tr("Consignes lues"))
        self.read.setAutoDefault(False)
        self.read.clicked.connect(self.record)
        layout.addWidget(self.read)
        self.message = AlertLabel()
        layout.addWidget(self.message)
        # The paper fallback (#10): if the laptop fails, the room carries on on paper.
        self.blank_sheet = QPushButton(
            self.tr("Imprimer la feuille d'émargement de &secours (PDF)…")
        )
        self.blank_sheet.setAccessibleName(self.tr("Feuille d'émargement vierge"))
        self.blank_sheet.setAutoDefault(False)
        self.blank_sheet.clicked.connect(self.ask_blank_sheet)
        layout.addWidget(self.blank_sheet)
        self.pdf_job = None
        layout.addStretch(1)

    def ask_blank_sheet(self) -> None:
        from ui.dialogs.pdf_export import ask_pdf_path

        session = self.bridge.session
        name = session.path.stem + "-feuille-vierge.pdf"
        path = ask_pdf_path(
            self, self.tr("Feuille d'émargement vierge"), session.path.with_name(name)
        )
        if path is not None:
            self.write_blank_sheet(path)

    def write_blank_sheet(self, path: Path):  # noqa: ANN201  (a ui.dialogs.pdf_export.PdfJob)
        from ui.dialogs.pdf_export import blank_sheet

        def done(ok: bool, text: str) -> None:
            if ok:
                self.message.show_message("ok", self.tr(
                    "Feuille d'émargement vierge enregistrée : %s (à imprimer avant l'épreuve).")
                    % text)  # fmt: skip
            else:
                self.message.show_message("error", text)

        self.pdf_job = blank_sheet(self, self.bridge.session, path, done)
        return self.pdf_job

    def pending(self) -> bool:
        return False  # "Consignes lues" is recorded as soon as it is pressed

    def instructions(self) -> str:
        """What the lead invigilator reads aloud; the exits' line says when they open for this
        exam's duration (the first hour said "première heure" for a 4-hour exam too)."""
        after = first_exit_after(self.bridge)
        hours, minutes = divmod(int(after.total_seconds()) // 60, 60)
        if after <= timedelta(hours=1):
            exits = self.tr("Aucune sortie pendant la première heure, sauf urgence.")
        else:
            shown = f"{hours} h {minutes:02d}" if minutes else f"{hours} h"
            exits = self.tr("Aucune sortie avant %s de composition, sauf urgence.") % shown
        return "\n".join((
            self.tr("Aucune communication entre candidats."),
            self.tr("Aucun document ni appareil non autorisé : téléphones éteints, rangés dans "
                    "un sac fermé posé au sol."),
            self.tr("Le sujet et les brouillons restent dans la salle."),
            exits,
            self.tr("Inscrivez nom, prénom et numéro d'auditeur sur chaque copie ; rendez votre "
                    "copie, même blanche, et signez à la remise."),
        ))  # fmt: skip

    def initializePage(self) -> None:
        self.text.setText(self.instructions())
        state = self.bridge.state
        exam = state.exam
        materials = exam.authorised_materials if exam else "aucun"
        self.summary.setText(
            self.tr("%d candidats sur la liste · surveillants : %s · autorisé : %s")
            % (
                sum(1 for e in state.candidates.values() if not e.added_by_hand),  # the list's
                ", ".join(state.invigilators) or "—",
                materials,
            )
        )
        if state.instructions_read_at is not None:
            self.message.show_message(
                "ok", self.tr("Consignes lues à %s.") % local_time(state.instructions_read_at)
            )

    def record(self) -> None:
        try:
            self.bridge.run(self.bridge.session.read_instructions)
        except InvigilatorError as error:
            self.message.show_message("error", str(error))
            return
        self.message.show_message(
            "ok",
            self.tr("Consignes lues à %s.") % local_time(self.bridge.state.instructions_read_at),
        )


class SetupWizard(QWizard):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préparation de la salle"))
        self.setAccessibleName(self.tr("Préparation de la salle"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Fermer"))
        self.list_page = ListPage(bridge)
        self.exam_page = ExamPage(bridge)
        self.invigilators_page = InvigilatorsPage(bridge)
        self.mirror_page = MirrorPage(bridge)  # optional: Suivant goes on without one
        self.instructions_page = InstructionsPage(bridge)
        for page in (
            self.list_page,
            self.exam_page,
            self.invigilators_page,
            self.mirror_page,
            self.instructions_page,
        ):
            self.addPage(page)
        # On a netbook (1024 × 600) its buttons stay on the screen (#11.16).
        area = self.screen().availableGeometry()
        self.resize(min(900, area.width() - 20), min(680, area.height() - 60))
        self.close_question: QMessageBox | None = None

    def pending_pages(self) -> list[QWizardPage]:
        return [self.page(i) for i in self.pageIds() if self.page(i).pending()]  # type: ignore[attr-defined]

    def save_pending(self) -> bool:
        """Record every page's unsaved entries, as Suivant would; stop at the first refusal."""
        for page in self.pending_pages():
            if not page.validatePage():
                while self.currentPage() is not page and self.currentId() > self.pageIds()[0]:
                    self.back()
                return False
        return True

    def accept(self) -> None:
        if self.save_pending():
            super().accept()

    def reject(self) -> None:
        """Fermer, Esc or the window's ✕: nothing typed is dropped without a question."""
        if not self.pending_pages():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Préparation de la salle"),
            self.tr("Des modifications ne sont pas encore enregistrées dans la session.\n\n"
                    "Les enregistrer avant de fermer ?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Ne pas enregistrer"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.buttonClicked.connect(lambda button: self._answered(box.standardButton(button)))
        box.finished.connect(lambda _=0: setattr(self, "close_question", None))
        self.close_question = box
        box.open()

    def _answered(self, answer: QMessageBox.StandardButton) -> None:
        close = answer == QMessageBox.StandardButton.Discard
        if answer == QMessageBox.StandardButton.Save:
            close = self.save_pending()
        if close:  # once the question is gone, so that the focus goes back to the window
            QTimer.singleShot(0, self, self._close)

    def _close(self) -> None:
        super().reject()
