"""Screenshots for the README, taken from the real widgets.

Run under Xvfb:  xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py
Writes docs/screenshots/{setup,setup-problems,main-checkin,signature,late-checkin,projector,
main-running}.png, then
{incident,closing}.png (`record_screens`).
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
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from invigilator.clock import ManualClock
    from invigilator.demo import create_demo_room, demo_signature
    from invigilator.room.session import ID_DOCUMENTS
    from ui.app import install_translations
    from ui.dialogs.checkin import CheckInDialog
    from ui.room.main_window import MainWindow

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
    window.room_actions.open_setup()
    wizard = window.active_dialog
    wizard.list_page.load(lst)
    wizard.resize(1000, 720)
    settle()
    wizard.grab().save(str(OUT / "setup.png"))
    # The same list with a name missing and a blank line: the preview cites the file's lines.
    broken = tmp / "liste-NFA031-incomplete.csv"
    rows = lines[:]
    cells = rows[4].split(";")
    rows[4] = ";".join([cells[0], "", *cells[2:]])
    rows.insert(8, "")
    broken.write_text("\n".join(rows) + "\n", encoding="utf-8")
    wizard.list_page.load(broken)
    settle()
    wizard.grab().save(str(OUT / "setup-problems.png"))
    wizard.done(0)  # closed without importing the previewed lists (reject() would ask)
    settle()

    # The main window during check-in: the room warns of a card scanned a second time.
    clock.advance(minutes=2)
    window.tick()
    # A card scanned twice: the number typed, then Enter, as a scanner sends it.
    for ch in ids[3]:
        QTest.sendKeyEvent(QTest.KeyAction.Click, window.scan, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QTest.keyClick(window.scan, Qt.Key.Key_Return)
    settle()
    window.grab().save(str(OUT / "main-checkin.png"))

    # The check-in dialog with a signature drawn by the mouse.
    window.open_entry(ids[40])
    dialog = window.active_dialog
    assert isinstance(dialog, CheckInDialog)
    settle()
    pad = dialog.signature.pad
    draw_with_mouse(pad, demo_signature(random.Random(9), pad.width(), pad.height()))
    settle()
    dialog.grab().save(str(OUT / "signature.png"))
    dialog.reject()
    settle()

    # After the start: the projector view.
    session.read_instructions()
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=local))
    session.start_exam()
    clock.advance(minutes=23)
    from invigilator.model import Candidate

    window.run(session.add_candidate, Candidate("100299001", "Łukaszewicz", "Zoé"),
               reason="absente de la liste, inscription à vérifier",
               id_document="passeport", signature=demo_signature(rng))  # fmt: skip
    window.clear_alert()  # the check-in's warning is half an hour old
    window.tick()
    window.select("100299001")  # the hand addition, with its own "Inscription" mark
    window.room_actions.show_projector()
    projector = window.room_actions.projector
    projector.resize(1280, 720)
    projector.refresh()
    settle()
    projector.grab().save(str(OUT / "projector.png"))
    window.grab().save(str(OUT / "main-running.png"))
    window.room_actions.close_projector()
    window.close()
    session.close()
    late_check_in(app, tmp)
    record_screens(app, tmp)
    print("\n".join(str(p) for p in sorted(OUT.glob("*.png"))))
    return 0


def record_screens(app, tmp: Path) -> None:  # noqa: ANN001
    """The fraud report (signed, countersigned) and the closing dialog, on their own room."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from invigilator.clock import ManualClock
    from invigilator.demo import create_demo_room, demo_signature
    from invigilator.text import normalise_for_search
    from ui.room.main_window import MainWindow

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def draw(pad, seed: int) -> None:  # noqa: ANN001
        draw_with_mouse(pad, demo_signature(random.Random(seed), pad.width(), pad.height()))

    local = datetime.now().astimezone().tzinfo
    clock = ManualClock(datetime(2026, 6, 15, 8, 50, tzinfo=local))
    session = create_demo_room(tmp / "record.invigilator", candidates=40, clock=clock,
                               duration_minutes=180)  # fmt: skip
    rng = random.Random(5)
    ids = list(session.state.candidates)
    present = ids[:34]
    for student_id in present:
        clock.advance(seconds=rng.randint(5, 15))
        session.check_in(student_id, id_document="carte d'identité", signature=demo_signature(rng))
    session.read_instructions()
    clock.set(datetime(2026, 6, 15, 9, 0, tzinfo=local))
    session.start_exam()
    clock.advance(minutes=72)
    session.erratum("Exercice 2 : lire « tableau trié » au lieu de « tableau ».")
    window = MainWindow(session, tick_ms=0)
    window.resize(1366, 740)
    window.show()
    settle()

    suspect = next(
        i for i in present if not session.state.candidates[i].candidate.display_name.isascii()
    )
    name = session.state.candidates[suspect].candidate.display_name.split()[-1].lower()
    window.record_actions.open_incident("fraude", [suspect])
    dialog = window.active_dialog
    for ch in normalise_for_search(name)[:4]:  # typed without its accents
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog.picker.search, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)  # fmt: skip
    dialog.description.setPlainText(
        "10:12 : téléphone allumé posé sous la copie, écran ouvert sur des notes de cours. "
        "Téléphone retiré ; le candidat poursuit l'épreuve."
    )
    dialog.seized.setText("téléphone portable (mis sous enveloppe)")
    settle()
    draw(dialog.invigilator_boxes[0].pad, 11)
    draw(dialog.countersigns[suspect].box.pad, 12)
    settle()
    dialog.grab().save(str(OUT / "incident.png"))
    dialog.commit()
    settle()

    clock.advance(minutes=120)
    for student_id in present:
        clock.advance(seconds=rng.randint(5, 20))
        session.hand_in(student_id, sheets=rng.randint(0, 4), blank=rng.random() < 0.06,
                        signature=demo_signature(rng))  # fmt: skip
    window.bridge.roomChanged.emit()
    window.record_actions.open_closing()
    dialog = window.active_dialog
    settle()
    draw(dialog.boxes[0].pad, 13)
    settle()
    dialog.grab().save(str(OUT / "closing.png"))
    dialog.reject()
    window.close()
    session.close()


