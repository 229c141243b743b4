"""Finishing the exam through the widgets: incidents, notes, interruption, record, PV, seal."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from test_translation_a11y import unnamed_controls
from uihelpers import draw_signature, type_text, wait_dialog

from invigilator.demo import demo_signature
from invigilator.record.events import EventKind
from invigilator.room.state import Status
from invigilator.room.timeline import Phase, timeline
from invigilator.text import normalise_for_search
from ui.dialogs.incident import IncidentDialog
from ui.dialogs.pv import ClosingDialog
from ui.dialogs.record import ErratumDialog, ObservationDialog, PauseDialog, RecordListDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def check_in(session, *ids: str) -> None:
    rng = random.Random(4)
    for student_id in ids:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))


def start(window, session, clock, *present: str) -> None:
    """A started exam with these candidates in the room (set up through the session)."""
    check_in(session, *present)
    session.start_exam()
    window.bridge.roomChanged.emit()


def accented(session) -> list[str]:
    """Candidates whose name has letters beyond ASCII (the demo pool has many)."""
    return [i for i, e in session.state.candidates.items()
            if not e.candidate.display_name.isascii()]  # fmt: skip


def last_event(session):
    return session.events()[-1]


def shortcut(qtbot, widget, key: Qt.Key) -> None:
    """Ctrl+key in the widget's window, once it is active (as a person sees it)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)
    qtbot.keyClick(widget, key, CTRL)


def close_and_wait(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)


# -- incidents -------------------------------------------------------------------------


def test_fraud_report_signed_countersigned_and_refused(qtbot, window, session, clock):
    first, second = accented(session)[:2]
    start(window, session, clock, first, second)
    clock.advance(minutes=70)
    shortcut(qtbot, window, Qt.Key.Key_I)
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    assert dialog.category_code == "fraude"
    assert "poursuit l'épreuve" in dialog.reminder.text()
    assert "N'écrivez rien sur sa copie" in dialog.reminder.text()
    assert dialog.signatures.isVisible()
    assert [b.signer for b in dialog.invigilator_boxes] == session.state.invigilators

    # The search ignores accents and case: the name typed plainly, then typed as written.
    plain = normalise_for_search(session.state.candidates[first].candidate.last_name)
    type_text(qtbot, dialog.picker.search, plain.upper())
    assert first in dialog.picker.visible_ids()
    assert len(dialog.picker.visible_ids()) < len(session.state.candidates)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Return)  # ticks, does not save
    assert first in dialog.picker.selected() and not session.state.incidents
    dialog.picker.search.clear()
    type_text(qtbot, dialog.picker.search, session.state.candidates[second].candidate.display_name)
    assert dialog.picker.visible_ids() == [second]
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)  # a single match: ticked
    assert sorted(dialog.picker.selected()) == sorted([first, second])
    assert set(dialog.countersigns) == {first, second}

    type_text(qtbot, dialog.description, "Téléphone allumé sous la copie ; fraude arrêtée.")
    type_text(qtbot, dialog.seized, "téléphone portable")
    # Nothing signed yet: refused by the dialog, nothing recorded.
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    assert "au moins un surveillant" in dialog.error.text()
    draw_signature(qtbot, dialog.invigilator_boxes[0].pad)
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    assert "contresigner" in dialog.error.text() and not session.state.incidents
    draw_signature(qtbot, dialog.countersigns[first].box.pad)
    dialog.countersigns[second].refused.click()
    assert not dialog.countersigns[second].box.isEnabled()
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)

    event = last_event(session)
    assert event.kind is EventKind.INCIDENT
    p = event.payload
    assert p["category"] == "fraude" and sorted(p["candidates"]) == sorted([first, second])
    assert p["description"].startswith("Téléphone allumé") and p["seized"] == "téléphone portable"
    assert list(p["invigilator_signatures"]) == [session.state.invigilators[0]]
    assert list(p["candidate_signatures"]) == [first]
    assert p["refused_to_countersign"] == [second]
    assert "Incident enregistré à 07:50" in window.alert.text()
    # The candidates continue the exam (4.6.2).
    assert session.state.candidates[first].status is Status.PRESENT


def test_other_incidents_need_no_signature_and_the_selected_candidate_is_proposed(
    qtbot, window, session, clock
):
    student_id = next(iter(session.state.candidates))
    start(window, session, clock, student_id)
    window.select(student_id)
    shortcut(qtbot, window, Qt.Key.Key_I)
    dialog = wait_dialog(qtbot, window, IncidentDialog)
    assert dialog.picker.selected() == [student_id]
    # Typing goes to the description first; by keyboard: Tab from the category to the
    # search, Down into the list, Space unticks.
    qtbot.waitUntil(dialog.description.hasFocus, timeout=2000)
    dialog.category.setFocus()
    qtbot.keyClick(dialog.category, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.picker.search
    type_text(qtbot, dialog.picker.search, student_id)
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Space)
    assert dialog.picker.selected() == []
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Space)
    assert dialog.picker.selected() == [student_id]
    dialog.category.setCurrentIndex(dialog.category.findData("malaise"))
    assert not dialog.signatures.isVisible() and not dialog.reminder.isVisible()
    dialog.confirm.click()
    assert dialog.error.text().endswith("Décrivez l'incident.")  # the domain's own words
    type_text(qtbot, dialog.description, "Malaise, sortie accompagnée.")
    dialog.confirm.click()
    close_and_wait(qtbot, window)
    p = last_event(session).payload
    assert p["category"] == "malaise" and p["candidates"] == [student_id]
    assert "invigilator_signatures" not in p


