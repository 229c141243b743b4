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
from invigilator.errors import InvigilatorError, SessionLocked, SessionReadOnly
from invigilator.model import ExamFacts
from invigilator.room.session import RoomSession

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ui.options import plain_options
from ui.pyside_startup import skip_feature_scan
# isort: on

if TYPE_CHECKING:
    from ui.room.main_window import MainWindow

skip_feature_scan("ui", "invigilator")

TRANSLATIONS = Path(__file__).resolve().parent
_KEEP: list[QTranslator] = []  # installed translators must outlive install_translations


def parse(argv: list[str]) -> argparse.Namespace:
    return plain_options(argv) or parser().parse_args(argv)


def parser() -> argparse.ArgumentParser:
    from invigilator.cli_french import install as speak_french

    speak_french()
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
    if lang == "fr":  # what qtbase_fr lacks in this Qt ("Look in", "Files of type": #11)
        extra = QTranslator(app)
        if extra.load(str(TRANSLATIONS / "qtbase_extra_fr.qm")):
            app.installTranslator(extra)
            _KEEP.append(extra)
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
        from ui.widgets.domain_text import error_text

        text = error_text(error)
    else:
        from PySide6.QtCore import QCoreApplication

        text = (
            QCoreApplication.translate(
                "App", "Erreur inattendue. Ce qui est affiché comme fait est déjà enregistré."
            )
            + f"\n\n{type(error).__name__} : {error}"
        )
    QMessageBox.critical(parent, "Invigilator", text)


def opening_problem(path: Path, error: InvigilatorError) -> str:
    """Why a session file did not open, and what to do, in the UI's language (#11.12).

    A file that is busy, read-only or missing says so as it is; any other refusal means the
    file itself cannot be read: the room must not try to repair it."""
    from PySide6.QtCore import QCoreApplication

    from ui.widgets.domain_text import error_text

    translate = QCoreApplication.translate
    if isinstance(error, (SessionLocked, SessionReadOnly)) or not is_sqlite(path):
        # Busy, read-only, missing, or another kind of file chosen by mistake: not damage.
        return (
            translate("App", "Impossible d'ouvrir la session %s.") % path.name
            + "\n\n"
            + error_text(error)
        )
    return (
        translate(
            "App", "Le fichier de session %s est endommagé : l'application ne peut pas le lire."
        )
        % path.name
        + "\n\n"
        + translate(
            "App",
            "Que faire :\n"
            "• ne le modifiez pas et ne le copiez pas par-dessus un autre : remettez-le tel "
            "quel au service des examens, qui peut en vérifier le contenu ;\n"
            "• pour continuer, ouvrez la copie de la session (clé USB, « Enregistrer une "
            "copie sous… ») depuis l'écran d'accueil, ou créez une nouvelle session et "
            "notez l'incident au procès-verbal.",
        )
        + "\n\n"
        + translate("App", "Détail technique : %s") % error
    )


def is_sqlite(path: Path) -> bool:
    """The file starts as every SQLite database, session files included, does."""
    try:
        with path.open("rb") as file:
            return file.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


class App:
    """Keeps the windows alive and switches from the start screen to a room, and back."""

    def __init__(self) -> None:
        self.windows: list[QWidget] = []
        self.session: RoomSession | None = None

    def start_screen(self, problem: str = "") -> QWidget:
        """The start screen; `problem` (why a file did not open) is said there at once."""
        from ui.setup.start_screen import StartScreen

        screen = StartScreen()
        screen.openRequested.connect(lambda path: self._open(path, screen))
        screen.newRequested.connect(lambda code, day, room: self._new(code, day, room, screen))
        screen.demoRequested.connect(lambda: self._demo(screen))
        screen.officeRequested.connect(self.open_office)
        self._show(screen)
        if problem:
            screen.report_problem(problem)
        return screen

    def open_office(self) -> QWidget:
        """The exam office's view, beside the start screen (which stays for the rooms)."""
        from ui.office.office_window import OfficeWindow

        window = OfficeWindow()
        self._show(window)
        return window

    def _show(self, widget: QWidget) -> None:
        fit_to_screen(widget)
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
        window.sessionClosed.connect(lambda: self._back_to_start(window))
        self._show(window)
        if setup:
            window.room_actions.open_setup()
        return window

    def _back_to_start(self, window: MainWindow) -> None:
        """ "Fermer la session": the start screen, shown before the room window goes (the app
        would quit with its last window), then the file closed (its -wal folded in)."""
        self.start_screen()
        session = window.session
        QTimer.singleShot(0, lambda: self._forget(window, session))

    def _forget(self, window: MainWindow, session: RoomSession) -> None:
        if window in self.windows:
            self.windows.remove(window)
        window.deleteLater()
        if self.session is session:
            self.session = None
        session.close()

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
            report = getattr(screen, "report_problem", None)
            if report is not None:  # said on the start screen, which stays
                report(opening_problem(path, error))
            else:
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
        try:
            session = create_demo()
        except InvigilatorError as error:
            show_error(screen, error)
            return
        self.open_session(session, setup=False)
        if screen is not None:
            screen.close()


def fit_to_screen(window: QWidget) -> None:
    """A window no bigger than its screen; one that cannot be made that small (a screen under
    the 1024 × 600 the room is drawn for) scrolls rather than being cut (#11.16).

    Not on the offscreen platform: its screen is a fixed 800 × 600 stand-in, and the tests and
    benchmarks look at the window at the size it is designed for."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen()
    if QGuiApplication.platformName() == "offscreen" or screen is None:
        return
    area = screen.availableGeometry()
    width, height = min(window.width(), area.width()), min(window.height(), area.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(area.topLeft())
    needed = window.minimumSizeHint()
    central = getattr(window, "centralWidget", None)
    if central is not None and (needed.width() > width or needed.height() > height):
        from PySide6.QtWidgets import QFrame, QScrollArea

        content = window.takeCentralWidget()  # type: ignore[attr-defined]
        scroll = QScrollArea()
        scroll.setObjectName("smallScreen")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        window.setCentralWidget(scroll)  # type: ignore[attr-defined]
        window.resize(width, height)


def resume_garbage_collection() -> None:
    """The first window is on screen: collect garbage again, but never among what start-up
    built and keeps (the session's state, the window), which a full collection would walk
    every time. The price: the few cycles start-up made and dropped stay in memory."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def create_demo() -> RoomSession:
    """The one demo room, reset: a fresh room each time, never one more file (#11.17)."""
    from invigilator.demo import create_demo_room
    from invigilator.paths import fresh_demo_path

    return create_demo_room(fresh_demo_path(), candidates=60)


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
    # a timer makes it run twice a second, even on the start screen; the exit is queued, as
    # the loop may not be running yet. exit(), not quit(): quit() asks each window, and the
    # set-up's question about unsaved entries kept the app up through a shutdown.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, lambda: app.exit(0)))
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
    except InvigilatorError as error:  # the app stays open, on the start screen, saying why
        problem = opening_problem(args.session, error) if args.session is not None else str(error)
        shell.start_screen(problem)
    code = app.exec()
    if shell.session is not None:
        shell.session.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
