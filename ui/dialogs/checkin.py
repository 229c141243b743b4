"""The check-in of one candidate: details, ID check, signature; late entry by the rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invigilator.room.state import CandidateState
from invigilator.rules import Decision, Reason
from ui.bridge import SessionBridge, run_in_dialog
from ui.widgets.alert_label import AlertLabel
from ui.widgets.dialog_parts import (
    ScrollingPart,
    add_entry_parts,
    entry_key,
    full_stop,
    keep_fitted,
    show_entry_decision,
    signed_or_report,
)
from ui.widgets.labels import accommodations_label, added_mark, decision_text


def photo_for(folder: Path | None, student_id: str) -> Path | None:
    if folder is None:
        return None
    try:
        from invigilator.importing import find_photo
    except ImportError:
        return None
    try:
        return find_photo(folder, student_id)
    except OSError:
        return None


class CheckInDialog(QDialog):
    """Committed at once on 'Valider'; `finished_with` carries (kind, message) for the window."""

    finished_with = Signal(str, str)

    def __init__(
        self,
        bridge: SessionBridge,
        entry: CandidateState,
        *,
        photo_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.entry = entry
        session = bridge.session
        candidate = entry.candidate
        self.setWindowTitle(self.tr("Émargement — %s") % candidate.display_name)
        self.setAccessibleName(self.tr("Émargement du candidat"))
        layout = QVBoxLayout(self)
        # Who: the part that scrolls on a short screen, so the question, the signature and
        # the buttons below stay in view (a 1366 x 768 laptop with its taskbar).
        who = QWidget()
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        details = QGridLayout()
        name = QLabel(f"{candidate.last_name.upper()} {candidate.first_name}")
        name.setStyleSheet("font-size: 18pt; font-weight: 700;")
        name.setAccessibleName(self.tr("Nom du candidat"))
        details.addWidget(name, 0, 0, 1, 2)
        rows = [
            (self.tr("N° d'auditeur"), candidate.student_id),
            (self.tr("Place"), candidate.seat or "—"),
            (self.tr("Aménagements"), self._accommodations()),
        ]
        if candidate.birth_date:
            rows.append((self.tr("Date de naissance"), candidate.birth_date))
        for i, (label, value) in enumerate(rows, start=1):
            details.addWidget(QLabel(self.tr("%s :") % label), i, 0)
            shown = QLabel(value)
            shown.setStyleSheet("font-weight: 600;")
            shown.setAccessibleName(label)
            details.addWidget(shown, i, 1)
        top.addLayout(details, 1)
        self.photo = QLabel()
        self.photo.setAccessibleName(self.tr("Photo du candidat"))
        self.photo.setFixedSize(120, 150)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #9ca3af; color: #6b7280;")
        photo = photo_for(photo_folder, candidate.student_id)
        pixmap = QPixmap(str(photo)) if photo else QPixmap()
        if not pixmap.isNull():
            self.photo.setPixmap(
                pixmap.scaled(120, 150, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
            )  # fmt: skip
        else:
            self.photo.setText(self.tr("pas de\nphoto"))
        top.addWidget(self.photo)
        who_layout.addLayout(top)
        if entry.added_by_hand:
            mark = AlertLabel()
            mark.show_message("warning", f"{added_mark()} ({entry.added_reason})")
            who_layout.addWidget(mark)
        self.who = ScrollingPart(who)
        layout.addWidget(self.who)

        # When (the rules' decision for a late arrival), identity and signature.
        add_entry_parts(self, layout, session, bridge.remembered,
                        self.tr("Signature du candidat (émargement)"))  # fmt: skip
        self.decision_label, self.proof = self.late.label, self.late.proof

        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("&Valider l'émargement"))
        self.confirm.setAccessibleName(self.tr("Valider l'émargement"))
        self.refuse = QPushButton(self.tr("Enregistrer le &refus d'entrée"))
        self.refuse.setAccessibleName(self.tr("Enregistrer le refus d'entrée"))
        cancel = QPushButton(self.tr("Annuler"))
        cancel.setAccessibleName(self.tr("Annuler l'émargement"))
        cancel.setAutoDefault(False)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.refuse, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.clicked.connect(self.commit)
        self.refuse.clicked.connect(self.record_refusal)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self.late.changed.connect(self._update_decision)
        self.id_check.changed.connect(self._update_decision)
        keep_fitted(self)
        self._update_decision()
        # The certificate question first when there is one: it decides everything else.
        self.first_focus = self.late.proof if self.late.asks_proof else self.id_check.document

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter confirms (or records the refusal), wherever the focus is; while the transport
        certificate question is unanswered, it asks the question instead."""
        if not entry_key(self, event):
            super().keyPressEvent(event)

    def _accommodations(self) -> str:
        c = self.entry.candidate
        parts = [accommodations_label(c.accommodations)] if c.accommodations else []
        if c.extra_time_minutes:
            parts.append(self.tr("temps majoré +%d min") % c.extra_time_minutes)
        return ", ".join(parts) or "—"

    def decision(self) -> Decision | None:
        return self.late.decision()

    def _update_decision(self) -> None:
        show_entry_decision(self)
        self.confirm.setText(self.id_check.confirm_text())

    def commit(self) -> None:
        if self.late.question_now_needed():  # opened before the free late entry ended
            self._update_decision()
            return
        signature = signed_or_report(self, self.id_check.problem())
        if signature is None:
            return
        session = self.bridge.session
        change = run_in_dialog(
            self,
            session.check_in,
            self.entry.student_id,
            id_document=self.id_check.document_name(),
            signature=signature,
            transport_proof=self.proof.isChecked(),
        )
        if change is None:
            return
        name = self.entry.candidate.display_name
        time = session.state.candidates[self.entry.student_id].entered_at
        from invigilator.room.session import local_time

        message = self.tr("%s a émargé à %s.") % (name, local_time(time)) if time else name
        if change.decision is not None and change.decision.reason is not Reason.ON_TIME:
            message += " " + full_stop(_sentence(decision_text(change.decision)))
        self.finished_with.emit("ok", message)
        self.accept()

    def record_refusal(self) -> None:
        if self.late.question_now_needed():  # opened before the free late entry ended
            self._update_decision()
            return
        change = run_in_dialog(
            self, self.bridge.session.refuse_entry, self.entry.student_id,
            transport_proof=self.proof.isChecked(), recording_refusal=True,
        )  # fmt: skip
        if change is not None:
            self.accept()
        elif self.isVisible():  # an input error, shown: the decision may have moved on
            self._update_decision()


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
