"""Notes for the procès-verbal (observations, errata), the interruption, and the record read back.

Each dialog calls one room-session command through the bridge and closes; `finished_with`
carries (kind, message) for the window's alert line, as the other dialogs do.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invigilator.record.events import Event, EventKind
from invigilator.room.commands import local_time
from invigilator.room.session import RoomSession
from ui.bridge import SessionBridge, run_in_dialog
from ui.dialogs.incident import CATEGORY_LABELS
from ui.widgets.alert_label import AlertLabel
from ui.widgets.dialog_parts import confirm_buttons
from ui.widgets.labels import reason_text


class _CommandDialog(QDialog):
    """A text, a confirm button (also Ctrl+Entrée), an error line; one command on confirm."""

    finished_with = Signal(str, str)

    def __init__(self, bridge: SessionBridge, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.setMinimumWidth(620)

    def _finish(self, confirm_text: str) -> None:
        self.error = AlertLabel()
        self.layout_.addWidget(self.error)
        name = confirm_text.replace("&", "").split(" (")[0]
        self.confirm = confirm_buttons(self, confirm_text, name)
        self.confirm.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.commit)

    def _text_field(self, caption: str, name: str, placeholder: str) -> QPlainTextEdit:
        label = QLabel(caption)
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        field.setMinimumHeight(110)
        label.setBuddy(field)
        self.layout_.addWidget(label)
        self.layout_.addWidget(field, 1)
        return field

    def _run(self, command, *args, **kwargs) -> bool:  # noqa: ANN001
        return run_in_dialog(self, command, *args, **kwargs) is not None

    def commit(self) -> None:
        raise NotImplementedError


class ObservationDialog(_CommandDialog):
    """A remark made by a candidate, or an invigilator's observation (4.2, 4.5)."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Observation"), parent)
        # The invigilator's own observation by default: a candidate's remark is the exception.
        self.from_invigilator = QRadioButton(self.tr("Observation d'un &surveillant"))
        self.from_invigilator.setChecked(True)
        self.from_candidate = QRadioButton(self.tr("Remarque d'un &candidat"))
        self.layout_.addWidget(self.from_invigilator)
        self.layout_.addWidget(self.from_candidate)
        self.text = self._text_field(
            self.tr("&Texte pour le procès-verbal :"), self.tr("Texte de l'observation"),
            self.tr("Par exemple : un candidat signale une coquille dans l'exercice 2."),
        )  # fmt: skip
        self._finish(self.tr("&Enregistrer l'observation (Ctrl+Entrée)"))
        self.first_focus = self.text

    @property
    def source(self) -> str:
        return "candidat" if self.from_candidate.isChecked() else "surveillant"

    def commit(self) -> None:
        session = self.bridge.session
        if self._run(session.observe, self.text.toPlainText(), source=self.source):
            self.finished_with.emit("ok", self.tr("Observation enregistrée au procès-verbal."))
            self.accept()