# -- observations, errata, interruption ------------------------------------------------


def test_observation_from_a_candidate_and_an_erratum(qtbot, window, session, clock):
    start(window, session, clock)
    shortcut(qtbot, window, Qt.Key.Key_O)
    dialog = wait_dialog(qtbot, window, ObservationDialog)
    qtbot.waitUntil(dialog.text.hasFocus, timeout=2000)
    dialog.from_candidate.click()  # the default is the invigilator's own observation
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    assert "vide" in dialog.error.text()
    type_text(qtbot, dialog.text, "Un candidat signale une coquille à l'exercice 2.")
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)
    event = last_event(session)
    assert event.kind is EventKind.OBSERVATION and event.payload["source"] == "candidat"
    assert event.payload["text"] == "Un candidat signale une coquille à l'exercice 2."

    shortcut(qtbot, window, Qt.Key.Key_O)
    dialog = wait_dialog(qtbot, window, ObservationDialog)
    assert dialog.from_invigilator.isChecked()
    type_text(qtbot, dialog.text, "Chauffage en panne.")
    dialog.confirm.click()
    close_and_wait(qtbot, window)
    assert last_event(session).payload["source"] == "surveillant"

    shortcut(qtbot, window, Qt.Key.Key_E)
    dialog = wait_dialog(qtbot, window, ErratumDialog)
    type_text(qtbot, dialog.text, "Exercice 2 : lire « tableau trié ».")
    shortcut(qtbot, dialog, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)
    event = last_event(session)
    assert event.kind is EventKind.ERRATUM and event.payload["text"].endswith("« tableau trié ».")
    assert "Erratum enregistré" in window.alert.text()


def test_pause_and_resume_shift_the_end(qtbot, window, session, clock):
    assert not window.record_actions.pause.isEnabled()  # not before the start
    start(window, session, clock)
    end_before = timeline(session).end
    clock.advance(minutes=30)
    shortcut(qtbot, window, Qt.Key.Key_P)
    dialog = wait_dialog(qtbot, window, PauseDialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "motif" in dialog.error.text() and not session.state.paused
    type_text(qtbot, dialog.reason.lineEdit(), "alerte incendie")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    close_and_wait(qtbot, window)
    assert session.state.paused
    assert last_event(session).payload == {"reason": "alerte incendie"}
    assert window.band.phase.text().startswith(Phase.PAUSED.value.upper())
    button = window.record_actions.pause_button
    assert "interrompue depuis 07:10" in button.text() and button.isVisible()
    assert window.record_actions.pause.text() == "&Reprendre l'épreuve"

    clock.advance(minutes=12)
    shortcut(qtbot, window, Qt.Key.Key_P)  # resumes at once
    assert not session.state.paused
    assert last_event(session).kind is EventKind.RESUMED
    assert timeline(session).end == end_before + timedelta(minutes=12)
    assert "après 12 min d'interruption" in window.alert.text()
    assert "interrompue" not in button.text()


# -- the record, the PV, the seal ------------------------------------------------------


def test_the_record_lists_what_was_recorded_with_times(qtbot, window, session, clock):
    ids = list(session.state.candidates)
    start(window, session, clock, ids[0])
    clock.advance(minutes=5)
    session.record_incident("perturbation", "Travaux bruyants dans le couloir.")
    session.observe("Sujet peu lisible page 2.", source="candidat")
    session.erratum("Page 2 : lire 12 et non 21.")
    clock.advance(minutes=100)
    with pytest.raises(Exception):  # noqa: B017 - refused and logged
        session.check_in(ids[1], id_document="passeport", signature=demo_signature(random.Random()))
    shortcut(qtbot, window, Qt.Key.Key_J)
    dialog = wait_dialog(qtbot, window, RecordListDialog)
    rows = dialog.texts()
    kinds = [row[1] for row in rows]
    assert kinds == ["Incident — Perturbation", "Remarque d'un candidat", "Erratum",
                     "Entrée refusée"]  # fmt: skip
    assert rows[0][0] == "06:45" and rows[3][0] == "08:25"
    assert ids[1] in rows[3][3] and "105 min après le début" in rows[3][2]
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_closing_refusal_to_hand_in_then_sign_and_seal(qtbot, window, session, clock):
    ids = list(session.state.candidates)
    start(window, session, clock, ids[0], ids[1])
    clock.advance(minutes=241)
    session.hand_in(ids[0], sheets=2, signature=demo_signature(random.Random(1)))
    window.bridge.roomChanged.emit()

    window.record_actions.closing.trigger()
    dialog = wait_dialog(qtbot, window, ClosingDialog)
    counts = {k: label.text() for k, label in dialog.count_labels.items()}
    assert counts["enrolled"] == "30" and counts["present"] == "2"
    assert counts["handed_in"] == "1" and counts["absent"] == "28"
    assert "1 candidat(s) n'ont pas rendu leur copie" in dialog.warning.text()
    assert [b.signer for b in dialog.boxes] == session.state.invigilators
    assert not dialog.seal_button.isEnabled()
    dialog.sign.click()
    assert "Signature manquante" in dialog.error.text()
    for box in dialog.boxes:
        draw_signature(qtbot, box.pad)
    dialog.sign.click()  # the domain refuses while a paper is missing; the refusal is logged
    assert "n'ont pas rendu leur copie" in dialog.error.text()
    assert session.state.pv_signed is None and last_event(session).kind is EventKind.COMMAND_REFUSED

    dialog.refusal.click()  # over Clôture, which stays open
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), IncidentDialog), timeout=2000
    )
    incident = QApplication.activeModalWidget()
    assert incident.category_code == "refus_de_rendre" and incident.picker.selected() == []
    incident.picker.set_selected([ids[1]])
    type_text(qtbot, incident.description, "Refuse de rendre sa copie à la fin de l'épreuve.")
    shortcut(qtbot, incident, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not incident.isVisible(), timeout=2000)
    assert session.state.candidates[ids[1]].status is Status.NOT_HANDED_IN

    assert window.active_dialog is dialog
    assert not dialog.warning.isVisible() and dialog.count_labels["incidents"].text() == "1"
    assert dialog.count_labels["not_handed_in"].text() == "1"  # the PV says who left without
    dialog.sign.click()  # the pads keep what was signed before the refusal
    event = last_event(session)
    assert event.kind is EventKind.PV_SIGNED
    assert sorted(event.payload["signatures"]) == sorted(session.state.invigilators)
    assert "Procès-verbal signé à 10:41" in dialog.signed_label.text()
    assert dialog.seal_button.isEnabled() and not dialog.pads.isVisible()

    dialog.seal_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=2000)
    box = QApplication.activeModalWidget()
    assert "lecture seule" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert session.state.sealed and last_event(session).kind is EventKind.SEALED
    assert "Session scellée à 10:41" in window.alert.text()
    assert dialog.final_hash.toPlainText() == session.final_hash  # shown whole, then closed
    dialog.close_button.click()
    close_and_wait(qtbot, window)

    # Read-only now: the record's writing actions are off, the record itself stays readable.
    actions = window.record_actions
    for action in (actions.incident, actions.observation, actions.erratum, actions.pause,
                   actions.closing):  # fmt: skip
        assert not action.isEnabled(), action.text()
    assert not actions.pause_button.isVisible()
    shortcut(qtbot, window, Qt.Key.Key_I)
    assert window.active_dialog is None
    actions.open_incident()
    assert window.active_dialog is None
    assert actions.record.isEnabled()
    shortcut(qtbot, window, Qt.Key.Key_J)
    assert isinstance(wait_dialog(qtbot, window), RecordListDialog)


