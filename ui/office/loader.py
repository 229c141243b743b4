"""Reading many session files off the UI thread, with progress: 400 rooms take seconds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal

from invigilator.office.command import read_rooms


class RoomReader(QObject):
    """Runs `read_rooms` in its own thread, then `make_report` on what it read (reconciling
    400 rooms takes seconds too); results come back as signals (queued)."""

    progress = Signal(int, int, str)  # done, total, file name
    finished = Signal(list, list, object)  # RoomFile list, Refused list, the report or None

    def __init__(self, paths: list[Path], make_report: Callable[[list, list], object]) -> None:
        super().__init__()
        self.paths = paths
        self.make_report = make_report

    def run(self) -> None:
        try:
            rooms, refused = read_rooms(
                self.paths, lambda done, total, path: self.progress.emit(done, total, path.name)
            )
        except Exception as error:  # noqa: BLE001  never lose the thread's end
            from invigilator.office.files import Refused

            rooms, refused = [], [Refused(", ".join(map(str, self.paths)), str(error))]
        try:
            report = self.make_report(rooms, refused)
        except Exception:  # noqa: BLE001  the window reconciles again on its own thread
            report = None
        self.finished.emit(rooms, refused, report)


def start_reading(
    parent: QObject,
    paths: list[Path],
    make_report: Callable[[list, list], object],
    on_progress: Callable[[int, int, str], None],
    on_finished: Callable[[list, list, object], None],
) -> tuple[QThread, RoomReader]:
    """A started thread reading `paths`; it quits and is deleted when the reader finishes.
    The slots are connected before it starts: a quick read must not finish unheard."""
    thread = QThread(parent)
    reader = RoomReader(paths, make_report)
    reader.moveToThread(thread)
    reader.progress.connect(on_progress)
    reader.finished.connect(on_finished)
    thread.started.connect(reader.run)
    # Quit from the worker itself: queued to the UI thread, a quit could wait behind a
    # window that is waiting for this thread to end.
    reader.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(reader.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread, reader


class Task(QObject):
    """One slow call (an export of 400 rooms) off the UI thread; `done` says how it went:
    the error's text, or "" when it succeeded."""

    done = Signal(str)

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            self.work()
        except Exception as error:  # noqa: BLE001  said in the window, never a traceback
            self.done.emit(str(error) or type(error).__name__)
            return
        self.done.emit("")


def start_task(
    parent: QObject, work: Callable[[], object], on_done: Callable[[str], None]
) -> tuple[QThread, Task]:
    thread = QThread(parent)
    task = Task(work)
    task.moveToThread(thread)
    task.done.connect(on_done)
    thread.started.connect(task.run)
    task.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.finished.connect(task.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread, task
