"""The documents from the app: export with a progress indication, open, save a copy, print.

Building the PDF runs in a worker thread (it opens its own read-only connection to the
session file): the window stays responsive, and a busy indicator appears if it takes more
than a moment (a room of 500 takes a couple of seconds on a slow laptop).

Printing: PySide6-Essentials has QtPrintSupport but not QtPdf, so Qt cannot draw a PDF page
itself. The print dialog chooses the printer and the copies; the PDF goes to that printer
through the system's print spooler (CUPS `lp`), which prints PDF natively. Where no printer
is known the print button is not offered.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from invigilator.errors import InvigilatorError
from ui.widgets.domain_text import error_text

BUSY_AFTER_MS = 400


class PdfJob(QObject):
    """One PDF built in a worker thread; `finished(ok, text)` in the GUI thread.

    `text` is the written path when ok, else the French reason."""

    finished = Signal(bool, str)

    def __init__(self, parent: QWidget, work: Callable[[], Path], label: str) -> None:
        super().__init__(parent)
        self._work = work
        self._result: tuple[bool, str] | None = None
        self._progress = QProgressDialog(label, "", 0, 0, parent)
        self._progress.setWindowTitle(self.tr("Production du PDF"))
        self._progress.setCancelButton(None)
        self._progress.setMinimumDuration(BUSY_AFTER_MS)
        self._progress.setAutoClose(False)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        threading.Thread(target=self._run, name="pdf-export", daemon=True).start()
        self._progress.setValue(0)
        self._timer.start()

    def _run(self) -> None:
        try:
            self._result = (True, str(self._work()))
        except InvigilatorError as error:
            self._result = (False, error_text(error))  # in the UI's language
        except Exception as error:  # a PDF must never take the app down with it
            self._result = (False, self.tr("Le PDF n'a pas pu être produit : %s") % error)

    def _poll(self) -> None:
        if self._result is None:
            return
        self._timer.stop()
        self._progress.reset()
        self._progress.hide()
        ok, text = self._result
        self.finished.emit(ok, text)

    def wait(self, timeout_ms: int = 60000) -> None:
        """For tests: run the GUI loop until the job reported."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        clock = QElapsedTimer()
        clock.start()
        while self._timer.isActive() and clock.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            threading.Event().wait(0.01)


def export_session(
    parent: QWidget, session_path: Path, out: Path, on_done: Callable[[bool, str], None]
) -> PdfJob:
    """The procès-verbal, attendance sheet and fraud reports of a session into `out`."""
    from invigilator.documents.export import export_pdf

    job = PdfJob(parent, lambda: export_pdf(session_path, out).path,
                 parent.tr("Production du procès-verbal (PDF)…"))  # fmt: skip
    job.finished.connect(on_done)
    job.start()
    return job


def blank_sheet(parent: QWidget, session: object, out: Path,
                on_done: Callable[[bool, str], None]) -> PdfJob:  # fmt: skip
    """The paper fallback from the session's list and exam facts (before the start)."""
    from invigilator.documents.blank import BlankSheet, blank_sheet_pdf
    from invigilator.documents.export import write_private

    state = session.state  # type: ignore[attr-defined]
    exam = state.exam
    sheet = BlankSheet(
        [e.candidate for e in state.candidates.values() if not e.added_by_hand],
        exam.duration_minutes if exam else 0,
        room=exam.room if exam else "",
        exam_code=exam.ue_code if exam else "",
        exam_title=exam.title if exam else "",
        exam_date=exam.exam_date if exam else None,
        institution=exam.centre if exam else "",
        source_name=(state.list_import or {}).get("source_name", ""),
    )
    job = PdfJob(parent, lambda: write_private(out, blank_sheet_pdf(sheet)),
                 parent.tr("Production de la feuille d'émargement vierge (PDF)…"))  # fmt: skip
    job.finished.connect(on_done)
    job.start()
    return job


def ask_pdf_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), parent.tr("PDF (*.pdf)"))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")


def open_pdf(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def save_pdf_copy(parent: QWidget, path: Path) -> str | None:
    """A copy of the PDF elsewhere (a USB stick), owner-only; the French outcome, or None."""
    from invigilator.documents.export import write_private

    target = ask_pdf_path(
        parent, parent.tr("Enregistrer une copie du PDF"), Path.home() / path.name
    )
    if target is None:
        return None
    try:
        write_private(target, path.read_bytes())
    except (InvigilatorError, OSError) as error:
        return parent.tr("Copie impossible : %s") % error
    return parent.tr("Copie du PDF enregistrée : %s") % target


def printers_available() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames()) and shutil.which("lp") is not None


def print_pdf(parent: QWidget, path: Path) -> str | None:
    """Qt's print dialog chooses the printer and the copies; the spooler prints the PDF."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return spool_pdf(parent, path, printer.printerName(), printer.copyCount())


def spool_pdf(parent: QWidget, path: Path, printer_name: str, copies: int) -> str:
    """Hands the PDF to CUPS (`lp`); the outcome for the status line, with lp's own reason."""
    command = ["lp", "-d", printer_name, "-n", str(max(1, copies)), "--", str(path)]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=30)
    except subprocess.CalledProcessError as error:
        reason = (error.stderr or error.stdout or "").strip() or str(error.returncode)
        return _print_failed(parent, reason)
    except (OSError, subprocess.SubprocessError) as error:
        return _print_failed(parent, str(error))
    return parent.tr("PDF envoyé à l'imprimante %s.") % printer_name


def _print_failed(parent: QWidget, reason: str) -> str:
    return parent.tr("Impression impossible (%s) : ouvrez le PDF et imprimez-le depuis la "
                     "visionneuse.") % reason  # fmt: skip
