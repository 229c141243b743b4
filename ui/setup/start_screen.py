"""The start screen: a new room session, or one of the recent ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invigilator.paths import SESSION_SUFFIX, SessionSummary, recent_sessions, sessions_dir
from invigilator.text import normalise_for_search
from ui.setup.fields import DateField
from ui.widgets.alert_label import AlertLabel


class NewSessionDialog(QDialog):
    """The three facts that name the session file; the set-up asks for the rest."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle session de salle"))
        form = QFormLayout(self)
        self.ue_code = QLineEdit()
        self.ue_code.setAccessibleName(self.tr("Code de l'UE"))
        self.room = QLineEdit()
        self.room.setAccessibleName(self.tr("Salle"))
        day = today or date.today()
        # Typed as one writes it; the date in words beside it (it names the file).
        self.exam_date = DateField(today=day)
        self.exam_date.setAccessibleName(self.tr("Date de l'épreuve"))
        self.exam_date.set_value(day)
        form.addRow(self.tr("Code de l'&UE :"), self.ue_code)
        form.addRow(self.tr("&Date :"), self.exam_date)
        form.addRow(self.tr("&Salle :"), self.room)
        self.message = AlertLabel()
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Créer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.ue_code.text().strip() or not self.room.text().strip():
            self.message.show_message("error", self.tr("Indiquez le code de l'UE et la salle."))
            return
        problem = self.exam_date.problem()
        if problem:
            self.message.show_message("error", problem)
            self.exam_date.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, date, str]:
        day = self.exam_date.value()
        assert day is not None  # _check refuses to accept otherwise
        return self.ue_code.text().strip(), day, self.room.text().strip()


# Where a sitting stands, as invigilator.paths.session_phase says it: in the UI's language.
PHASES = (
    QT_TRANSLATE_NOOP("StartScreen", "scellée"),
    QT_TRANSLATE_NOOP("StartScreen", "PV signé"),
    QT_TRANSLATE_NOOP("StartScreen", "épreuve commencée"),
    QT_TRANSLATE_NOOP("StartScreen", "préparation"),
    QT_TRANSLATE_NOOP("StartScreen", "illisible"),
)


def phase_text(phase: str) -> str:
    return QCoreApplication.translate("StartScreen", phase)


def is_demo(path: Path) -> bool:
    """Demo rooms end in `_demo.invigilator` (invigilator.paths.fresh_demo_path)."""
    return path.name.endswith("_demo" + SESSION_SUFFIX)


class StartScreen(QWidget):
    openRequested = Signal(Path)
    newRequested = Signal(str, object, str)  # ue_code, date, room
    demoRequested = Signal()
    officeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invigilator — sessions de salle"))
        self.setAccessibleName(self.tr("Écran d'accueil"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sessions de salle"))
        title.setStyleSheet("font-size: 20pt; font-weight: 700;")
        layout.addWidget(title)
        self.folder = QLabel(self.tr("Dossier : %s") % sessions_dir())
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Épreuve"),
                self.tr("Salle"),
                self.tr("État"),
                self.tr("Fichier"),
            ]
        )
        self.table.setAccessibleName(self.tr("Sessions récentes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # file names: date … room
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The state whole ("épreuve commencée"); the file name may be cut in its middle.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 80)
        self.table.setColumnWidth(4, 240)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Nouvelle session…"), self.ask_new),
            (self.tr("&Ouvrir la session choisie"), self.open_selected),
            (self.tr("Ouvrir un &fichier…"), self.ask_file),
            (self.tr("Salle de &démonstration"), self.demoRequested.emit),
            (self.tr("Bureau des &examens"), self.officeRequested.emit),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.message = AlertLabel()
        layout.addWidget(self.message)
        self.sessions: list[SessionSummary] = []
        self.problem_box: QWidget | None = None
        self.refresh()
        self.resize(960, 560)

    def refresh(self) -> None:
        self.sessions = recent_sessions()
        self.table.setRowCount(len(self.sessions))
        for row, s in enumerate(self.sessions):
            demo = is_demo(s.path)
            exam = f"{s.ue_code} {s.title}".strip() or "—"
            if demo:
                exam = self.tr("(démo) %s") % exam
            day = s.exam_date.strftime("%d/%m/%Y") if s.exam_date else "—"
            values = (day, exam, s.room or "—", phase_text(s.state), s.path.name)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(str(s.path) if column == 4 else value)
                if demo:  # never mistaken for a real room
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QColor("#6b7280"))
                self.table.setItem(row, column, item)
        if self.sessions:
            self.table.selectRow(0)

    def report_problem(self, text: str) -> None:
        """Why a session did not open: in a box at once, and on the screen after it."""
        from PySide6.QtWidgets import QMessageBox

        self.message.show_message("error", text)
        box = QMessageBox(
            QMessageBox.Icon.Critical, "Invigilator", text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.problem_box = box
        box.open()

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.openRequested.emit(self.sessions[rows[0].row()].path)

    def ask_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir une session"), str(sessions_dir()),
            self.tr("Sessions (*%s);;Tous les fichiers (*)") % SESSION_SUFFIX,
        )  # fmt: skip
        if path:
            self.openRequested.emit(Path(path))

    def ask_new(self) -> None:
        dialog = NewSessionDialog(self)
        dialog.accepted.connect(lambda: self.create(*dialog.values()))
        dialog.open()

    def same_room(self, ue_code: str, day: date, room: str) -> SessionSummary | None:
        """A session already here for this exam, date and room (accents, case and spaces
        ignored), demo rooms aside: the one an invigilator back after a crash should reopen."""
        key = (normalise_for_search(ue_code), day, normalise_for_search(room))
        same = [
            summary
            for summary in recent_sessions()  # the most recent first
            if not is_demo(summary.path)
            and summary.readable
            and (normalise_for_search(summary.ue_code), summary.exam_date,
                 normalise_for_search(summary.room)) == key
        ]  # fmt: skip
        # A sitting that started before one still in set-up (an empty "-2" made by mistake).
        same.sort(key=lambda summary: summary.state == "préparation")
        return same[0] if same else None

    def create(self, ue_code: str, day: date, room: str) -> None:
        """A new session, unless this room already has one for the exam: then the choice of
        reopening it (the default) rather than starting a second, empty one beside it."""
        existing = self.same_room(ue_code, day, room)
        if existing is None:
            self.newRequested.emit(ue_code, day, room)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Session existante"))
        box.setText(
            self.tr("Une session existe déjà pour %s, salle %s, le %s (%s) : %s.")
            % (
                existing.ue_code,
                existing.room,
                day.strftime("%d/%m/%Y"),
                phase_text(existing.state),
                existing.path.name,
            )  # fmt: skip
        )
        box.setInformativeText(
            self.tr(
                "Après un redémarrage, rouvrez-la : tout ce qui y a été fait est enregistré. "
                "Une seconde session serait vide et le service des examens recevrait deux "
                "fichiers pour la salle."
            )  # fmt: skip
        )
        reopen = box.addButton(self.tr("Ouvrir la session existante"),
                               QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        second = box.addButton(self.tr("Créer une seconde session"),
                               QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reopen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def chosen(_: int) -> None:
            if box.clickedButton() is reopen:
                self.openRequested.emit(existing.path)
            elif box.clickedButton() is second:
                self.newRequested.emit(ue_code, day, room)

        box.finished.connect(chosen)
        self.problem_box = box
        box.open()
