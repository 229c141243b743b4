"""The app's start-up on a session reopened mid-exam, and the scan box, against bare Qt.

- `startup_500`, `startup_2000`: from before `import PySide6` to the first painted frame of the
  app reopening a session in the middle of the exam (every candidate checked in with a
  signature, exits, papers handed in), against a bare PySide6 window with a table of as many
  rows; both in fresh processes, interleaved, the median of each round's ratio (target 1.3).
  "Ready" (verified, writable, sortable, searchable) is reported, not compared; so is where
  the first frame's time goes (imports, qt_app, session_open, window, first_paint).
- `scan_5000`: a scanned number -> its candidate selected, at 5,000 candidates, against one
  frame of 16 ms (target 0.1).

`python benchmarks/bench_ui.py` prints these; `benchmarks/run.py` prints them with the rest.
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.rooms import T0, mid_exam_room  # noqa: E402
from benchmarks.timing import Figure, figure, median, paired_ratio  # noqa: E402

FRAME_S = 0.016
MAXRSS = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"

BARE = (
    """
import sys, time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItemModel, QStandardItem
rows = int(sys.argv[1])
app = QApplication([])
model = QStandardItemModel(rows, 8)
for r in range(rows):
    for c in range(8):
        model.setItem(r, c, QStandardItem(f"cell {r} {c}"))
view = QTableView(); view.setModel(model); view.resize(1366, 740); view.show()
app.processEvents(); view.repaint()
print(time.perf_counter() - t0)
"""
    + MAXRSS
)

# The app's first turn of the event loop paints its window exactly as the bare one does. The
# clock stops there, as for the bare table. What the window does right after its first frame
# (verify the file and make it writable, enable sorting, build the search keys) is "ready".
APP = (
    """
import sys, time; t0 = time.perf_counter()
from ui.launcher import load_app

app_main = load_app()  # what the installed `invigilator` command does first: the domain, then Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])  # the app takes this one

def first_frame():
    app.processEvents()
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    for window in shown:
        window.repaint()
    first = time.perf_counter() - t0
    room = next(w for w in shown if type(w).__name__ == "MainWindow")
    while room.verifying:
        app.processEvents()
    print(first, time.perf_counter() - t0)
    app.quit()

QTimer.singleShot(0, first_frame)
app_main(["--session", sys.argv[1], "--lang", "fr"])
"""
    + MAXRSS
)

# The same start, once more and not compared: where the first frame's time goes (the domain
# and Qt imported, the session file opened and folded, the window built and shown, painted).
PHASES = """
import json, sys, time; t0 = time.perf_counter()
from ui.launcher import load_app

app_main = load_app()
marks = {"imports": time.perf_counter()}
import ui.app as shell
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
real_open = shell.RoomSession.open

def timed_open(*args, **kwargs):
    marks["qt_app"] = time.perf_counter()
    session = real_open(*args, **kwargs)
    marks["session_open"] = time.perf_counter()
    return session

shell.RoomSession.open = staticmethod(timed_open)

def first_frame():
    marks["window"] = time.perf_counter()
    app.processEvents()
    for window in [w for w in app.topLevelWidgets() if w.isVisible()]:
        window.repaint()
    marks["first_paint"] = time.perf_counter()
    times, last = {}, t0
    for name, moment in marks.items():
        times[name], last = moment - last, moment
    print(json.dumps(times))
    app.quit()

QTimer.singleShot(0, first_frame)
app_main(["--session", sys.argv[1], "--lang", "fr"])
"""

# An installed app starts from its compiled .pyc files: the children may write them (into a
# temporary prefix, not the repository) even where PYTHONDONTWRITEBYTECODE is set, and the
# warm-up run compiles them, for the app and the baseline alike.
PYCACHE = tempfile.mkdtemp(prefix="bench-pycache-")


def run_child(code: str, *args: str) -> list[str]:
    """Run a start-up in a fresh process; the lines it prints."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": PYCACHE,
    }
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
        cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    return out.stdout.strip().splitlines()


def child(code: str, *args: str) -> tuple[list[float], float]:
    """Run a start-up in a fresh process: the times it prints, in seconds, and its peak MB."""
    *_, times, rss = run_child(code, *args)
    return [float(value) for value in times.split()], int(rss) / 1024


def phases(path: Path, runs: int) -> dict[str, float]:
    """The app's first frame by phase, in seconds: the median of each over `runs` starts."""
    found = [json.loads(run_child(PHASES, str(path))[-1]) for _ in range(runs)]
    return {name: median([f[name] for f in found]) for name in found[0]}


def startup(candidates: int, folder: Path, runs: int) -> Figure:
    path = mid_exam_room(folder / f"mid-exam-{candidates}.invigilator", candidates)
    child(BARE, str(candidates)), child(APP, str(path))  # warm the disk cache and the .pyc
    bare, app, ready, app_mb, bare_mb = [], [], [], [], []
    for _ in range(runs):  # interleaved, so that a busy moment of the machine hits both
        (first, verified), mb = child(APP, str(path))
        app.append(first)
        ready.append(verified)
        app_mb.append(mb)
        (table,), mb = child(BARE, str(candidates))
        bare.append(table)
        bare_mb.append(mb)
    return figure(
        median(app), median(bare), 1.3, ratio=paired_ratio(app, bare), peak_mb=max(app_mb),
        ready=median(ready), baseline_peak_mb=max(bare_mb), **phases(path, min(runs, 3)),
    )  # fmt: skip


def scan(folder: Path, queries: int) -> Figure:
    from PySide6.QtWidgets import QApplication

    from invigilator.clock import ManualClock
    from invigilator.room.session import RoomSession
    from ui.app import resume_garbage_collection
    from ui.room.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    path = mid_exam_room(folder / "scan-5000.invigilator", 5000)
    session = RoomSession.open(path, clock=ManualClock(T0 + timedelta(hours=2)))
    gc.disable()  # as the app starts (ui.app.main): collections resume after the first frame
    window = MainWindow(session, tick_ms=0)
    window.firstFramePainted.connect(resume_garbage_collection)
    window.show()
    app.processEvents()
    app.processEvents()
    window.table.viewport().repaint()  # the first synchronous repaint costs more, once
    rng = random.Random(4)
    numbers = rng.sample(list(session.state.candidates), queries)
    selected, found = [], 0
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for number in numbers:
        window.scan.clear()
        app.processEvents()
        start = time.perf_counter()
        window.scan.setText(number)  # search + filter + select, as a scanner's keystrokes end
        selected.append(time.perf_counter() - start)
        found += window.selected_id() == number
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    session.close()
    if found != len(numbers):
        raise AssertionError(f"scan found {found} of {len(numbers)} candidates")
    return figure(median(selected), FRAME_S, 0.1, peak_mb=peak / 1024,
                  worst=max(selected), peak_growth_mb=(peak - before) / 1024)  # fmt: skip


def measure(quick: bool) -> dict[str, Figure]:
    runs = 2 if quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["INVIGILATOR_DATA_DIR"] = str(folder / "data")
        return {
            "startup_500": startup(500, folder, runs),
            "startup_2000": startup(2000, folder, runs),
            "scan_5000": scan(folder, 10 if quick else 60),
        }


if __name__ == "__main__":
    from benchmarks.run import print_table

    print_table(measure("--quick" in sys.argv))