class ErratumDialog(_CommandDialog):
    """Information about the subject passed to the room (4.2)."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Erratum"), parent)
        hint = QLabel(self.tr(
            "Une information sur le sujet transmise à la salle (par l'enseignant ou le service "
            "des examens) : notez-la telle qu'elle a été annoncée."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.text = self._text_field(
            self.tr("&Erratum annoncé :"), self.tr("Texte de l'erratum"),
            self.tr("Par exemple : exercice 2, lire « tableau trié » au lieu de « tableau »."),
        )  # fmt: skip
        self._finish(self.tr("&Enregistrer l'erratum (Ctrl+Entrée)"))
        self.first_focus = self.text

    def commit(self) -> None:
        if self._run(self.bridge.session.erratum, self.text.toPlainText()):
            self.finished_with.emit("ok", self.tr("Erratum enregistré au procès-verbal."))
            self.accept()


class PauseDialog(_CommandDialog):
    """Interrupting the exam: the reason is required; the clock stops for everyone."""

    REASONS = ("alerte incendie", "malaise d'un candidat", "panne d'électricité",
               "erreur dans le sujet", "bruit ou perturbation extérieure")  # fmt: skip

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, self.tr("Interrompre l'épreuve"), parent)
        hint = QLabel(self.tr(
            "Pendant l'interruption, le temps de l'épreuve ne court plus : la fin, l'entrée des "
            "retardataires et les sorties sont décalées d'autant. Enregistrez la reprise dès "
            "que l'épreuve repart."
        ))  # fmt: skip
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        label = QLabel(self.tr("&Motif de l'interruption :"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", *self.REASONS])
        self.reason.setAccessibleName(self.tr("Motif de l'interruption"))
        label.setBuddy(self.reason)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.reason)
        self._finish(self.tr("&Interrompre maintenant"))
        self.confirm.setDefault(True)
        self.first_focus = self.reason

    def commit(self) -> None:
        session = self.bridge.session
        if self._run(session.pause, self.reason.currentText()):
            since = local_time(session.state.pauses[-1][0])
            self.finished_with.emit("warning", self.tr(
                "Épreuve interrompue depuis %s. Enregistrez la reprise (Ctrl+P) dès qu'elle repart."
            ) % since)  # fmt: skip
            self.accept()


# -- the record, read back ---------------------------------------------------------------

COLUMNS = (
    QT_TRANSLATE_NOOP("RecordListDialog", "Heure"),
    QT_TRANSLATE_NOOP("RecordListDialog", "Nature"),
    QT_TRANSLATE_NOOP("RecordListDialog", "Détail"),
    QT_TRANSLATE_NOOP("RecordListDialog", "Candidats"),
    QT_TRANSLATE_NOOP("RecordListDialog", "Saisi par"),
)
EMERGENCY_KINDS = (EventKind.TEMPORARY_EXIT, EventKind.DEFINITIVE_EXIT, EventKind.HANDED_IN)
Row = tuple[int, str, str, str, str, str]  # seq, time, kind, detail, candidates, invigilator


class RecordListDialog(QDialog):
    """What was recorded for the procès-verbal, in order, read-only: to check before signing."""

    def __init__(self, session: RoomSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal du procès-verbal"))
        self.setAccessibleName(self.tr("Journal du procès-verbal"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Incidents, observations, errata, sorties d'urgence, interruptions et refus "
            "enregistrés, dans l'ordre. "
            "Rien ne s'efface : une erreur se corrige par un nouvel enregistrement."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.session = session
        rows = self.rows()
        self.table = QTableWidget(len(rows), len(COLUMNS))
        self.table.setAccessibleName(self.tr("Ce qui a été enregistré"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for r, (_, *cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        for column, width in enumerate((60, 210, 0, 230, 150)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Rien n'a encore été enregistré."))
        self.empty.setVisible(not rows)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox()
        close = QPushButton(self.tr("Fermer"))
        close.setDefault(True)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.first_focus = self.table
        self.resize(1180, 600)

    def _name(self, student_id: str | None) -> str:
        entry = self.session.state.candidates.get(student_id or "")
        if entry is None:
            return student_id or ""
        c = entry.candidate
        return f"{c.last_name.upper()} {c.first_name} ({student_id})"

    def _names(self, ids: list[str]) -> str:
        return ", ".join(self._name(i) for i in ids)

    def rows(self) -> list[Row]:
        """What the procès-verbal states, in the order it happened."""
        state = self.session.state
        rows: list[Row] = []

        def add(event: Event, kind: str, detail: str, who: str = "") -> None:
            rows.append((event.seq, local_time(event.at), kind, detail, who, event.invigilator))

        for event in state.incidents:
            p = event.payload
            label = QCoreApplication.translate(
                "IncidentDialog", CATEGORY_LABELS.get(p.get("category", ""), "Autre incident")
            )
            lines = [p.get("description", "")]
            if p.get("seized"):
                lines.append(self.tr("Saisi : %s") % p["seized"])
            if p.get("invigilator_signatures"):
                lines.append(self.tr("Signé par : %s") % ", ".join(p["invigilator_signatures"]))
            if p.get("candidate_signatures"):
                lines.append(
                    self.tr("Contresigné par : %s") % self._names(list(p["candidate_signatures"]))
                )
            if p.get("refused_to_countersign"):
                lines.append(
                    self.tr("Refus de contresigner : %s") % self._names(p["refused_to_countersign"])
                )
            add(event, self.tr("Incident — %s") % label, "\n".join(lines),
                self._names(p.get("candidates", [])))  # fmt: skip
        for event in state.observations:
            from_candidate = event.payload.get("source") == "candidat"
            kind = self.tr("Remarque d'un candidat") if from_candidate else self.tr("Observation")
            add(event, kind, event.payload.get("text", ""))
        for event in state.errata:
            add(event, self.tr("Erratum"), event.payload.get("text", ""))
        for event in state.refusals:
            reason = event.payload.get("reason", "")
            if event.kind is EventKind.LATE_ENTRY_REFUSED:
                reason = reason_text(reason)  # issue #11: in the UI's language
                minutes = int(event.payload.get("elapsed_s", 0)) // 60
                detail = self.tr("%s (arrivée %d min après le début)") % (reason, minutes)
                add(event, self.tr("Entrée refusée"), detail, self._name(event.candidate))
            else:
                add(event, self.tr("Action refusée"), reason, self._name(event.candidate))
        # The corrections in force, as the fold applied them (voiding a correction undoes it).
        voided, amended = state.voided, state.amended
        for event in self.session.events():
            if event.seq in voided:
                continue
            payload = {**event.payload, **amended.get(event.seq, {})}
            if event.kind is EventKind.PAUSED:
                add(event, self.tr("Interruption"), payload.get("reason", ""))
            elif event.kind is EventKind.RESUMED:
                minutes = int(payload.get("paused_s", 0)) // 60
                add(event, self.tr("Reprise"), self.tr("après %d min d'interruption") % minutes)
            elif payload.get("emergency") and event.kind in EMERGENCY_KINDS:
                # An emergency exit is allowed at any time, on a note the PV must state (4.3).
                kind = (
                    self.tr("Sortie d'urgence")
                    if event.kind is EventKind.TEMPORARY_EXIT
                    else self.tr("Sortie d'urgence, copie remise")
                )
                add(event, kind, self._with_escort(payload), self._name(event.candidate))
            else:
                self._room_decision(event, payload, add)  # issue #11: the PV names them
                self._add_issue_9_row(event, payload, add)
        if state.pv_signed is not None:
            signers = ", ".join(state.pv_signed.payload.get("signatures", {}))
            add(state.pv_signed, self.tr("Procès-verbal signé"), signers)
        return sorted(rows)

    def _with_escort(self, payload: dict) -> str:
        note = payload.get("note", "")
        escort = payload.get("escort", "")
        if not escort:
            return note
        who = (
            self.tr("%s (personne extérieure)") % escort
            if payload.get("escort_outside")
            else escort
        )
        return note + "\n" + self.tr("Accompagné(e) par : %s") % who

    def _add_issue_9_row(self, event: Event, payload: dict, add) -> None:  # noqa: ANN001
        """The record's kinds of issue #9: what the PV must state of them."""
        kind = event.kind
        if kind is EventKind.EMERGENCY_DEPARTURE:
            label = (
                self.tr("Sortie d'urgence — copie remise")
                if payload.get("paper_handed_in")
                else self.tr("Sortie d'urgence — copie non remise")
            )
            add(event, label, self._with_escort(payload), self._name(event.candidate))
        elif kind is EventKind.ADDENDUM:
            add(event, self.tr("Ajout postérieur à la signature"), payload.get("text", ""))
        elif kind is EventKind.CLOCK_JUMPED:
            minutes = int(payload.get("offset_s", 0)) / 60
            add(event, self.tr("Horloge de l'ordinateur modifiée"), self.tr(
                "écart de %+.0f min avec l'heure de la session, qui n'a pas changé"
            ) % minutes)  # fmt: skip
        elif kind is EventKind.START_CORRECTED:
            lines = [payload.get("note", "")] + list(payload.get("changed_decisions", []))
            add(event, self.tr("Heure de début corrigée"), "\n".join(lines))
        elif kind is EventKind.EXAM_AMENDED:
            minutes = payload.get("exam", {}).get("duration_minutes", "")
            add(event, self.tr("Épreuve modifiée"),
                self.tr("durée %s min — %s") % (minutes, payload.get("reason", "")))  # fmt: skip
        elif kind is EventKind.INSTRUCTIONS_READ and payload.get("after_start"):
            minutes = int(payload.get("elapsed_s", 0)) // 60
            add(event, self.tr("Consignes lues après le début"),
                self.tr("%d min après le début") % minutes)  # fmt: skip
        elif kind is EventKind.SEALED and payload.get("not_held"):
            add(event, self.tr("Épreuve non tenue"), payload.get("not_held", ""))

    def _room_decision(self, event: Event, payload: dict, add) -> None:  # noqa: ANN001
        """A candidate admitted without an ID, or admitted here though expected elsewhere."""
        from invigilator.room.commands import without_id
        from ui.widgets.labels import id_document_label

        entry = event.kind in (EventKind.CHECKED_IN, EventKind.LATE_ENTRY_ADMITTED)
        if entry and without_id(payload.get("id_document", "")):
            add(event, self.tr("Entrée sans pièce d'identité"),
                id_document_label(payload["id_document"]), self._name(event.candidate))  # fmt: skip
        elif event.kind is EventKind.CANDIDATE_ADDED and payload.get("expected_in"):
            add(event, self.tr("Accueilli(e) ici, attendu(e) en salle %s") % payload["expected_in"],
                payload.get("elsewhere_decision", ""), self._name(event.candidate))  # fmt: skip

    def texts(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
