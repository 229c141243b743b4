"""Issue #11, items 4, 7, 9, 15 and 18: counters, the acting invigilator, the incident
pickers, old banners and marks, the English UI — through the window and its dialogs."""

from __future__ import annotations

import random

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.demo import demo_signature
from invigilator.errors import CommandRefused, InvigilatorError
from invigilator.record.events import EventKind
from invigilator.room.summary import summarise
from ui.app import install_translations
from ui.dialogs.checkin import CheckInDialog
from ui.dialogs.incident import IncidentDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def check_in(session, *ids: str) -> None:
    rng = random.Random(5)
    for student_id in ids:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))


def refuse_too_late(session, clock, student_id: str) -> None:
    clock.advance(minutes=session.state.duration.total_seconds() / 60 / 3 + 1)
    try:
        session.refuse_entry(student_id)
    except CommandRefused:
        pass


# -- 4. one definition of "absent" -------------------------------------------------------------


def test_issue11_4_the_window_counts_absent_as_the_closing_and_summary_do(
    qtbot, window, session, clock
):
    ids = list(session.state.candidates)
    check_in(session, *ids[:5])
    session.start_exam()
    refuse_too_late(session, clock, ids[5])
    window.tick()
    summary = summarise(session)
    assert summary["absent"] == len(ids) - 5
    assert f"Absents : {summary['absent']}" in window.counters.text()
    assert "(dont refusés à l'entrée : 1)" in window.counters.text()
    assert "Entrées refusées" not in window.counters.text()  # not a count beside the absent
    assert summary["absent_refused"] == 1
    from ui.dialogs.pv import ClosingDialog

    closing = ClosingDialog(window.bridge, window)
    qtbot.addWidget(closing)
    assert closing.count_labels["absent"].text() == str(summary["absent"])
    assert closing.count_labels["absent_refused"].text() == "1"


# -- 7. the acting invigilator -------------------------------------------------------------------


def test_issue11_7_one_key_switches_the_acting_invigilator_who_authors_every_event(
    qtbot, window, session
):
    lead, second = session.state.invigilators
    assert lead in window.acting.label.text() and "F4" in window.acting.label.text()
    assert window.acting.label.isVisible()
    assert window.band.isAncestorOf(window.acting.label)  # in the clock band
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert second in window.acting.label.text()
    student_id = next(iter(session.state.candidates))
    window.open_entry(student_id)
    dialog = wait_dialog(qtbot, window, CheckInDialog)
    draw_signature(qtbot, dialog.signature.pad)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    event = session.events()[-1]
    assert event.kind is EventKind.CHECKED_IN and event.invigilator == second
    window.run(session.observe, "Bruit dans le couloir.")
    assert session.events()[-1].invigilator == second
    qtbot.keyClick(window, Qt.Key.Key_F4)  # round again to the lead
    assert lead in window.acting.label.text()
    window.run(session.observe, "Calme revenu.")
    assert session.events()[-1].invigilator == lead


def test_issue11_7_the_band_stays_within_1366_pixels(window):
    assert window.minimumSizeHint().width() <= 1366


def test_issue11_7_only_an_invigilator_of_the_room_can_act(session):
    try:
        session.act_as("Quelqu'un d'autre")
    except InvigilatorError:
        pass
    else:
        raise AssertionError("a stranger named as the author of the record")


# -- 9. incident dialogs list the candidates in the room first -----------------------------------


def test_issue11_9_the_incident_dialog_lists_the_room_and_others_on_request(
    qtbot, window, session, clock
):
    ids = list(session.state.candidates)
    check_in(session, *ids[:3])
    session.start_exam()
    window.bridge.roomChanged.emit()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    assert sorted(dialog.picker.visible_ids()) == sorted(ids[:3])
    assert dialog.picker.show_all.isVisible()
    assert f"({len(ids) - 3})" in dialog.picker.show_all.text()
    dialog.picker.show_all.setChecked(True)
    assert len(dialog.picker.visible_ids()) == len(ids)
    assert dialog.picker.visible_ids()[:3] == sorted(ids[:3], key=dialog.picker.visible_ids().index)
    dialog.reject()


