"""The clock band and the projector as a newcomer walking a whole exam found them (#11: 3, 10)."""

from __future__ import annotations

import random
from datetime import timedelta

from PySide6.QtGui import QPalette

from invigilator.demo import demo_signature
from ui.room.clock_band import PHASE_COLOURS, interruption_text
from ui.room.projector import ProjectorWindow


def local(moment) -> str:
    return moment.astimezone().strftime("%H:%M")


def test_issue11_item3_the_real_start_is_shown_and_the_ends_say_they_moved(
    qtbot, window, session, clock
):
    window.bridge.run(session.start_exam)
    started = session.state.started_at
    clock.advance(minutes=30)
    window.bridge.run(session.pause, "alarme incendie")
    clock.advance(seconds=80)
    window.bridge.run(session.resume)
    clock.advance(minutes=2)
    window.tick()
    band = window.band
    assert band.start.text() == local(started)  # a fact: the pause does not move it
    end = started + session.state.duration + timedelta(seconds=80)
    assert band.end.text() == local(end)
    assert band.interruption.text() == "(+1 min 20 s d'interruption)"
    assert band.interruption.isVisible()
    ends = [t for t in band.milestone_texts() if "fin de l'épreuve" in t or "majoré" in t]
    assert ends and all("(+1 min 20 s d'interruption)" in t for t in ends)
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    assert projector.times.text().startswith(f"Début {local(started)}")
    assert f"Fin {local(end)}" in projector.times.text()
    assert projector.times.text().endswith("(+1 min 20 s d'interruption)")
    extra = [line for line in projector.rules.text().splitlines() if "majoré" in line]
    assert extra and all(line.endswith("(+1 min 20 s d'interruption)") for line in extra)


def test_issue11_item3_no_interruption_no_words(window, session):
    window.bridge.run(session.start_exam)
    window.tick()
    assert window.band.interruption.isHidden()
    assert not any("interruption" in t for t in window.band.milestone_texts())


def test_issue11_item3_interruption_texts():
    assert interruption_text(timedelta(0)) == ""
    assert interruption_text(timedelta(seconds=45)) == "+45 s"
    assert interruption_text(timedelta(minutes=5)) == "+5 min"
    assert interruption_text(timedelta(minutes=65)) == "+1 h 05"


def seal(session, clock) -> None:
    rng = random.Random(4)
    ids = list(session.state.candidates)[:2]
    for student_id in ids:
        session.check_in(student_id, id_document="passeport", signature=demo_signature(rng))
    session.start_exam()
    clock.advance(minutes=session.state.duration.total_seconds() / 60 + 90)
    for student_id in ids:
        session.hand_in(student_id, sheets=1, signature=demo_signature(rng))
    session.sign_pv({name: demo_signature(rng) for name in session.state.invigilators})
    session.seal()


def test_issue11_item10_a_sealed_session_shows_its_final_state_calmly(
    qtbot, window, session, clock
):
    seal(session, clock)
    clock.advance(minutes=5)
    window.bridge.roomChanged.emit()
    band = window.band
    assert "Temps restant" not in [c.text() for c in band.captions]
    assert band.captions[2].text() == "Scellée à"
    assert band.left.text() == local(session.state.sealed_at)
    colour = band.palette().color(QPalette.ColorRole.Window).name()
    assert colour != PHASE_COLOURS[band_phase(window)] and colour not in ("#7f1d1d", "#9a3412")
    facts = band.sealed_view.text()
    assert session.final_hash[:32] in facts and session.final_hash[32:] in facts
    assert "Présents 2" in facts and "Copies rendues 2" in facts
    assert band.milestone_texts() == [] or all(label.isHidden() for label in band._milestone_labels)
    assert not any("ouvertes" in label.text() for label in band._milestone_labels
                   if label.isVisible())  # fmt: skip
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    assert "Temps restant" not in projector.left.text()
    assert "scellée" in projector.left.text()
    assert "#7f1d1d" not in projector.styleSheet()


def band_phase(window):
    from invigilator.room.timeline import timeline

    return timeline(window.session).phase


def test_issue11_item10_reopened_sealed_is_calm_from_the_first_frame(qtbot, session, clock):
    from invigilator.room.session import RoomSession
    from ui.room.main_window import MainWindow

    seal(session, clock)
    path = session.path
    session.close()
    reopened = RoomSession.open(path, readonly=True, clock=clock)
    window = MainWindow(reopened, tick_ms=0)
    qtbot.addWidget(window)
    colour = window.band.palette().color(QPalette.ColorRole.Window).name()
    assert colour not in ("#7f1d1d", "#9a3412")
    assert window.band.captions[2].text() == "Scellée à"
    window.close()
    reopened.close()


def test_a_sealed_session_names_no_acting_invigilator(qtbot, window, session, clock):
    """Review of #11: a sealed session still showed "Saisie : … (F4)"."""
    assert window.acting.label.isVisibleTo(window)
    seal(session, clock)
    window.bridge.roomChanged.emit()
    assert not window.acting.label.isVisibleTo(window)
    assert not window.acting.action.isEnabled()


def test_a_forgotten_start_turns_the_band_orange_and_says_so_not_the_projector(
    qtbot, window, session, clock
):
    """Review walk: at 10:55 for a 09:00 exam nobody had started, the band said "avant le
    début" in its calm blue."""
    from datetime import datetime, time

    from PySide6.QtWidgets import QApplication

    from invigilator.room.timeline import Phase
    from ui.app import install_translations

    planned = datetime.combine(session.state.exam.exam_date, time(9, 0)).astimezone()
    clock.set(planned + timedelta(minutes=115))
    window.tick()
    band = window.band
    assert band.phase.text() == "DÉBUT PRÉVU DÉPASSÉ"
    assert (
        band.palette().color(QPalette.ColorRole.Window).name() == PHASE_COLOURS[Phase.START_OVERDUE]
    )
    projector = ProjectorWindow(session)
    qtbot.addWidget(projector)
    projector.refresh()
    assert PHASE_COLOURS[Phase.BEFORE] in projector.styleSheet()  # the candidates: calm
    app = QApplication.instance()
    try:
        install_translations(app, "en")
        window.tick()
        assert band.phase.text() == "PLANNED START PASSED"
    finally:
        install_translations(app, "fr")
    window.bridge.run(session.start_exam)
    window.tick()
    assert band.phase.text() == "ÉPREUVE EN COURS"
