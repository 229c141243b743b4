"""Screenshots for the README, taken from the real widgets.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py
Writes docs/screenshots/{setup,main-checkin,signature,projector}.png.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["INVIGILATOR_DATA_DIR"] = str(tmp)
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from invigilator.clock import ManualClock
    from invigilator.demo import create_demo_room, demo_signature
    from invigilator.session import ID_DOCUMENTS
    from ui.app import install_translations
    from ui.checkin_dialog import CheckInDialog
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    install_translations(app, "fr")
    OUT.mkdir(parents=True, exist_ok=True)
    local = datetime.now().astimezone().tzinfo
    clock = ManualClock(datetime(2026, 6, 15, 8, 44, tzinfo=local))
    session = create_demo_room(tmp / "demo.invigilator", candidates=60, clock=clock)
    rng = random.Random(3)
    ids = list(session.state.candidates)
    for student_id in ids[:31]:
        clock.advance(seconds=rng.randint(8, 20))
        session.check_in(student_id, id_document=rng.choice(ID_DOCUMENTS),
                         signature=demo_signature(rng))  # fmt: skip

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window = MainWindow(session, tick_ms=0)
    window.resize(1366, 740)
    window.show()
    settle()

    # The set-up wizard, list page with a file loaded.
    lst = tmp / "liste-NFA031.csv"
    lines = ["N° auditeur;Nom;Prénom;Salle;Place;Aménagements"]
    for e in list(session.state.candidates.values())[:25]:
        c = e.candidate
        lines.append(
            f"{c.student_id};{c.last_name};{c.first_name};{c.room};{c.seat};{c.accommodations}"
        )
    lst.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window.actions.open_setup()
    wizard = window.active_dialog
    wizard.list_page.load(lst)
    wizard.resize(1000, 720)
    settle()
    wizard.grab().save(str(OUT / "setup.png"))
    wizard.reject()
    settle()

    # The main window during check-in: a name typed, the unique match selected.
    clock.advance(minutes=2)
    window.tick()
    target = session.state.candidates[ids[40]]
    typed = target.candidate.last_name[:5]
    for ch in typed:
        QTest.sendKeyEvent(QTest.KeyAction.Click, window.scan, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip
    settle()
    window.show_alert("warning", f"{session.state.candidates[ids[3]].candidate.display_name} "
                      "a déjà émargé(e) à 08:45 (présent(e)).")  # fmt: skip
    settle()
    window.grab().save(str(OUT / "main-checkin.png"))

    # The check-in dialog with a signature drawn by the mouse.
    window.open_entry(ids[40])
    dialog = window.active_dialog
    assert isinstance(dialog, CheckInDialog)
    settle()
    pad = dialog.signature.pad
    stroke = demo_signature(random.Random(9), pad.width(), pad.height())
    for s in stroke.strokes:
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(s[0][0]), int(s[0][1])))  # fmt: skip
        for x, y, _, _ in s[1:]:
            QTest.mouseMove(pad, QPoint(int(x), int(y)))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(int(s[-1][0]), int(s[-1][1])))  # fmt: skip
    settle()
    dialog.grab().save(str(OUT / "signature.png"))
    dialog.reject()
    settle()

    # After the start: the projector view.
    session.read_instructions()
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=local))
    session.start_exam()
    clock.advance(minutes=23)
    window.bridge.roomChanged.emit()
    window.tick()
    window.show_projector = window.actions.show_projector
    window.actions.show_projector()
    projector = window.actions.projector
    projector.resize(1280, 720)
    projector.refresh()
    settle()
    projector.grab().save(str(OUT / "projector.png"))
    window.grab().save(str(OUT / "main-running.png"))
    window.close()
    session.close()
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
