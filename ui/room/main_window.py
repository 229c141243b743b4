"""The invigilator's window: the clock band, the scan box, the candidate table, the actions."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invigilator.errors import InvigilatorError
from invigilator.room.session import RoomSession, local_time
from ui.bridge import SessionBridge
from ui.qt_values import NO_FOCUS, STRONG_FOCUS, set_focus_policy
from ui.room.button_rows import ButtonRows
from ui.room.candidate_model import FILTERS, CandidateTableModel
from ui.room.clock_band import ClockBand
from ui.room.late_pieces import late_pieces
from ui.room.room_actions import SHORTCUT_TEXT, RoomActions
from ui.room.scan_box import ScanBox
from ui.widgets.alert_label import AlertLabel
from ui.widgets.labels import status_label

if TYPE_CHECKING:
    from datetime import datetime

    from PySide6.QtGui import QAction, QCloseEvent
    from PySide6.QtWidgets import QDialog

# The dialogs, the file dialog and the message boxes are imported where they open: the first
# frame needs none of them, and every Qt class touched creates its Python enum types. Nothing
# before the first frame names `QtCore.Qt` (see ui.qt_values); the methods run after it do.

COLUMN_WIDTHS = (260, 170, 140, 110, 60, 150, 70, 90)
FIRST_FRAME_WAIT = 0.3  # seconds: see _watch_for_first_frame
ALERT_SECONDS = 60  # an "ok" or "info" banner goes after this; warnings stay until replaced


class MainWindow(QMainWindow):
    dialogOpened = Signal(object)
    firstFramePainted = Signal()
    sessionClosed = Signal()  # "Fermer la session": back to the start screen (ui.app)
    # Built right after the first frame of a file shown at once, or on first use (late_pieces).
    record_actions = property(lambda self: late_pieces(self)[0])  # the "Procès-verbal" menu
    acting = property(lambda self: late_pieces(self)[1])  # who enters what follows (F4)
    help_action = property(lambda self: late_pieces(self)[2])  # the "Aide" menu, F1

    def __init__(
        self,
        session: RoomSession,
        *,
        photo_folder: Path | None = None,
        tick_ms: int = 1000,
        verify_after_first_frame: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.bridge = SessionBridge(session, self)
        self._photo_folder = photo_folder
        # A file opened to be shown at once is opened read-only, and verified right after the
        # first frame (verify_session_file): then writable if its chain holds; if not, or if it
        # cannot be written, read-only for good, and these say why.
        self.verifying = verify_after_first_frame
        self.nonconforming = ""
        self.unwritable = ""
        self._dialog: QDialog | None = None
        self._pending_number = ""
        self._alert_at: tuple[str, datetime] | None = None  # the banner's kind and moment
        self._close_confirmed = False
        self._to_start = False  # closed by "Fermer la session", not by quitting the app
        self._refresh_problem = ""  # why the file could not be read again at the last tick
        self.setAccessibleName(self.tr("Fenêtre principale de la salle"))
        self.model = CandidateTableModel(session, self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(6)
        # Refreshed once, as it is built: what it says first is what the window knows now.
        self.band = ClockBand(session, lock_text=self.lock_reason())
        layout.addWidget(self.band)

        body = QVBoxLayout()
        body.setContentsMargins(10, 0, 10, 0)
        row = QHBoxLayout()
        self.scan = ScanBox()
        row.addWidget(self.scan, 3)
        self.filter = QComboBox()
        self.filter.addItems([self.tr(label) for label, _, _ in FILTERS])
        self.filter.setAccessibleName(self.tr("Filtrer par état"))
        set_focus_policy(self.filter, STRONG_FOCUS)
        self.filter_label = QLabel(self.tr("Affic&her :"))
        self.filter_label.setBuddy(self.filter)
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        body.addLayout(row)
        self.integrity = AlertLabel()  # a non-conforming file: stays for the whole session
        self.integrity.setAccessibleName(self.tr("Conformité du fichier de session"))
        body.addWidget(self.integrity)
        self.counters = QLabel()
        self.counters.setAccessibleName(self.tr("Compteurs"))
        font = self.counters.font()
        font.setPointSize(12)
        self.counters.setFont(font)
        self.counters.setWordWrap(True)  # on a narrow window, two lines rather than cut (#11.16)
        body.addWidget(self.counters)
        alert_row = QHBoxLayout()
        self.alert = AlertLabel()
        alert_row.addWidget(self.alert, 1)
        self.alert_action = QPushButton(self.tr("Ajout manuscrit (F8)"))
        self.alert_action.setAccessibleName(self.tr("Ajouter ce candidat à la main"))
        set_focus_policy(self.alert_action, NO_FOCUS)
        self.alert_action.hide()
        alert_row.addWidget(self.alert_action)
        body.addLayout(alert_row)

        self.table = QTableView()
        # Hidden before the model comes: a visible row header measures its first and last
        # hundred sections (four calls into the model each) as soon as it has rows.
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        # The column header shows its own model's titles: this model's headerData() receives a
        # Qt.Orientation, and the first frame must not create `Qt` (ui.qt_values). Hidden while
        # the model is set, it does not ask this model either.
        header = self.table.horizontalHeader()
        header.hide()
        self.table.setModel(self.model)
        header.setModel(self.model.header_labels())
        header.show()
        self.table.setAccessibleName(self.tr("Liste des candidats"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        set_focus_policy(self.table, NO_FOCUS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        body.addWidget(self.table, 1)

        buttons = ButtonRows()  # on two rows or more when narrow (#11.16)
        self.room_actions = RoomActions(self)
        for action in self.room_actions.row_actions():
            button = QPushButton(button_text(action))
            button.setAccessibleName(action.text().replace("&", ""))
            set_focus_policy(button, NO_FOCUS)
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            action.changed.connect(lambda b=button, a=action: b.setText(button_text(a)))
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.room_actions.build_menus(self.menuBar())

        self.scan.textChanged.connect(self._on_query)
        self.scan.activated.connect(self._on_enter)
        self.scan.moved.connect(self._move_selection)
        self.filter.currentIndexChanged.connect(self._on_filter)
        self.alert_action.clicked.connect(self.open_addition)
        self.bridge.candidatesChanged.connect(self._on_candidates)
        self.bridge.roomChanged.connect(self._on_room)

        self._shown_at: float | None = None
        self._first_frame_watch = QTimer(self)
        self._first_frame_watch.timeout.connect(self._watch_for_first_frame)
        self._first_frame_watch.start(0)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        if tick_ms:
            self.timer.start(tick_ms)
        self.setTabOrder(self.scan, self.filter)
        self._update_title()
        self._update_counters()
        self.room_actions.update()
        self.resize(1366, 740)
        self.scan.setFocus()
        if not verify_after_first_frame:  # a file shown at once: right after its first frame
            late_pieces(self)

    def _watch_for_first_frame(self) -> None:
        """Once the window is on screen, do what its first frame does not show.

        Polled, not a paintEvent override: the first event handed to Python makes PySide6
        build QEvent's types (~2.5 ms that the first frame would wait for). A widget window
        paints as soon as it is exposed. Its QWindow is looked at from the second look after
        it is shown (its Python type costs ~2 ms more), by when it has usually painted; a
        window shown but never exposed (minimised at once) goes on after FIRST_FRAME_WAIT."""
        if not self.isVisible():
            self._first_frame_watch.setInterval(20)
            return
        now = time.monotonic()
        if self._shown_at is None:
            self._shown_at = now
            self._first_frame_watch.setInterval(1)
            return
        handle = self.windowHandle()
        exposed = handle is not None and handle.isExposed()
        if exposed or now - self._shown_at > FIRST_FRAME_WAIT:
            self._first_frame_watch.stop()
            self._after_first_frame()

    def _after_first_frame(self) -> None:
        """What the first frame does not show, done once it is on screen."""
        try:
            late_pieces(self)  # the PV and help menus, the acting invigilator
            # The model starts sorted by name: the indicator first, so that enabling sorting
            # keeps that order (rather than sorting by column 0).
            self.table.horizontalHeader().setSortIndicator(
                CandidateTableModel.LAST, QtCore.Qt.SortOrder.AscendingOrder
            )
            self.table.setSortingEnabled(True)
            self.model.prepare_search()
            # Only shown once the box has text; on X11 its icon is a theme lookup (~5 ms).
            self.scan.setClearButtonEnabled(True)
            if self.verifying:
                self.verify_session_file()
        finally:
            self.firstFramePainted.emit()

    def verify_session_file(self) -> None:
        """Verify the session file: writable if its chain holds, read-only for good if not."""
        check = self.session.verify()
        if not check.ok:
            self.nonconforming = check.message
            self.integrity.show_message(
                "error",
                self.tr("Fichier de session NON CONFORME : %s. Ouvert en lecture seule ; "
                        "remettez ce fichier tel quel au service des examens.") % check.message,
            )  # fmt: skip
        else:
            try:
                self.session.make_writable()
            except InvigilatorError as error:
                from ui.widgets.domain_text import error_text  # read after the first frame

                self.unwritable = error_text(error)
                self.integrity.show_message("warning", self.unwritable)
        self.verifying = False
        self.bridge.roomChanged.emit()  # the lock, the actions, whatever the file now says
        if self.nonconforming:
            self.warn_nonconforming()

    # -- what tests and the app ask ------------------------------------------------------

    @property
    def active_dialog(self) -> QDialog | None:
        return self._dialog

    @property
    def photo_folder(self) -> Path | None:
        """The folder given at opening, else the one the set-up recorded in the session."""
        if self._photo_folder is not None:
            return self._photo_folder
        folder = self.session.state.photo_folder
        return Path(folder) if folder else None

    def lock_reason(self) -> str:
        """Why nothing can be written ("" when the session is writable)."""
        if self.session.state.sealed:
            return self.tr("Session scellée — lecture seule")
        if self.nonconforming:
            return self.tr("Fichier non conforme — lecture seule")
        if self.unwritable:
            return self.tr("Fichier en lecture seule")
        if self.verifying:
            return self.tr("Vérification du fichier en cours")
        return ""

    def read_only(self) -> bool:
        return bool(self.lock_reason())

    def warn_nonconforming(self) -> None:
        """Say it at once, in a box; the red line stays for as long as the window is open."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("Fichier de session NON CONFORME"),
            self.tr("Le fichier %s a été modifié en dehors de l'application : %s.\n\n"
                    "Il est ouvert en lecture seule : rien n'y sera plus écrit. Remettez-le tel "
                    "quel au service des examens et ouvrez une nouvelle session pour continuer.")
            % (self.session.path.name, self.nonconforming),
            QMessageBox.StandardButton.Ok, self,
        )  # fmt: skip
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.finished.connect(lambda _=0: self.focus_scan(clear=False))
        box.open()
        self.dialogOpened.emit(box)

    def focus_scan(self, *, clear: bool = True) -> None:
        """Back to the scan box (emptied) in the active window: ready for the next card."""
        if clear:
            self.scan.blockSignals(True)
            self.scan.clear()
            self.scan.blockSignals(False)
            self.model.search("")
        self.activateWindow()
        self.scan.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.student_id(rows[0].row()) if rows else None

    def select(self, student_id: str) -> bool:
        row = self.model.row_of(student_id)
        if row is None:
            self.table.clearSelection()
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def tick(self) -> None:
        try:
            changed = self.session.refresh()
        except Exception as error:  # noqa: BLE001  a box each second would block the window
            problem = str(error) if isinstance(error, InvigilatorError) else (
                self.tr("Relecture du fichier impossible : %s") % error
            )  # fmt: skip
            if self._refresh_problem != problem:
                self._refresh_problem = problem
                self.show_alert("error", problem)
        else:
            if self._refresh_problem:  # readable again
                self._refresh_problem = ""
                self.alert.clear_message()
            if changed:  # another window on this file wrote: everything shows it
                self.bridge.roomChanged.emit()
        if self._alert_at and self._alert_at[0] in ("ok", "info"):  # said, and long done
            if (self.session.clock.now() - self._alert_at[1]).total_seconds() > ALERT_SECONDS:
                self.clear_alert()
        self.band.refresh()
        self.model.tick()
        self._update_counters()
        self.room_actions.update()
        self.room_actions.tick()

    def show_alert(self, kind: str, text: str, *, offer_addition: str | None = None) -> None:
        self.alert.show_message(kind, text)
        self._alert_at = (kind, self.session.clock.now())
        self._pending_number = offer_addition or ""
        self.alert_action.setVisible(offer_addition is not None and not self.read_only())

    def clear_alert(self) -> None:
        """The banner answered the last action: a new one, or its age, makes it old (#11)."""
        self.alert.clear_message()
        self.alert_action.hide()
        self._pending_number = ""
        self._alert_at = None

    # -- the scan box --------------------------------------------------------------------

    def _on_query(self, text: str) -> None:
        found = self.model.search(text)
        if found is not None and len(found) == 1:
            self.select(found[0])
        self.clear_alert()  # a new question: the last answer is old (issue #11)

    def _move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.selectionModel().selectedRows()
        row = current[0].row() + step if current else (0 if step > 0 else count - 1)
        self.table.selectRow(max(0, min(count - 1, row)))

    def _on_enter(self) -> None:
        text = self.scan.text().strip()
        selected = self.selected_id()
        if selected is not None:
            self.open_entry(selected)
            return
        if not text:
            return
        from ui.room.scan_answers import answer_name, answer_number

        compact = text.replace(" ", "")
        if compact.isdigit():
            answer_number(self, compact)
        else:
            answer_name(self, text)

    def open_entry(self, student_id: str) -> None:
        entry = self.session.state.candidates.get(student_id)
        if entry is None:
            return
        if entry.has_entered:
            status = self.model.status(entry)
            self.show_alert(
                "warning",
                self.tr("%s a déjà émargé à %s (%s).")
                % (
                    entry.candidate.display_name,
                    local_time(entry.entered_at),
                    status_label(status),
                ),
            )  # type: ignore[arg-type]
            self.scan.selectAll()
            return
        if self.read_only():
            self.show_alert("warning", self.lock_reason() + ".")
            self.scan.selectAll()
            return
        from ui.dialogs.checkin import CheckInDialog

        self.open_dialog(
            CheckInDialog(self.bridge, entry, photo_folder=self.photo_folder, parent=self)
        )

    def open_selected(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.open_entry(selected)

    def open_addition(self) -> None:
        if self.read_only():
            self.show_alert("warning", self.lock_reason() + ".")
            return
        typed = self.scan.text().replace(" ", "")
        number = self._pending_number or (typed if typed.isdigit() else "")
        if number in self.session.state.candidates:  # on the list (#11): their check-in
            self.open_entry(number)
            return
        from ui.dialogs.addition import AdditionDialog

        self.open_dialog(AdditionDialog(self.bridge, number, parent=self))

    def open_exit(self) -> None:
        entry = self.session.state.candidates.get(self.selected_id() or "")
        if entry is not None:
            from ui.dialogs.handin import ExitDialog

            self.open_dialog(ExitDialog(self.bridge, entry, parent=self))

    def open_hand_in(self) -> None:
        entry = self.session.state.candidates.get(self.selected_id() or "")
        if entry is not None:
            from ui.dialogs.handin import HandInDialog

            self.open_dialog(HandInDialog(self.bridge, entry, parent=self))

    def record_return(self) -> None:
        student_id = self.selected_id()
        if student_id is None:
            return
        name = self.session.state.candidates[student_id].candidate.display_name
        if self.run(self.session.return_to_room, student_id):
            self.show_alert("ok", self.tr("%s est revenu(e) dans la salle.") % name)

    # -- plumbing ------------------------------------------------------------------------

    def run(self, command, *args, **kwargs) -> bool:  # noqa: ANN001
        """Call a room-session command; any refusal or error is shown, in French."""
        try:
            self.bridge.run(command, *args, **kwargs)
        except InvigilatorError as error:
            from ui.widgets.domain_text import error_text

            self.show_alert("error", error_text(error))
            return False
        return True

    def open_dialog(self, dialog: QDialog) -> None:
        if self._dialog is not None:
            self._dialog.reject()
        self._dialog = dialog
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
        finished_with = getattr(dialog, "finished_with", None)
        if finished_with is not None:
            finished_with.connect(self._on_dialog_result)
        dialog.finished.connect(lambda _=0, d=dialog: self._on_dialog_closed(d))
        dialog.open()
        dialog.activateWindow()
        first = getattr(dialog, "first_focus", None)
        if first is not None:
            first.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.dialogOpened.emit(dialog)

    def _on_dialog_result(self, kind: str, message: str) -> None:
        if message:
            self.show_alert(kind, message)

    def _on_dialog_closed(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog = None
        # Whatever the answer, the next scan starts in an empty box (it would be appended).
        self.focus_scan()

    def _on_filter(self, index: int) -> None:
        _, statuses, added_only = FILTERS[index]
        self.model.set_status_filter(statuses, added_only)

    def _on_candidates(self, ids: frozenset[str]) -> None:
        selected = self.selected_id()
        self.model.refresh(ids)
        if selected is not None:
            self.select(selected)
        self._update_counters()
        self.room_actions.update()

    def _on_room(self) -> None:
        selected = self.selected_id()
        self.band.lock_text = self.lock_reason()
        if self.read_only():
            self.alert_action.hide()
        self.model.reload()
        self.model.search(self.scan.text())
        QTimer.singleShot(0, self.model.prepare_search)
        if selected is not None:
            self.select(selected)
        self.band.refresh()
        self._update_title()
        self._update_counters()
        self.room_actions.update()
        self.room_actions.tick()

    def _update_counters(self) -> None:
        c = self.model.counts()
        # Who signed in, who is in the room now: not the same once candidates leave.
        text = self.tr(
            "Inscrits : %d  ·  Émargés : %d  ·  Dans la salle : %d  ·  Sortis : %d"
            "  ·  Copies rendues : %d  ·  Attendus : %d"
        ) % (c["enrolled"], c["signed_in"], c["in_room"], c["out"], c["handed_in"], c["expected"])
        extras = (  # shown when not zero; absent as on the PV (#11): the refused included
            ("not_handed_in", self.tr("  ·  Sans copie : %d")),
            ("emergency", self.tr("  ·  Sorties d'urgence : %d")),
            ("absent", self.tr("  ·  Absents : %d")),
            ("refused", self.tr(" (dont refusés à l'entrée : %d)")),
            ("added", self.tr("  ·  Ajoutés en salle : %d")),
        )
        text += "".join(label % c[key] for key, label in extras if c[key])
        self.counters.setText(text)

    def _update_title(self) -> None:
        exam = self.session.state.exam
        if exam is None:
            self.setWindowTitle(self.tr("Invigilator — salle non préparée"))
            return
        self.setWindowTitle(
            f"Invigilator — {exam.ue_code} {exam.title} — {self.tr('salle')} {exam.room}"
        )

    def ask_close(self, *, to_start: bool = True) -> None:
        """Close the session; during the exam, only once the invigilator confirms. From the
        menu, the start screen follows; the window's own ✕ quits the app."""
        state = self.session.state
        if state.started_at is None or self.read_only() or self._close_confirmed:
            self._to_start = to_start
            self.close()
            return
        from ui.widgets.questions import confirm

        box = confirm(
            self, self.tr("Fermer la session"),
            self.tr("L'épreuve est en cours. Fermer la session maintenant ?\n\n"
                    "Tout ce qui est affiché est déjà enregistré : la session se rouvre depuis "
                    "l'écran d'accueil."),
            lambda: self._close_now(to_start), default_yes=False,
        )  # fmt: skip
        self.dialogOpened.emit(box)

    def _close_now(self, to_start: bool) -> None:
        self._close_confirmed = True
        self._to_start = to_start
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's own close button asks, as Ctrl+Q does; a close from the program (the
        # app quitting, a shutdown) does not.
        if event.spontaneous() and not self._close_confirmed and self.session.state.started_at:
            event.ignore()
            self.ask_close(to_start=False)
            return
        self.timer.stop()
        self.room_actions.close_projector()
        if self._to_start:  # "Fermer la session": the start screen (ui.app)
            self.sessionClosed.emit()
        super().closeEvent(event)


def button_text(action: QAction) -> str:
    """A button's caption: its action's text, with the shortcut when it has one."""
    text = action.text().replace("&", "&&")
    shortcut = action.property(SHORTCUT_TEXT)  # not action.shortcut(): see window_action
    return f"{text} ({shortcut})" if shortcut else text