def draw_with_mouse(pad, signature) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    for s in signature.strokes:
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(int(s[0][0]), int(s[0][1])))  # fmt: skip
        for x, y, _, _ in s[1:]:
            QTest.mouseMove(pad, QPoint(int(x), int(y)))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(int(s[-1][0]), int(s[-1][1])))  # fmt: skip


def late_check_in(app, tmp: Path) -> None:  # noqa: ANN001
    """A late arrival on a 4 h exam at +70 min, transport certificate ticked, then signing."""
    from invigilator.clock import ManualClock
    from invigilator.demo import create_demo_room, demo_signature
    from ui.room.main_window import MainWindow

    local = datetime.now().astimezone().tzinfo
    clock = ManualClock(datetime(2026, 6, 15, 9, 0, tzinfo=local))
    session = create_demo_room(tmp / "late.invigilator", candidates=30, clock=clock,
                               duration_minutes=240)  # fmt: skip
    session.start_exam()
    clock.advance(minutes=70)
    window = MainWindow(session, tick_ms=0)
    window.resize(1366, 740)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.open_entry(list(session.state.candidates)[5])
    dialog = window.active_dialog
    dialog.proof.setChecked(True)
    for _ in range(10):
        app.processEvents()
    pad = dialog.signature.pad
    draw_with_mouse(pad, demo_signature(random.Random(11), pad.width(), pad.height()))
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(OUT / "late-checkin.png"))
    dialog.reject()
    window.close()
    session.close()


if __name__ == "__main__":
    sys.exit(main())
