"""Closing the room: the counts of the procès-verbal, the invigilators' signatures, the seal."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.commands import local_time
from invigilator.errors import CommandRefused, InvigilatorError, SessionSealed
from invigilator.state import Status
from invigilator.summary import summarise
from ui.alert_label import AlertLabel
from ui.bridge import SessionBridge
from ui.record_widgets import SignatureBox

# (summary key, caption): what the procès-verbal states (4.5), in its order.
COUNTS = (
    ("enrolled", QT_TRANSLATE_NOOP("ClosingDialog", "Inscrits")),
    ("present", QT_TRANSLATE_NOOP("ClosingDialog", "Présents")),
    ("absent", QT_TRANSLATE_NOOP("ClosingDialog", "Absents")),
    ("handed_in", QT_TRANSLATE_NOOP("ClosingDialog", "Copies ramassées")),
    ("blank_papers", QT_TRANSLATE_NOOP("ClosingDialog", "dont copies blanches")),
    ("sheets", QT_TRANSLATE_NOOP("ClosingDialog", "Intercalaires")),
    ("late_admitted", QT_TRANSLATE_NOOP("ClosingDialog", "Retards admis")),
    ("late_refused", QT_TRANSLATE_NOOP("ClosingDialog", "Entrées refusées")),
    ("added_by_hand", QT_TRANSLATE_NOOP("ClosingDialog", "Ajoutés en salle (à vérifier)")),
    ("incidents", QT_TRANSLATE_NOOP("ClosingDialog", "Incidents")),
)


class ClosingDialog(QDialog):
    """Counts, then one pad per invigilator to sign the PV, then the seal (read-only after)."""

    finished_with = Signal(str, str)
    refusalRequested = Signal(list)  # the candidates still inside: record a refusal to hand in

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
        counts = summarise(session)
        counts["observations"] = len(state.observations) + len(state.errata)
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
            value = QLabel(str(counts[key]))
            value.setStyleSheet("font-size: 13pt; font-weight: 700;")
            value.setAccessibleName(caption)
            self.count_labels[key] = value
            row, column = divmod(i, 4)
            grid.addWidget(title, row, column * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(value, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
        layout.addWidget(group)

        self.inside = [
            e.student_id for e in state.candidates.values()
            if e.status in (Status.PRESENT, Status.OUT)
        ]  # fmt: skip
        self.warning = AlertLabel()
        layout.addWidget(self.warning)
        self.refusal = QPushButton(self.tr("Enregistrer un &refus de rendre la copie…"))
        self.refusal.setAutoDefault(False)
        self.refusal.clicked.connect(lambda: self.refusalRequested.emit(list(self.inside)))
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
        for i, name in enumerate(state.invigilators):
            box = SignatureBox(name, self.tr("Signature du surveillant : %s") % name, height=140)
            self.boxes.append(box)
            pads.addWidget(box, i // 2, i % 2)
        layout.addWidget(self.pads)
        layout.addStretch(1)

        self.error = AlertLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.sign = QPushButton(self.tr("&Signer le procès-verbal"))
        self.sign.setAutoDefault(False)
        self.seal_button = QPushButton(self.tr("S&celler la session…"))
        self.seal_button.setAccessibleName(self.tr("Sceller la session"))
        self.seal_button.setAutoDefault(False)
        close = QPushButton(self.tr("Fermer"))
        close.setAutoDefault(False)
        buttons.addButton(self.sign, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.seal_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.sign.clicked.connect(self.sign_pv)
        self.seal_button.clicked.connect(self.ask_seal)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.first_focus = self.sign
        self.confirmation = None
        self.record_dialog: QDialog | None = None
        self._refresh()
        self.resize(1000, self.sizeHint().height())

    def _refresh(self) -> None:
        state = self.bridge.state
        signed = state.pv_signed
        if self.inside and signed is None:
            names = ", ".join(
                state.candidates[i].candidate.display_name for i in self.inside[:5]
            ) + ("…" if len(self.inside) > 5 else "")
            self.warning.show_message("warning", self.tr(
                "%d candidat(s) n'ont pas rendu leur copie : %s. Faites-les remettre (F9), ou "
                "enregistrez leur refus de rendre la copie avant de signer."
            ) % (len(self.inside), names))  # fmt: skip
        else:
            self.warning.clear_message()
        self.refusal.setVisible(bool(self.inside) and signed is None)
        if signed is not None:
            self.signed_label.show_message("ok", self.tr("Procès-verbal signé à %s par %s.") % (
                local_time(signed.at), ", ".join(signed.payload.get("signatures", {}))
            ))  # fmt: skip
        else:
            self.signed_label.clear_message()
        self.pads.setVisible(signed is None)
        self.sign.setVisible(signed is None)
        self.seal_button.setEnabled(signed is not None and not state.sealed)
        self.seal_button.setToolTip(
            "" if signed is not None else self.tr("Faites d'abord signer le procès-verbal.")
        )

    def sign_pv(self) -> None:
        unsigned = [box.signer for box in self.boxes if box.is_empty]
        if unsigned:
            self.error.show_message(
                "error", self.tr("Signature manquante : %s.") % ", ".join(unsigned)
            )
            return
        signatures = {box.signer: box.signature() for box in self.boxes}
        try:
            self.bridge.run(self.bridge.session.sign_pv, signatures)
        except SessionSealed as error:
            self.finished_with.emit("error", str(error))
            self.reject()
            return
        except (CommandRefused, InvigilatorError) as error:
            self.error.show_message("error", str(error))
            return
        self.error.clear_message()
        self._refresh()
        self.seal_button.setFocus()

    def ask_seal(self) -> None:
        from ui.main_window import confirm

        self.confirmation = confirm(self, self.tr("Sceller la session"), self.tr(
            "Sceller la session maintenant ?\n\n"
            "Elle devient en lecture seule : plus aucune entrée, sortie, remise de copie, "
            "incident ni observation ne pourra être enregistré. Le fichier reste lisible et "
            "se remet tel quel au service des examens."
        ), self.seal)  # fmt: skip

    def seal(self) -> None:
        session = self.bridge.session
        try:
            self.bridge.run(session.seal)
        except InvigilatorError as error:
            self.error.show_message("error", str(error))
            return
        self.finished_with.emit("ok", self.tr(
            "Session scellée à %s : lecture seule. Empreinte finale %s…"
        ) % (local_time(session.state.sealed_at), session.final_hash[:16]))  # fmt: skip
        self.accept()

    def open_record(self) -> None:
        from ui.record_dialogs import RecordListDialog

        dialog = RecordListDialog(self.bridge.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        self.record_dialog = dialog