# -- accessible and readable -----------------------------------------------------------


def test_every_record_control_is_named_and_fits_1366_by_768(qtbot, window, session, clock):
    ids = list(session.state.candidates)
    start(window, session, clock, ids[0], ids[1])
    opened = []
    for open_ in (
        lambda: window.record_actions.open_incident("fraude", [ids[0], ids[1]]),
        window.record_actions.open_observation,
        window.record_actions.open_erratum,
        window.record_actions.toggle_pause,
        window.record_actions.open_record,
        window.record_actions.open_closing,
    ):
        open_()
        dialog = wait_dialog(qtbot, window)
        opened.append(type(dialog).__name__)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 740, (type(dialog).__name__, hint)
        assert dialog.width() <= 1366 and dialog.height() <= 740
        dialog.reject()
        close_and_wait(qtbot, window)
    assert len(opened) == 6
    assert unnamed_controls(window) == []


def test_the_record_dialogs_in_english(qtbot, session):
    from PySide6.QtWidgets import QPushButton

    from ui.app import install_translations
    from ui.room.main_window import MainWindow

    app = QApplication.instance()
    try:
        install_translations(app, "en")
        window = MainWindow(session, tick_ms=0)
        qtbot.addWidget(window)
        actions = window.record_actions
        assert actions.menu.title() == "Exam &report"
        assert actions.incident.text() == "&Incident…"
        incident = IncidentDialog(window.bridge, window)
        qtbot.addWidget(incident)
        assert incident.category.currentText() == "Fraud or attempted fraud"
        assert incident.reminder.text().endswith("Inform the head of exam organisation.")
        assert incident.invigilator_boxes[0].clear_button.text() == "Clear"
        note = ObservationDialog(window.bridge, window)
        qtbot.addWidget(note)
        buttons = [b.text() for b in note.findChildren(QPushButton)]
        assert "Cancel" in buttons and "&Record the observation (Ctrl+Enter)" in buttons
        closing = ClosingDialog(window.bridge, window)
        qtbot.addWidget(closing)
        assert closing.windowTitle() == "Closing the room — exam report"
    finally:
        install_translations(app, "fr")