# -- 15. old banners; a mark in the row of a candidate with an incident --------------------------


def test_issue11_15_a_new_scan_clears_the_old_banner_and_old_news_fades(qtbot, window, session,
                                                                        clock):  # fmt: skip
    type_text(qtbot, window.scan, "999999999")
    qtbot.keyClick(window.scan, Qt.Key.Key_Return)
    assert "inconnu" in window.alert.text() and window.alert_action.isVisible()
    type_text(qtbot, window.scan, "1")  # a new question: the old answer goes
    assert not window.alert.isVisible() and not window.alert_action.isVisible()
    window.show_alert("ok", "Fait.")
    clock.advance(minutes=2)
    window.tick()
    assert not window.alert.isVisible()
    window.show_alert("warning", "À voir.")
    clock.advance(minutes=2)
    window.tick()
    assert window.alert.isVisible()  # a warning stays until something replaces it


def test_issue11_15_a_candidate_named_in_an_incident_has_a_mark_in_their_row(window, session):
    student_id = next(iter(session.state.candidates))
    check_in(session, student_id)
    session.start_exam()
    window.run(session.record_incident, "perturbation", "Parle à voix haute.",
               candidates=[student_id])  # fmt: skip
    row = window.model.row_of(student_id)
    state_text = window.model.index(row, 0).data()
    assert "⚑" in state_text and "incident" in state_text
    tooltip = window.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Parle à voix haute." in tooltip


# -- 18. the English UI entirely English; Qt's own French ---------------------------------------


def test_issue11_18_refusals_statuses_and_milestones_in_english(qtbot, window, session, clock):
    app = QApplication.instance()
    ids = list(session.state.candidates)
    try:
        install_translations(app, "en")
        other = next(iter(session.state.others.values()))
        window.run(session.check_in, other.student_id, id_document="passeport",
                   signature=demo_signature(random.Random(1)))  # fmt: skip
        assert window.alert.text().endswith(
            f"{other.display_name} ({other.student_id}) is expected in room 17.1.04."
        )
        check_in(session, ids[0])
        session.start_exam()
        clock.advance(minutes=20)
        window.run(session.temporary_exit, ids[0], escort="M. Karim Benali")
        assert "no exit during the first part of the exam" in window.alert.text().lower()
        assert "exits allowed from" in window.alert.text()
        window.tick()
        state_text = window.model.index(window.model.row_of(ids[0]), 0).data()
        assert "present" in state_text and "présent" not in state_text
        extra = [t for t in window.band.milestone_texts() if "+" in t and "min" in t]
        assert extra and all("extra time" in t for t in extra), window.band.milestone_texts()
        sealed = InvigilatorError("La session est scellée…", code="sealed",
                                  params={"at": session.state.started_at})  # fmt: skip
        from ui.widgets.domain_text import error_text

        assert error_text(sealed).startswith("The session is sealed")
    finally:
        install_translations(app, "fr")


def test_issue11_18_the_french_ui_translates_qts_own_file_dialog(qtbot):
    app = QApplication.instance()
    install_translations(app, "fr")
    assert QCoreApplication.translate("QFileDialog", "&Look in:") != "&Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") != "Files of &type:"
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert not {"&Look in:", "Files of &type:"} & texts, texts


def test_issue11_9_a_refusal_to_hand_in_lists_those_still_in_the_room(
    qtbot, window, session, clock
):
    ids = list(session.state.candidates)
    check_in(session, *ids[:3])
    session.start_exam()
    clock.advance(minutes=session.state.duration.total_seconds() / 60)
    session.hand_in(ids[0], sheets=1, signature=demo_signature(random.Random(9)))
    window.bridge.roomChanged.emit()
    dialog = IncidentDialog(window.bridge, window, category="refus_de_rendre")
    qtbot.addWidget(dialog)
    assert sorted(dialog.picker.visible_ids()) == sorted(ids[1:3])
    assert f"({len(ids) - 2})" in dialog.picker.show_all.text()
