"""The exam office: drop or choose session files and folders, see every room of each exam,
its problems and its candidates, tie each room to its paper PV (a scanned code or the hash
typed), open a room's PDF or its session read-only, export for the information system.

Nothing here writes to a session file: files are read by `invigilator.office` (read-only,
off the UI thread); the window only keeps what the office scans or types (owner-only)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invigilator.errors import InvigilatorError
from invigilator.office.exports import write_report
from invigilator.office.files import Refused
from invigilator.office.paper import (
    PaperEntry,
    PaperError,
    load_paper_entries,
    paper_record_path,
    read_paper_code,
    save_paper_entries,
)
from invigilator.office.reconcile import ExamReport, Report, RoomReport, reconcile, retie_paper
from invigilator.office.rooms import Listed, RoomFile
from invigilator.text import normalise_for_search
from ui.office import views
from ui.office.loader import start_reading, start_task
from ui.office.problem_text import refused_text, word
from ui.widgets.alert_label import AlertLabel
from ui.widgets.domain_text import error_text
from ui.widgets.import_text import import_error_text


class OfficeWindow(QMainWindow):
    """The exam office's window; `add_paths`, `record_paper` and `export_to` are what its
    buttons call, and what tests drive."""

    loaded = Signal()  # a batch of files has been read and the report rebuilt
    exported = Signal(str, str)  # the export's path, and "" or why it failed

    def __init__(self, parent: QWidget | None = None, *, paper_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invigilator — bureau des examens"))
        self.setAccessibleName(self.tr("Bureau des examens"))
        self.setAcceptDrops(True)
        self.rooms: dict[Path, RoomFile] = {}
        self.refused: list[Refused] = []
        self.enrolment: list[Listed] | None = None
        self.paper_path = paper_path or paper_record_path()
        self.folder = Path.home()  # where the file dialogs open: the last folder used
        self.paper: list[PaperEntry] = load_paper_entries(self.paper_path)
        self.report = Report()
        self._pending: list[list[Path]] = []
        self._reading = False
        self._viewers: list[QWidget] = []
        self._thread: QThread | None = None
        self._batch: list[Path] = []
        self._exporting = False
        self._build()
        self.resize(1300, 720)

    # -- layout --------------------------------------------------------------------------

    def _button(self, text: str, slot: object, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self._button(self.tr("Ajouter des &fichiers…"), self.ask_files, top)
        self._button(self.tr("Ajouter un &dossier…"), self.ask_folder, top)
        self._button(self.tr("Liste des &inscrits…"), self.ask_enrolment, top)
        self._button(self.tr("&Vider"), self.clear, top)
        top.addStretch(1)
        self.hint = QLabel(self.tr("ou déposez ici les fichiers et dossiers reçus"))
        top.addWidget(self.hint)
        layout.addLayout(top)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Lecture des fichiers"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = AlertLabel()
        layout.addWidget(self.message)

        exam_row = QHBoxLayout()
        label = QLabel(self.tr("É&preuve :"))
        self.exam_choice = QComboBox()
        self.exam_choice.setAccessibleName(self.tr("Épreuve"))
        self.exam_choice.currentIndexChanged.connect(lambda _=0: self._show_exam())
        label.setBuddy(self.exam_choice)
        exam_row.addWidget(label)
        exam_row.addWidget(self.exam_choice, 2)
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Totaux de l'épreuve"))
        exam_row.addWidget(self.totals, 5)
        layout.addLayout(exam_row)

        splitter = QSplitter()
        splitter.setOrientation(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.rooms_table = views.rooms_table()
        self.rooms_table.itemSelectionChanged.connect(self._room_selected)
        upper_layout.addWidget(self.rooms_table)
        upper_layout.addLayout(self._paper_row())
        splitter.addWidget(upper)

        self.tabs = QTabWidget()
        self.problems_table = views.problems_table()
        self.tabs.addTab(self.problems_table, self.tr("Problèmes"))
        people = QWidget()
        people_layout = QVBoxLayout(people)
        filter_row = QHBoxLayout()
        self.candidate_filter = QComboBox()
        self.candidate_filter.addItems([views.tr(text) for text, _ in views.CANDIDATE_FILTERS])
        self.candidate_filter.setAccessibleName(self.tr("Filtrer les candidats"))
        self.candidate_filter.currentIndexChanged.connect(lambda _=0: self._show_candidates())
        filter_row.addWidget(QLabel(self.tr("Afficher :")))
        filter_row.addWidget(self.candidate_filter)
        filter_row.addStretch(1)
        people_layout.addLayout(filter_row)
        self.candidates_table = views.candidates_table()
        people_layout.addWidget(self.candidates_table)
        self.tabs.addTab(people, self.tr("Candidats"))
        splitter.addWidget(self.tabs)
        splitter.setSizes([190, 420])
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.open_pdf_button = self._button(
            self.tr("Ouvrir le P&DF de la salle"), self.open_pdf, bottom
        )
        self.open_session_button = self._button(
            self.tr("Ouvrir la &session (lecture seule)"), self.open_session, bottom
        )
        bottom.addStretch(1)
        for text, suffix in ((self.tr("Exporter &CSV…"), ".csv"), (self.tr("Exporter &XLSX…"), ".xlsx"),
                             (self.tr("Exporter P&DF…"), ".pdf")):  # fmt: skip
            self._button(text, lambda _=False, s=suffix: self.ask_export(s), bottom)
        layout.addLayout(bottom)
        self.setCentralWidget(central)
        self._show_report()

    def _paper_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.paper_label = QLabel(self.tr("PV papier :"))
        row.addWidget(self.paper_label)
        self.paper_code = QLineEdit()
        self.paper_code.setPlaceholderText(
            self.tr("scannez le code du PV, ou tapez son empreinte (16 caractères au moins)")
        )
        self.paper_code.setAccessibleName(self.tr("Code ou empreinte du PV papier"))
        self.paper_code.returnPressed.connect(self.record_from_fields)
        self.paper_label.setBuddy(self.paper_code)
        row.addWidget(self.paper_code, 3)
        row.addWidget(QLabel(self.tr("Copies reçues :")))
        self.papers_received = QLineEdit()
        self.papers_received.setValidator(QIntValidator(0, 100000))
        self.papers_received.setMaximumWidth(80)
        self.papers_received.setAccessibleName(self.tr("Copies reçues"))
        self.papers_received.returnPressed.connect(self.record_from_fields)
        row.addWidget(self.papers_received)
        self._button(self.tr("&Enregistrer"), self.record_from_fields, row)
        return row

    def closeEvent(self, event: object) -> None:  # noqa: N802
        # A reading thread must end before its window: Qt aborts on a running QThread's end.
        self._pending.clear()
        for thread in (self._thread, getattr(self, "_export_thread", None)):
            try:
                if thread is not None and thread.isRunning():
                    # Its quit() may still be queued to this very thread: ask it here, or
                    # the wait would never end.
                    thread.quit()
                    thread.wait()
            except RuntimeError:  # already deleted: it had ended
                pass
        super().closeEvent(event)  # type: ignore[arg-type]

    # -- reading files -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def ask_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Fichiers de session reçus"), str(self.folder),
            self.tr("Sessions (*.invigilator);;Tous les fichiers (*)"),
        )  # fmt: skip
        if names:
            self.folder = Path(names[0]).parent
            self.add_paths([Path(n) for n in names])

    def ask_folder(self) -> None:
        title = self.tr("Dossier des fichiers reçus")
        folder = QFileDialog.getExistingDirectory(self, title, str(self.folder))
        if folder:
            self.folder = Path(folder)
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Read these files and folders (off the UI thread), then rebuild the report."""
        self._pending.append(list(paths))
        if not self._reading:
            self._read_next()

    @property
    def reading(self) -> bool:
        return self._reading

    def _read_next(self) -> None:
        paths = self._pending.pop(0)
        self._batch = paths
        self._reading = True
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Recherche des fichiers…"))
        self.progress.show()
        # What the thread reconciles with: a snapshot, never the window's own lists.
        known, refused_before = dict(self.rooms), list(self.refused)
        enrolment, paper = self.enrolment, list(self.paper)

        def make_report(rooms: list[RoomFile], refused: list[Refused]) -> Report:
            merged = dict(known)
            merged.update((room.path.resolve(), room) for room in rooms)
            return reconcile(list(merged.values()), _merged(refused_before, refused),
                             enrolment=enrolment, paper=paper)  # fmt: skip

        # Kept: a reader without a Python reference would be deleted while it runs.
        self._thread, self._reader = start_reading(
            self, paths, make_report, self._progress, self._read
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Lecture %1 / %2 : %3").replace("%1", str(done))
                                .replace("%2", str(total)).replace("%3", name))  # fmt: skip

    def _read(self, rooms: list[RoomFile], refused: list[Refused], report: Report | None) -> None:
        for room in rooms:
            self.rooms[room.path.resolve()] = room
        self.refused = _merged(self.refused, refused)
        if self._pending:
            self._read_next()
            return
        self._reading = False
        self.progress.hide()
        if report is None:
            self.recompute()
        else:
            self.report = report
            retie_paper(self.report, self.paper)  # what was scanned while it read
            self._show_report()
        if self._batch:
            self._say_read(refused)
        self.loaded.emit()

    def _say_read(self, refused: list[Refused]) -> None:
        count = len(self.rooms)
        if refused:
            self.message.show_message(
                "warning",
                self.tr("%1 fichier(s) de session lu(s) ; %2 refusé(s) : %3")
                .replace("%1", str(count)).replace("%2", str(len(refused)))
                .replace("%3", " ; ".join(f"{Path(r.file).name} — {refused_text(r)}" for r in refused[:3])),
            )  # fmt: skip
        else:
            self.message.show_message(
                "ok", self.tr("%1 fichier(s) de session lu(s), sans rien y modifier.")
                .replace("%1", str(count)))  # fmt: skip

    def ask_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Liste des inscrits de toutes les salles"), str(self.folder),
            self.tr("Listes (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;Tous les fichiers (*)"),
        )  # fmt: skip
        if name:
            self.folder = Path(name).parent
            self.set_enrolment(Path(name))

    def set_enrolment(self, path: Path) -> None:
        from invigilator.importing import ListImportError
        from invigilator.office.command import read_enrolment

        try:
            self.enrolment = read_enrolment(path)
        except (ListImportError, InvigilatorError) as error:  # a list's: each line and column
            shown = import_error_text if isinstance(error, ListImportError) else error_text
            self.message.show_message("error", shown(error))
            return
        self.add_paths([])  # reconciled again off the UI thread
        self.message.show_message(
            "ok",
            self.tr("Liste des inscrits : %1 candidat(s).").replace("%1", str(len(self.enrolment))),
        )

    def clear(self) -> None:
        self.rooms.clear()
        self.refused.clear()
        self.enrolment = None
        self.message.clear_message()
        self.recompute()

    # -- the report ----------------------------------------------------------------------

    def recompute(self) -> None:
        self.report = reconcile(
            list(self.rooms.values()), self.refused, enrolment=self.enrolment, paper=self.paper
        )
        self._show_report()

    def _show_report(self) -> None:
        current = self.exam_choice.currentIndex()
        self.exam_choice.blockSignals(True)
        self.exam_choice.clear()
        for exam in self.report.exams:
            day = "/".join(reversed(exam.date.split("-"))) if exam.date else "?"
            self.exam_choice.addItem(f"{exam.exam} — {day} — {exam.title}")
        self.exam_choice.setCurrentIndex(min(max(current, 0), len(self.report.exams) - 1))
        self.exam_choice.blockSignals(False)
        self.hint.setVisible(not self.report.exams)
        self._show_exam()

    @property
    def exam(self) -> ExamReport | None:
        index = self.exam_choice.currentIndex()
        return self.report.exams[index] if 0 <= index < len(self.report.exams) else None

    def _show_exam(self) -> None:
        exam = self.exam
        if exam is None:
            self.totals.setText(self.tr("Aucun fichier de session : ajoutez ceux des salles."))
        else:
            t = exam.totals
            self.totals.setText(
                self.tr("%1 inscrits · %2 présents · %3 absents · %4 copies · %5 feuilles · "
                        "%6 retards admis, %7 refusés · %8 ajouts manuscrits · %9 incidents")
                .replace("%1", str(t["enrolled"])).replace("%2", str(t["present"]))
                .replace("%3", str(t["absent"])).replace("%4", str(t["papers"]))
                .replace("%5", str(t["sheets"])).replace("%6", str(t["late_admitted"]))
                .replace("%7", str(t["late_refused"])).replace("%8", str(t["added_by_hand"]))
                .replace("%9", str(t["incidents"]))
            )  # fmt: skip
        selected = self.selected_room()
        views.fill_rooms(self.rooms_table, exam)
        views.fill_problems(self.problems_table, exam)
        self.tabs.setTabText(
            0, self.tr("Problèmes (%1)").replace("%1", str(len(exam.problems) if exam else 0))
        )
        self._show_candidates()
        rooms = exam.rooms if exam else []
        names = [r.room for r in rooms]
        if selected is not None and selected.room in names:
            self.rooms_table.selectRow(names.index(selected.room))
        elif rooms:
            self.rooms_table.selectRow(0)
        self._room_selected()

    def _show_candidates(self) -> None:
        views.fill_candidates(
            self.candidates_table, self.exam, self.candidate_filter.currentIndex()
        )

    def selected_room(self) -> RoomReport | None:
        exam = self.exam
        rows = self.rooms_table.selectionModel().selectedRows() if exam else []
        if not rows or exam is None or rows[0].row() >= len(exam.rooms):
            return None
        return exam.rooms[rows[0].row()]

    def _room_selected(self) -> None:
        room = self.selected_room()
        self.open_pdf_button.setEnabled(room is not None)
        self.open_session_button.setEnabled(room is not None)
        self.paper_label.setText(
            self.tr("PV papier de la salle %1 :").replace("%1", room.room)
            if room
            else self.tr("PV papier :")
        )
        received = room.paper.papers_received if room and room.paper else None
        self.papers_received.setText("" if received is None else str(received))

    # -- the paper -----------------------------------------------------------------------

    def record_from_fields(self) -> None:
        received = self.papers_received.text().strip()
        if self.record_paper(self.paper_code.text(), int(received) if received else None):
            self.paper_code.clear()

    def record_paper(self, text: str, papers_received: int | None = None) -> bool:
        """Record a scanned PV code (it names its room) or a hash typed for the chosen room,
        and the papers received; False, with the reason shown, when it cannot be."""
        if self._exporting:  # the report is being written: it must not change under it
            self.message.show_message(
                "warning", self.tr("Un export est en cours : réessayez ensuite.")
            )
            return False
        exam, room = self.exam, self.selected_room()
        code = None
        try:
            if text.strip():
                code = read_paper_code(text)
        except PaperError as error:
            self.message.show_message(
                "error", self.tr("Code du PV refusé : %1").replace("%1", str(error))
            )
            return False
        if code is not None and code.room:  # a scan says which room it is
            room = self._room_named(code.exam, code.room)
            if room is None:
                self.message.show_message(
                    "error", self.tr("Ce PV est celui de la salle %1 (%2) : aucun fichier reçu pour elle.")
                    .replace("%1", code.room).replace("%2", code.exam))  # fmt: skip
                return False
        if room is None or exam is None:
            self.message.show_message(
                "error", self.tr("Choisissez d'abord la salle dans le tableau.")
            )
            return False
        previous = room.paper
        if code is None and papers_received is None:
            return False
        entry = PaperEntry(
            room.room,
            code if code is not None else (previous.code if previous else None),
            papers_received if papers_received is not None else (previous.papers_received if previous else None),
            room.file.exam,
        )  # fmt: skip
        self.paper = [
            p for p in self.paper if not (p.exam == entry.exam and _same(p.room, entry.room))
        ]
        self.paper.append(entry)
        try:
            save_paper_entries(self.paper_path, self.paper)
        except OSError as error:
            self.message.show_message(
                "error", self.tr("Impossible d'enregistrer : %1").replace("%1", str(error))
            )
            return False
        retie_paper(self.report, self.paper)  # the paper alone: instant with 400 rooms
        self._show_report()
        shown = (
            next((r for r in self.exam.rooms if _same(r.room, entry.room)), None)
            if self.exam
            else None
        )
        status = shown.paper_status if shown else ""
        kind = "ok" if shown is not None and status.startswith("conforme") else "warning"
        self.message.show_message(
            kind, self.tr("Salle %1 : %2").replace("%1", entry.room).replace("%2", word(status))
        )
        return True

    def _room_named(self, exam_code: str, name: str) -> RoomReport | None:
        for index, exam in enumerate(self.report.exams):
            if exam_code and exam.exam != exam_code:
                continue
            for row, room in enumerate(exam.rooms):
                if _same(room.room, name):
                    self.exam_choice.setCurrentIndex(index)
                    self.rooms_table.selectRow(row)
                    return room
        return None

    # -- opening and exporting -----------------------------------------------------------

    def open_pdf(self) -> None:
        room = self.selected_room()
        if room is None:
            return
        path = room.file.path
        found = sorted(p for p in path.parent.glob("*.pdf") if p.stem.startswith(path.stem))
        if not found:
            self.message.show_message(
                "warning", self.tr("Aucun PDF à côté de %1 (attendu : %2.pdf).")
                .replace("%1", path.name).replace("%2", path.stem))  # fmt: skip
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(found[0])))

    def open_session(self) -> None:
        """The room's session in the room window, from a private copy, read-only for good:
        the file received is never opened by anything that could write to it."""
        room = self.selected_room()
        if room is None:
            return
        from invigilator.room.session import RoomSession
        from ui.room.main_window import MainWindow

        folder = Path(tempfile.mkdtemp(prefix="invigilator-bureau-"))
        copy = folder / room.file.path.name
        try:
            shutil.copyfile(room.file.path, copy)
            session = RoomSession.open(copy, readonly=True)
        except (OSError, InvigilatorError) as error:
            shutil.rmtree(folder, ignore_errors=True)
            self.message.show_message("error", error_text(error))
            return
        window = MainWindow(session)
        # The private copy goes when its window does (personal data left in no temp folder).
        window.destroyed.connect(lambda *_: (session.close(), shutil.rmtree(folder, True)))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.unwritable = self.tr("Ouvert depuis le bureau des examens : lecture seule.")
        window.integrity.show_message("info", window.unwritable)
        window.bridge.roomChanged.emit()
        self._viewers.append(window)
        window.show()

    def ask_export(self, suffix: str) -> None:
        if not self.report.exams:  # said before a file name is asked for, not after
            self.message.show_message(
                "warning", self.tr("Rien à exporter : ajoutez d'abord des fichiers.")
            )
            return
        exam = self.exam
        name = (
            f"rapprochement-{exam.exam}-{exam.date}{suffix}" if exam else f"rapprochement{suffix}"
        )
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter"), str(self.folder / name), f"*{suffix}"
        )
        if target:
            self.folder = Path(target).parent
            if not target.lower().endswith(suffix):
                target += suffix
            self.export_to(Path(target))

    def export_to(self, path: Path) -> bool:
        """Write the export off the UI thread (an XLSX of 400 rooms takes seconds);
        `exported` says when it is on disk, or why not. False when nothing was started."""
        if not self.report.exams:
            self.message.show_message(
                "warning", self.tr("Rien à exporter : ajoutez d'abord des fichiers.")
            )
            return False
        if self._exporting:
            self.message.show_message("warning", self.tr("Un export est déjà en cours."))
            return False
        self._exporting = True
        report = self.report
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Export en cours : %1").replace("%1", path.name))
        self.progress.show()
        self._export_thread, self._export_task = start_task(
            self, lambda: write_report(report, path), lambda error: self._exported(path, error)
        )
        return True

    def _exported(self, path: Path, error: str) -> None:
        self._exporting = False
        if not self._reading:
            self.progress.hide()
        if error:
            self.message.show_message(
                "error", self.tr("Export impossible : %1").replace("%1", error)
            )
        else:
            self.message.show_message("ok", self.tr("Export écrit : %1").replace("%1", str(path)))
        self.exported.emit(str(path), error)


def _merged(before: list[Refused], new: list[Refused]) -> list[Refused]:
    known = {r.file for r in before}
    return before + [r for r in new if r.file not in known]


def _same(a: str, b: str) -> bool:
    return normalise_for_search(a) == normalise_for_search(b)
