"""The set-up wizard, the start screen, session files and the app's entry point."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTime
from PySide6.QtTest import QAbstractItemModelTester
from uihelpers import type_text, wait_dialog

from invigilator.paths import new_session_path, recent_sessions, save_copy, session_file_name
from invigilator.room.session import RoomSession
from ui.room.main_window import MainWindow
from ui.setup.start_screen import StartScreen
from ui.setup.wizard import SetupWizard

LIST = (
    "Liste d'émargement NFE114\n"
    "N° étudiant;Nom;Prénom;Salle;Tiers-temps\n"
    "100000001;Œuvrard;Élise;A12;\n"
    "100000002;N'Diaye;Aïcha;A12;oui\n"
    "100000003;Martin;Hugo;B07;\n"
)


def test_the_wizard_sets_the_room_up(qtbot, tmp_path, clock):
    session = RoomSession.create(tmp_path / "new.invigilator", clock=clock)
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    window.show()
    csv = tmp_path / "liste.csv"
    csv.write_text(LIST, encoding="utf-8")

    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    page = wizard.list_page
    assert page.load(csv)
    assert page.chosen_mapping()["student_id"] == 0
    page.room.setCurrentText("A12")
    QAbstractItemModelTester(page.table.model())
    wizard.next()
    assert len(session.state.candidates) == 2 and "100000003" in session.state.others

    exam = wizard.exam_page
    assert exam.room.text() == "A12"
    assert exam.materials.text() == "aucun"
    exam.ue_code.setText("NFE114")
    type_text(qtbot, exam.title, "Systèmes d'information")
    exam.duration.setValue(180)
    exam.start_time.setTime(QTime(9, 30))
    exam.teacher.setText("M. Dupont")
    exam.teacher_in_room.setChecked(False)
    wizard.next()
    assert "téléphone" in exam.message.text()  # not in the room: a phone number is needed
    exam.teacher_phone.setText("01 40 27 20 00")
    wizard.next()
    facts = session.state.exam
    assert facts.title == "Systèmes d'information" and facts.duration_minutes == 180
    assert facts.start_time.hour == 9 and facts.authorised_materials == "aucun"

    invigilators = wizard.invigilators_page
    invigilators.names.setPlainText("Mme Lambert\nM. Benali")
    invigilators.lead.setCurrentText("M. Benali")
    wizard.next()
    assert session.state.invigilators == ["Mme Lambert", "M. Benali"]
    assert session.state.lead_invigilator == "M. Benali"

    wizard.instructions_page.read.click()
    assert session.state.instructions_read_at == clock.now()
    assert "Consignes lues à" in wizard.instructions_page.message.text()
    wizard.accept()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    assert window.model.rowCount() == 2
    assert "NFE114" in window.windowTitle()

    # Revisited: the pages show what is recorded, and nothing is re-imported.
    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    events = len(session.events())
    wizard.next()
    wizard.next()
    assert wizard.exam_page.title.text() == "Systèmes d'information"
    wizard.next()
    assert len(session.events()) == events
    wizard.reject()
    window.close()
    session.close()


def test_a_broken_list_is_explained(qtbot, tmp_path, session):
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    wizard = SetupWizard(window.bridge, window)
    bad = tmp_path / "vide.csv"
    bad.write_bytes(b"")
    assert not wizard.list_page.load(bad)
    assert wizard.list_page.message.kind == "error"


def test_session_files_are_named_after_exam_date_and_room(tmp_path):
    name = session_file_name("NFA031", date(2026, 6, 15), "31.2.85")
    assert name == "2026-06-15_NFA031_salle-31.2.85.invigilator"
    first = new_session_path("NFA031", date(2026, 6, 15), "31.2.85")
    RoomSession.create(first).close()
    second = new_session_path("NFA031", date(2026, 6, 15), "31.2.85")
    assert second.name.endswith("-2.invigilator")


def test_recent_sessions_and_the_start_screen(qtbot, data_dir, clock):
    from invigilator.demo import create_demo_room

    path = new_session_path("NFA031", date(2026, 6, 15), "31.2.85")
    create_demo_room(path, candidates=5, clock=clock).close()
    (path.parent / "garbage.invigilator").write_bytes(b"not sqlite")
    summaries = {s.path.name: s for s in recent_sessions()}
    assert summaries[path.name].ue_code == "NFA031" and summaries[path.name].state == "préparation"
    assert summaries["garbage.invigilator"].state == "illisible"

    screen = StartScreen()
    qtbot.addWidget(screen)
    assert screen.table.rowCount() == 2
    chosen = []
    screen.openRequested.connect(chosen.append)
    screen.table.selectRow([s.path for s in screen.sessions].index(path))
    screen.open_selected()
    assert chosen == [path]


def test_save_a_copy_includes_the_wal(qtbot, window, session, tmp_path):
    session.read_instructions()  # still in the WAL
    target = tmp_path / "usb" / "copie.invigilator"
    target.parent.mkdir()
    assert window.room_actions.save_copy_to(target)
    assert "Copie enregistrée" in window.alert.text()
    with RoomSession.open(target, readonly=True) as copy:
        assert copy.state.instructions_read_at is not None
        assert copy.final_hash == session.final_hash
    assert not Path(str(target) + "-wal").exists()
    with sqlite3.connect(target) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not window.room_actions.save_copy_to(session.path)
    assert window.alert.kind == "error"
    _ = save_copy


def test_main_opens_a_session_and_the_demo(qtbot, monkeypatch, session):
    from PySide6.QtWidgets import QApplication

    from ui import app as app_module

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    path = session.path
    session.close()
    assert app_module.main(["--session", str(path), "--lang", "fr"]) == 0
    assert app_module.main(["--demo", "--lang", "en"]) == 0
    assert app_module.main([]) == 0
    for widget in QApplication.topLevelWidgets():
        widget.close()


def test_the_new_domain_modules_do_not_import_qt():
    import subprocess
    import sys

    code = (
        "import sys, invigilator.paths, invigilator.room.search, invigilator.room.timeline; "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def open_wizard(qtbot, session) -> tuple[MainWindow, SetupWizard]:
    window = MainWindow(session, tick_ms=0)
    qtbot.addWidget(window)
    window.show()
    window.room_actions.setup.trigger()
    return window, wait_dialog(qtbot, window, SetupWizard)


def answer(qtbot, wizard, button) -> None:
    from PySide6.QtWidgets import QMessageBox

    wizard.reject()  # Fermer, Esc or ✕
    box = wizard.close_question
    assert isinstance(box, QMessageBox) and "pas encore enregistrées" in box.text()
    assert [b.text() for b in box.buttons() if b.text()] != []
    box.button(button).click()


def test_closing_the_wizard_with_unsaved_changes_asks_first(qtbot, session):
    from PySide6.QtWidgets import QMessageBox

    window, wizard = open_wizard(qtbot, session)
    wizard.next()
    title = session.state.exam.title
    wizard.exam_page.title.setText("Nouvel intitulé")
    answer(qtbot, wizard, QMessageBox.StandardButton.Cancel)
    assert wizard.isVisible() and wizard.exam_page.title.text() == "Nouvel intitulé"
    answer(qtbot, wizard, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.exam.title == title

    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    wizard.next()
    wizard.exam_page.title.setText("Nouvel intitulé")
    answer(qtbot, wizard, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    assert session.state.exam.title == "Nouvel intitulé"
    assert window.scan.hasFocus()


def test_nothing_to_save_closes_without_a_question(qtbot, session):
    window, wizard = open_wizard(qtbot, session)
    wizard.next()
    wizard.reject()
    assert wizard.close_question is None
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)


def test_back_then_next_keeps_what_was_typed(qtbot, session):
    window, wizard = open_wizard(qtbot, session)
    wizard.next()
    wizard.exam_page.title.setText("Tapé, pas encore enregistré")
    wizard.back()
    wizard.next()
    assert wizard.exam_page.title.text() == "Tapé, pas encore enregistré"
    wizard.next()  # Suivant records it
    assert session.state.exam.title == "Tapé, pas encore enregistré"
    wizard.reject()


BROKEN = (
    "N° étudiant;Nom;Prénom;Salle\n"
    "100000001;Œuvrard;Élise;A12\n"
    "100000002;;Aïcha;A12\n"
    "\n"
    "100000003;Martin;Hugo;A12\n"
)


def test_a_list_with_problems_cites_the_lines_the_preview_shows(qtbot, session, tmp_path):
    window, wizard = open_wizard(qtbot, session)
    csv = tmp_path / "cassée.csv"
    csv.write_text(BROKEN, encoding="utf-8")
    page = wizard.list_page
    assert page.load(csv)
    labels = [page.table.verticalHeaderItem(r).text() for r in range(page.table.rowCount())]
    assert labels == ["2", "⚠ 3", "5"]  # file lines (the blank line 4 is skipped)
    message = page.message.text()
    assert page.message.kind == "error" and "✔" not in message and "ligne 3" in message
    problem = page.table.item(1, 0)
    assert problem.background().color().name() == "#fbdada" and "ligne 3" in problem.toolTip()
    assert page.table.item(0, 0).toolTip() == ""
    events = len(session.events())
    wizard.next()
    assert wizard.currentPage() is page and len(session.events()) == events
    wizard.reject()
    box = wizard.close_question  # a list previewed, not imported: asked, not dropped
    assert box is not None
    box.button(box.StandardButton.Discard).click()


def test_the_photo_folder_is_recorded_in_the_session(qtbot, session, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    window, wizard = open_wizard(qtbot, session)
    wizard.list_page.photos.setText(str(folder))
    wizard.next()
    assert session.state.photo_folder == str(folder.resolve())
    assert window.photo_folder == folder.resolve()
    wizard.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=2000)
    window.room_actions.setup.trigger()
    wizard = wait_dialog(qtbot, window, SetupWizard)
    assert wizard.list_page.photos.text() == str(folder.resolve())
    wizard.reject()


def test_going_on_without_a_list_is_said_first(qtbot, tmp_path, clock):
    """Review of #11: Suivant with no list imported went on silently to a room of 0 candidates."""
    session = RoomSession.create(tmp_path / "new.invigilator", clock=clock)
    window, wizard = open_wizard(qtbot, session)
    first_page = wizard.currentId()
    wizard.next()
    assert wizard.currentId() == first_page  # stopped, and told why
    assert wizard.list_page.message.kind == "warning"
    assert "Aucune liste importée" in wizard.list_page.message.text()
    wizard.next()  # a room of hand additions only, decided
    assert wizard.currentId() != first_page
    wizard.reject()
    session.close()
