"""The window's actions (menus, buttons, shortcuts) and the room-level commands behind them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from invigilator.errors import InvigilatorError
from invigilator.room.session import local_time
from invigilator.room.state import Status
from invigilator.room.timeline import hhmm, timeline

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtWidgets import QMenuBar, QWidget

    from ui.room.main_window import MainWindow
    from ui.room.projector import ProjectorWindow

SHORTCUT_TEXT = "shortcutText"  # an action's shortcut as window_action was given it


def window_action(
    window: QWidget,
    text: str,
    slot,
    shortcut: str | None = None,
    name: str = "",  # noqa: ANN001
) -> QAction:
    """An action of the main window, its shortcut live even while its menu is closed."""
    action = QAction(window)  # QAction(text, window) would first create QIcon's enums
    action.setText(text)
    if shortcut:  # set from its text: setShortcut() would create the Qt namespace's enums
        # (see ui.qt_values), a QKeySequence built or read here its own types (~0.5 ms before
        # the first frame); the text is kept for the buttons (main_window.button_text).
        action.setProperty("shortcut", shortcut)
        action.setProperty(SHORTCUT_TEXT, shortcut)
    action.triggered.connect(slot)
    action.setObjectName(name)
    window.addAction(action)
    return action


class RoomActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.projector: ProjectorWindow | None = None

        def make(text: str, slot, shortcut: str | None = None, name: str = "") -> QAction:  # noqa: ANN001
            return window_action(window, text, slot, shortcut, name)

        self.check_in = make(self.tr("Émarger (Entrée)"), window.open_selected, None, "check_in")
        self.exit = make(self.tr("Sortie temporaire"), window.open_exit, "F6", "exit")
        self.back = make(self.tr("Retour en salle"), window.record_return, "F7", "back")
        self.addition = make(self.tr("Ajout manuscrit"), window.open_addition, "F8", "addition")
        self.emergency_departure = make(
            self.tr("Sortie d'urgence sans retour…"), self.open_emergency_departure, None,
            "emergency_departure",
        )  # fmt: skip
        self.hand_in = make(self.tr("Remise de copie"), window.open_hand_in, "F9", "hand_in")
        self.instructions = make(
            self.tr("Consignes lues"), self.read_instructions, None, "instructions"
        )
        self.start = make(self.tr("Début de l'épreuve"), self.ask_start, None, "start")
        self.correct = make(
            self.tr("Corriger l'heure de début…"), self.ask_correct_start, None, "correct"
        )
        self.setup = make(self.tr("Préparation de la salle…"), self.open_setup, "F2", "setup")
        self.duration = make(
            self.tr("Modifier la durée de l'épreuve…"), self.open_duration, None, "duration"
        )
        self.projector_action = make(
            self.tr("Vue projecteur"), self.show_projector, "F12", "projector"
        )
        self.export_pdf = make(
            self.tr("Exporter le procès-verbal (PDF)…"), self.ask_export_pdf, None, "export_pdf"
        )
        self.pdf_job = None  # the PDF being built, if any
        self.save_copy = make(
            self.tr("Enregistrer une copie sous…"), self.ask_save_copy, "Ctrl+S", "save_copy"
        )
        self.mirror = make(
            self.tr("Copie continue sur un second support…"), self.ask_mirror, None, "mirror"
        )
        self.quit = make(self.tr("Fermer la session"), window.ask_close, "Ctrl+Q", "quit")
        self._safekeeping_problem = ""

    def row_actions(self) -> list[QAction]:
        return [self.check_in, self.exit, self.back, self.hand_in, self.addition,
                self.instructions, self.start, self.projector_action]  # fmt: skip

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&Fichier"))
        file_menu.addActions([self.export_pdf, self.save_copy, self.mirror, self.quit])
        room = bar.addMenu(self.tr("&Salle"))
        room.addActions([self.setup, self.instructions, self.start, self.correct, self.duration])
        candidates = bar.addMenu(self.tr("&Candidats"))
        candidates.addActions([self.check_in, self.exit, self.back, self.hand_in, self.addition,
                               self.emergency_departure])  # fmt: skip
        view = bar.addMenu(self.tr("&Affichage"))
        view.addAction(self.projector_action)

    def update(self) -> None:
        state = self.window.session.state
        writable = not self.window.read_only()
        # Read-only, every row action is disabled whatever is selected: the selection is not
        # looked at (nor is its model built before a file shown at once is painted, #13).
        # Once the PV is signed only an addendum or the seal are written (#9): no action offered
        # that the record would refuse (F8 asked for a whole addition, then said no).
        writable = writable and state.pv_signed is None
        selected = self.window.selected_id() if writable else None
        entry = state.candidates.get(selected or "")
        status = entry.status if entry else None
        started = state.started_at is not None
        self.check_in.setEnabled(writable and entry is not None and not entry.has_entered)
        self.exit.setEnabled(writable and started and status is Status.PRESENT)
        self.back.setEnabled(writable and status is Status.OUT)
        self.hand_in.setEnabled(writable and started and status is Status.PRESENT)
        self.emergency_departure.setEnabled(
            writable and started and status in (Status.PRESENT, Status.OUT)
        )
        self.addition.setEnabled(writable)
        self.instructions.setEnabled(writable and not started)  # read before the start
        self.start.setEnabled(writable and not started and state.exam is not None)
        self.correct.setEnabled(writable and started)
        self.duration.setEnabled(writable and started)
        self.setup.setEnabled(not self.window.read_only())  # to look at, signed or not
        self.mirror.setEnabled(writable)
        read = state.instructions_read_at
        text = (
            self.tr("Consignes lues à %s") % local_time(read) if read else self.tr("Consignes lues")
        )
        if self.instructions.text() != text:
            self.instructions.setText(text)

    def tick(self) -> None:
        if self.projector is not None:
            self.projector.refresh()
        self.watch_the_record()

    def watch_the_record(self) -> None:
        """Issue #9: a computer clock that was moved is recorded and said (the session keeps
        its own time); a journal or a second-medium copy that could not be kept is said."""
        session = self.window.session
        if not self.window.read_only():
            try:
                jump = session.note_clock_jump()
            except InvigilatorError:
                jump = None  # tried again at the next tick
            if jump is not None:
                minutes = jump.events[-1].payload["offset_s"] / 60
                self.window.show_alert("warning", self.tr(
                    "L'horloge de l'ordinateur a été changée (écart de %+.0f min) : l'application "
                    "garde l'heure de l'épreuve, aucune décision ne change ; c'est noté au journal."
                ) % minutes)  # fmt: skip
                self.window.bridge.roomChanged.emit()
        problem = session.safekeeping.problem
        if problem != self._safekeeping_problem:
            self._safekeeping_problem = problem
            if problem:
                self.window.show_alert("warning", self.tr(
                    "Enregistrement fait, mais %s. Vérifiez le support."
                ) % problem)  # fmt: skip

    def open_duration(self) -> None:
        from ui.dialogs.closing_cases import DurationDialog

        if self.duration.isEnabled():
            self.window.open_dialog(DurationDialog(self.window.bridge, self.window))

    def open_emergency_departure(self) -> None:
        from ui.dialogs.closing_cases import EmergencyDepartureDialog

        entry = self.window.session.state.candidates.get(self.window.selected_id() or "")
        if entry is not None and self.emergency_departure.isEnabled():
            self.window.open_dialog(
                EmergencyDepartureDialog(self.window.bridge, entry, self.window)
            )

    def ask_mirror(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Second support (clé USB) : dossier de la copie continue")
        )
        if folder and self.window.run(self.window.session.set_mirror, folder):
            self.window.show_alert("ok", self.tr(
                "Copie continue de la session sur %s : après chaque enregistrement, la copie et "
                "son journal d'ancrage y sont mis à jour."
            ) % folder)  # fmt: skip

    # -- the session file ----------------------------------------------------------------

    def save_copy_to(self, target: Path) -> bool:
        from invigilator.paths import save_copy

        try:
            save_copy(self.window.session.path, target)
        except InvigilatorError as error:
            self.window.show_alert("error", str(error))
            return False
        self.window.show_alert("ok", self.tr("Copie enregistrée : %s") % target)
        return True

    def ask_save_copy(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Enregistrer une copie de la session"),
            str(Path.home() / self.window.session.path.name), self.tr("Session (*.invigilator)"),
        )  # fmt: skip
        if path:
            self.save_copy_to(Path(path))

    def ask_export_pdf(self) -> None:
        """The documents at any time: final once sealed, a draft before (marked as such)."""
        from invigilator.documents.export import default_pdf_path
        from ui.dialogs.pdf_export import ask_pdf_path

        session = self.window.session
        suggested = default_pdf_path(session.path)
        if not session.state.sealed:
            suggested = suggested.with_name(suggested.stem + "-projet.pdf")
        path = ask_pdf_path(self.window, self.tr("Exporter le procès-verbal (PDF)"), suggested)
        if path is not None:
            self.export_pdf_to(path)

    def export_pdf_to(self, target: Path):  # noqa: ANN201  (a ui.dialogs.pdf_export.PdfJob)
        from ui.dialogs.pdf_export import export_session

        sealed = self.window.session.state.sealed

        def done(ok: bool, text: str) -> None:
            if not ok:
                self.window.show_alert("error", text)
            elif sealed:
                self.window.show_alert("ok", self.tr("Procès-verbal enregistré : %s") % text)
            else:
                self.window.show_alert("ok", self.tr(
                    "Projet de procès-verbal enregistré (session non scellée) : %s") % text)  # fmt: skip

        self.pdf_job = export_session(self.window, self.window.session.path, target, done)
        return self.pdf_job

    # -- room commands -------------------------------------------------------------------

    def read_instructions(self) -> None:
        session = self.window.session
        if self.window.run(session.read_instructions):
            self.window.show_alert(
                "ok", self.tr("Lecture des consignes enregistrée à %s.")
                % local_time(session.state.instructions_read_at),  # type: ignore[arg-type]
            )  # fmt: skip

    def ask_start(self) -> None:
        from ui.widgets.questions import confirm

        state = self.window.session.state
        waiting = sum(1 for e in state.candidates.values() if not e.has_entered)
        text = (
            self.tr(
                "Enregistrer le début de l'épreuve maintenant ?\n\n"
                "Ensuite, toute entrée sera une entrée en retard, décidée par le règlement.\n"
                "Candidats pas encore émargés : %d."
            )
            % waiting
        )
        if state.instructions_read_at is None:
            text += "\n\n" + self.tr("⚠ La lecture des consignes n'a pas été enregistrée.")
        # A reflex click on a room just created: the start cannot be undone, say what is missing.
        if not state.invigilators:
            text += "\n" + self.tr(
                "⚠ Aucun surveillant n'est indiqué (Préparation de la salle, F2)."
            )
        if state.list_import is None:
            text += "\n" + self.tr(
                "⚠ Aucune liste de candidats importée : chacun devra être ajouté à la main."
            )
        box = confirm(self.window, self.tr("Début de l'épreuve"), text, self.start_exam)
        self.window.dialogOpened.emit(box)

    def start_exam(self) -> None:
        session = self.window.session
        if self.window.run(session.start_exam):
            view = timeline(session)
            self.window.show_alert(
                "ok",
                self.tr("Épreuve commencée à %s. Entrée des retardataires jusqu'à %s ; "
                        "sorties à partir de %s.")
                % (hhmm(view.start), hhmm(view.late_entry_until), hhmm(view.exits_from)),
            )  # fmt: skip

    def ask_correct_start(self) -> None:
        from ui.dialogs.correct_start import CorrectStartDialog

        dialog = CorrectStartDialog(self.window)
        dialog.accepted.connect(lambda: self.correct_start(dialog.moment(), dialog.note.text()))
        self.window.open_dialog(dialog)

    def correct_start(self, moment: datetime, note: str) -> None:
        # The dialog showed the decisions this start changes: confirming it accepts them.
        if self.window.run(self.window.session.correct_start, moment, note, accept_changes=True):
            self.window.show_alert(
                "ok", self.tr("Heure de début corrigée : %s.") % local_time(moment)
            )

    def open_setup(self) -> None:
        from ui.setup.wizard import SetupWizard

        self.window.open_dialog(SetupWizard(self.window.bridge, self.window))

    def show_projector(self) -> None:
        """F12 toggles the projector view (Esc or F12 in the view itself close it too)."""
        from ui.room.projector import ProjectorWindow, place_on_second_screen

        if self.projector is not None:
            self.close_projector()
            return
        self.projector = ProjectorWindow(self.window.session)
        self.projector.addActions(self.window.actions())  # its shortcuts work from it too
        self.projector.closed.connect(self._projector_closed)
        self.window.bridge.roomChanged.connect(self.projector.refresh)
        if not place_on_second_screen(self.projector, self.window):
            self.window.focus_scan(clear=False)  # same screen: the invigilator keeps working

    def _projector_closed(self) -> None:
        if self.projector is not None:
            self.window.bridge.roomChanged.disconnect(self.projector.refresh)
            self.projector = None
            self.window.focus_scan(clear=False)

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()  # emits closed
