"""Closing the room: the counts of the procès-verbal, the invigilators' signatures, the seal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from invigilator.errors import CommandRefused, InvigilatorError, SessionSealed
from invigilator.room.commands import local_time
from invigilator.room.state import RoomState, Status
from invigilator.room.summary import summarise
from ui.bridge import SessionBridge
from ui.widgets.alert_label import AlertLabel
from ui.widgets.domain_text import error_text
from ui.widgets.record_widgets import SignatureBox

# (summary key, caption): what the procès-verbal states (4.5), in its order.
COUNTS = (
    ("enrolled", QT_TRANSLATE_NOOP("ClosingDialog", "Inscrits")),
    ("present", QT_TRANSLATE_NOOP("ClosingDialog", "Présents")),
    ("absent", QT_TRANSLATE_NOOP("ClosingDialog", "Absents")),
    ("absent_refused", QT_TRANSLATE_NOOP("ClosingDialog", "dont refusés à l'entrée")),  # #11
    ("handed_in", QT_TRANSLATE_NOOP("ClosingDialog", "Copies ramassées")),
    ("not_handed_in", QT_TRANSLATE_NOOP("ClosingDialog", "Partis sans rendre leur copie")),
    ("blank_papers", QT_TRANSLATE_NOOP("ClosingDialog", "dont copies blanches")),
    ("sheets", QT_TRANSLATE_NOOP("ClosingDialog", "Intercalaires")),
    ("late_admitted", QT_TRANSLATE_NOOP("ClosingDialog", "Retards admis")),
    ("late_refused", QT_TRANSLATE_NOOP("ClosingDialog", "Entrées refusées")),
    ("added_by_hand", QT_TRANSLATE_NOOP("ClosingDialog", "Ajoutés en salle (à vérifier)")),
    ("without_id", QT_TRANSLATE_NOOP("ClosingDialog", "Entrées sans pièce d'identité")),  # #11
    ("incidents", QT_TRANSLATE_NOOP("ClosingDialog", "Incidents")),
)


class FinalHash(QPlainTextEdit):
    """The whole final hash, selectable and copied as it is; wrapped anywhere when narrow.

    Not a QLabel: a label never breaks a word, so a narrow dialog would cut the hash."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(12)
        self.setFont(font)
        self.setAccessibleName(self.tr("Empreinte finale"))

    def show_hash(self, text: str) -> None:
        self.setPlainText(text)
        self._fit_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_lines()

    def _fit_lines(self) -> None:
        document = self.document()
        lines = self.blockBoundingRect(document.firstBlock()).height()
        margins = self.contentsMargins()
        self.setFixedHeight(
            int(lines + 2 * document.documentMargin() + margins.top() + margins.bottom())
        )


