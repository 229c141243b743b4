"""The application: start screen, main window, translations, the error safety net."""

from __future__ import annotations

import argparse
import sys
import traceback
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from invigilator.errors import InvigilatorError
from invigilator.model import ExamFacts
from invigilator.session import RoomSession

if TYPE_CHECKING:
    from ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parent
_KEEP: list[QTranslator] = []  # installed translators must outlive install_translations


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="invigilator", description="Salle d'examen")
    parser.add_argument("--demo", action="store_true", help="ouvrir une salle de démonstration")
    parser.add_argument("--session", type=Path, help="ouvrir ce fichier de session")
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    return parser.parse_args(argv)


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
        from ui.start_screen import StartScreen

        screen = StartScreen()
        screen.openRequested.connect(lambda path: self._open(path, screen))
        screen.newRequested.connect(lambda code, day, room: self._new(code, day, room, screen))
        screen.demoRequested.connect(lambda: self._demo(screen))
        self._show(screen)
        return screen

    def _show(self, widget: QWidget) -> None:
        self.windows.append(widget)
        widget.show()

    def open_session(
        self, session: RoomSession, *, setup: bool = False, nonconforming: str = ""
    ) -> MainWindow:
        from ui.main_window import MainWindow

        self.session = session
        window = MainWindow(session, nonconforming=nonconforming)
        self._show(window)
        if setup:
            window.room_actions.open_setup()
        return window

    def open_path(self, path: Path) -> MainWindow:
        """Open a session file after checking its chain; a broken one opens read-only.

        Raises InvigilatorError when the file cannot be opened at all.
        """
        from invigilator.verify import verify_file

        check = verify_file(path)
        if check.ok:
            return self.open_session(RoomSession.open(path))
        window = self.open_session(RoomSession.open(path, readonly=True),
                                   nonconforming=check.message)  # fmt: skip
        window.warn_nonconforming()
        return window

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


def create_demo() -> RoomSession:
    from datetime import datetime

    from invigilator.demo import create_demo_room
    from invigilator.paths import sessions_dir

    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return create_demo_room(sessions_dir() / f"{stamp}_demo.invigilator", candidates=60)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("invigilator")
    app.setApplicationDisplayName("Invigilator")
    install_translations(app, args.lang)

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001
        traceback.print_exception(kind, value, tb)
        show_error(QApplication.activeWindow(), value)

    sys.excepthook = excepthook
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
