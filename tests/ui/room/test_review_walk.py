"""Review walk (after #8–#11): what a newcomer met walking a whole exam under Xvfb."""

from __future__ import annotations

import random

from uihelpers import wait_dialog

from invigilator.demo import demo_signature
from ui.dialogs.correct_start import CorrectStartDialog


def test_review_the_start_correction_dialog_opened_untouched_changes_nothing(
    qtbot, window, session, clock
):
    # A start recorded at 09:00:40: candidates who signed at 09:00:10 were on time. The dialog
    # shows 09:00; left as it is, it must not claim to turn them into late entries.
    first = list(session.state.candidates)[0]
    clock.advance(seconds=10)
    session.check_in(first, id_document="passeport", signature=demo_signature(random.Random(3)))
    clock.advance(seconds=30)
    session.start_exam()
    window.bridge.roomChanged.emit()
    window.room_actions.correct.trigger()
    dialog = wait_dialog(qtbot, window, CorrectStartDialog)
    assert dialog.changes.isHidden(), dialog.changes.text()
    assert dialog.moment() == session.state.started_at


def test_review_the_start_correction_dialog_grows_to_show_every_changed_decision(
    qtbot, window, session, clock
):
    from datetime import timedelta

    from PySide6.QtCore import QTime

    present = list(session.state.candidates)[:8]
    for number, student_id in enumerate(present):
        signature = demo_signature(random.Random(number))
        session.check_in(student_id, id_document="passeport", signature=signature)
    session.start_exam()
    window.bridge.roomChanged.emit()
    clock.advance(minutes=5)
    window.room_actions.correct.trigger()
    dialog = wait_dialog(qtbot, window, CorrectStartDialog)
    earlier = session.state.started_at.astimezone() - timedelta(minutes=90)
    dialog.time.setTime(QTime(earlier.hour, earlier.minute))
    qtbot.wait(50)
    label = dialog.changes
    assert label.text().count("•") == 8
    assert label.height() >= label.heightForWidth(label.width()), "the list is cut off"


def test_review_a_failed_export_is_said_in_english_in_the_english_ui(qtbot, window, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translations

    app = QApplication.instance()
    try:
        install_translations(app, "en")
        job = window.room_actions.export_pdf_to(tmp_path / "absent" / "x.pdf")
        job.wait()
        assert "does not exist" in window.alert.text(), window.alert.text()
        assert "n'existe pas" not in window.alert.text()
        (tmp_path / "folder.pdf").mkdir()
        window.room_actions.export_pdf_to(tmp_path / "folder.pdf").wait()
        assert "is a folder" in window.alert.text(), window.alert.text()
    finally:
        install_translations(app, "fr")


def test_review_the_counters_name_an_emergency_departure(qtbot, window, session, clock):
    # Nine signed in, eight in the room, none out: the ninth must be somewhere on the line.
    first, second = list(session.state.candidates)[:2]
    for number, student_id in enumerate((first, second)):
        signature = demo_signature(random.Random(number))
        session.check_in(student_id, id_document="passeport", signature=signature)
    session.start_exam()
    clock.advance(minutes=10)
    session.temporary_exit(first, escort="M. Karim Benali", emergency=True, note="malaise")
    session.emergency_departure(first, paper_handed_in=False, note="malaise")
    window.bridge.roomChanged.emit()
    text = window.counters.text()
    assert "Dans la salle : 1" in text and "Sorties d'urgence : 1" in text, text


def test_review_the_pause_button_in_the_menu_bar_shows_its_whole_text(
    qtbot, window, session, clock
):
    window.resize(1366, 768)
    session.start_exam()
    window.bridge.roomChanged.emit()
    qtbot.wait(20)
    clock.advance(minutes=20)
    session.pause("alarme incendie")
    window.bridge.roomChanged.emit()
    qtbot.wait(20)
    button = window.record_actions.pause_button
    assert "interrompue depuis" in button.text()
    assert button.width() >= button.sizeHint().width(), "the button's text is cut off"
    assert button.geometry().right() <= window.menuBar().width()


def test_review_the_closing_heading_has_no_empty_dash_when_the_exam_has_no_title(
    qtbot, window, session
):
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.pv import ClosingDialog

    session.configure_exam(session.state.exam._replace(title=""))  # the title is optional
    window.bridge.roomChanged.emit()
    window.record_actions.closing.trigger()
    dialog = wait_dialog(qtbot, window, ClosingDialog)
    headings = [label.text() for label in dialog.findChildren(QLabel) if "salle " in label.text()]
    exam = session.state.exam
    assert f"{exam.ue_code} — salle {exam.room}" in headings, headings


def test_review_the_pdf_path_written_at_the_seal_is_shown_whole(qtbot, window, session, clock):
    from datetime import timedelta

    from uihelpers import draw_signature

    from ui.dialogs.pv import ClosingDialog

    window.resize(1366, 768)
    session.start_exam()
    clock.advance(timedelta(minutes=241))
    window.bridge.roomChanged.emit()
    window.record_actions.closing.trigger()
    closing = wait_dialog(qtbot, window, ClosingDialog)
    for box in closing.boxes:
        draw_signature(qtbot, box.pad)
    closing.sign.click()
    closing.seal()
    closing.pdf_job.wait()
    qtbot.wait(50)
    # A deeper folder (a USB stick's, a network share's) wraps the path onto more lines.
    deep = "/media/surveillant/CLE-USB/examens/2026-12-01/" * 3 + "NFA031_salle-31.2.85.pdf"
    closing._pdf_written(True, deep)
    qtbot.wait(50)
    label = closing.pdf_label
    assert deep in label.text()
    assert label.height() >= label.heightForWidth(label.width()), "the PDF's path is cut off"


def test_review_the_record_list_fits_a_small_screen(qtbot, window, session):
    from ui.dialogs.record import RecordListDialog
    from ui.widgets.dialog_parts import usable_area

    dialog = RecordListDialog(session, window)
    area = usable_area(dialog)
    assert area.width() < 1180 or area.height() < 600, "the offscreen screen is small"
    assert dialog.width() <= area.width() and dialog.height() <= area.height()


def test_review_the_pause_button_has_no_symbol_its_font_cannot_draw(qtbot, window, session, clock):
    from PySide6.QtGui import QFontMetrics

    session.start_exam()
    clock.advance(minutes=20)
    session.pause("alarme incendie")
    window.bridge.roomChanged.emit()
    button = window.record_actions.pause_button
    metrics = QFontMetrics(button.font())
    missing = [ch for ch in button.text() if not ch.isspace() and not metrics.inFontUcs4(ord(ch))]
    assert not missing, f"drawn as empty boxes: {missing}"