class ClosingDialog(QDialog):
    """Counts, then one pad per invigilator to sign the PV, then the seal (read-only after)."""

    finished_with = Signal(str, str)

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        session = bridge.session
        state = session.state
        self.setWindowTitle(self.tr("Clôture de la salle — procès-verbal"))
        self.setAccessibleName(self.tr("Clôture de la salle"))
        layout = QVBoxLayout(self)

        exam = state.exam
        if exam is not None:
            room = self.tr("salle %s") % exam.room
            heading = QLabel(f"{exam.ue_code} — {exam.title} — {room}")
            heading.setStyleSheet("font-size: 14pt; font-weight: 700;")
            heading.setWordWrap(True)
            layout.addWidget(heading)
        group = QGroupBox(self.tr("Ce que le procès-verbal indique"))
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(12)
        self.count_labels: dict[str, QLabel] = {}
        shown = [
            *COUNTS,
            ("observations", QT_TRANSLATE_NOOP("ClosingDialog", "Observations et errata")),
        ]
        for i, (key, caption) in enumerate(shown):
            caption = self.tr(caption)
            title = QLabel(caption + " :")
            value = QLabel()
            value.setStyleSheet("font-size: 13pt; font-weight: 700;")
            value.setAccessibleName(caption)
            self.count_labels[key] = value
            row, column = divmod(i, 4)
            grid.addWidget(title, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        layout.addWidget(group)

        self.inside: list[str] = []
        self.warning = AlertLabel()
        layout.addWidget(self.warning)
        self.refusal = QPushButton(self.tr("Enregistrer un &refus de rendre la copie…"))
        self.refusal.setAutoDefault(False)
        self.refusal.clicked.connect(self.open_refusal)
        self.review = QPushButton(self.tr("Relire le &journal…"))
        self.review.setAccessibleName(self.tr("Relire le journal du procès-verbal"))
        self.review.setAutoDefault(False)
        self.review.clicked.connect(self.open_record)
        row = QHBoxLayout()
        row.addWidget(self.refusal)
        row.addStretch(1)
        row.addWidget(self.review)
        layout.addLayout(row)

        self.signed_label = AlertLabel()
        layout.addWidget(self.signed_label)
        self.pads = QGroupBox(self.tr("Signature du procès-verbal par les surveillants"))
        pads = QGridLayout(self.pads)
        self.boxes: list[SignatureBox] = []
        # Two rows of pads take lower ones, so that the dialog still fits a 1366×768 screen.
        pad_height = 140 if len(state.invigilators) <= 2 else 110
        for i, name in enumerate(state.invigilators):
            caption = self.tr("Signature du surveillant : %s") % name
            box = SignatureBox(name, caption, height=pad_height)
            self.boxes.append(box)
            pads.addWidget(box, i // 2, i % 2)
        layout.addWidget(self.pads)

        # Once sealed: the whole final hash, for the exam office to compare.
        self.sealed_panel = QGroupBox(self.tr("Session scellée"))
        sealed = QVBoxLayout(self.sealed_panel)
        self.sealed_label = QLabel()
        self.sealed_label.setWordWrap(True)
        self.final_hash = FinalHash()
        sealed.addWidget(self.sealed_label)
        sealed.addWidget(self.final_hash)
        self._build_pdf_row(sealed)
        layout.addWidget(self.sealed_panel)
        # No stretch: the dialog takes the height of what it shows (see _fit_height).

        self.error = AlertLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.sign = QPushButton(self.tr("&Signer le procès-verbal"))
        self.sign.setAutoDefault(False)
        self.seal_button = QPushButton(self.tr("S&celler la session…"))
        self.seal_button.setAccessibleName(self.tr("Sceller la session"))
        self.seal_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.setAutoDefault(False)
        buttons.addButton(self.sign, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.seal_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign.clicked.connect(self.sign_pv)
        self.seal_button.clicked.connect(self.ask_seal)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.first_focus: QWidget = self.sign
        self.confirmation: QMessageBox | None = None
        self.record_dialog: QDialog | None = None
        self.refusal_dialog: QDialog | None = None
        self.resize(1000, 0)
        self._refresh()
        bridge.roomChanged.connect(self._refresh)  # a refusal recorded from here, another window

    def _refresh(self) -> None:
        session = self.bridge.session
        state = session.state
        counts = summarise(session)
        counts["observations"] = len(state.observations) + len(state.errata)
        for key, label in self.count_labels.items():
            label.setText(str(counts[key]))
        signed = state.pv_signed
        self.inside = [
            e.student_id for e in state.candidates.values()
            if e.status in (Status.PRESENT, Status.OUT)
        ]  # fmt: skip
        if self.inside and signed is None:
            self.warning.show_message("warning", self._inside_text())
        else:
            self.warning.clear_message()
        self.refusal.setVisible(bool(self.inside) and signed is None)
        if signed is not None:
            text = self.tr("Procès-verbal signé à %s par %s.") % (
                local_time(signed.at), ", ".join(signed.payload.get("signatures", {}))
            )  # fmt: skip
            if not state.sealed:
                text += "\n" + self.tr(
                    "Dernière étape, le scellement : Entrée ou « Sceller la session… » ouvre "
                    "une confirmation."
                )
            self.signed_label.show_message("ok", text)
        else:
            self.signed_label.clear_message()
        self.pads.setVisible(signed is None)
        self.sign.setVisible(signed is None)
        can_seal = signed is not None and not state.sealed
        self.seal_button.setEnabled(can_seal)
        self.seal_button.setVisible(not state.sealed)
        # Once signed, Enter opens the seal's confirmation (before, it signs the PV).
        self.seal_button.setDefault(can_seal)
        self.seal_button.setToolTip(
            "" if signed is not None else self.tr("Faites d'abord signer le procès-verbal.")
        )
        # Where the main window puts the focus on opening: the next step.
        self.first_focus = (
            self.sign if signed is None else self.seal_button if can_seal else self.close_button
        )
        self.sealed_panel.setVisible(state.sealed)
        if state.sealed and state.sealed_at is not None:
            self.sealed_label.setText(self.tr(
                "Session scellée à %s : lecture seule. Empreinte finale (SHA-256), à reporter "
                "et à comparer avec celle que le service des examens obtient du fichier :"
            ) % local_time(state.sealed_at))  # fmt: skip
            self.final_hash.show_hash(session.final_hash)
            self.close_button.setDefault(True)
            if self.pdf_job is None and self.pdf_path.exists():  # sealed earlier: its PDF
                self._pdf_written(True, str(self.pdf_path))
        self._fit_height()

    # -- the PDF, written beside the session file at the seal ---------------------------------

    def _build_pdf_row(self, layout: QVBoxLayout) -> None:
        from ui.dialogs.pdf_export import printers_available

        self.pdf_label = AlertLabel()
        layout.addWidget(self.pdf_label)
        row = QHBoxLayout()
        self.open_pdf_button = QPushButton(self.tr("&Ouvrir le PDF"))
        self.copy_pdf_button = QPushButton(self.tr("Enregistrer une &copie du PDF…"))
        self.print_pdf_button = QPushButton(self.tr("&Imprimer…"))
        for button in (self.open_pdf_button, self.copy_pdf_button, self.print_pdf_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        self.print_pdf_button.setVisible(printers_available())
        self.open_pdf_button.clicked.connect(self.open_pdf)
        self.copy_pdf_button.clicked.connect(self.copy_pdf)
        self.print_pdf_button.clicked.connect(self.print_pdf)
        layout.addLayout(row)
        self.pdf_job = None

    @property
    def pdf_path(self):  # noqa: ANN201  (a Path)
        from invigilator.documents.export import default_pdf_path

        return default_pdf_path(self.bridge.session.path)

    def write_pdf(self) -> None:
        """The final documents beside the session file (a sealed session only)."""
        from ui.dialogs.pdf_export import export_session

        self.pdf_label.show_message("info", self.tr("Production du procès-verbal (PDF)…"))
        self.pdf_job = export_session(self, self.bridge.session.path, self.pdf_path,
                                      self._pdf_written)  # fmt: skip

    def _pdf_written(self, ok: bool, text: str) -> None:
        if ok:
            self.pdf_label.show_message("ok", self.tr(
                "Documents de la salle enregistrés (PDF) : %s") % text)  # fmt: skip
        else:
            self.pdf_label.show_message("error", text)
        for button in (self.open_pdf_button, self.copy_pdf_button, self.print_pdf_button):
            button.setEnabled(ok)
        self._fit_height()

    def open_pdf(self) -> None:
        from ui.dialogs.pdf_export import open_pdf

        if not open_pdf(self.pdf_path):
            self.pdf_label.show_message("error", self.tr(
                "Aucune visionneuse de PDF n'a pu l'ouvrir : %s") % self.pdf_path)  # fmt: skip

    def copy_pdf(self) -> None:
        from ui.dialogs.pdf_export import save_pdf_copy

        outcome = save_pdf_copy(self, self.pdf_path)
        if outcome:
            self.pdf_label.show_message("ok", outcome)

    def print_pdf(self) -> None:
        from ui.dialogs.pdf_export import print_pdf

        outcome = print_pdf(self, self.pdf_path)
        if outcome:
            self.pdf_label.show_message("ok", outcome)

    def _inside_text(self) -> str:
        """Who has not handed in: those whose time is over, those still writing and until when."""
        state = self.bridge.state
        composing = self.bridge.session.still_composing(self.inside)
        over = [i for i in self.inside if i not in composing]
        parts = []
        if over:
            parts.append(self.tr(
                "%d candidat(s) n'ont pas rendu leur copie : %s. Faites-les remettre (F9), ou "
                "enregistrez leur refus de rendre la copie avant de signer."
            ) % (len(over), _names(state, over)))  # fmt: skip
        if composing:
            ends = [end for end in composing.values() if end is not None]
            parts.append(self.tr(
                "%d candidat(s) composent encore (fin de leur temps : %s au plus tard) : %s. "
                "Le procès-verbal se signe quand leur copie est rendue."
            ) % (len(composing), local_time(max(ends)) if ends else "—",
                 _names(state, list(composing))))  # fmt: skip
        return "\n".join(parts)

    def _fit_height(self) -> None:
        """As tall as what is shown, no taller, within the screen: a message that appears
        must not squeeze the pads (word-wrapped labels do not grow a window by themselves),
        and the pads gone once signed must not leave an empty area."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), layout.minimumSize().width())
        height = (
            layout.heightForWidth(width)
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        screen = self.screen()
        if screen is not None:  # the title bar takes some of the screen
            height = min(height, screen.availableGeometry().height() - 40)
        self.setMinimumHeight(height)
        self.resize(width, height)

    def sign_pv(self) -> None:
        short = [box.signer for box in self.boxes if box.too_short]
        if short:
            self._show_message(self.tr("Signature trop courte : %s.") % ", ".join(short))
            return
        unsigned = [box.signer for box in self.boxes if box.is_empty]
        if unsigned:
            self._show_message(self.tr("Signature manquante : %s.") % ", ".join(unsigned))
            return
        signatures = {box.signer: box.signature() for box in self.boxes}
        try:
            self.bridge.run(self.bridge.session.sign_pv, signatures)
        except SessionSealed as error:
            self.finished_with.emit("error", error_text(error))
            self.reject()
            return
        except (CommandRefused, InvigilatorError) as error:
            self._show_message(error_text(error))
            return
        self.error.clear_message()
        self._refresh()
        self.seal_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_message(self, text: str, kind: str = "error") -> None:
        """The line above the buttons, the dialog grown to show it whole."""
        self.error.show_message(kind, text)
        self._fit_height()

    def ask_seal(self) -> None:
        """A confirmation whose default is "Non": a second Enter or Space does not seal."""
        from ui.widgets.questions import confirm

        box = confirm(
            self, self.tr("Sceller la session"), self.tr(
                "Sceller la session maintenant ?\n\n"
                "Elle devient en lecture seule : plus aucune entrée, sortie, remise de copie, "
                "incident ni observation ne pourra être enregistré. Le fichier reste lisible et "
                "se remet tel quel au service des examens."
            ), self.seal, default_yes=False, yes_text=self.tr("&Sceller la session"),
        )  # fmt: skip
        box.finished.connect(self._after_confirmation)
        self.confirmation = box

    def _after_confirmation(self) -> None:
        """Back in this dialog, on the button that comes next (the box leaves no focus)."""
        self.activateWindow()
        after = self.close_button if self.bridge.state.sealed else self.seal_button
        after.setFocus(Qt.FocusReason.OtherFocusReason)

    def seal(self) -> None:
        session = self.bridge.session
        try:
            self.bridge.run(session.seal)
        except InvigilatorError as error:
            self._show_message(error_text(error))
            return
        self.error.clear_message()
        # The dialog stays open on the whole hash, to be copied or compared before closing.
        self._refresh()
        self.write_pdf()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished_with.emit("ok", self.tr(
            "Session scellée à %s : lecture seule. Empreinte finale : %s"
        ) % (local_time(session.state.sealed_at), session.final_hash))  # fmt: skip

    def open_refusal(self) -> None:
        """The refusal to hand in, over this dialog: cancelled or recorded, back to it."""
        from ui.dialogs.incident import IncidentDialog

        dialog = IncidentDialog(self.bridge, self, category="refus_de_rendre")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished_with.connect(self._on_refusal_result)
        dialog.open()
        dialog.first_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refusal_dialog = dialog

    def _on_refusal_result(self, kind: str, message: str) -> None:
        self._refresh()
        self._show_message(message, kind)
        self.finished_with.emit(kind, message)  # also on the window's alert line, for later

    def open_record(self) -> None:
        from ui.dialogs.record import RecordListDialog

        dialog = RecordListDialog(self.bridge.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.record_dialog = dialog


def _names(state: RoomState, ids: list[str], shown: int = 5) -> str:
    names = [state.candidates[i].candidate.display_name for i in ids[:shown]]
    return ", ".join(names) + ("…" if len(ids) > shown else "")
