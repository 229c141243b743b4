"""The application: start screen, main window, translations, the error safety net."""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
# The domain before Qt: once loaded, PySide6 reads the source of each module imported after
# it (see ui.pyside_startup); what is loaded before, it is told to skip.
from invigilator.errors import InvigilatorError
from invigilator.model import ExamFacts
from invigilator.room.session import RoomSession

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ui.options import plain_options
from ui.pyside_startup import skip_feature_scan
# isort: on

if TYPE_CHECKING:
    from ui.room.main_window import MainWindow

skip_feature_scan()

TRANSLATIONS = Path(__file__).resolve().parent
_KEEP: list[QTranslator] = []  # installed translators must outlive install_translations


def parse(argv: list[str]) -> argparse.Namespace:
    return plain_options(argv) or parser().parse_args(argv)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invigilator", description="Salle d'examen")
    parser.add_argument("--demo", action="store_true", help="ouvrir une salle de démonstration")
    parser.add_argument("--session", type=Path, help="ouvrir ce fichier de session")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    return parser


def install_translations(app: QApplication, lang: str | None) -> str:
    if lang is None:
        lang = "en" if QLocale.system().language() == QLocale.Language.English else "fr"
    for old in _KEEP:
        app.removeTranslator(old)
    _KEEP.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _KEEP.append(qt)
    if lang == "en":
        own = QTranslator(app)
        if own.load(str(TRANSLATIONS / "invigilator_en.qm")):
            app.installTranslator(own)
            _KEEP.append(own)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.French)
    )
    return lang


def show_error(parent: QWidget | None, error: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # not at import: its enums cost at start-up

    if isinstance(error, InvigilatorError):
        text = str(error)
    else:
        text = (
            "Erreur inattendue. Ce qui est affiché comme fait est déjà enregistré.\n\n"
            f"{type(error).__name__} : {error}"
        )
    QMessageBox.critical(parent, "Invigilator", text)


class App:
    """Keeps the windows alive and switches from the start screen to a room."""

    def __init__(self) -> None:
        self.windows: list[QWidget] = []
        self.session: RoomSession | None = None

    def start_screen(self) -> QWidget:
        from ui.setup.start_screen import StartScreen

        screen = StartScreen()
        screen.openRequested.connect(lambda path: self._open(path, screen))
        screen.newRequested.connect(lambda code, day, room: self._new(code, day, room, screen))
        screen.demoRequested.connect(lambda: self._demo(screen))
        screen.officeRequested.connect(self.open_office)
        self._show(screen)
        return screen

    def open_office(self) -> QWidget:
        """The exam office's view, beside the start screen (which stays for the rooms)."""
        from ui.office.office_window import OfficeWindow

        window = OfficeWindow()
        self._show(window)
        return window

    def _show(self, widget: QWidget) -> None:
        self.windows.append(widget)
        first_frame = getattr(widget, "firstFramePainted", None)
        if first_frame is not None:
            first_frame.connect(resume_garbage_collection)
        else:
            QTimer.singleShot(0, resume_garbage_collection)
        widget.show()

    def open_session(
        self, session: RoomSession, *, setup: bool = False, verify_after_first_frame: bool = False
    ) -> MainWindow:
        from ui.room.main_window import MainWindow

        self.session = session
        window = MainWindow(session, verify_after_first_frame=verify_after_first_frame)
        self._show(window)
        if setup:
            window.room_actions.open_setup()
        return window

    def open_path(self, path: Path) -> MainWindow:
        """Open a session file to show it at once, read-only: the window verifies its chain
        right after its first frame, and only then makes it writable.

        Raises InvigilatorError when the file cannot be opened or read back.
        """
        session = RoomSession.open(path, readonly=True)
        return self.open_session(session, verify_after_first_frame=True)

    def _open(self, path: Path, screen: QWidget | None = None) -> None:
        try:
            self.open_path(path)
        except InvigilatorError as error:
            show_error(screen, error)
            return
        if screen is not None:
            screen.close()

    def _new(self, ue_code: str, day: date, room: str, screen: QWidget | None = None) -> None:
        from invigilator.paths import new_session_path

        try:
            session = RoomSession.create(new_session_path(ue_code, day, room))
            session.configure_exam(ExamFacts(ue_code=ue_code, title="", exam_date=day, room=room))
        except InvigilatorError as error:
            show_error(screen, error)
            return
        self.open_session(session, setup=True)
        if screen is not None:
            screen.close()

    def _demo(self, screen: QWidget | None = None) -> None:
        self.open_session(create_demo(), setup=False)
        if screen is not None:
            screen.close()


def resume_garbage_collection() -> None:
    """The first window is on screen: collect garbage again, but never among what start-up
    built and keeps (the session's state, the window), which a full collection would walk
    every time. The price: the few cycles start-up made and dropped stay in memory."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def create_demo() -> RoomSession:
    from datetime import datetime

    from invigilator.demo import create_demo_room
    from invigilator.paths import sessions_dir

    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return create_demo_room(sessions_dir() / f"{stamp}_demo.invigilator", candidates=60)


def main(argv: list[str] | None = None) -> int:
    gc.disable()  # until the first frame (see resume_garbage_collection), or the app returns
    try:
        return run(parse(sys.argv[1:] if argv is None else argv))
    finally:
        gc.enable()


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("invigilator")
    # No display name: Qt would add it to every window title, which already says it.
    install_translations(app, args.lang)

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001
        traceback.print_exception(kind, value, tb)
        show_error(QApplication.activeWindow(), value)

    sys.excepthook = excepthook
    # A shutdown (SIGTERM) quits cleanly: the session file is closed, its -wal folded in, so
    # that a copy of the file alone holds everything. Python only sees a signal when it runs:
    # a timer makes it run twice a second, even on the start screen; the quit is queued, as
    # the loop may not be running yet.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.quit))
    signals = QTimer(app)
    signals.timeout.connect(lambda: None)
    signals.start(500)
    shell = App()
    try:
        if args.session is not None:
            shell.open_path(args.session)
        elif args.demo:
            shell.open_session(create_demo())
        else:
            shell.start_screen()
    except InvigilatorError as error:
        show_error(None, error)
        return 1
    code = app.exec()
    if shell.session is not None:
        shell.session.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
