from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from invigilator.clock import ManualClock  # noqa: E402
from invigilator.demo import create_demo_room  # noqa: E402

START = datetime(2026, 6, 15, 6, 40, tzinfo=UTC)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def session(tmp_path: Path, clock: ManualClock):
    room = create_demo_room(tmp_path / "room.invigilator", candidates=30, clock=clock,
                            duration_minutes=240)  # fmt: skip
    yield room
    room.close()


@pytest.fixture
def window(qtbot, session):
    from ui.room.main_window import MainWindow

    win = MainWindow(session, tick_ms=0)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.active_dialog is not None:
        win.active_dialog.reject()
    win.close()
